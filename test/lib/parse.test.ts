// Invalid input: every problem is reported as a DataError naming the file, the line and, for a cell, the
// column. Inputs are the real data files with budget.csv edited.
import {cpSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {buildBriefing} from "../../src/lib/briefing.js";
import {parseDataset, type DataInput} from "../../src/lib/dataset.js";
import {DataError, type DataIssue} from "../../src/lib/errors.js";
import {dataDir, loadDataset} from "../../src/lib/files.js";
import {BUDGET, LINES, REAL, lineOf} from "../support/budgetlines.js";

/** budget.csv with each row that starts with a given prefix rewritten. */
function budgetWith(edits: Record<string, (line: string) => string>): string {
  const lines = LINES.slice();
  for (const [prefix, edit] of Object.entries(edits)) {
    const n = lineOf(prefix);
    const edited = edit(lines[n - 1]);
    expect(edited, `edit of ${prefix}`).not.toBe(lines[n - 1]);
    lines[n - 1] = edited;
  }
  return lines.join("\n") + "\n";
}

/** The issues parseDataset reports for the real files with budget.csv replaced (or removed when undefined). */
function issuesWith(budget: string | Uint8Array | undefined, extra: DataInput = {}): DataIssue[] {
  const input: DataInput = {...REAL, "budget.csv": budget, ...extra};
  if (budget === undefined) delete input["budget.csv"];
  try {
    parseDataset(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).issues;
  }
  throw new Error("expected parseDataset to throw a DataError");
}

/** Replaces the amount cell (4th field) of a row. */
const amount = (value: string) => (line: string) => line.replace(/^([^,]*,[^,]*,[^,]*,)("[^"]*"|[^,]*)/, `$1${value}`);

const SICORP_2023 = "sicorp,2023,draft,";
const SATREPS_2022 = "satreps,2022,enacted,";
const GROUP_2023 = "young-global,2023,draft,";

describe("the real data", () => {
  it("parses without an issue (so every failure below comes from the edit)", () => {
    expect(() => parseDataset(REAL)).not.toThrow();
    expect(() => parseDataset({...REAL, "budget.csv": budgetWith({})})).not.toThrow();
  });
});

describe("parseDataset rejects bad budget rows, naming file, line and column", () => {
  it("rejects a missing column, naming the column on the header line", () => {
    const issues = issuesWith(BUDGET.replace("amount,unit,", "amount,"));
    expect(issues).toEqual([
      expect.objectContaining({file: "budget.csv", line: 1, column: "unit", message: expect.stringMatching(/^missing column "unit"/)})
    ]);
  });

  it("rejects an extra column in the header, naming it", () => {
    const lines = BUDGET.replace(/\n$/, "")
      .split("\n")
      .map((l, i) => (i === 0 ? `${l},remarks` : `${l},`));
    const issues = issuesWith(lines.join("\n"));
    expect(issues).toEqual([
      expect.objectContaining({
        file: "budget.csv",
        line: 1,
        column: "remarks",
        message: expect.stringMatching(/^unexpected column "remarks"/)
      })
    ]);
  });

  it("rejects a column given twice", () => {
    const issues = issuesWith(BUDGET.replace("flags,notes,", "flags,flags,"));
    expect(issues).toContainEqual(
      expect.objectContaining({file: "budget.csv", line: 1, column: "flags", message: 'column "flags" appears twice'})
    );
  });

  it("rejects a row with an extra field, naming its line", () => {
    const issues = issuesWith(budgetWith({[SICORP_2023]: (l) => `${l},oops`}));
    expect(issues).toEqual([{file: "budget.csv", line: lineOf(SICORP_2023), message: "expected 8 fields, found 9"}]);
  });

  it("rejects a row with a missing field, naming its line", () => {
    const issues = issuesWith(budgetWith({[SICORP_2023]: (l) => l.replace(/,[^,]*$/, "")}));
    expect(issues).toEqual([{file: "budget.csv", line: lineOf(SICORP_2023), message: "expected 8 fields, found 7"}]);
  });

  it("rejects an unknown programme, naming the entity column", () => {
    const issues = issuesWith(budgetWith({[SICORP_2023]: (l) => l.replace(/^sicorp/, "sicrop")}));
    expect(issues).toEqual([
      expect.objectContaining({
        file: "budget.csv",
        line: lineOf(SICORP_2023),
        column: "entity",
        message: expect.stringMatching(/^unknown programme "sicrop"; expected one of .*sicorp/)
      })
    ]);
  });

  it.each(["abc", "1,07", "1.073.0", "約1,073", "1,073百万円"])("rejects a non-numeric amount %j, naming the amount column", (bad) => {
    const cell = bad.includes(",") ? `"${bad}"` : bad;
    const issues = issuesWith(budgetWith({[SICORP_2023]: amount(cell)}));
    expect(issues).toEqual([
      {file: "budget.csv", line: lineOf(SICORP_2023), column: "amount", message: `expected an amount such as 1,073, found "${bad}"`}
    ]);
  });

  it.each(["▲87", "-87", "△87", "−87", "－８７"])("rejects a negative amount %j, naming file, line and column", (bad) => {
    const issues = issuesWith(budgetWith({[SICORP_2023]: amount(bad)}));
    expect(issues).toEqual([
      {file: "budget.csv", line: lineOf(SICORP_2023), column: "amount", message: `expected a non-negative amount, found "${bad}"`}
    ]);
  });

  it.each(["", "  ", '""'])("rejects an empty amount %j", (empty) => {
    const issues = issuesWith(budgetWith({[SICORP_2023]: amount(empty)}));
    expect(issues).toEqual([{file: "budget.csv", line: lineOf(SICORP_2023), column: "amount", message: "empty; a value is required"}]);
  });

  it("rejects a second amount for the same (entity, fiscalYear, stage), naming both lines", () => {
    const issues = issuesWith(budgetWith({[SATREPS_2022]: (l) => `${l}\n${l.replace('"1,826"', '"1,827"')}`}));
    const first = lineOf(SATREPS_2022);
    expect(issues).toEqual([
      expect.objectContaining({
        file: "budget.csv",
        line: first + 1,
        message: `duplicate amount for (satreps, 2022, enacted); first given on line ${first}`
      })
    ]);
  });

  it("rejects an unknown stage, naming the stage column", () => {
    const issues = issuesWith(budgetWith({[SICORP_2023]: (l) => l.replace(",draft,", ",final,")}));
    expect(issues).toEqual([
      expect.objectContaining({
        file: "budget.csv",
        line: lineOf(SICORP_2023),
        column: "stage",
        message: expect.stringMatching(/^unknown stage "final"; expected one of .*draft/)
      })
    ]);
  });

  it.each(["千円", "円", "兆円", "million yen"])("rejects an unknown unit %j, naming the unit column", (bad) => {
    const issues = issuesWith(budgetWith({[SICORP_2023]: (l) => l.replace(",百万円,", `,${bad},`)}));
    expect(issues).toEqual([
      {file: "budget.csv", line: lineOf(SICORP_2023), column: "unit", message: `unknown unit "${bad}"; expected 百万円 or 億円`}
    ]);
  });

  it("rejects a fiscal year that is not a year", () => {
    const issues = issuesWith(budgetWith({[SICORP_2023]: (l) => l.replace(",2023,", ",R5,")}));
    expect(issues).toEqual([expect.objectContaining({file: "budget.csv", line: lineOf(SICORP_2023), column: "fiscalYear"})]);
  });

  it("rejects an unknown flag and an unknown note id", () => {
    const issues = issuesWith(budgetWith({[SICORP_2023]: (l) => l.replace(",,,7.", ",novel,n-nowhere,7.")}));
    expect(issues).toEqual([
      expect.objectContaining({line: lineOf(SICORP_2023), column: "flags", message: expect.stringMatching(/^unknown flag "novel"/)})
    ]);
    const notes = issuesWith(budgetWith({[SICORP_2023]: (l) => l.replace(",,,7.", ",,n-nowhere,7.")}));
    expect(notes).toEqual([
      expect.objectContaining({line: lineOf(SICORP_2023), column: "notes", message: expect.stringMatching(/^unknown note "n-nowhere"/)})
    ]);
  });
});

describe("parseDataset reports quoting problems on the line they start", () => {
  it("reports an unclosed quote in the middle of the file on its own line, and later problems on theirs", () => {
    const issues = issuesWith(
      budgetWith({
        [SICORP_2023]: (l) => l.replace(",7. >", ',"7. >'),
        [SATREPS_2022]: (l) => l.replace(",百万円,", ",千円,")
      })
    );
    expect(issues[0]).toEqual({file: "budget.csv", line: lineOf(SICORP_2023), message: expect.stringMatching(/quote/)});
    expect(issues.every((i) => i.file === "budget.csv")).toBe(true);
    expect(issues.filter((i) => i.line !== lineOf(SICORP_2023))).toEqual([
      expect.objectContaining({line: lineOf(SATREPS_2022), column: "unit"})
    ]);
  });

  it("reports an unclosed quote on the last row as not closed, on that row's line", () => {
    const last = LINES[LINES.length - 1];
    const prefix = last.split(",").slice(0, 3).join(",") + ",";
    const issues = issuesWith(budgetWith({[prefix]: (l) => l.replace(",7. >", ',"7. >')}));
    expect(issues).toEqual([{file: "budget.csv", line: LINES.length, message: 'a quoted field is not closed (missing closing ")'}]);
  });

  it("refuses a quoted line break in a cell, and counts it as a line, so later rows keep their line numbers", () => {
    const issues = issuesWith(
      budgetWith({
        "section7,2023,draft,": (l) => l.replace(/,7\.科学(.*)$/, ',"7.科学\n$1"'),
        [SICORP_2023]: amount("x")
      })
    );
    expect(issues).toEqual([
      expect.objectContaining({line: lineOf("section7,2023,draft,"), column: "source", message: expect.stringContaining("line break")}),
      expect.objectContaining({line: lineOf(SICORP_2023) + 1, column: "amount"})
    ]);
  });
});

describe("parseDataset rejects empty and missing files", () => {
  it.each([
    ["an empty string", ""],
    ["blank lines", "\n\n  \n"],
    ["zero bytes", new Uint8Array()],
    ["a UTF-8 BOM alone", new Uint8Array([0xef, 0xbb, 0xbf])]
  ])("rejects %s as an empty budget.csv", (_name, content) => {
    expect(issuesWith(content)).toEqual([{file: "budget.csv", line: 0, message: "the file is empty; expected a header row"}]);
  });

  it("rejects a missing budget.csv, naming it", () => {
    expect(issuesWith(undefined)).toEqual([{file: "budget.csv", line: 0, message: "the file is missing from the data folder"}]);
  });

  describe("in a data folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "budget-missing-"));
    afterAll(() => rmSync(dir, {recursive: true, force: true}));

    it("loadDataset rejects a folder without budget.csv, naming budget.csv", () => {
      cpSync(dataDir(), dir, {recursive: true});
      rmSync(join(dir, "budget.csv"));
      let caught: unknown;
      try {
        loadDataset(dir);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(DataError);
      expect((caught as DataError).issues).toEqual([{file: "budget.csv", line: 0, message: "the file is missing from the data folder"}]);
      expect((caught as DataError).message).toContain("budget.csv: the file is missing from the data folder");
    });
  });
});

describe("parseDataset collects every problem before throwing", () => {
  it("reports two bad rows as two issues, one per line", () => {
    const issues = issuesWith(
      budgetWith({
        [SICORP_2023]: amount("▲87"),
        [SATREPS_2022]: (l) => l.replace(",enacted,", ",final,")
      })
    );
    expect(issues).toHaveLength(2);
    expect(issues.map((i) => [i.line, i.column])).toEqual([
      [lineOf(SICORP_2023), "amount"],
      [lineOf(SATREPS_2022), "stage"]
    ]);
  });

  it("reports two bad cells of one row as two issues", () => {
    const issues = issuesWith(budgetWith({[SICORP_2023]: (l) => amount("x")(l).replace(",百万円,", ",円,")}));
    expect(issues.map((i) => i.column)).toEqual(["amount", "unit"]);
    expect(new Set(issues.map((i) => i.line))).toEqual(new Set([lineOf(SICORP_2023)]));
  });

  it("reports problems in two files together", () => {
    const programmes = new TextDecoder().decode(REAL["programmes.csv"] as Uint8Array).replace("sicorp,programme,", "sicorp,project,");
    const issues = issuesWith(budgetWith({[SATREPS_2022]: amount("-1")}), {"programmes.csv": programmes});
    expect(issues.map((i) => `${i.file} ${i.column}`)).toEqual(expect.arrayContaining(["programmes.csv kind", "budget.csv amount"]));
  });

  it("lists every issue with file, line and column in the error message", () => {
    let caught: unknown;
    try {
      parseDataset({...REAL, "budget.csv": budgetWith({[SICORP_2023]: amount("▲87"), [SATREPS_2022]: amount("x")})});
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataError);
    const text = (caught as DataError).message;
    expect(text).toMatch(/^2 problems in the budget data:/);
    expect(text).toContain(`budget.csv, line ${lineOf(SICORP_2023)}, column "amount": expected a non-negative amount, found "▲87"`);
    expect(text).toContain(`budget.csv, line ${lineOf(SATREPS_2022)}, column "amount": expected an amount such as 1,073, found "x"`);
  });
});

describe("buildBriefing checks printed group totals against their members", () => {
  const briefingWith = (groupAmount: string) => () =>
    buildBriefing(parseDataset({...REAL, "budget.csv": budgetWith({[GROUP_2023]: amount(groupAmount)})}));

  it("accepts a group total that rounding explains (7,707 vs 7,705 summed, tolerance ±2.5)", () => {
    expect(briefingWith('"7,707"')).not.toThrow();
  });

  it("rejects a group total that differs by more than rounding (7,708 vs 7,705), naming budget.csv, line and column", () => {
    let caught: unknown;
    try {
      briefingWith('"7,708"')();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataError);
    expect((caught as DataError).issues).toEqual([
      {
        file: "budget.csv",
        line: lineOf(GROUP_2023),
        column: "amount",
        message: expect.stringMatching(/group "young-global" 2023 draft is printed as 7708百万円 but its members .* add up to 7705百万円/)
      }
    ]);
  });

  it("rejects a clearly wrong group total (7,804 typed for 7,704)", () => {
    expect(briefingWith('"7,804"')).toThrow(/budget\.csv, line \d+, column "amount": group "young-global"/);
  });
});
