// Structure that parses but would publish a wrong briefing without a word: parents in a loop, a decimal in a
// unit printed whole whatever the row count, amounts beyond any sane scale, amounts a JavaScript number cannot
// hold. Fixtures are the data files with one edit, through the function the build, the loader and dev use.
import {describe, expect, it} from "vitest";
import type {DataInput} from "../../src/lib/dataset.js";
import {DataError, type DataIssue} from "../../src/lib/errors.js";
import {briefingFromInput, readDataFiles} from "../../src/lib/files.js";
import {fixtureDir} from "../support/fixtures.js";
import {editCells} from "./corpus.js";

// A fixture edition (test/fixtures/editions/two), not data/: the checks hold whatever document data/ holds.
const REAL = readDataFiles(fixtureDir("two"));
const text = (file: keyof DataInput) => new TextDecoder().decode(REAL[file] as Uint8Array);
const lines = (file: keyof DataInput) => text(file).trimEnd().split(/\r?\n/);
/** The 1-based line of the first row of `file` starting with `prefix`. */
const lineOf = (file: keyof DataInput, prefix: string) => lines(file).findIndex((l) => l.startsWith(prefix)) + 1;

function issuesOf(input: DataInput): DataIssue[] {
  try {
    briefingFromInput(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).issues;
  }
  throw new Error("expected the data to be stopped");
}

/** The issues that stop `input`, or none when it passes. */
function issuesOrNone(input: DataInput): DataIssue[] {
  try {
    briefingFromInput(input);
    return [];
  } catch {
    return issuesOf(input);
  }
}

/** programmes.csv with the parents of the given ids replaced. */
const withParents = (parents: Record<string, string>): DataInput =>
  editCells(REAL, {"programmes.csv": ["parent"]}, (value, _f, _c, row) => parents[row.id] ?? value);
/** Programme ids of one kind, in file order (the fixture's own, not typed here). */
const ids = (kind: string) =>
  lines("programmes.csv")
    .slice(1)
    .map((l) => l.split(","))
    .filter((f) => f[1] === kind)
    .map((f) => f[0]);

/** budget.csv with `row` (0-based data row) given `amount` and optionally `flags`. */
function withAmount(row: number, amount: string, flags?: string): DataInput {
  let i = -1;
  return editCells(REAL, {"budget.csv": ["amount", "flags"]}, (value, _f, column) => {
    if (column === "amount") i++;
    if (i !== row) return value;
    return column === "amount" ? amount : (flags ?? value);
  });
}
const budgetRow = (row: number) => lines("budget.csv")[row + 1].split(",");

describe("parents that do not form a tree", () => {
  const [a, b, c] = ids("programme");

  it("stops a programme that is its own parent, at its parent cell", () => {
    const issues = issuesOf(withParents({[a]: a}));
    expect(issues).toEqual([
      {
        file: "programmes.csv",
        line: lineOf("programmes.csv", `${a},`),
        column: "parent",
        message: expect.stringContaining(`${a} is its own parent`)
      }
    ]);
    expect(issues[0].message).toMatch(/set parent to/);
  });

  it("stops two programmes that are each other's parent, naming both rows", () => {
    const issues = issuesOf(withParents({[a]: b, [b]: a}));
    expect(issues.map((i) => [i.file, i.line, i.column])).toEqual(
      [a, b].map((id) => ["programmes.csv", lineOf("programmes.csv", `${id},`), "parent"])
    );
    for (const issue of issues) expect(issue.message).toContain(`line ${lineOf("programmes.csv", `${b},`)}`);
  });

  it("stops a longer loop (A → B → C → A) once per row, and a row hanging off the loop is not blamed", () => {
    const group = ids("group")[0];
    const issues = issuesOf(withParents({[a]: group, [group]: b, [b]: c, [c]: group}));
    // a → group → b → c → group: the loop is group, b, c; a only hangs off it (it is also a programme parented to a group).
    expect(issues.map((i) => i.line).sort((x, y) => x - y)).toEqual(
      [group, b, c].map((id) => lineOf("programmes.csv", `${id},`)).sort((x, y) => x - y)
    );
    expect(issues[0].message).toMatch(/loop \(.* → .* → .* → .*\)/);
  });

  it("stops a programme placed under another programme", () => {
    const issues = issuesOf(withParents({[a]: b}));
    expect(issues).toEqual([
      expect.objectContaining({line: lineOf("programmes.csv", `${a},`), column: "parent", message: expect.stringContaining("a programme")})
    ]);
  });
});

describe("a decimal in a unit printed whole, whatever the number of rows in that unit", () => {
  // The fixture's first row is the section total in 億円: a unit with only a few rows, where the old check needed five.
  const unit = budgetRow(0)[4];
  const rowsInUnit = lines("budget.csv").filter((l) => l.split(",").includes(unit)).length;

  it("has few rows in that unit (the case the old check missed)", () => {
    expect(rowsInUnit).toBeLessThan(5);
  });

  it("stops 141.234 typed in that unit at its cell, suggesting the comma", () => {
    const issues = issuesOf(withAmount(0, "141.234"));
    expect(issues).toEqual([
      expect.objectContaining({file: "budget.csv", line: 2, column: "amount", message: expect.stringContaining('Did you mean "141,234"')})
    ]);
    expect(issues[0].message).toContain(`as whole numbers`);
  });

  it("stops it even when it is the only row in its unit", () => {
    const only = editCells(withAmount(0, "141.234"), {"budget.csv": ["unit", "amount"]}, (value, _f, column, row) =>
      row.amount === "141.234" || column === "amount" || value !== unit ? value : "百万円" === unit ? "億円" : "百万円"
    );
    const issues = issuesOf(only);
    expect(issues).toContainEqual(
      expect.objectContaining({line: 2, column: "amount", message: expect.stringContaining("with a decimal point")})
    );
  });

  it("passes a confirmed decimal, and then others in that unit with as few decimal places, but not more", () => {
    const confirmed = withAmount(0, "141.2", "includes-estimate;confirmed");
    expect(() => briefingFromInput(confirmed)).not.toThrow();
    let i = -1;
    const two = editCells(confirmed, {"budget.csv": ["amount"]}, (value) => (++i === 1 ? value.replace(/^(\d+)$/, "$1.5") : value));
    expect(() => briefingFromInput(two)).not.toThrow();
    i = -1;
    const three = editCells(confirmed, {"budget.csv": ["amount"]}, (value) => (++i === 1 ? value.replace(/^(\d+)$/, "$1.234") : value));
    expect(issuesOf(three)).toEqual([
      expect.objectContaining({line: 3, column: "amount", message: expect.stringContaining("confirmed to at most 1 decimal place")})
    ]);
  });
});

describe("amounts beyond any sane scale", () => {
  it("always stops a 20-digit section total (it cannot be held exactly), even when confirmed", () => {
    for (const flags of [undefined, "confirmed"]) {
      const issues = issuesOf(withAmount(0, "12345678901234567890", flags));
      expect(issues).toEqual([
        expect.objectContaining({
          file: "budget.csv",
          line: 2,
          column: "amount",
          message: expect.stringContaining("too many digits to be held exactly")
        })
      ]);
    }
  });

  it("always stops a programme amount of 17 digits in 百万円", () => {
    const row = lines("budget.csv").findIndex((l) => l.includes(",百万円,")) - 1;
    const issues = issuesOf(withAmount(row, "12345678901234567"));
    expect(issues).toEqual([
      expect.objectContaining({line: row + 2, column: "amount", message: expect.stringContaining("too many digits")})
    ]);
  });

  it("stops a programme over 1,000× the section total unless confirmed, naming its row", () => {
    const row = lines("budget.csv").findIndex((l) => l.includes(",百万円,")) - 1;
    // 2,000× the largest section total of the fixture, in million yen.
    const section = budgetRow(0)[0];
    const totals = lines("budget.csv")
      .map((l) => l.match(/^([^,]*),\d+,[^,]*,"?([\d,]+)"?,([^,]*),/))
      .filter((m) => m?.[1] === section)
      .map((m) => Number(m![2].replace(/,/g, "")) * (m![3] === "億円" ? 100 : 1));
    const huge = String(Math.max(...totals) * 2000);
    const issues = issuesOf(withAmount(row, huge));
    expect(issues).toEqual([
      expect.objectContaining({line: row + 2, column: "amount", message: expect.stringContaining("over 1,000× the largest section total")})
    ]);
    expect(issues[0].message).toContain('add "confirmed"');
    // Confirmed, the size check lets it through (another check may still stop it: the itemised total, where the
    // section total is printed without an estimate; that one is confirmable too).
    const confirmed = issuesOrNone(withAmount(row, huge, "confirmed"));
    expect(confirmed.filter((i) => i.message.includes("1,000×"))).toEqual([]);
  });

  it("stops a section total 1,000× its other editions, and any amount over 1,000兆円", () => {
    const issues = issuesOf(withAmount(0, "141000000"));
    expect(issues).toEqual([expect.objectContaining({line: 2, column: "amount", message: expect.stringMatching(/1,000×|1,000兆円/)})]);
  });
});
