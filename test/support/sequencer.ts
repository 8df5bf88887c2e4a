// The order the full tier starts its files in. vitest starts the longest files first (by their last duration, or
// by size on a fresh clone). The first file to need the shared build (test/support/built.ts) makes it, about a
// minute of work, and every other file that needs it waits on its lock meanwhile: if the second file started
// is one of those, a worker of two sits idle for that minute. So the longest file that needs no build of this
// checkout starts second. Only the order changes: every file still runs, with the same checks.
import {readFileSync} from "node:fs";
import {BaseSequencer, type TestSpecification} from "vitest/node";

/** Whether the test file waits for the shared build or for the lock of builds in this checkout. */
export const needsBuildLock = (source: string): boolean => /\b(ensureBuilt|builtProject|withBuildLock|buildData)\b/.test(source);

/**
 * `files` as vitest would order them (`needs` tells which wait for the lock), with, in each project, the first
 * file that needs no lock moved to second place when the first two both need it.
 */
export function lockFreeSecond<T extends {project: {name: string}}>(files: T[], needs: (file: T) => boolean): T[] {
  const out = [...files];
  for (let start = 0; start < out.length;) {
    let end = start;
    while (end < out.length && out[end].project.name === out[start].project.name) end++;
    if (end - start > 2 && needs(out[start]) && needs(out[start + 1])) {
      const free = out.slice(start + 2, end).findIndex((f) => !needs(f));
      if (free >= 0) out.splice(start + 1, 0, ...out.splice(start + 2 + free, 1));
    }
    start = end;
  }
  return out;
}

export default class LockFreeSecond extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const needs = new Map(files.map((f) => [f, needsBuildLock(readFileSync(f.moduleId, "utf8"))]));
    return lockFreeSecond(await super.sort(files), (f) => needs.get(f)!);
  }
}
