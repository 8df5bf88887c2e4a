// One build at a time per checkout. Two builds at once share .build/ and Framework's loader cache, and the
// second one's data then reached the first one's pages (a report of one figure beside decks of another). The
// lock is a file in .build/ holding the builder's pid and start time, created in one step (a hard link of a
// complete file, which fails if the lock exists), so a lock is never seen half written.
import {linkSync, readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";

export const LOCK_FILE = "build.lock";

interface LockOwner {
  pid: number;
  started: string;
}

/** A build refused because another one holds the checkout. */
export class BuildLockedError extends Error {
  constructor(readonly owner: LockOwner) {
    super(`another build is running (pid ${owner.pid}) since ${owner.started}; wait for it or stop it (kill ${owner.pid})`);
    this.name = "BuildLockedError";
  }
}

/** Whether a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, "utf8")) as LockOwner;
    return Number.isInteger(owner.pid) && owner.pid > 0 ? owner : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock of the checkout whose work folder is `work`, or throws BuildLockedError naming the running
 * build. A lock left by a process that no longer runs (a killed build) is taken over, with a line in the log.
 * Returns the release function (also run when the process exits).
 */
export function acquireBuildLock(work: string, log: (line: string) => void, now = new Date()): () => void {
  const lock = join(work, LOCK_FILE);
  const mine: LockOwner = {pid: process.pid, started: now.toISOString()};
  const draft = join(work, `${LOCK_FILE}.${process.pid}.tmp`);
  writeFileSync(draft, JSON.stringify(mine));
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(draft, lock);
        const release = () => {
          if (readOwner(lock)?.pid === process.pid && readOwner(lock)?.started === mine.started) rmSync(lock, {force: true});
          process.off("exit", release);
        };
        process.on("exit", release);
        return release;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const owner = readOwner(lock);
      if (owner && processAlive(owner.pid)) throw new BuildLockedError(owner);
      // Stale (its build was killed) or unreadable: move it aside under our own name, so that of two builds
      // taking it over at once only one removes it, then try again.
      const aside = join(work, `${LOCK_FILE}.${process.pid}.stale`);
      try {
        renameSync(lock, aside);
      } catch {
        continue; // someone else moved it first
      }
      const moved = readOwner(aside);
      if (moved && processAlive(moved.pid)) {
        // A live build's lock was written between our read and our rename: put it back and stop.
        try {
          linkSync(aside, lock);
        } catch {
          // Another build holds the lock now; the next attempt reports it.
        }
        rmSync(aside, {force: true});
        continue;
      }
      rmSync(aside, {force: true});
      log(
        moved
          ? `took over the build lock of pid ${moved.pid} (started ${moved.started}), which is no longer running`
          : `took over an unreadable build lock in ${LOCK_FILE}`
      );
    }
    const owner = readOwner(lock);
    throw owner ? new BuildLockedError(owner) : new Error(`could not take the build lock ${lock}; remove it if no build is running`);
  } finally {
    rmSync(draft, {force: true});
  }
}
