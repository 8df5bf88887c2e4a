// What a maintainer should do about a failure the build did not cause itself: the disk (a folder where a file
// belongs, a leftover, a read-only folder, a full disk) or Chromium (printing, screenshots). One line each,
// naming the path, so a failed build never ends in a bare "EISDIR" or "Printing failed".
import {lstatSync} from "node:fs";
import {basename, join, relative} from "node:path";
import {DATA_FILES} from "../src/lib/dataset.js";
import {DataError, type DataIssue} from "../src/lib/errors.js";

const CHROMIUM_FIX =
  "Chromium stopped while printing (usually too little memory or /dev/shm, or a Chromium that does not match); close other programs and run the build again, or set CHROME_PATH to another Chromium (CHROME_PATH=/nonexistent builds without PDF and Marp's PPTX)";

/**
 * The one-line explanation of a failure with a remedy, or null when the error is not one of these. `root`
 * makes paths relative to the project, as a maintainer types them.
 */
export function explainFailure(error: unknown, root = process.cwd()): string | null {
  if (!(error instanceof Error)) return null;
  const e = error as NodeJS.ErrnoException;
  const path = e.path ? relative(root, e.path) || "." : "a path (not named by the system)";
  const dest = (e as {dest?: string}).dest;
  const where = dest ? `${path} → ${relative(root, dest)}` : path;
  switch (e.code) {
    case "EISDIR":
      return `${where} is a folder where the build writes or reads a file: move or remove that folder and run the build again`;
    case "ENOTDIR":
      return `${where}: a file stands where the build needs a folder: move or remove it and run the build again`;
    case "EEXIST":
    case "ENOTEMPTY":
      return `${where} already exists (a leftover of an interrupted build or a copy made by hand): remove it and run the build again`;
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return `${where} cannot be written (${e.code}): make it writable (chmod -R u+w, or chattr -i) or build into another folder with KIT_DIST=…`;
    case "ENOSPC":
      return `the disk is full while writing ${where}: free some space and run the build again`;
  }
  const files = [...new Set(error.message.match(/\b(?:briefing-(?:ja|en)(?:-handout)?\.(?:pdf|pptx)|report-(?:ja|en)\.pdf)\b/g))];
  if (/Printing failed|Unable to capture screenshot|Target closed|Page crashed/i.test(error.message))
    return `${files.join(" and ") || "a PDF or PPTX"}: ${CHROMIUM_FIX}`;
  return null;
}

/**
 * Whatever reading the data folder threw, as issues for the banner: a DataError's own, or the file system's
 * (a data file replaced by a folder, a file that cannot be read) naming the file and what to do, so that no
 * content of data/ can stop the preview.
 */
export function dataIssues(error: unknown, dataDir: string): DataIssue[] {
  if (error instanceof DataError) return error.issues;
  const e = error as NodeJS.ErrnoException;
  // readFileSync's EISDIR names no path: the data file that is not a regular file is the one.
  const odd = DATA_FILES.find((f) => {
    try {
      return !lstatSync(join(dataDir, f)).isFile();
    } catch {
      return false;
    }
  });
  const file = e.path ? relative(dataDir, e.path) || basename(e.path) : (odd ?? "data folder");
  const message =
    e.code === "EISDIR"
      ? "is a folder, not a CSV file: put the CSV file back in its place"
      : e.code === "ENOENT"
        ? "is missing: restore it"
        : `cannot be read (${e.code ?? (error instanceof Error ? error.message : String(error))}): check the file and its permissions`;
  return [{file, line: 0, message}];
}
