// The report's Framework build as an incremental output (scripts/outputcache.ts): its pages are a function of
// what Framework reads (every file under src/ but its own cache, the config, tsconfig and package files, the lock
// file and the briefing this build validated, which the loader prints), so when none of these changed since an
// earlier build (an edit to the slides or to a script, a build run again) its output is copied back instead of
// running Framework. What follows it (page fixes, downloads, PDFs) runs on every build as before.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {cachedOutputs, outputKey, storeOutputs, toolchainParts, treeFiles, treeParts} from "./outputcache.js";

const root = resolve(import.meta.dirname, "..");

/** The key of Framework's output for the briefing in `briefingFile`, from the project at `base`. */
export function frameworkKey(briefingFile: string, base = root): string {
  const file = (name: string) => {
    const path = join(base, name);
    return existsSync(path) ? readFileSync(path) : `no ${name}`;
  };
  return outputKey([
    "framework",
    process.version,
    ...toolchainParts(undefined, base),
    file("observablehq.config.ts"),
    file("tsconfig.json"),
    file("package.json"),
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
