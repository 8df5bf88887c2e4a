// One build of the real project per test run, shared by the integration suites (they run one file at a time).
import {existsSync, rmSync} from "node:fs";
import {join, resolve} from "node:path";
import {build} from "../../scripts/build.js";

export const root = resolve(import.meta.dirname, "..", "..");
export const tmpRoot = join(root, "test", ".tmp");
export const builtDir = join(tmpRoot, "dist");

let building: Promise<string> | null = null;

/** Builds the site and slides into test/.tmp/dist once per run (the global setup clears it first). */
export function ensureBuilt(): Promise<string> {
  if (existsSync(join(builtDir, "figures-snapshot.json"))) return Promise.resolve(builtDir);
  building ??= build({out: builtDir, log: () => {}}).then(() => builtDir);
  return building;
}

export function clearBuilt(): void {
  rmSync(builtDir, {recursive: true, force: true});
}
