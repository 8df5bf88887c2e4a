// What changed between two builds' figures: amounts, derived changes, programmes, stages and units, on the
// fixture edition `two` (FY2031 draft against FY2030 enacted; invented names and figures).
import {describe, expect, it} from "vitest";
import {buildBriefing} from "../../src/lib/briefing.js";
import {changeLines, diffSnapshots, nextSnapshotFile, snapshot} from "../../src/lib/changes.js";
import {parseDataset, type DataInput} from "../../src/lib/dataset.js";
import {fixtureInput} from "../support/fixtures.js";

const real = fixtureInput("two");
const budgetText = new TextDecoder().decode(real["budget.csv"] as Uint8Array);
const briefingWith = (budget: string, extra: Partial<DataInput> = {}) =>
  buildBriefing(parseDataset({...real, "budget.csv": budget, ...extra}));
const base = buildBriefing(parseDataset(real));

function lines(budget: string, lang: "ja" | "en" = "en", extra: Partial<DataInput> = {}) {
  const before = snapshot(base);
  const after = snapshot(briefingWith(budget, extra));
  return changeLines(diffSnapshots(before, after), after, before, lang);
}

describe("diffSnapshots and changeLines", () => {
  it("report an edited amount with its new change and percentage", () => {
    // 1,234 − 1,000 = +234, +23.4%.
    expect(lines(budgetText.replace('alpha,2031,draft,"1,200"', 'alpha,2031,draft,"1,234"'))).toEqual([
      "Alpha FY2031 draft budget: 1,200 → 1,234 百万円 (change vs FY2030 initial budget now +¥234 million, +23.4%)"
    ]);
  });

  it("keep a percentage rounded as the pages round it: −6.25% is −6.3, not −6.2", () => {
    // Beta: 1,500 against 1,600 is −6.25%; every sentence says ▲6.3%, so the summary's "before" must too.
    expect(snapshot(base).entities.beta.pctChange).toBe(-6.3);
  });

  it("say the same in Japanese", () => {
    expect(lines(budgetText.replace('alpha,2031,draft,"1,200"', 'alpha,2031,draft,"1,234"'), "ja")).toEqual([
      "アルファ（令和13案）1,200 → 1,234百万円（令和12当初比 +234百万円、+23.4%に）"
    ]);
  });

  it("report a unit change as such", () => {
    // 13億円 − 1,000百万円 = +3億円, and 12.5–13.5億円 against 1,000百万円 is +25% to +35%: shown as printed, not +300, +30.0%.
    const out = lines(budgetText.replace('alpha,2031,draft,"1,200",百万円', "alpha,2031,draft,13,億円"));
    expect(out[0]).toBe(
      "Alpha FY2031 draft budget: 1,200 百万円 → 13 億円 (unit changed 百万円 → 億円) (change vs FY2030 initial budget now +¥300 million, +25% to +35%)"
    );
  });

  it("report a stage added beside the draft, and the comparison that moves with it", () => {
    const editions =
      new TextDecoder().decode(real["editions.csv"] as Uint8Array).trimEnd() +
      "\n2031,enacted,架空省,MOF,3,2031-03,fixture,fixture,,,fixture\n";
    const out = lines(budgetText.trimEnd() + '\nsec,2031,enacted,53,億円,,,fixture\nalpha,2031,enacted,"1,250",百万円,,,fixture\n', "en", {
      "editions.csv": editions
    });
    expect(out).toContain("Stage added: FY2031 initial budget");
    expect(out).toContain("Current stage: FY2031 draft budget → FY2031 initial budget");
  });

  it("report a programme added and one removed", () => {
    const programmes =
      new TextDecoder().decode(real["programmes.csv"] as Uint8Array).trimEnd() +
      "\nnew-one,programme,新事業,New one,新事業,New one,架空機構,Fiction Agency,s-one,sec,fixture\n";
    const added = lines(budgetText.trimEnd() + "\nnew-one,2031,draft,50,百万円,new,,fixture\n", "en", {"programmes.csv": programmes});
    expect(added).toContain("Programme added: New one");
    // Removing a programme means removing every row that names it, in every file.
    const without = (id: string) =>
      Object.fromEntries(
        Object.entries(real).map(([file, bytes]) => [
          file,
          new TextDecoder()
            .decode(bytes as Uint8Array)
            .split("\n")
            .filter((l) => !new RegExp(`(^|,)${id}(,|$)`).test(l))
            .join("\n")
        ])
      );
    const input = without("epsilon");
    const out = lines(input["budget.csv"], "en", input);
    expect(out).toContain("Programme removed: Epsilon"); // its short name (shortEn)
  });

  it("say nothing when nothing changed", () => {
    expect(lines(budgetText)).toEqual([]);
  });
});

describe("nextSnapshotFile(previous, briefing)", () => {
  it("carries the last change list over when the figures did not change, so rebuilds are identical", () => {
    const edited = briefingWith(budgetText.replace('alpha,2031,draft,"1,200"', 'alpha,2031,draft,"1,234"'));
    const first = nextSnapshotFile(null, base);
    const second = nextSnapshotFile(first, edited);
    const third = nextSnapshotFile(second, edited);
    expect(first.compared).toBe(false);
    expect(second.changedNow).toBe(true);
    expect(third.changedNow).toBe(false);
    expect(third.changes).toEqual(second.changes);
  });
});
