// The report's Framework build as an incremental output (scripts/outputcache.ts): its pages are a function of
// what Framework reads, so when none of it changed since an earlier build (an edit to the slides or to a script,
// a build run again) its output is copied back instead of running Framework. What follows it (page fixes,
// downloads, PDFs) runs on every build as before.
//
// What Framework reads, and so what the key holds (test/incremental-cache.test.ts changes each in turn):
// - every file under src/ but Framework's own cache (pages, components, the library, the locale packs, the
//   style sheet, the generated fonts and tokens), by path and bytes; files' times do not count, because the
//   one place Framework writes a time (`lastModified`) is rewritten by the build after it (scripts/build.ts);
// - the config (observablehq.config.ts), tsconfig.json and package.json at the project's root;
// - the briefing this build validated, which the loader prints (so every figure in data/ through the loader)
//   and which the config reads for titles, header and footer;
// - the code that starts Framework (this module and what it imports), the packages as locked and as installed,
//   the Node version and the environment variables that change an output (toolchainParts).
// A file outside src/ that a page or the config imported would not be covered: keyTree below refuses such an
// import so that it cannot be added unnoticed.
import {spawn} from "node:child_process";
import {existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {dataDir} from "../src/lib/files.js";
import {cachedOutputs, codeVersion, outputKey, relativeImports, storeOutputs, toolchainParts, treeFiles, treeParts} from "./outputcache.js";

const root = resolve(import.meta.dirname, "..");

/** The files at the project's root that Framework reads besides src/. */
export const FRAMEWORK_ROOT_FILES = ["observablehq.config.ts", "tsconfig.json", "package.json"];

/**
 * Relative imports in the config or under src/ that leave src/ (and so the key): their importer and specifier.
 * Empty in this project; a non-empty list makes frameworkKey throw rather than cache a page whose input it misses.
 */
export function importsOutsideSrc(base = root): string[] {
  const src = join(base, "src");
  const sources = [
    join(base, "observablehq.config.ts"),
    ...treeFiles(src, (rel) => rel === ".observablehq" || rel === "_generated")
      .filter((rel) => /\.(ts|js|mjs|md)$/.test(rel))
      .map((rel) => join(src, rel))
  ].filter(existsSync);
  const outside: string[] = [];
  for (const file of sources)
    for (const spec of relativeImports(readFileSync(file, "utf8"))) {
      const target = relative(src, resolve(dirname(file), spec));
      if (target.startsWith("..")) outside.push(`${relative(base, file)} imports ${spec}`);
    }
  return outside;
}

/** The key of Framework's output for the briefing in `briefingFile`, from the project at `base`. */
export function frameworkKey(briefingFile: string, base = root): string {
  const outside = importsOutsideSrc(base);
  if (outside.length)
    throw new Error(
      `the report's cache key covers src/ and the config only, but ${outside.join("; ")}: add those files to frameworkKey (scripts/frameworkcache.ts)`
    );
  const file = (name: string) => {
    const path = join(base, name);
    return existsSync(path) ? readFileSync(path) : `no ${name}`;
  };
  return outputKey([
    "framework",
    codeVersion(["scripts/frameworkcache.ts"], base),
    ...toolchainParts(undefined, base),
    ...FRAMEWORK_ROOT_FILES.flatMap((name) => [name, file(name)]),
    readFileSync(briefingFile),
    ...treeParts(join(base, "src"), (rel) => rel === ".observablehq")
  ]);
}

/**
 * Fills `out` with Framework's output for `key`: from the cache when an earlier build made it (true), else by
 * running `build`, whose output is then stored (false).
 */
export async function frameworkOutput(out: string, key: string, build: () => Promise<void>): Promise<boolean> {
  const hit = cachedOutputs(key, "all");
  if (hit) {
    for (const [name, bytes] of hit) {
      mkdirSync(dirname(join(out, name)), {recursive: true});
      writeFileSync(join(out, name), bytes);
    }
    return true;
  }
  await build();
  storeOutputs(key, new Map(treeFiles(out).map((rel) => [rel, readFileSync(join(out, rel))])));
  return false;
}

/** Runs Framework's build into `output`; its loader prints `briefingFile`, the JSON this build validated. */
export function frameworkBuild(output: string, briefingFile: string, signal: AbortSignal): Promise<void> {
  const bin = join(root, "node_modules", "@observablehq", "framework", "dist", "bin", "observable.js");
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bin, "build"], {
      cwd: root,
      env: {
        ...process.env,
        KIT_OUTPUT: output,
        KIT_BRIEFING: briefingFile,
        BUDGET_DATA_DIR: dataDir(),
        OBSERVABLE_TELEMETRY_DISABLE: "true"
      },
      stdio: ["ignore", "pipe", "pipe"]
    });
    // Another step failed: stop Framework rather than let it write into a folder being removed.
    const stop = () => child.kill();
    signal.addEventListener("abort", stop, {once: true});
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    child.on("error", reject);
    child.on("close", (code) => {
      signal.removeEventListener("abort", stop);
      if (code === 0 && !/\berror\b.*loader|loader.*failed/i.test(log)) return resolvePromise();
      const lines = log.split("\n").filter((l) => l.trim() && !/^(build|alias|copy|bundle|  copy|↳) /.test(l));
      reject(new Error(`Framework exited with code ${code}: ${lines.slice(-12).join(" / ")}`));
    });
  });
}
