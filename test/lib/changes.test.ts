// What changed between two builds' figures: amounts, derived changes, programmes, stages and units.
import {describe, expect, it} from "vitest";
import {buildBriefing} from "../../src/lib/briefing.js";
import {changeLines, diffSnapshots, nextSnapshotFile, snapshot} from "../../src/lib/changes.js";
import {parseDataset, type DataInput} from "../../src/lib/dataset.js";
import {readDataFiles} from "../../src/lib/files.js";

const real = readDataFiles();
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
    expect(lines(budgetText.replace('sicorp,2023,draft,"1,073"', 'sicorp,2023,draft,"1,234"'))).toEqual([
      "SICORP FY2023 draft: 1,073 → 1,234 百万円 (change vs FY2022 enacted now +74, +6.4%)"
    ]);
  });

  it("say the same in Japanese", () => {
    expect(lines(budgetText.replace('sicorp,2023,draft,"1,073"', 'sicorp,2023,draft,"1,234"'), "ja")).toEqual([
      "SICORP 令和5案: 1,073 → 1,234百万円（令和4当初比 +74百万円、+6.4%に）"
    ]);
  });

  it("report a unit change as such", () => {
    const out = lines(budgetText.replace('sakura,2023,draft,"1,454",百万円', "sakura,2023,draft,15,億円"));
    expect(out[0]).toBe(
      "Sakura Science FY2023 draft: 1,454 百万円 → 15 億円 (unit changed 百万円 → 億円) (change vs FY2022 enacted now +129, +9.4%)"
    );
  });

  it("report a stage added beside the draft, and the comparison that moves with it", () => {
    const editions =
      new TextDecoder().decode(real["editions.csv"] as Uint8Array).trimEnd() +
      "\n2023,enacted,文部科学省,MEXT,7,2023-03,fixture,fixture,,,fixture\n";
    const out = lines(
      budgetText.trimEnd() + '\nsection7,2023,enacted,142,億円,,,fixture\nsicorp,2023,enacted,"1,080",百万円,,,fixture\n',
      "en",
      {"editions.csv": editions}
    );
    expect(out).toContain("Stage added: FY2023 enacted");
    expect(out).toContain("Current stage: FY2023 draft → FY2023 enacted");
  });

  it("report a programme added and one removed", () => {
    const programmes =
      new TextDecoder().decode(real["programmes.csv"] as Uint8Array).trimEnd() +
      "\nnew-one,programme,新事業,New one,新事業,New one,科学技術振興機構,JST,top-down,section7,fixture\n";
    const added = lines(budgetText.trimEnd() + "\nnew-one,2023,draft,50,百万円,new,,fixture\n", "en", {"programmes.csv": programmes});
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
    const input = without("kakenhi-intl");
    const out = lines(input["budget.csv"], "en", input);
    expect(out).toContain("Programme removed: KAKENHI International Leading Research");
  });

  it("say nothing when nothing changed", () => {
    expect(lines(budgetText)).toEqual([]);
  });
});

describe("nextSnapshotFile(previous, briefing)", () => {
  it("carries the last change list over when the figures did not change, so rebuilds are identical", () => {
    const edited = briefingWith(budgetText.replace('sicorp,2023,draft,"1,073"', 'sicorp,2023,draft,"1,234"'));
    const first = nextSnapshotFile(null, base);
    const second = nextSnapshotFile(first, edited);
    const third = nextSnapshotFile(second, edited);
    expect(first.compared).toBe(false);
    expect(second.changedNow).toBe(true);
    expect(third.changedNow).toBe(false);
    expect(third.changes).toEqual(second.changes);
  });
});
