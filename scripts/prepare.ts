// Writes src/_generated/: the design tokens as CSS and the Noto Sans JP subsets holding every glyph our
// sources use. Both the report and the slides read these, so they are made before either is built.
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {createHash} from "node:crypto";
import {join, relative} from "node:path";
import subsetFont from "subset-font";
import {glyphSet} from "../src/lib/glyphs.js";
import {tokens, tokensCss} from "../src/lib/tokens.js";
import {dataDir} from "../src/lib/files.js";

const root = join(import.meta.dirname, "..");
export const generatedDir = join(root, "src", "_generated");
const FONT_FILES: Record<number, string> = {
  400: "400Regular/NotoSansJP_400Regular.ttf",
  700: "700Bold/NotoSansJP_700Bold.ttf"
};

function walk(dir: string, ext: RegExp, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    if (entry.name.startsWith(".") || entry.name === "_generated" || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, ext, out);
    else if (ext.test(entry.name)) out.push(path);
  }
  return out;
}

/**
 * Every text the report and slides can show: data, pages, library strings, slide templates. `dataTexts`: the
 * data as the build read it (its one snapshot), instead of what is on disk now.
 */
export function sourceTexts(dataTexts?: string[]): string[] {
  const files = [
    ...(dataTexts ? [] : walk(dataDir(), /\.csv$/)),
    ...walk(join(root, "src"), /\.(md|ts|js)$/),
    ...walk(join(root, "slides"), /\.(ts|md|css)$/)
  ];
  return [...(dataTexts ?? []), ...files.sort().map((f) => readFileSync(f, "utf8"))];
}

/** Every generated file's mtime is pinned to a time derived from its bytes (see `writeGenerated`). */
const PIN_EPOCH = Date.UTC(2000, 0, 1) / 1000;
const PIN_RANGE = 10 * 365 * 86400;

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/**
 * Writes `content` to `path` only when its bytes differ, then pins the file's mtime to a time taken from its
 * hash. Framework writes a FileAttachment's mtime into the module that names it (`lastModified`), so a fresh
 * write of the same bytes, or the same file made in another copy of the project, would otherwise change that
 * module's hash and every page importing it. The time still changes whenever the bytes do, which is what the
 * preview's file watcher and Framework's file cache look at.
 */
export function writeGenerated(path: string, content: string | Uint8Array): void {
  const bytes = Buffer.from(content);
  if (!existsSync(path) || Buffer.compare(readFileSync(path), bytes) !== 0) writeFileSync(path, bytes);
  const time = PIN_EPOCH + (parseInt(sha256(bytes).slice(0, 8), 16) % PIN_RANGE);
  if (statSync(path).mtimeMs !== time * 1000) utimesSync(path, time, time);
}

/** What fonts.stamp records: the glyph set the subsets hold, and each subset's size and hash. */
interface FontStamp {
  glyphs: string;
  files: Record<string, {size: number; sha256: string}>;
}

/** woff2 files begin with these four bytes. */
const WOFF2_MAGIC = "wOF2";

/**
 * Why the font subsets in `dir` cannot be reused for `glyphs` (null when they can). A subset that is missing,
 * truncated, not woff2 or not the bytes the stamp recorded (a killed build, a disk error, a hand edit) is never
 * shipped: the caller makes it again.
 */
export function fontCacheProblem(dir: string, glyphs: string, weights: readonly number[]): string | null {
  const stampFile = join(dir, "fonts.stamp");
  if (!existsSync(stampFile)) return "no fonts.stamp";
  let stamp: FontStamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, "utf8")) as FontStamp;
  } catch {
    return "fonts.stamp is damaged or from an older kit";
  }
  if (stamp?.glyphs !== glyphs || typeof stamp.files !== "object") return "the texts need other glyphs";
  for (const weight of weights) {
    const name = fontFileName(weight);
    const path = join(dir, name);
    const want = stamp.files[name];
    if (!want) return `fonts.stamp does not list ${name}`;
    if (!existsSync(path)) return `${name} is missing`;
    const bytes = readFileSync(path);
    if (bytes.length !== want.size) return `${name} has ${bytes.length} bytes, not ${want.size} (truncated or overwritten)`;
    if (bytes.subarray(0, 4).toString("latin1") !== WOFF2_MAGIC) return `${name} is not a woff2 file`;
    if (sha256(bytes) !== want.sha256) return `${name} is not the file the stamp recorded (corrupt)`;
  }
  return null;
}

export const fontFileName = (weight: number) => `noto-sans-jp-${weight}.woff2`;

/**
 * Writes the generated files into `dir` (src/_generated). Rewrites a file only when its content changes, so
 * watchers stay quiet and builds are reproducible; font subsets that fail their check are made again, and said so.
 */
export async function prepare({
  quiet = false,
  dataTexts,
  dir = generatedDir,
  log = (line: string) => console.error(line)
}: {quiet?: boolean; dataTexts?: string[]; dir?: string; log?: (line: string) => void} = {}): Promise<void> {
  mkdirSync(dir, {recursive: true});
  const glyphs = glyphSet(sourceTexts(dataTexts));
  const glyphHash = sha256(glyphs).slice(0, 16);
  writeGenerated(join(dir, "tokens.css"), tokensCss());
  const problem = fontCacheProblem(dir, glyphHash, tokens.font.weights);
  if (problem) {
    // A stale glyph set is routine (new text); anything else means a damaged cache, which is worth a line.
    if (existsSync(join(dir, "fonts.stamp")) && problem !== "the texts need other glyphs")
      log(`fonts: ${relative(root, dir)}/ failed its check (${problem}); making the subsets again`);
    const files: FontStamp["files"] = {};
    for (const weight of tokens.font.weights) {
      const source = readFileSync(join(root, "node_modules", "@expo-google-fonts", "noto-sans-jp", FONT_FILES[weight]));
      const woff2 = Buffer.from(await subsetFont(source, glyphs, {targetFormat: "woff2"}));
      if (woff2.subarray(0, 4).toString("latin1") !== WOFF2_MAGIC)
        throw new Error(`fonts: subset-font did not return woff2 for weight ${weight}`);
      writeGenerated(join(dir, fontFileName(weight)), woff2);
      files[fontFileName(weight)] = {size: woff2.length, sha256: sha256(woff2)};
    }
    writeGenerated(join(dir, "fonts.stamp"), `${JSON.stringify({glyphs: glyphHash, files} satisfies FontStamp, null, 2)}\n`);
    if (!quiet) log(`fonts: subset Noto Sans JP to ${[...glyphs].length} glyphs in ${relative(root, dir)}/`);
  } else {
    // Reused as they are; their times are pinned all the same (a copy of the project may carry others).
    for (const weight of tokens.font.weights) {
      const path = join(dir, fontFileName(weight));
      writeGenerated(path, readFileSync(path));
    }
  }
}

if (import.meta.filename === process.argv[1]) await prepare();
