// Writes src/_generated/: the design tokens as CSS and the Noto Sans JP subsets holding every glyph our
// sources use. Both the report and the slides read these, so they are made before either is built.
import {mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync} from "node:fs";
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

/** Writes the generated files; rewrites a file only when its content changes, so watchers stay quiet. */
export async function prepare({quiet = false, dataTexts}: {quiet?: boolean; dataTexts?: string[]} = {}): Promise<void> {
  mkdirSync(generatedDir, {recursive: true});
  const glyphs = glyphSet(sourceTexts(dataTexts));
  const stamp = createHash("sha256").update(glyphs).digest("hex").slice(0, 16);
  const stampFile = join(generatedDir, "fonts.stamp");
  const write = (name: string, content: string | Uint8Array) => {
    const path = join(generatedDir, name);
    if (existsSync(path) && Buffer.compare(readFileSync(path), Buffer.from(content)) === 0) return;
    writeFileSync(path, content);
  };
  write("tokens.css", tokensCss());
  const fontsFresh =
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === stamp &&
    tokens.font.weights.every((w) => existsSync(join(generatedDir, `noto-sans-jp-${w}.woff2`)));
  if (!fontsFresh) {
    for (const weight of tokens.font.weights) {
      const source = readFileSync(join(root, "node_modules", "@expo-google-fonts", "noto-sans-jp", FONT_FILES[weight]));
      const woff2 = await subsetFont(source, glyphs, {targetFormat: "woff2"});
      write(`noto-sans-jp-${weight}.woff2`, woff2);
    }
    write("fonts.stamp", stamp);
    if (!quiet) console.error(`fonts: subset Noto Sans JP to ${[...glyphs].length} glyphs in ${relative(root, generatedDir)}/`);
  }
}

if (import.meta.filename === process.argv[1]) await prepare();
