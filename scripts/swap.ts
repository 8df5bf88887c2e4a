// Putting a finished build in place with no moment without dist/. dist/ is a symbolic link to a folder in
// .build/ (out-<key>-<pid>-<time>, <key> naming the output path so builds into other folders, e.g. the tests',
// never touch each other's); a new build writes a new folder, makes a new link beside dist and renames it over
// dist: rename(2) replaces the old link in one step, so a reader (npm run serve, a test, a browser) sees the old
// build or the new one, never nothing. The old folder stays until the next build starts: a reader that looked
// up a path in it a moment before the swap still finds its file (removing it at once made such reads fail,
// measured by test/buildsafety.test.ts). A journal in .build/ names every path
// first, so whatever point a build is killed at, the next one repairs it (recoverInterruptedBuilds).
//
// A dist/ that is still a real folder (built before this scheme) is moved aside once, the only swap with a gap;
// the journal covers it too.
import {createHash} from "node:crypto";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from "node:fs";
import {basename, dirname, join, relative, resolve} from "node:path";
import {processAlive} from "./buildlock.js";

interface Journal {
  out: string;
  /** The new output folder in .build/. */
  next: string;
  /** The folder dist/ pointed to before (removed once the new one is in place), if any. */
  previous: string | null;
  /** A real dist/ folder moved aside (the one-time change to a link), if any. */
  legacy: string | null;
  /** The new link before it is renamed over dist. */
  link: string;
}

/** The short name of an output path, so that each output's folders in .build/ are told apart. */
export const outKey = (out: string) => createHash("sha256").update(resolve(out)).digest("hex").slice(0, 8);

const lexists = (path: string) => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};
const isLink = (path: string) => lexists(path) && lstatSync(path).isSymbolicLink();
const realOrNull = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
};
/** The folder `out` shows now: the target of its link, or itself. */
export const currentTarget = (out: string) => realOrNull(out);

function link(target: string, at: string): void {
  rmSync(at, {force: true});
  symlinkSync(relative(dirname(at), target), at, "dir");
}

/**
 * Moves the finished `tmp` (in `work`) into place as `out`. Kill points for the regression tests:
 * KIT_TEST_KILL_DURING_SWAP=before (new link made, not yet renamed) or after (renamed, old folder not removed).
 */
export function swapIntoPlace(tmp: string, out: string, work: string, id: string): void {
  const next = join(work, `out-${outKey(out)}-${id}`);
  const journalFile = join(work, `swap-${id}.json`);
  mkdirSync(dirname(out), {recursive: true});
  const wasLink = isLink(out);
  const journal: Journal = {
    out,
    next: resolve(next),
    previous: wasLink ? currentTarget(out) : null,
    legacy: lexists(out) && !wasLink ? join(dirname(out), `.${basename(out)}-old-${id}`) : null,
    link: join(dirname(out), `.${basename(out)}-link-${id}`)
  };
  writeFileSync(`${journalFile}.tmp`, JSON.stringify(journal));
  renameSync(`${journalFile}.tmp`, journalFile);
  renameSync(tmp, next);
  link(next, journal.link);
  if (journal.legacy) renameSync(out, journal.legacy);
  if (process.env.KIT_TEST_KILL_DURING_SWAP === "before") process.kill(process.pid, "SIGKILL");
  try {
    renameSync(journal.link, out);
  } catch (error) {
    if (journal.legacy && !lexists(out)) renameSync(journal.legacy, out);
    rmSync(journal.link, {force: true});
    renameSync(next, tmp); // the caller removes it
    rmSync(journalFile, {force: true});
    throw error;
  }
  if (process.env.KIT_TEST_KILL_DURING_SWAP === "after") process.kill(process.pid, "SIGKILL");
  finish(journal);
  rmSync(journalFile, {force: true});
}

/** After the rename: a dist/ folder of before the links goes (once); the previous output waits for the next build. */
function finish({legacy}: Journal): void {
  if (legacy) rmSync(legacy, {recursive: true, force: true});
}

/**
 * Repairs what killed builds left in `work`: a swap stopped at any point is finished or undone (journal
 * swap-<pid>-….json), then the temporary folders of builds that no longer run are removed, and output folders
 * of `out` that nothing points to. Folders of a build still running (another process) are left alone.
 */
export function recoverInterruptedBuilds(work: string, out: string, log: (line: string) => void): void {
  if (!existsSync(work)) return;
  const shown = (path: string) => relative(process.cwd(), path) || ".";
  for (const name of readdirSync(work)) {
    const m = /^swap-(\d+)-\d+\.json$/.exec(name);
    if (!m || processAlive(Number(m[1]))) continue;
    let journal: Journal | null = null;
    try {
      journal = JSON.parse(readFileSync(join(work, name), "utf8")) as Journal;
    } catch {
      // A journal cut short was written before anything moved.
    }
    if (journal?.next && journal.link) {
      rmSync(journal.link, {force: true});
      const now = realOrNull(journal.out);
      if (now && now === realOrNull(journal.next)) {
        finish(journal); // the new build was in place; only the old folder was left
      } else if (!lexists(journal.out) && journal.legacy && existsSync(journal.legacy)) {
        renameSync(journal.legacy, journal.out);
        log(`recovered: ${shown(journal.out)}/ restored from the last good build (an earlier build was stopped while swapping)`);
      } else if (!lexists(journal.out) && existsSync(journal.next)) {
        link(journal.next, journal.out); // first build ever, stopped after it had finished: its output is complete
        log(`recovered: ${shown(journal.out)}/ put in place from a build stopped while swapping`);
      } else if (existsSync(journal.next)) {
        rmSync(journal.next, {recursive: true, force: true});
        log(`cleaned up the output of a build stopped while swapping (${shown(journal.out)}/ still holds the last good build)`);
      }
    }
    rmSync(join(work, name), {force: true});
  }
  // The outputs of `out` that it no longer shows (the previous build's, kept until now), said nothing about.
  const current = currentTarget(out);
  const previous = new RegExp(`^out-${outKey(out)}-(\\d+)-\\d+$`);
  let removed = 0;
  for (const name of readdirSync(work)) {
    const m = /^(?:dist|slides|briefing)-(\d+)-\d+/.exec(name);
    const old = previous.exec(name);
    if (old && !processAlive(Number(old[1])) && realOrNull(join(work, name)) !== current)
      rmSync(join(work, name), {recursive: true, force: true});
    if (!m || processAlive(Number(m[1]))) continue;
    rmSync(join(work, name), {recursive: true, force: true});
    removed++;
  }
  if (removed) log(`cleaned up ${removed} temporary folder${removed === 1 ? "" : "s"} left in .build/ by interrupted builds`);
}
