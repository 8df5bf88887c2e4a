// Incremental outputs (issue #21): an output that costs a browser (a deck's PDF or PPTX, a handout, a report
// PDF) is kept under .build/cache/outputs/ by a key that hashes exactly what it is made from: the bytes it
// renders (the deck's Markdown and theme with its fonts, or every file of the built site it prints), the options
// it is made with, the code that makes it (codeVersion below) and the toolchain (the lock file, the Chromium
// binary). A later build whose key is the same copies the file back instead of making it again; any other key
// makes it anew. The cache never reaches dist/ directly: outputs are copied into the build's temporary folder,
// which is swapped into dist/ as before, so a failed build still leaves dist/ as it was.
//
// Each entry carries the size and hash of its files; an entry that does not match (a killed build, a disk
// error, a hand edit) is ignored and made again, never shipped.
import {createHash} from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from "node:fs";
import {homedir} from "node:os";
import {dirname, join, relative, resolve} from "node:path";

const root = resolve(import.meta.dirname, "..");
export const outputCacheDir = join(root, ".build", "cache", "outputs");

/** How many entries are kept: a few builds' worth (a build stores at most ten), so undoing an edit is quick too. */
const KEEP = 48;

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/** The key of an output: a hash of its named parts, each length-prefixed so no two lists of parts collide. */
export function outputKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const p of parts) {
    const bytes = typeof p === "string" ? Buffer.from(p) : p;
    hash.update(`${bytes.length}\0`).update(bytes).update("\0");
  }
  return hash.digest("hex").slice(0, 32);
}

interface Manifest {
  files: Record<string, {size: number; sha256: string}>;
}

/**
 * The files stored under `key` (`names`, or every file of the entry), or null when there is no entry or it fails
 * its check. A hit marks the entry as used.
 */
export function cachedOutputs(key: string, names: readonly string[] | "all", dir = outputCacheDir): Map<string, Buffer> | null {
  const entry = join(dir, key);
  try {
    const manifest = JSON.parse(readFileSync(join(entry, "manifest.json"), "utf8")) as Manifest;
    const out = new Map<string, Buffer>();
    for (const name of names === "all" ? Object.keys(manifest.files) : names) {
      const want = manifest.files[name];
      if (!want) return null;
      const bytes = readFileSync(join(entry, name));
      if (bytes.length !== want.size || sha256(bytes) !== want.sha256) return null;
      out.set(name, bytes);
    }
    const now = new Date();
    utimesSync(entry, now, now);
    return out;
  } catch {
    return null;
  }
}

/**
 * Stores `files` under `key`, whole or not at all (written beside, then renamed into place). The cache only
 * saves time: a failure to store is ignored, and the build goes on with the files it made.
 */
export function storeOutputs(key: string, files: ReadonlyMap<string, Uint8Array>, dir = outputCacheDir): void {
  const entry = join(dir, key);
  const tmp = join(dir, `.tmp-${key}-${process.pid}-${Date.now()}`);
  try {
    mkdirSync(tmp, {recursive: true});
    const manifest: Manifest = {files: {}};
    for (const [name, bytes] of files) {
      if (name === "manifest.json" || name.split("/").includes("..")) throw new Error(`not a name to store: ${name}`);
      mkdirSync(dirname(join(tmp, name)), {recursive: true});
      writeFileSync(join(tmp, name), bytes);
      manifest.files[name] = {size: bytes.length, sha256: sha256(bytes)};
    }
    writeFileSync(join(tmp, "manifest.json"), JSON.stringify(manifest, null, 1));
    rmSync(entry, {recursive: true, force: true});
    renameSync(tmp, entry);
  } catch {
    try {
      rmSync(tmp, {recursive: true, force: true});
    } catch {
      // Nothing was written there either.
    }
  }
}

/** Keeps the `keep` most recently used entries and removes the rest (and any half-written ones). */
export function pruneOutputs(dir = outputCacheDir, keep = KEEP): void {
  if (!existsSync(dir)) return;
  const entries = readdirSync(dir).map((name) => {
    const path = join(dir, name);
    return {name, path, used: statSync(path).mtimeMs};
  });
  for (const e of entries.filter((e) => e.name.startsWith(".tmp-"))) rmSync(e.path, {recursive: true, force: true});
  const kept = entries.filter((e) => !e.name.startsWith(".tmp-")).sort((a, b) => b.used - a.used || (a.name < b.name ? -1 : 1));
  for (const e of kept.slice(keep)) rmSync(e.path, {recursive: true, force: true});
}

/** The relative path (with /) of every file under `dir` but those `skip` names, sorted. */
export function treeFiles(dir: string, skip: (rel: string) => boolean = () => false): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      const rel = relative(dir, p).replace(/\\/g, "/");
      if (skip(rel)) continue;
      if (statSync(p).isDirectory()) walk(p);
      else files.push(rel);
    }
  };
  walk(dir);
  return files.sort();
}

/** Relative path and hash of every file under `dir`, in a fixed order: what an output made from a folder is made from. */
export function treeParts(dir: string, skip: (rel: string) => boolean = () => false): string[] {
  return treeFiles(dir, skip).flatMap((rel) => [rel, sha256(readFileSync(join(dir, rel)))]);
}

/** Relative imports of a TypeScript module (static, dynamic, re-exports, side effects): their specifiers. */
export function relativeImports(source: string): string[] {
  const out = new Set<string>();
  const patterns = [
    /\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g,
    /\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g,
    /\bimport\s*["'](\.{1,2}\/[^"']+)["']/g
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) out.add(m[1]);
  return [...out].sort();
}

/**
 * A version of the code of `entries` (paths relative to the project): a hash of each source file they import,
 * followed through relative imports (`./x.js` is read as `./x.ts`), by path and bytes. Packages are covered by
 * the lock file in `toolchainParts`. An import that resolves to no file is hashed by its name.
 */
export function codeVersion(entries: readonly string[], base = root): string {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const path = join(base, file);
    if (!existsSync(path)) {
      seen.set(file, "missing");
      return;
    }
    const source = readFileSync(path, "utf8");
    seen.set(file, sha256(source));
    for (const spec of relativeImports(source)) {
      const target = relative(base, join(dirname(path), spec)).replace(/\\/g, "/");
      const ts = target.replace(/\.js$/, ".ts");
      visit(existsSync(join(base, ts)) ? ts : target);
    }
  };
  for (const e of entries) visit(e);
  return outputKey([...seen.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).flat());
}

/**
 * What every output also depends on: the packages as locked (package-lock.json) and as installed
 * (node_modules/.package-lock.json, which npm rewrites on every install, so a package changed by hand-run
 * `npm install` without touching the lock file still counts), the Node version (ICU data formats numbers), the
 * environment variables that change what the engines write, and for a browser-made output the browser binary
 * (its real path, size and time: a Chromium upgrade replaces it) and the fonts installed on the system (Chromium
 * draws with them: Liberation Sans for Arial, any fallback).
 */
export function toolchainParts(browser: string | undefined, base = root): string[] {
  const parts: string[] = [process.version];
  for (const name of ["package-lock.json", join("node_modules", ".package-lock.json")]) {
    const path = join(base, name);
    parts.push(existsSync(path) ? sha256(readFileSync(path)) : `no ${name}`);
  }
  parts.push(...environmentParts());
  if (browser) {
    try {
      const real = realpathSync(browser);
      const s = statSync(real);
      parts.push(real, String(s.size), String(s.mtimeMs));
      // Debian's /usr/bin/chromium is a script that starts this binary.
      const binary = "/usr/lib/chromium/chromium";
      if (existsSync(binary)) parts.push(String(statSync(binary).size), String(statSync(binary).mtimeMs));
    } catch {
      parts.push(browser);
    }
    parts.push(...systemFontParts());
  } else parts.push("no browser");
  return parts;
}

/**
 * Environment variables that can change an output's bytes: the time zone and locale (dates, collation, the
 * browser's default language), Node's options, and Framework's own settings. Each is named with its value, or as
 * unset.
 */
export const OUTPUT_ENVIRONMENT = [
  "TZ",
  "LANG",
  "LANGUAGE",
  "LC_ALL",
  "LC_CTYPE",
  "LC_COLLATE",
  "LC_TIME",
  "LC_NUMERIC",
  "NODE_ENV",
  "NODE_OPTIONS"
];

export function environmentParts(env: NodeJS.ProcessEnv = process.env): string[] {
  const names = [
    ...OUTPUT_ENVIRONMENT,
    ...Object.keys(env).filter((n) => n.startsWith("OBSERVABLE_") && n !== "OBSERVABLE_TELEMETRY_DISABLE")
  ];
  return [...new Set(names)].sort().map((n) => (env[n] === undefined ? `${n} unset` : `${n}=${env[n]}`));
}

/** Where fontconfig finds the fonts Chromium draws with (Debian's defaults), and the user's own. */
export const FONT_DIRS = [
  "/usr/share/fonts",
  "/usr/local/share/fonts",
  "/etc/fonts",
  join(homedir(), ".fonts"),
  join(homedir(), ".local", "share", "fonts")
];

/**
 * The fonts installed on the system and fontconfig's settings: every file's path, size and modification time
 * (a font package upgrade or a new font changes them). Names and times, not bytes: a few hundred stat calls.
 */
export function systemFontParts(dirs: readonly string[] = FONT_DIRS): string[] {
  const parts: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      parts.push(`no ${dir}`);
      continue;
    }
    try {
      for (const rel of treeFiles(dir)) {
        const s = statSync(join(dir, rel));
        parts.push(`${dir}/${rel}:${s.size}:${s.mtimeMs}`);
      }
    } catch (error) {
      // An unreadable folder still counts, by what went wrong; the key then changes when it becomes readable.
      parts.push(`${dir}: ${error instanceof Error ? error.message : error}`);
    }
  }
  return [outputKey(parts)];
}
