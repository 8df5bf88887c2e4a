// Well-formed but wrong data: figures that parse, yet would publish a wrong briefing. Each case is a mistake a
// maintainer makes when typing from the document; each must stop with the file, the row most likely at fault,
// what was expected and a hint, unless the row carries the "confirmed" flag. Inputs are the real data files
// with one edit, through the same function the build, the loader and dev use (briefingFromInput).
import {describe, expect, it} from "vitest";
import type {Briefing} from "../../src/lib/briefing.js";
import {ALERT, changeLines, diffSnapshots, nextSnapshotFile, parseSnapshotFile, snapshot} from "../../src/lib/changes.js";
import {parseDataset, type DataInput} from "../../src/lib/dataset.js";
import {DataError, type DataIssue} from "../../src/lib/errors.js";
import {briefingFromInput} from "../../src/lib/files.js";
import {checkPlausibility, LARGE_CHANGE_FACTOR} from "../../src/lib/plausibility.js";
import {BUDGET, LINES, REAL, lineOf} from "../support/budgetlines.js";

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
/** The amount of one edited row ("2023 draft"), whichever edition is current. */
const amountOf = (b: Briefing, id: string, key: string) =>
  b.figures.entities.find((e) => e.id === id)?.amounts.find((a) => `${a.fiscalYear} ${a.stage}` === key)?.amount;

describe("the real data", () => {
  it("passes every plausibility check", () => {
    expect(checkPlausibility(parseDataset(REAL))).toEqual([]);
  });
});

describe("an amount with a decimal point in a unit printed as whole numbers", () => {
  it("stops 1.073 typed for SICORP's 1,073 at its cell, suggesting the comma", () => {
    const issues = issuesOf(budgetWith("sicorp,2023,draft,", amount("1.073")));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({file: "budget.csv", line: lineOf("sicorp,2023,draft,"), column: "amount"});
    expect(issues[0].message).toContain("1.073百万円, with a decimal point");
    expect(issues[0].message).toContain('Did you mean "1,073"');
    expect(issues[0].message).toContain('add "confirmed"');
  });

  it("stops the same mistake on another row, in the other year", () => {
    const issues = issuesOf(budgetWith("jsps-intl,2022,enacted,", amount("3.414")));
    expect(issues).toEqual([
      expect.objectContaining({line: lineOf("jsps-intl,2022,enacted,"), column: "amount", message: expect.stringContaining('"3,414"')})
    ]);
  });

  it("stops a decimal in 億円 when the document prints that unit whole too", () => {
    const issues = issuesOf(budgetWith("section7,2022,supplementary-2,", amount("4.40")));
    expect(issues).toContainEqual(expect.objectContaining({line: lineOf("section7,2022,supplementary-2,"), column: "amount"}));
  });

  it("lets the figure through when the maintainer confirms it", () => {
    const b = briefingOf(budgetWith("sicorp,2023,draft,", (l) => flag("confirmed")(amount("1.073")(l))));
    expect(amountOf(b, "sicorp", "2023 draft")).toBe(1.073);
  });
});

describe("a fiscal year and stage without the section total", () => {
  it("stops SATREPS typed as FY2024 enacted at SATREPS's row, suggesting 2022", () => {
    const issues = issuesOf(budgetWith("satreps,2022,enacted,", year(2024)));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({file: "budget.csv", line: lineOf("satreps,2022,enacted,"), column: "fiscalYear"});
    expect(issues[0].message).toContain("section7 has no total for it");
    expect(issues[0].message).toContain("would become the current one");
    expect(issues[0].message).toContain("Did you mean 2022");
  });

  it("stops a year typed 2032 on SICORP, suggesting 2023", () => {
    const issues = issuesOf(budgetWith("sicorp,2023,draft,", year(2032)));
    expect(issues).toEqual([
      expect.objectContaining({
        line: lineOf("sicorp,2023,draft,"),
        column: "fiscalYear",
        message: expect.stringContaining("Did you mean 2023")
      })
    ]);
  });

  it("reports a member's year typo at the member's row, not only at its group's total", () => {
    const issues = issuesOf(budgetWith("young-challenge,2023,draft,", year(2024)));
    expect(issues).toEqual([expect.objectContaining({line: lineOf("young-challenge,2023,draft,"), column: "fiscalYear"})]);
  });

  it("stops an old year too (a stage in the past without its total), suggesting the stage it was meant for", () => {
    const issues = issuesOf(budgetWith("sakura,2022,enacted,", year(2021)));
    expect(issues).toEqual([
      expect.objectContaining({line: lineOf("sakura,2022,enacted,"), message: expect.stringContaining("Did you mean 2022")})
    ]);
    expect(issues[0].message).not.toContain("current");
  });

  it("stops a new edition added without its section total once, at its first row", () => {
    const next = LINES.filter((l) => /^(aspire|sicorp|satreps|jsps-overseas|young-challenge),2023,draft,/.test(l)).map((l) =>
      l.replace(",2023,draft,", ",2024,draft,")
    );
    const issues = issuesOf(BUDGET + next.join("\n") + "\n");
    expect(issues).toEqual([
      expect.objectContaining({
        line: LINES.length + 1,
        message: expect.stringContaining("FY2024 draft has 5 amounts but no section7 total")
      })
    ]);
  });

  it("accepts a partial edition that has its section total", () => {
    const next = [
      "section7,2024,request,150,億円,,,test",
      ...LINES.filter((l) => l.startsWith("sicorp,2023,draft,")).map((l) => l.replace(",2023,draft,", ",2024,request,"))
    ];
    const editions =
      new TextDecoder().decode(REAL["editions.csv"] as Uint8Array).trimEnd() +
      "\n2024,request,文部科学省,MEXT,7,2023-08,test,test,,,test\n";
    const b = briefingOf(BUDGET + next.join("\n") + "\n", {"editions.csv": editions});
    expect(b.figures.current).toEqual({fiscalYear: 2024, stage: "request"});
  });

  it("lets a row through when the maintainer confirms it", () => {
    const b = briefingOf(budgetWith("satreps,2022,enacted,", (l) => flag("confirmed")(year(2021)(l))));
    expect(b.figures.entities.find((e) => e.id === "satreps")?.amounts.map((a) => a.fiscalYear)).toContain(2021);
  });

  it("takes the section from programmes.csv, whatever its id", () => {
    const renamed = (text: string) => text.replaceAll("section7", "sec-x");
    const input = Object.fromEntries(
      Object.entries(REAL)
        .filter(([file]) => file !== "budget.csv")
        .map(([file, bytes]) => [file, renamed(new TextDecoder().decode(bytes as Uint8Array))])
    );
    const issues = issuesOf(renamed(budgetWith("satreps,2022,enacted,", year(2024))), input);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain("sec-x has no total");
  });
});

describe("itemised programmes exceeding the section total", () => {
  it("stops SICORP typed 10,073 at SICORP's row, not at the total", () => {
    const issues = issuesOf(budgetWith("sicorp,2023,draft,", amount('"10,073"')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({file: "budget.csv", line: lineOf("sicorp,2023,draft,"), column: "amount"});
    expect(issues[0].message).toContain("more than the section7 total of 141億円");
    expect(issues[0].message).toContain("8.7× its FY2022 enacted amount (1,160百万円)");
  });

  it("names the section total when the total is the odd one out", () => {
    const issues = issuesOf(budgetWith("section7,2023,draft,", amount("14")));
    expect(issues).toEqual([
      expect.objectContaining({line: lineOf("section7,2023,draft,"), message: expect.stringContaining("the total is the likely error")})
    ]);
  });

  it("names an extra digit in the comparison year too", () => {
    const issues = issuesOf(budgetWith("jsps-intl,2022,enacted,", amount('"34,140"')));
    expect(issues).toContainEqual(expect.objectContaining({line: lineOf("jsps-intl,2022,enacted,"), column: "amount"}));
  });

  it("lets the figure through when the maintainer confirms the row it names", () => {
    const b = briefingOf(budgetWith("sicorp,2023,draft,", (l) => flag("confirmed")(amount('"10,073"')(l))));
    expect(amountOf(b, "sicorp", "2023 draft")).toBe(10073);
  });
});

describe("a group total that differs from its members", () => {
  it("names the member that stands out from its other year", () => {
    const issues = issuesOf(budgetWith("sakura,2023,draft,", amount('"14,540"')));
    expect(issues).toContainEqual(
      expect.objectContaining({
        line: lineOf("sakura,2023,draft,"),
        column: "amount",
        message: expect.stringContaining("members of young-global")
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
    const out = linesFor(budgetWith("satreps,2023,draft,", (l) => flag("confirmed")(amount("188")(l))));
    // The change against the comparison that follows depends on which edition is current (changes.test.ts).
    expect(
      out[0].startsWith(`${ALERT}SATREPS FY2023 draft: 1,878 → 188 百万円 (10× smaller than at the last good build: check this figure)`),
      out[0]
    ).toBe(true);
    expect(out.filter((l) => l.startsWith(ALERT))).toHaveLength(1);
  });

  it("is marked in Japanese too", () => {
    const out = linesFor(
      budgetWith("satreps,2023,draft,", (l) => flag("confirmed")(amount("188")(l))),
      "ja"
    );
    expect(out[0]).toContain("前回の正常なビルドの10分の1。この数値を確認してください");
  });

  it("is not marked for an ordinary correction", () => {
    expect(linesFor(budgetWith("sicorp,2023,draft,", amount('"1,234"'))).some((l) => l.startsWith(ALERT))).toBe(false);
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
    ["an amount that is not a number", JSON.stringify(file).replace('"amount":1073', '"amount":"1073"'), "malformed"],
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
  it("suggests quotes for an unquoted 1,073", () => {
    const issues = issuesOf(budgetWith("sicorp,2023,draft,", amount("1,073")));
    expect(issues).toEqual([
      {
        file: "budget.csv",
        line: lineOf("sicorp,2023,draft,"),
        column: "amount",
        message:
          'expected 8 fields, found 9: the number 1,073 seems split at its thousands comma. Did you mean "1,073"? A number with a comma must be quoted in CSV'
      }
    ]);
  });

  it("suggests quotes for an unquoted 44,000 on another row", () => {
    const issues = issuesOf(budgetWith("aspire,2022,supplementary-2,", amount("44,000")));
    expect(issues[0].message).toContain('Did you mean "44,000"?');
  });

  it("gives no comma hint for an extra field that is not a split number", () => {
    const issues = issuesOf(budgetWith("sicorp,2023,draft,", (l) => `${l},oops`));
    expect(issues).toEqual([{file: "budget.csv", line: lineOf("sicorp,2023,draft,"), message: "expected 8 fields, found 9"}]);
  });

  it("skips rows of only commas, as spreadsheets save them, in any file", () => {
    const commas = ",,,,,,,\n , ,,,,,,\n";
    const b = briefingOf(BUDGET + commas);
    expect(b.budget).toHaveLength(LINES.length - 1);
    const programmes = new TextDecoder().decode(REAL["programmes.csv"] as Uint8Array);
    expect(() => briefingFromInput({...REAL, "programmes.csv": programmes + ",,,,,,,,,\r\n"})).not.toThrow();
  });
});
