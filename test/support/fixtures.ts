// Small invented editions under test/fixtures/editions/<name>/: the behaviour tests read these, never data/, so
// they keep passing when data/ gets the next document. `one` is a single budget request (no comparison);
// `two` is a draft against the previous enacted budget, with a budget line (group), a new programme, a
// supplementary budget and ※ notes; `report` is `two` with a schemes table long enough to run over a printed sheet
// (the edition of the shared build, test/support/built.ts). Names, years and figures are made up.
import {readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import type {Briefing} from "../../src/lib/briefing.js";
import {parseDataset, type DataInput, type Dataset} from "../../src/lib/dataset.js";
import {briefingFromInput, readDataFiles} from "../../src/lib/files.js";

export type FixtureName = "one" | "two" | "report";

export const fixturesRoot = resolve(import.meta.dirname, "..", "fixtures", "editions");

export const fixtureDir = (name: FixtureName): string => join(fixturesRoot, name);

/** The fixture's files as bytes, as the build reads them (readDataFiles). */
export const fixtureInput = (name: FixtureName): DataInput => readDataFiles(fixtureDir(name));

export const fixtureDataset = (name: FixtureName): Dataset => parseDataset(fixtureInput(name));

/** The fixture's briefing through the same function the build and the loader use (with plausibility checks). */
export const fixtureBriefing = (name: FixtureName): Briefing => briefingFromInput(fixtureInput(name));

/** One fixture file as text, e.g. to edit a row and parse again. */
export const fixtureText = (name: FixtureName, file: string): string => readFileSync(join(fixtureDir(name), file), "utf8");

/** 1-based line of the one row of `text` starting with `prefix` (throws unless exactly one row matches). */
export function lineIn(text: string, prefix: string): number {
  const found = text.split("\n").flatMap((line, i) => (line.startsWith(prefix) ? [i + 1] : []));
  if (found.length !== 1) throw new Error(`expected one row starting with ${prefix}, found ${found.length}`);
  return found[0];
}

/** `text` with the one row starting with `prefix` replaced by `edit(row)`. */
export function editRow(text: string, prefix: string, edit: (row: string) => string): string {
  const lines = text.split("\n");
  const i = lineIn(text, prefix) - 1;
  const edited = edit(lines[i]);
  if (edited === lines[i]) throw new Error(`the edit left the row starting with ${prefix} unchanged`);
  lines[i] = edited;
  return lines.join("\n");
}
