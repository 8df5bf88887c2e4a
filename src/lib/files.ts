// Node-only: reads the data folder. Kept apart from the pure modules so pages never bundle `node:fs`.
import {existsSync, readFileSync, readdirSync} from "node:fs";
import {join, resolve} from "node:path";
import {buildBriefing, type Briefing} from "./briefing.js";
import {parseSnapshotFile, type SnapshotFile} from "./changes.js";
import {DATA_FILES, parseDataset, type DataInput, type Dataset} from "./dataset.js";
import {DataError} from "./errors.js";
import {checkPlausibility} from "./plausibility.js";

/** The data folder: `BUDGET_DATA_DIR` when set (tests, fixtures), else `data/` at the project root. */
export function dataDir(): string {
  return resolve(process.env.BUDGET_DATA_DIR || join(import.meta.dirname, "..", "..", "data"));
}

/** The bytes of every data file, read once: a build validates and renders these, whatever happens to the disk meanwhile. */
export function readDataFiles(dir = dataDir()): DataInput {
  const present = new Set(readdirSync(dir));
  const input: DataInput = {};
  for (const file of DATA_FILES) if (present.has(file)) input[file] = readFileSync(join(dir, file));
  return input;
}

export function loadDataset(dir = dataDir()): Dataset {
  return parseDataset(readDataFiles(dir));
}

/**
 * Data files → the briefing every page and slide shows: parsed, validated across files, then checked for
 * plausibility (src/lib/plausibility.ts). Throws one DataError listing every problem. Pure but for its input.
 */
export function briefingFromInput(input: DataInput): Briefing {
  const dataset = parseDataset(input);
  const issues = checkPlausibility(dataset);
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
