// Permissions checked before the work: a read-only dist/ or project folder used to be found only after the
// whole build (minutes), at the swap. Each folder the build writes is probed with a real file (as root, mode bits
// allow everything but a read-only mount or an immutable folder still refuse: a probe sees both).
import {existsSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join, relative} from "node:path";

export interface WritableFolder {
  path: string;
  /** What the build writes there, for the message. */
  what: string;
}

/** The first folder that cannot be written, as one line naming it and the fix; null when all can. */
export function unwritableFolder(folders: WritableFolder[], root = process.cwd()): string | null {
  for (const {path, what} of folders) {
    let dir = path;
    while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir); // made by the build: its parent must take it
    const probe = join(dir, `.kit-write-probe-${process.pid}`);
    try {
      writeFileSync(probe, "");
      rmSync(probe, {force: true});
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "error";
      const shown = relative(root, dir) || ".";
      return `${shown}/ cannot be written (${code}), and the build needs it for ${what}: make it writable (chmod -R u+w ${shown}; chattr -R -i ${shown} if it was made immutable) and run the build again`;
    }
  }
  return null;
}
