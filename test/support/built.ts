// One build of a fixture edition, shared by every suite that only reads a build's output: built once, kept under
// test/.tmp/ in a folder named by a hash of everything the build reads (code, config, lockfile, the fixture's
// files), so a build of other code or data is never reused, and the same inputs are never built twice. Files run
// in parallel: a lock folder makes one worker build while the others wait for it.
import {createHash} from "node:crypto";
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import {build} from "../../scripts/build.js";
import {beforeAll} from "vitest";
import {fixtureDir, type FixtureName} from "./fixtures.js";
import {readSheets, type Sheet} from "./pdfcheck.js";

export const root = resolve(import.meta.dirname, "..", "..");
export const tmpRoot = join(root, "test", ".tmp");

/**
 * The edition the shared build shows: a draft against an enacted budget, a budget line, notes, a supplementary
 * budget, and a table that runs over a printed sheet (test/fixtures/editions/report).
 */
export const BUILT: FixtureName = "report";

/** What a build reads besides its data: a change to any of these makes a new build. */
const CODE = ["src", "slides", "scripts", "observablehq.config.ts", "package-lock.json", "tsconfig.json"];
const NOT_INPUT = new Set([".observablehq", "_generated", "node_modules"]);

function hashTree(hash: ReturnType<typeof createHash>, path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const e of readdirSync(path).sort()) if (!NOT_INPUT.has(e)) hashTree(hash, join(path, e));
  } else hash.update(relative(root, path)).update("\0").update(readFileSync(path)).update("\0");
}

/** A hash of the code and of the data folder `data`. */
export function inputsKey(data: string): string {
  const hash = createHash("sha256");
  for (const c of CODE) hashTree(hash, join(root, c));
  hashTree(hash, data);
  return hash.digest("hex").slice(0, 16);
}

const processAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Runs `fn` holding test/.tmp/build.lock: builds in the project's checkout take turns (the build itself refuses a
 * second one at once). A lock whose process has died is taken over. Waits by polling the lock, not a fixed time.
 */
export async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  mkdirSync(tmpRoot, {recursive: true});
  const lock = join(tmpRoot, "build.lock");
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      break;
    } catch {
      const pid = Number(existsSync(join(lock, "pid")) ? readFileSync(join(lock, "pid"), "utf8") : NaN);
      if (Number.isFinite(pid) && pid > 0 && !processAlive(pid)) rmSync(lock, {recursive: true, force: true});
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, {recursive: true, force: true});
  }
}

/**
 * Builds the data folder `data` into `out` (the site, its PDFs and the slides) as `npm run build` would;
 * `reportPdfs: false` leaves out the report PDFs, for a suite that checks none of them.
 */
export async function buildData(data: string, out: string, {reportPdfs = true}: {reportPdfs?: boolean} = {}): Promise<void> {
  const previous = process.env.BUDGET_DATA_DIR;
  process.env.BUDGET_DATA_DIR = data;
  try {
    await build({out, log: () => {}, reportPdfs});
  } finally {
    if (previous === undefined) delete process.env.BUDGET_DATA_DIR;
    else process.env.BUDGET_DATA_DIR = previous;
  }
}

/**
 * What a build leaves in the checkout for the next one: the font subsets and design tokens (scripts/prepare.ts)
 * and Framework's cache (its bundles of the npm imports and of its own client, the loaders' output).
 */
export const CACHES = [join("src", "_generated"), join("src", ".observablehq", "cache")];

/** Where the caches the shared build `dir` left are kept (beside it, not in it: its files are compared whole). */
export const cachesOf = (dir: string): string => `${dir}.caches`;

/** Copies the checkout's caches (CACHES) into `to`, which is then a checkout as the build just left it. */
function copyCaches(from: string, to: string): void {
  rmSync(to, {recursive: true, force: true});
  for (const c of CACHES) if (existsSync(join(from, c))) cpSync(join(from, c), join(to, c), {recursive: true});
}

const building = new Map<string, Promise<string>>();

/** The shared build of the fixture edition `name` (default BUILT): its folder, built now if no build of these inputs exists. */
export function ensureBuilt(name: FixtureName = BUILT): Promise<string> {
  const data = fixtureDir(name);
  const dir = join(tmpRoot, `built-${name}-${inputsKey(data)}`);
  const done = () => existsSync(join(dir, "figures-snapshot.json")) && existsSync(cachesOf(dir));
  if (done()) return Promise.resolve(dir);
  if (!building.has(dir))
    building.set(
      dir,
      withBuildLock(async () => {
        if (done()) return dir; // another worker built it while this one waited
        // Builds of other inputs are of no further use: drop them and the folders their links point to.
        for (const e of existsSync(tmpRoot) ? readdirSync(tmpRoot) : [])
          if (e.startsWith(`built-${name}-`) && e !== relative(tmpRoot, dir)) {
            const old = join(tmpRoot, e);
            const target = (() => {
              try {
                return realpathSync(old);
              } catch {
                return null;
              }
            })();
            rmSync(old, {recursive: true, force: true});
            if (target && target !== old) rmSync(target, {recursive: true, force: true});
          }
        if (!existsSync(join(dir, "figures-snapshot.json"))) await buildData(data, dir);
        // Taken under the lock, right after the build, while no other build in this checkout can change them.
        copyCaches(root, cachesOf(dir));
        return dir;
      })
    );
  return building.get(dir)!;
}

/**
 * The sheets of `files` (paths under dist/) of the shared build, for a suite to read: filled by a beforeAll that
 * waits for the build, so each PDF is read once however many tests check it.
 */
export function builtSheets(files: string[]): Record<string, Sheet[]> {
  const sheets: Record<string, Sheet[]> = {};
  beforeAll(async () => {
    const dir = await ensureBuilt();
    for (const f of files) sheets[f] = readSheets(join(dir, f));
  }, 900_000);
  return sheets;
}
