// Invalid input: every problem is reported as a DataError naming the file, the line and, for a cell, the
// column. Inputs are the fixture edition `two` (invented names and figures) with budget.csv edited.
import {cpSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {buildBriefing} from "../../src/lib/briefing.js";
import {parseDataset, type DataInput} from "../../src/lib/dataset.js";
import {DataError, type DataIssue} from "../../src/lib/errors.js";
import {loadDataset} from "../../src/lib/files.js";
import {fixtureDir, fixtureInput, fixtureText, lineIn} from "../support/fixtures.js";

const REAL = fixtureInput("two");
const BUDGET = fixtureText("two", "budget.csv");
const LINES = BUDGET.replace(/\n$/, "").split("\n");
const lineOf = (prefix: string) => lineIn(BUDGET, prefix);

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

/** The issues parseDataset reports for the fixture files with budget.csv replaced (or removed when undefined). */
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

const ALPHA_2031 = "alpha,2031,draft,";
const BETA_2030 = "beta,2030,enacted,";
const GROUP_2031 = "grp,2031,draft,";

describe("the fixture data", () => {
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
    const issues = issuesWith(budgetWith({[ALPHA_2031]: (l) => `${l},oops`}));
    expect(issues).toEqual([{file: "budget.csv", line: lineOf(ALPHA_2031), message: "expected 8 fields, found 9"}]);
  });

  it("rejects a row with a missing field, naming its line", () => {
    const issues = issuesWith(budgetWith({[ALPHA_2031]: (l) => l.replace(/,[^,]*$/, "")}));
    expect(issues).toEqual([{file: "budget.csv", line: lineOf(ALPHA_2031), message: "expected 8 fields, found 7"}]);
  });

  it("rejects an unknown programme, naming the entity column", () => {
    const issues = issuesWith(budgetWith({[ALPHA_2031]: (l) => l.replace(/^alpha/, "alhpa")}));
    expect(issues).toEqual([
      expect.objectContaining({
        file: "budget.csv",
        line: lineOf(ALPHA_2031),
        column: "entity",
        message: expect.stringMatching(/^unknown programme "alhpa"; expected one of .*alpha/)
      })
    ]);
  });

  it.each(["abc", "1,07", "1.073.0", "約1,073", "1,073百万円"])("rejects a non-numeric amount %j, naming the amount column", (bad) => {
    const cell = bad.includes(",") ? `"${bad}"` : bad;
    const issues = issuesWith(budgetWith({[ALPHA_2031]: amount(cell)}));
    expect(issues).toEqual([
      {file: "budget.csv", line: lineOf(ALPHA_2031), column: "amount", message: `expected an amount such as 1,073, found "${bad}"`}
    ]);
  });

  it.each(["▲87", "-87", "△87", "−87", "－８７"])("rejects a negative amount %j, naming file, line and column", (bad) => {
    const issues = issuesWith(budgetWith({[ALPHA_2031]: amount(bad)}));
    expect(issues).toEqual([
      {file: "budget.csv", line: lineOf(ALPHA_2031), column: "amount", message: `expected a non-negative amount, found "${bad}"`}
    ]);
  });

  it.each(["", "  ", '""'])("rejects an empty amount %j", (empty) => {
    const issues = issuesWith(budgetWith({[ALPHA_2031]: amount(empty)}));
    expect(issues).toEqual([{file: "budget.csv", line: lineOf(ALPHA_2031), column: "amount", message: "empty; a value is required"}]);
  });

  it("rejects a second amount for the same (entity, fiscalYear, stage), naming both lines", () => {
    const issues = issuesWith(budgetWith({[BETA_2030]: (l) => `${l}\n${l.replace('"1,600"', '"1,601"')}`}));
    const first = lineOf(BETA_2030);
    expect(issues).toEqual([
      expect.objectContaining({
        file: "budget.csv",
        line: first + 1,
        message: `duplicate amount for (beta, 2030, enacted); first given on line ${first}`
      })
    ]);
  });

  it("rejects an unknown stage, naming the stage column", () => {
    const issues = issuesWith(budgetWith({[ALPHA_2031]: (l) => l.replace(",draft,", ",final,")}));
    expect(issues).toEqual([
      expect.objectContaining({
        file: "budget.csv",
        line: lineOf(ALPHA_2031),
        column: "stage",
        message: expect.stringMatching(/^unknown stage "final"; expected one of .*draft/)
      })
    ]);
  });

  it.each(["千円", "円", "兆円", "million yen"])("rejects an unknown unit %j, naming the unit column", (bad) => {
    const issues = issuesWith(budgetWith({[ALPHA_2031]: (l) => l.replace(",百万円,", `,${bad},`)}));
    expect(issues).toEqual([
      {file: "budget.csv", line: lineOf(ALPHA_2031), column: "unit", message: `unknown unit "${bad}"; expected 百万円 or 億円`}
    ]);
  });

  it("rejects a fiscal year that is not a year", () => {
    const issues = issuesWith(budgetWith({[ALPHA_2031]: (l) => l.replace(",2031,", ",R13,")}));
    expect(issues).toEqual([expect.objectContaining({file: "budget.csv", line: lineOf(ALPHA_2031), column: "fiscalYear"})]);
  });

  it("rejects an unknown flag and an unknown note id", () => {
    const issues = issuesWith(budgetWith({[ALPHA_2031]: (l) => l.replace(",,,3.", ",novel,n-nowhere,3.")}));
    expect(issues).toEqual([
      expect.objectContaining({line: lineOf(ALPHA_2031), column: "flags", message: expect.stringMatching(/^unknown flag "novel"/)})
    ]);
    const notes = issuesWith(budgetWith({[ALPHA_2031]: (l) => l.replace(",,,3.", ",,n-nowhere,3.")}));
    expect(notes).toEqual([
      expect.objectContaining({line: lineOf(ALPHA_2031), column: "notes", message: expect.stringMatching(/^unknown note "n-nowhere"/)})
    ]);
  });
});

describe("parseDataset reports quoting problems on the line they start", () => {
  it("reports an unclosed quote in the middle of the file on its own line, and later problems on theirs", () => {
    const issues = issuesWith(
      budgetWith({
        [ALPHA_2031]: (l) => l.replace(",3. >", ',"3. >'),
        [BETA_2030]: (l) => l.replace(",百万円,", ",千円,")
      })
    );
    expect(issues[0]).toEqual({file: "budget.csv", line: lineOf(ALPHA_2031), message: expect.stringMatching(/quote/)});
    expect(issues.every((i) => i.file === "budget.csv")).toBe(true);
    expect(issues.filter((i) => i.line !== lineOf(ALPHA_2031))).toEqual([
      expect.objectContaining({line: lineOf(BETA_2030), column: "unit"})
    ]);
  });

  it("reports an unclosed quote on the last row as not closed, on that row's line", () => {
    const last = LINES[LINES.length - 1];
    const prefix = last.split(",").slice(0, 3).join(",") + ",";
    const issues = issuesWith(budgetWith({[prefix]: (l) => l.replace(",3. >", ',"3. >')}));
    expect(issues).toEqual([{file: "budget.csv", line: LINES.length, message: 'a quoted field is not closed (missing closing ")'}]);
  });

  it("refuses a quoted line break in a cell, and counts it as a line, so later rows keep their line numbers", () => {
    const issues = issuesWith(
      budgetWith({
        "sec,2031,draft,": (l) => l.replace(/,3\.試験(.*)$/, ',"3.試験\n$1"'),
        [ALPHA_2031]: amount("x")
      })
    );
    expect(issues).toEqual([
      expect.objectContaining({line: lineOf("sec,2031,draft,"), column: "source", message: expect.stringContaining("line break")}),
      expect.objectContaining({line: lineOf(ALPHA_2031) + 1, column: "amount"})
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
      cpSync(fixtureDir("two"), dir, {recursive: true});
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
        [ALPHA_2031]: amount("▲87"),
        [BETA_2030]: (l) => l.replace(",enacted,", ",final,")
      })
    );
    expect(issues).toHaveLength(2);
    expect(issues.map((i) => [i.line, i.column])).toEqual([
      [lineOf(ALPHA_2031), "amount"],
      [lineOf(BETA_2030), "stage"]
    ]);
  });

  it("reports two bad cells of one row as two issues", () => {
    const issues = issuesWith(budgetWith({[ALPHA_2031]: (l) => amount("x")(l).replace(",百万円,", ",円,")}));
    expect(issues.map((i) => i.column)).toEqual(["amount", "unit"]);
    expect(new Set(issues.map((i) => i.line))).toEqual(new Set([lineOf(ALPHA_2031)]));
  });

  it("reports problems in two files together", () => {
    const programmes = new TextDecoder().decode(REAL["programmes.csv"] as Uint8Array).replace("alpha,programme,", "alpha,project,");
    const issues = issuesWith(budgetWith({[BETA_2030]: amount("-1")}), {"programmes.csv": programmes});
    expect(issues.map((i) => `${i.file} ${i.column}`)).toEqual(expect.arrayContaining(["programmes.csv kind", "budget.csv amount"]));
  });

  it("lists every issue with file, line and column in the error message", () => {
    let caught: unknown;
    try {
      parseDataset({...REAL, "budget.csv": budgetWith({[ALPHA_2031]: amount("▲87"), [BETA_2030]: amount("x")})});
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataError);
    const text = (caught as DataError).message;
    expect(text).toMatch(/^2 problems in the budget data:/);
    expect(text).toContain(`budget.csv, line ${lineOf(ALPHA_2031)}, column "amount": expected a non-negative amount, found "▲87"`);
    expect(text).toContain(`budget.csv, line ${lineOf(BETA_2030)}, column "amount": expected an amount such as 1,073, found "x"`);
  });
});

describe("buildBriefing checks printed group totals against their members", () => {
  const briefingWith = (groupAmount: string) => () =>
    buildBriefing(parseDataset({...REAL, "budget.csv": budgetWith({[GROUP_2031]: amount(groupAmount)})}));

  // The group's two members (1,500 + 1,000 = 2,500) and its total, each rounded to the 百万円: ±1.5.
  it("accepts a group total that rounding explains (2,501 vs 2,500 summed, tolerance ±1.5)", () => {
    expect(briefingWith('"2,501"')).not.toThrow();
  });

  it("rejects a group total that differs by more than rounding (2,502 vs 2,500), naming budget.csv, line and column", () => {
    let caught: unknown;
    try {
      briefingWith('"2,502"')();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataError);
    expect((caught as DataError).issues).toEqual([
      {
        file: "budget.csv",
        line: lineOf(GROUP_2031),
        column: "amount",
        message: expect.stringMatching(/group "grp" 2031 draft is printed as 2502百万円 but its members .* add up to 2500百万円/)
      }
    ]);
  });

  it("rejects a clearly wrong group total (2,600 typed for 2,500)", () => {
    expect(briefingWith('"2,600"')).toThrow(/budget\.csv, line \d+, column "amount": group "grp"/);
  });
});
