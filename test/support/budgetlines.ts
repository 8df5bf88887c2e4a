// The real budget.csv as lines, for tests that edit one row and expect an error naming that row's line.
import {expect} from "vitest";
import {readDataFiles} from "../../src/lib/files.js";

export const REAL = readDataFiles();
export const BUDGET = new TextDecoder().decode(REAL["budget.csv"] as Uint8Array);
export const LINES = BUDGET.replace(/\n$/, "").split("\n");

/** 1-based line number of the one budget.csv row that starts with `prefix`, e.g. "sicorp,2023,draft,". */
export function lineOf(prefix: string): number {
  const found = LINES.flatMap((line, i) => (line.startsWith(prefix) ? [i + 1] : []));
  expect(found, `rows starting with ${prefix}`).toHaveLength(1);
  return found[0];
}
