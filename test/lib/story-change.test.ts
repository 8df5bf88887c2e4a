// changeWithPct: a change with its percentage, and a change of nothing said as the ministry says it (同額 /
// "unchanged"), never 「増減なし（±0.0%）」. Fixture edition two: gamma is printed alike in both stages.
import {describe, expect, it} from "vitest";
import {loadBriefing} from "../../src/lib/files.js";
import {changeWithPct} from "../../src/lib/story.js";

const b = loadBriefing("test/fixtures/editions/two");
const entity = (id: string) => b.figures.entities.find((e) => e.id === id)!;

describe("changeWithPct on edition two", () => {
  it("says 同額 / unchanged for a programme printed alike in both stages, with no ±0.0%", () => {
    const flat = b.figures.entities.find((e) => e.change?.millionYen === 0)!;
    expect(flat, "edition two has a programme with no change").toBeDefined();
    expect(changeWithPct(flat, "ja")).toBe("同額");
    expect(changeWithPct(flat, "en")).toBe("unchanged");
  });

  it("keeps the change and its percentage for a programme that moved", () => {
    expect(changeWithPct(entity("beta"), "ja")).toBe("100百万円減（6.3%減）");
    expect(changeWithPct(entity("beta"), "en")).toBe("down ¥100 million (6.3%)");
  });
});
