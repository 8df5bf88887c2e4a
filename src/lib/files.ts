// Node-only: reads the data folder. Kept apart from the pure modules so pages never bundle `node:fs`.
import {closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readFileSync, readSync, type Stats} from "node:fs";
import {join, resolve} from "node:path";
import {buildBriefing, type Briefing} from "./briefing.js";
import {parseSnapshotFile, type SnapshotFile} from "./changes.js";
import {DATA_FILES, parseDataset, type DataInput, type Dataset} from "./dataset.js";
import {DataError, type DataIssue} from "./errors.js";
import {checkPlausibility} from "./plausibility.js";
import {checkStructure} from "./structure.js";

/** The data folder: `BUDGET_DATA_DIR` when set (tests, fixtures), else `data/` at the project root. */
export function dataDir(): string {
  return resolve(process.env.BUDGET_DATA_DIR || join(import.meta.dirname, "..", "..", "data"));
}

/**
 * The largest data file the kit reads. The whole document transcribed takes under 40 kB per file; at 2 MB a
 * budget.csv holds some 30,000 rows, which the checks, the report and the slides still handle in seconds (measured
 * in test/hostile/files.test.ts and README), while a 50 MB file ran out of memory deep in the build. A bigger file
 * is almost always the wrong file (an export of a whole database, a binary) and stops before anything is parsed.
 */
export const MAX_DATA_FILE_BYTES = 2 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** What a path is when it is not a regular file, in words, or null for a regular file. */
function notRegular(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isSymbolicLink()) return "a symbolic link";
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  return "a device or other special file";
}

/**
 * The bytes of every data file, read once: a build validates and renders these, whatever happens to the disk
 * meanwhile. Only regular files are read: a symbolic link (which could publish a file from outside the project),
 * a folder, a FIFO (which would hang the build) or a socket is refused by name, before it is opened, and nothing
 * of its content is printed. A file over MAX_DATA_FILE_BYTES is refused before it is read.
 */
export function readDataFiles(dir = dataDir()): DataInput {
  const input: DataInput = {};
  const issues: DataIssue[] = [];
  for (const file of DATA_FILES) {
    const path = join(dir, file);
    let stats: Stats;
    try {
      stats = lstatSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue; // reported as missing by parseDataset
      issues.push({
        file,
        line: 0,
        message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? error}); check the file's permissions`
      });
      continue;
    }
    const kind = notRegular(stats);
    if (kind) {
      issues.push({
        file,
        line: 0,
        message: `${path} is ${kind}, not a regular file; the data folder holds plain CSV files only: put a copy of the file there instead`
      });
      continue;
    }
    const content = readRegularFile(path, file);
    if ("issue" in content) issues.push(content.issue);
    else input[file] = content.bytes;
  }
  if (issues.length) throw new DataError(issues);
  return input;
}

/**
 * Reads one file that lstat found regular. Opened without following links and without blocking, then checked
 * again on the open descriptor, so a file swapped for a link or a FIFO in between is still refused, never waited on.
 */
function readRegularFile(path: string, file: string): {bytes: Uint8Array} | {issue: DataIssue} {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ELOOP" ? "it is a symbolic link; put a copy of the file there instead" : `${code ?? error}; check the file's permissions`;
    return {issue: {file, line: 0, message: `${path} cannot be read: ${why}`}};
  }
  try {
    const stats = fstatSync(fd);
    const kind = notRegular(stats);
    if (kind) return {issue: {file, line: 0, message: `${path} is ${kind}, not a regular file; put a copy of the file there instead`}};
    if (stats.size > MAX_DATA_FILE_BYTES) return {issue: {file, line: 0, message: tooLarge(path, stats.size)}};
    // Read at most one byte past the limit: a file growing while it is read cannot take the memory either.
    const buffer = Buffer.alloc(Math.min(stats.size, MAX_DATA_FILE_BYTES) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0;) length += n;
    if (length > MAX_DATA_FILE_BYTES) return {issue: {file, line: 0, message: tooLarge(path, length)}};
    return {bytes: buffer.subarray(0, length)};
  } finally {
    closeSync(fd);
  }
}

const tooLarge = (path: string, size: number) =>
  `${path} is ${megabytes(size)}; the kit reads data files of at most ${megabytes(MAX_DATA_FILE_BYTES)} (the document's own files are a few kB each): check that this is the right file, or split the data`;

export function loadDataset(dir = dataDir()): Dataset {
  return parseDataset(readDataFiles(dir));
}

/**
 * Data files → the briefing every page and slide shows: parsed, validated across files, then checked for
 * structure (src/lib/structure.ts) and plausibility (src/lib/plausibility.ts). Throws one DataError listing every problem. Pure but for its input.
 */
export function briefingFromInput(input: DataInput): Briefing {
  const dataset = parseDataset(input);
  // A broken structure (a loop of parents, an amount that cannot be held) is reported alone: the plausibility
  // checks weigh totals along the parents and would add noise that follows from it.
  const structure = checkStructure(dataset);
  const issues = structure.length ? structure : checkPlausibility(dataset);
  if (issues.length) throw new DataError(issues);
  return buildBriefing(dataset);
}

export function loadBriefing(dir = dataDir()): Briefing {
  return briefingFromInput(readDataFiles(dir));
}

/**
 * The last good build's figures snapshot, or null when there is none. A file this kit did not write (corrupt,
 * truncated, foreign) is not fatal: `problem` says why it was set aside and the build compares with nothing.
 */
export function readSnapshotFile(path: string): {file: SnapshotFile | null; problem?: string} {
  if (!existsSync(path)) return {file: null};
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return {file: null, problem: `it cannot be read (${error instanceof Error ? error.message : error})`};
  }
  const parsed = parseSnapshotFile(text);
  return "error" in parsed ? {file: null, problem: parsed.error} : {file: parsed};
}

/**
 * The briefing the site's config (titles, header, footer) is built from: during a build or dev preview, the very
 * snapshot the loader prints (KIT_BRIEFING), so titles can never name another edition than the figures; else data/.
 */
export function siteBriefing(dir = dataDir()): Briefing {
  const file = process.env.KIT_BRIEFING;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Briefing;
  return loadBriefing(dir);
}
