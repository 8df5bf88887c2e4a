// Where an amount comes from: the budget.csv row, the stage, the printed form, the document's section and page,
// and for a derived amount the computation.
import {describe, expect, it} from "vitest";
import {loadBriefing} from "../../src/lib/files.js";
import {entity} from "../../src/lib/text.js";
import {changeOf, formula, printed, provenanceLines, schemeLines} from "../../src/lib/trace.js";

const briefing = loadBriefing();
const sicorp = entity(briefing, "sicorp");

describe("provenanceLines(briefing, provenance, lang)", () => {
  it("names the file and line, stage, printed form and section of SICORP's FY2023 draft amount", () => {
    const lines = provenanceLines(briefing, printed(sicorp, sicorp.current!), "ja");
    expect(lines).toEqual([
      "SICORP・令和5年度予算額（案）",
      "印刷: 1,073百万円",
      "データ: data/budget.csv 7行目",
      `文書の箇所: ${sicorp.current!.source}`,
      "ページ: 記載なし"
    ]);
  });

  it("says how SICORP's change is computed, then where both figures come from", () => {
    const lines = provenanceLines(briefing, changeOf(sicorp)!, "en");
    expect(lines[0]).toBe("Computed: 1,073 − 1,160 = −87 (¥ million)");
    expect(lines).toContain("Data: data/budget.csv line 7");
    expect(lines).toContain("Data: data/budget.csv line 8");
  });

  it("reads the line from the dataset, so the line named holds the amount", () => {
    const line = briefing.budget.find((l) => l.entity === "sicorp" && l.stage === "draft")!;
    expect(sicorp.current!.line).toBe(line.line);
  });
});

describe("formula(provenance, lang)", () => {
  it("writes the section's change in the printed unit, 億円: 141 − 138 = +3", () => {
    expect(formula(changeOf(entity(briefing, "section7"))!, "ja")).toBe("141 − 138 = +3（億円）");
  });

  it("writes a change of ▲87 with the Japanese minus sign", () => {
    expect(formula(changeOf(sicorp)!, "ja")).toBe("1,073 − 1,160 = ▲87（百万円）");
  });

  it("has nothing to compute for a printed figure", () => {
    expect(formula(printed(sicorp, sicorp.current!), "ja")).toBeNull();
  });
});

describe("schemeLines(briefing, fact, lang)", () => {
  it("traces SATREPS's support per project to its schemes.csv line and the document's section", () => {
    const fact = briefing.schemes.find((s) => s.programme === "satreps" && s.attribute === "supportPerProject")!;
    const lines = schemeLines(briefing, fact, "ja");
    expect(lines[1]).toBe("印刷: 35百万円程度／年・課題");
    expect(lines[2]).toMatch(/^データ: data\/schemes.csv \d+行目$/);
    expect(lines[3]).toBe(`文書の箇所: ${fact.source}`);
  });
});
