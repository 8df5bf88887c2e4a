// Node-only: reads the data folder. Kept apart from the pure modules so pages never bundle `node:fs`.
import {readFileSync, readdirSync} from "node:fs";
import {join, resolve} from "node:path";
import {buildBriefing, type Briefing} from "./briefing.js";
import {DATA_FILES, parseDataset, type DataInput, type Dataset} from "./dataset.js";

/** The data folder: `BUDGET_DATA_DIR` when set (tests, fixtures), else `data/` at the project root. */
export function dataDir(): string {
  return resolve(process.env.BUDGET_DATA_DIR || join(import.meta.dirname, "..", "..", "data"));
}

export function readDataFiles(dir = dataDir()): DataInput {
  const present = new Set(readdirSync(dir));
  const input: DataInput = {};
  for (const file of DATA_FILES) if (present.has(file)) input[file] = readFileSync(join(dir, file));
  return input;
}

export function loadDataset(dir = dataDir()): Dataset {
  return parseDataset(readDataFiles(dir));
}

export function loadBriefing(dir = dataDir()): Briefing {
  return buildBriefing(loadDataset(dir));
}

/** The briefing the site's config (titles, header, footer) is built from: the same data the loader reads. */
export function siteBriefing(dir = dataDir()): Briefing {
  return loadBriefing(dir);
}
