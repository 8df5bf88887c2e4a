// Where an amount comes from: the budget.csv row, the stage, the printed form, the document's section and page,
// and for a derived amount the computation.
import {describe, expect, it} from "vitest";
import {loadBriefing} from "../../src/lib/files.js";
import {entity, itemisationText, messageText} from "../../src/lib/text.js";
import {quantity, type Unit} from "../../src/lib/amount.js";
import type {EntityFigures, Figure} from "../../src/lib/derive.js";
import {formatPct, formatShareOf, showPercent} from "../../src/lib/format.js";
import {
  changeOf,
  formula,
  noteLines,
  printed,
  provenanceLines,
  ratioOf,
  ratioPercentOf,
  schemeLines,
  type Provenance
} from "../../src/lib/trace.js";

const briefing = loadBriefing();
const sicorp = entity(briefing, "sicorp");

describe("provenanceLines(briefing, provenance, lang)", () => {
  it("names the file and line, stage, printed form and section of SICORP's FY2023 draft amount", () => {
    const lines = provenanceLines(briefing, printed(sicorp, sicorp.current!), "ja");
    expect(lines).toEqual([
      "SICORP・令和5年度予算額（案）",
      "印刷: 1,073百万円",
      "データ: data/budget.csv 7行目",
      `文書の箇所: ${sicorp.current!.source}`
    ]);
  });

  it("names the page only when editions.csv records one", () => {
    const paged = {...briefing, figures: {...briefing.figures, edition: {...briefing.figures.edition, pages: "p. 12"}}};
    expect(provenanceLines(paged, printed(sicorp, sicorp.current!), "en")).toContain("Page: p. 12");
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

describe("ratioOf(numerator, denominator, shown, kind): percentages and shares", () => {
  const section = entity(briefing, "section7");

  it("writes SICORP's percentage change from the traced amounts, ending on the figure as shown", () => {
    const lines = provenanceLines(briefing, ratioOf(changeOf(sicorp), printed(sicorp, sicorp.comparison!), "▲7.5%", "change")!, "ja");
    expect(lines[0]).toBe("計算: (1,073 − 1,160) ÷ 1,160 = ▲7.5%（金額は百万円）");
    expect(lines).toContain("データ: data/budget.csv 7行目");
    expect(lines).toContain("データ: data/budget.csv 8行目");
    // Both figures are printed to the million yen: nothing to say about precision.
    expect(lines.some((l) => l.startsWith("精度"))).toBe(false);
  });

  it("writes a share of the section total as printed, 141億円, never as 14,100百万円 exact, and gives the range rounding allows", () => {
    const lines = provenanceLines(briefing, ratioOf(printed(sicorp, sicorp.current!), printed(section, section.current!), "7.6%")!, "ja");
    expect(lines[0]).toBe("計算: 1,073百万円 ÷ 141億円 = 7.6%");
    // 1,073 ÷ 14,150 = 7.58% and 1,073 ÷ 14,050 = 7.64%: within 7.6 ± 0.1, so shown to 0.1 point, with 約.
    expect(lines[1]).toBe(
      "精度: 141億円は億円単位の印刷（14,050〜14,150百万円の幅）。そのため値は7.58%〜7.64%の間で、表示はこの幅に合わせた0.1ポイント単位の概数（約）。"
    );
  });

  it("keeps 約 and the computed range of the itemised share in the overview's sentence", () => {
    const trace: Provenance[] = [];
    const text = itemisationText(briefing, {lang: "en", trace})!;
    const share = trace.find((p) => p.op === "ratio")!;
    expect(text).toContain(`\uE001about 76%\uE002`);
    const lines = provenanceLines(briefing, share, "en");
    expect(lines[0]).toMatch(/^Computed: [\d,]+ ¥ million ÷ 141億円 = about 76%$/);
    expect(lines[1]).toContain("between 76.0% and 76.6%");
  });

  it("traces the section's percentage change in the key message to both totals in 億円, whose rounding allows 1.44% to 2.91%", () => {
    const trace: Provenance[] = [];
    messageText(
      briefing,
      briefing.figures.messages.find((m) => m.kind === "total")!,
      {lang: "ja", trace}
    );
    const pct = trace.find((p) => p.op === "ratio")!;
    expect(provenanceLines(briefing, pct, "ja")[0]).toMatch(/^計算: \(141 − 138\) ÷ 138 = .*（金額は億円）$/);
    expect(provenanceLines(briefing, pct, "ja")[1]).toBe(
      "精度: 141億円・138億円は億円単位の印刷（14,050〜14,150、13,750〜13,850百万円の幅）。そのため値は1.4%〜2.9%の間で、表示はこの幅に合わせた1ポイント単位の概数（約）。"
    );
  });

  it("traces every percentage and ratio in the key messages", () => {
    for (const lang of ["ja", "en"] as const)
      for (const m of briefing.figures.messages) {
        const trace: Provenance[] = [];
        const text = messageText(briefing, m, {lang, trace});
        // Strip traced spans: what is left holds no percentage or ratio.
        const untraced = text.replace(/\uE000\d+\uE001[^\uE002]*\uE002/g, "");
        expect(untraced).not.toMatch(/\d%|倍|times/);
      }
  });
});

describe("noteLines(briefing, id, lang)", () => {
  it("traces a ※ note to its notes.csv line and id and the document's place", () => {
    const note = briefing.notes.find((n) => n.id === "n-medical")!;
    const line = (note as typeof note & {line: number}).line;
    expect(noteLines(briefing, "n-medical", "en")).toEqual([
      `Data: data/notes.csv line ${line} (n-medical)`,
      `In the document: ${note.source}`
    ]);
    expect(line).toBeGreaterThan(1);
  });
});

describe("the composition chart's caption", () => {
  it("marks both shares with their computation, and reads the same words unmarked as the chart's text alternative", async () => {
    const {CHARTS} = await import("../../src/components/specs.js");
    const {untraced} = await import("../../src/lib/trace.js");
    const trace: Provenance[] = [];
    const marked = CHARTS.composition.summary(briefing, {lang: "ja", trace});
    expect(untraced(marked)).toBe(CHARTS.composition.summary(briefing, {lang: "ja"}));
    expect(trace.map((p) => p.op)).toEqual(["ratio", "ratio"]);
    expect(provenanceLines(briefing, trace[0], "ja")[0]).toMatch(/^計算: [\d,]+百万円 ÷ 141億円 = 約76%$/);
    expect(provenanceLines(briefing, trace[1], "ja")[0]).toMatch(/^計算: [\d,]+百万円 ÷ 141億円 = 約24%$/);
  });
});

describe("ratioPercentOf(provenance): the popup computes what the page prints", () => {
  // A small fixture edition: figures written here, not read from the document.
  let line = 1;
  const fig = (amount: number, unit: Unit, fiscalYear: number): Figure =>
    ({
      fiscalYear,
      stage: "draft",
      amount,
      unit,
      value: quantity(amount, unit),
      flags: [],
      notes: [],
      source: "fixture",
      line: ++line
    }) as Figure;
  const entityOf = (id: string, current: Figure, comparison: Figure) =>
    ({
      id,
      current,
      comparison,
      change: {
        millionYen: current.value.millionYen - comparison.value.millionYen,
        step: Math.max(current.value.step, comparison.value.step)
      }
    }) as unknown as EntityFigures;
  // The popup's words only need the briefing for stage names; the figures are the fixture's.
  const noBriefing = briefing;

  it.each<[number, number, Unit]>([
    [141, 138, "億円"],
    [39, 25, "億円"],
    [1_073, 1_160, "百万円"],
    [52, 50, "億円"]
  ])("a change %s vs %s %s: the range in the popup is the one formatPct rounds", (current, comparison, unit) => {
    const e = entityOf("x", fig(current, unit, 2), fig(comparison, unit, 1));
    const shown = formatPct(e, "en");
    const p = ratioOf(changeOf(e), printed(e, e.comparison!), shown, "change")!;
    const pct = ratioPercentOf(p)!;
    expect(pct.lo).toBeLessThanOrEqual(pct.value + 1e-9);
    expect(pct.hi).toBeGreaterThanOrEqual(pct.value - 1e-9);
    // The popup speaks of rounding (and names the step) exactly when the page says "about".
    const precision = provenanceLines(noBriefing, p, "en").find((l) => l.startsWith("Precision"));
    expect(!!precision).toBe(shown.startsWith("about"));
    const step = showPercent(pct);
    if (precision && step.kind === "value")
      expect(precision).toContain(`rounded to the ${step.step === 10 ? "10 points" : `${step.step} point`}`);
  });

  it("a share of a total printed in 億円: the popup's range is the one formatShareOf rounds, and both say approximate", () => {
    const whole = fig(141, "億円", 2);
    const part = fig(1_878, "百万円", 2);
    const shown = formatShareOf(part.value, whole.value, "ja");
    const p = ratioOf(printed({id: "part"}, part), printed({id: "whole"}, whole), shown)!;
    const pct = ratioPercentOf(p)!;
    // 1,878 ÷ 14,150 … 1,878 ÷ 14,050.
    expect(pct.lo).toBeCloseTo((100 * 1_878) / 14_150, 10);
    expect(pct.hi).toBeCloseTo((100 * 1_878) / 14_050, 10);
    expect(shown).toBe("約13.3%");
    const lines = provenanceLines(noBriefing, p, "ja");
    expect(lines[1]).toContain("13.27%〜13.37%");
    expect(lines[1]).toContain("0.1ポイント単位の概数（約）");
  });
});
