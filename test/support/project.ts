// A copy of the project for tests that run `npm run build` or `npm run dev` as a user would (regeneration,
// build safety, dev safety, determinism): code and data copied, node_modules linked, no outputs or caches.
import {createHash} from "node:crypto";
import {cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync} from "node:fs";
import {join, relative} from "node:path";
import {root} from "./built.js";

/** What a fresh checkout does not have: outputs, caches, generated files, and the tests themselves. */
const SKIP = new Set(["node_modules", "dist", ".build", ".git", ".observablehq", "_generated", ".tmp"]);

/** Replaces `project` with a fresh copy of this project (without test/), node_modules linked. */
export function copyProject(project: string): void {
  rmSync(project, {recursive: true, force: true});
  mkdirSync(project, {recursive: true});
  for (const entry of readdirSync(root)) {
    if (SKIP.has(entry) || entry === "test") continue;
    cpSync(join(root, entry), join(project, entry), {recursive: true, filter: (src) => !SKIP.has(src.split("/").pop()!)});
  }
  symlinkSync(join(root, "node_modules"), join(project, "node_modules"));
}

/** Relative path → sha256 of every file under `dir` (links followed). */
export function fileHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}
