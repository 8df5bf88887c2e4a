// A copy of the project for tests that run `npm run build` or `npm run dev` as a user would (regeneration,
// build safety, dev safety, determinism): code and data copied, node_modules linked, no outputs or caches.
import {createHash} from "node:crypto";
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync} from "node:fs";
import {join, relative} from "node:path";
import {BUILT, CACHES, cachesOf, ensureBuilt, root} from "./built.js";
import {fixtureDir} from "./fixtures.js";

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

/**
 * Gives the copy `project` the caches the shared build left in the checkout (font subsets, Framework's bundles of
 * the npm imports), as a user's checkout holds them after a build: its first build then does only what the data
 * and code need, not what every fresh clone does once (test/print/deterministic.test.ts builds a copy without
 * them, and must give the same files). Font subsets made for other texts are made again by the build (prepare's
 * stamp names the glyphs), and the loaders' cache is dropped by every build, so no output depends on these.
 */
export async function warmCaches(project: string): Promise<void> {
  const caches = cachesOf(await ensureBuilt(BUILT));
  for (const c of CACHES) if (existsSync(join(caches, c))) cpSync(join(caches, c), join(project, c), {recursive: true});
}

/**
 * Replaces `project` with a checkout that has a last good build: a fresh copy (copyProject) whose data/ is the
 * fixture edition of the shared build (test/support/built.ts) and whose dist/ is a copy of that build, as a user's
 * last `npm run build` of that data would have left it (two builds of the same data give the same files:
 * test/print/deterministic.test.ts), without building it once more, with the caches that build left (warmCaches).
 * dist/ is a folder, not yet the link the build makes of it (README "Build output": the next build makes it one).
 */
export async function builtProject(project: string): Promise<void> {
  const built = await ensureBuilt(BUILT);
  copyProject(project);
  rmSync(join(project, "data"), {recursive: true, force: true});
  cpSync(fixtureDir(BUILT), join(project, "data"), {recursive: true});
  cpSync(realpathSync(built), join(project, "dist"), {recursive: true});
  await warmCaches(project);
}
