// Well-formed but wrong data: figures that parse, yet would publish a wrong briefing. Each case is a mistake a
// maintainer makes when typing from the document; each must stop with the file, the row most likely at fault,
// what was expected and a hint, unless the row carries the "confirmed" flag. Inputs are the fixture edition `two`
// (invented names and figures: FY2031 draft against FY2030 enacted) with one edit, through the same function the
// build, the loader and dev use (briefingFromInput).
import {describe, expect, it} from "vitest";
import type {Briefing} from "../../src/lib/briefing.js";
import {ALERT, changeLines, diffSnapshots, nextSnapshotFile, parseSnapshotFile, snapshot} from "../../src/lib/changes.js";
import {parseDataset, type DataInput} from "../../src/lib/dataset.js";
import {DataError, type DataIssue} from "../../src/lib/errors.js";
import {briefingFromInput} from "../../src/lib/files.js";
import {checkPlausibility, LARGE_CHANGE_FACTOR} from "../../src/lib/plausibility.js";
import {fixtureInput, fixtureText, lineIn} from "../support/fixtures.js";

const REAL = fixtureInput("two");
const BUDGET = fixtureText("two", "budget.csv");
const LINES = BUDGET.replace(/\n$/, "").split("\n");
const lineOf = (prefix: string) => lineIn(BUDGET, prefix);

/** budget.csv with the row starting with `prefix` rewritten (the edit must change it). */
function budgetWith(prefix: string, edit: (line: string) => string): string {
  const lines = LINES.slice();
  const n = lineOf(prefix);
  lines[n - 1] = edit(lines[n - 1]);
  expect(lines[n - 1], `edit of ${prefix}`).not.toBe(LINES[n - 1]);
  return lines.join("\n") + "\n";
}
const amount = (value: string) => (line: string) => line.replace(/^([^,]*,[^,]*,[^,]*,)("[^"]*"|[^,]*)/, `$1${value}`);
const year = (value: number) => (line: string) => line.replace(/^([^,]*,)\d{4}/, `$1${value}`);
/** Adds a flag to the row's flags cell (6th field). */
const flag = (name: string) => (line: string) => {
  const m = /^((?:[^,]*,){3}(?:"[^"]*"|[^,]*),[^,]*,)([^,]*)(,.*)$/.exec(line)!;
  return `${m[1]}${m[2] ? `${m[2]};` : ""}${name}${m[3]}`;
};

function issuesOf(budget: string, extra: DataInput = {}): DataIssue[] {
  try {
    briefingFromInput({...REAL, "budget.csv": budget, ...extra});
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).issues;
  }
  throw new Error("expected the data to be stopped");
}
const briefingOf = (budget: string, extra: DataInput = {}): Briefing => briefingFromInput({...REAL, "budget.csv": budget, ...extra});
/** The amount of one edited row, e.g. "2031 draft". */
const amountOf = (b: Briefing, id: string, key: string) =>
  b.figures.entities.find((e) => e.id === id)?.amounts.find((a) => `${a.fiscalYear} ${a.stage}` === key)?.amount;

describe("the fixture data", () => {
  it("passes every plausibility check", () => {
    expect(checkPlausibility(parseDataset(REAL))).toEqual([]);
  });
});

describe("an amount with a decimal point in a unit printed as whole numbers", () => {
  it("stops 1.200 typed for Alpha's 1,200 at its cell, suggesting the comma", () => {
    const issues = issuesOf(budgetWith("alpha,2031,draft,", amount("1.200")));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({file: "budget.csv", line: lineOf("alpha,2031,draft,"), column: "amount"});
    expect(issues[0].message).toContain("1.2百万円, with a decimal point");
    expect(issues[0].message).toContain('Did you mean "1,200"');
    expect(issues[0].message).toContain('add "confirmed"');
  });

  it("stops the same mistake on another row, in the other year", () => {
    const issues = issuesOf(budgetWith("beta,2030,enacted,", amount("1.600")));
    expect(issues).toEqual([
      expect.objectContaining({line: lineOf("beta,2030,enacted,"), column: "amount", message: expect.stringContaining('"1,600"')})
    ]);
  });

  it("stops a decimal in 億円 when the document prints that unit whole too", () => {
    const issues = issuesOf(budgetWith("sec,2030,supplementary-1,", amount("1.0")));
    expect(issues).toContainEqual(expect.objectContaining({line: lineOf("sec,2030,supplementary-1,"), column: "amount"}));
  });

  it("lets the figure through when the maintainer confirms it", () => {
    const b = briefingOf(budgetWith("alpha,2031,draft,", (l) => flag("confirmed")(amount("1.200")(l))));
    expect(amountOf(b, "alpha", "2031 draft")).toBe(1.2);
  });
});

describe("a fiscal year and stage without the section total", () => {
  it("stops Beta typed as FY2032 enacted at Beta's row, suggesting 2030", () => {
    const issues = issuesOf(budgetWith("beta,2030,enacted,", year(2032)));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({file: "budget.csv", line: lineOf("beta,2030,enacted,"), column: "fiscalYear"});
    expect(issues[0].message).toContain("sec has no total for it");
    expect(issues[0].message).toContain("would become the current one");
    expect(issues[0].message).toContain("Did you mean 2030");
  });

  it("stops a year typed 2040 on Alpha, suggesting 2031", () => {
    const issues = issuesOf(budgetWith("alpha,2031,draft,", year(2040)));
    expect(issues).toEqual([
      expect.objectContaining({
        line: lineOf("alpha,2031,draft,"),
        column: "fiscalYear",
        message: expect.stringContaining("Did you mean 2031")
      })
    ]);
  });

  it("reports a member's year typo at the member's row, not only at its group's total", () => {
    const issues = issuesOf(budgetWith("gamma,2031,draft,", year(2032)));
    expect(issues).toEqual([expect.objectContaining({line: lineOf("gamma,2031,draft,"), column: "fiscalYear"})]);
  });

  it("stops an old year too (a stage in the past without its total), suggesting the stage it was meant for", () => {
    const issues = issuesOf(budgetWith("gamma,2030,enacted,", year(2029)));
    expect(issues).toEqual([
      expect.objectContaining({line: lineOf("gamma,2030,enacted,"), message: expect.stringContaining("Did you mean 2030")})
    ]);
    expect(issues[0].message).not.toContain("current");
  });

  it("stops a new edition added without its section total once, at its first row", () => {
    const next = LINES.filter((l) => /^(alpha|beta|gamma|delta),2031,draft,/.test(l)).map((l) => l.replace(",2031,draft,", ",2032,draft,"));
    const issues = issuesOf(BUDGET + next.join("\n") + "\n");
    expect(issues).toEqual([
      expect.objectContaining({
        line: LINES.length + 1,
        message: expect.stringContaining("FY2032 draft has 4 amounts but no sec total")
      })
    ]);
  });

  it("accepts a partial edition that has its section total", () => {
    const next = [
      "sec,2032,request,60,億円,,,test",
      ...LINES.filter((l) => l.startsWith("alpha,2031,draft,")).map((l) => l.replace(",2031,draft,", ",2032,request,"))
    ];
    const editions =
      new TextDecoder().decode(REAL["editions.csv"] as Uint8Array).trimEnd() + "\n2032,request,架空省,MOF,3,2031-08,test,test,,,test\n";
    const b = briefingOf(BUDGET + next.join("\n") + "\n", {"editions.csv": editions});
    expect(b.figures.current).toEqual({fiscalYear: 2032, stage: "request"});
  });

  it("lets a row through when the maintainer confirms it", () => {
    const b = briefingOf(budgetWith("alpha,2030,enacted,", (l) => flag("confirmed")(year(2029)(l))));
    expect(b.figures.entities.find((e) => e.id === "alpha")?.amounts.map((a) => a.fiscalYear)).toContain(2029);
  });

  it("takes the section from programmes.csv, whatever its id", () => {
    const renamed = (text: string) => text.replace(/(^|[,;\n])sec(?=[,;\r\n])/g, "$1sec-x");
    const input = Object.fromEntries(
      Object.entries(REAL)
        .filter(([file]) => file !== "budget.csv")
        .map(([file, bytes]) => [file, renamed(new TextDecoder().decode(bytes as Uint8Array))])
    );
    const issues = issuesOf(renamed(budgetWith("beta,2030,enacted,", year(2032))), input);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain("sec-x has no total");
  });
});

describe("itemised programmes exceeding the section total", () => {
  it("stops Alpha typed 12,000 at Alpha's row, not at the total", () => {
    const issues = issuesOf(budgetWith("alpha,2031,draft,", amount('"12,000"')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({file: "budget.csv", line: lineOf("alpha,2031,draft,"), column: "amount"});
    expect(issues[0].message).toContain("more than the sec total of 52億円");
    expect(issues[0].message).toContain("12.0× its FY2030 enacted amount (1,000百万円)");
  });

  it("names the section total when the total is the odd one out", () => {
    const issues = issuesOf(budgetWith("sec,2031,draft,", amount("5")));
    expect(issues).toEqual([
      expect.objectContaining({line: lineOf("sec,2031,draft,"), message: expect.stringContaining("the total is the likely error")})
    ]);
  });

  it("names an extra digit in the comparison year too", () => {
    const issues = issuesOf(budgetWith("gamma,2030,enacted,", amount('"10,000"')));
    expect(issues).toContainEqual(expect.objectContaining({line: lineOf("gamma,2030,enacted,"), column: "amount"}));
  });

  it("lets the figure through when the maintainer confirms the row it names", () => {
    const b = briefingOf(budgetWith("alpha,2031,draft,", (l) => flag("confirmed")(amount('"12,000"')(l))));
    expect(amountOf(b, "alpha", "2031 draft")).toBe(12000);
  });
});

describe("a group total that differs from its members", () => {
  it("names the member that stands out from its other year", () => {
    const issues = issuesOf(budgetWith("beta,2031,draft,", amount('"15,000"')));
    expect(issues).toContainEqual(
      expect.objectContaining({
        line: lineOf("beta,2031,draft,"),
        column: "amount",
        message: expect.stringContaining("members of grp")
      })
    );
  });
});

describe("a figure that changed by more than the set factor since the last good build", () => {
  const base = briefingOf(BUDGET);
  const linesFor = (budget: string, lang: "ja" | "en" = "en") => {
    const before = snapshot(base);
    const after = snapshot(briefingFromInput({...REAL, "budget.csv": budget}));
    return changeLines(diffSnapshots(before, after), after, before, lang);
  };

  it("comes first in the change summary, marked, with the factor", () => {
    const out = linesFor(budgetWith("alpha,2031,draft,", (l) => flag("confirmed")(amount("120")(l))));
    // The change against the comparison that follows depends on which edition is current (changes.test.ts).
    expect(
      out[0].startsWith(
        `${ALERT}Alpha FY2031 draft budget: 1,200 → 120 百万円 (10× smaller than at the last good build: check this figure)`
      ),
      out[0]
    ).toBe(true);
    expect(out.filter((l) => l.startsWith(ALERT))).toHaveLength(1);
  });

  it("is marked in Japanese too", () => {
    const out = linesFor(
      budgetWith("alpha,2031,draft,", (l) => flag("confirmed")(amount("120")(l))),
      "ja"
    );
    expect(out[0]).toContain("前回の正常なビルドの10分の1。この数値を確認してください");
  });

  it("is not marked for an ordinary correction", () => {
    expect(linesFor(budgetWith("alpha,2031,draft,", amount('"1,234"'))).some((l) => l.startsWith(ALERT))).toBe(false);
    expect(LARGE_CHANGE_FACTOR).toBeGreaterThan(1.15);
  });
});

describe("the last good build's snapshot file", () => {
  const good = nextSnapshotFile(null, briefingOf(BUDGET));
  const {changedNow: _, ...file} = good;

  it("is read back as written", () => {
    expect(parseSnapshotFile(JSON.stringify(file))).toEqual(file);
  });

  it.each([
    ["truncated JSON", JSON.stringify(file).slice(0, 50), "not valid JSON"],
    ["another tool's JSON", JSON.stringify({name: "x", version: 1}), 'no "snapshot"'],
    ["an amount that is not a number", JSON.stringify(file).replace('"amount":1200', '"amount":"1200"'), "malformed"],
    ["a change list that is not a list", JSON.stringify({...file, changes: {ja: "x", en: []}}), "malformed"]
  ])("is set aside, not trusted, when it is %s", (_name, text, reason) => {
    const parsed = parseSnapshotFile(text);
    expect(parsed).toHaveProperty("error");
    expect((parsed as {error: string}).error).toContain(reason);
  });

  it("drops fields it does not know when carried over to the next build", () => {
    const next = nextSnapshotFile({...file, extra: 1} as typeof file, briefingOf(BUDGET));
    expect(Object.keys(next).sort()).toEqual(["changedNow", "changes", "compared", "snapshot"]);
  });
});

describe("hints for common CSV mistakes", () => {
  it("suggests quotes for an unquoted 1,200", () => {
    const issues = issuesOf(budgetWith("alpha,2031,draft,", amount("1,200")));
    expect(issues).toEqual([
      {
        file: "budget.csv",
        line: lineOf("alpha,2031,draft,"),
        column: "amount",
        message:
          'expected 8 fields, found 9: the number 1,200 seems split at its thousands comma. Did you mean "1,200"? A number with a comma must be quoted in CSV'
      }
    ]);
  });

  it("suggests quotes for an unquoted 1,600 on another row", () => {
    const issues = issuesOf(budgetWith("beta,2030,enacted,", amount("1,600")));
    expect(issues[0].message).toContain('Did you mean "1,600"?');
  });

  it("gives no comma hint for an extra field that is not a split number", () => {
    const issues = issuesOf(budgetWith("alpha,2031,draft,", (l) => `${l},oops`));
    expect(issues).toEqual([{file: "budget.csv", line: lineOf("alpha,2031,draft,"), message: "expected 8 fields, found 9"}]);
  });

  it("skips rows of only commas, as spreadsheets save them, in any file", () => {
    const commas = ",,,,,,,\n , ,,,,,,\n";
    const b = briefingOf(BUDGET + commas);
    expect(b.budget).toHaveLength(LINES.length - 1);
    const programmes = new TextDecoder().decode(REAL["programmes.csv"] as Uint8Array);
    expect(() => briefingFromInput({...REAL, "programmes.csv": programmes + ",,,,,,,,,\r\n"})).not.toThrow();
  });
});
