// Where an amount comes from: the budget.csv row, the stage, the printed form, the document's section and page,
// and for a derived amount the computation. On the fixture edition `two` (invented names and figures); every
// expected value is worked out by hand from test/fixtures/editions/two/budget.csv (Beta: line 9 is FY2031 draft
// 1,500百万円, line 10 FY2030 enacted 1,600百万円; the section 52億円 against 50億円).
import {describe, expect, it} from "vitest";
import {entity, itemisationText, messageText} from "../../src/lib/text.js";
import {fixtureBriefing} from "../support/fixtures.js";
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

const briefing = fixtureBriefing("two");
const beta = entity(briefing, "beta");

describe("provenanceLines(briefing, provenance, lang)", () => {
  it("names the file and line, stage, printed form and section of Beta's FY2031 draft amount", () => {
    const lines = provenanceLines(briefing, printed(beta, beta.current!), "ja");
    expect(lines).toEqual([
      "ベータ・令和13年度予算額（案）",
      "印刷: 1,500百万円",
      "データ: data/budget.csv 9行目",
      `文書の箇所: ${beta.current!.source}`
    ]);
  });

  it("names the page only when editions.csv records one", () => {
    const paged = {...briefing, figures: {...briefing.figures, edition: {...briefing.figures.edition, pages: "p. 12"}}};
    expect(provenanceLines(paged, printed(beta, beta.current!), "en")).toContain("Page: p. 12");
  });

  it("says how Beta's change is computed, then where both figures come from", () => {
    const lines = provenanceLines(briefing, changeOf(beta)!, "en");
    expect(lines[0]).toBe("Computed: 1,500 − 1,600 = −100 (¥ million)");
    expect(lines).toContain("Data: data/budget.csv line 9");
    expect(lines).toContain("Data: data/budget.csv line 10");
  });

  it("reads the line from the dataset, so the line named holds the amount", () => {
    const line = briefing.budget.find((l) => l.entity === "beta" && l.stage === "draft")!;
    expect(beta.current!.line).toBe(line.line);
  });
});

describe("formula(provenance, lang)", () => {
  it("writes the section's change in the printed unit, 億円: 52 − 50 = +2", () => {
    expect(formula(changeOf(entity(briefing, "sec"))!, "ja")).toBe("52 − 50 = +2（億円）");
  });

  it("writes a change of ▲100 with the Japanese minus sign", () => {
    expect(formula(changeOf(beta)!, "ja")).toBe("1,500 − 1,600 = ▲100（百万円）");
  });

  it("has nothing to compute for a printed figure", () => {
    expect(formula(printed(beta, beta.current!), "ja")).toBeNull();
  });
});

describe("schemeLines(briefing, fact, lang)", () => {
  it("traces Alpha's support per project to its schemes.csv line and the document's section", () => {
    const fact = briefing.schemes.find((s) => s.programme === "alpha" && s.attribute === "supportPerProject")!;
    const lines = schemeLines(briefing, fact, "ja");
    expect(lines[1]).toBe("印刷: 最大50百万円／年・課題");
    expect(lines[2]).toMatch(/^データ: data\/schemes.csv \d+行目$/);
    expect(lines[3]).toBe(`文書の箇所: ${fact.source}`);
  });
});

describe("ratioOf(numerator, denominator, shown, kind): percentages and shares", () => {
  const section = entity(briefing, "sec");

  it("writes Beta's percentage change from the traced amounts, ending on the figure as shown", () => {
    const lines = provenanceLines(briefing, ratioOf(changeOf(beta), printed(beta, beta.comparison!), "▲6.3%", "change")!, "ja");
    expect(lines[0]).toBe("計算: (1,500 − 1,600) ÷ 1,600 = ▲6.3%（金額は百万円）");
    expect(lines).toContain("データ: data/budget.csv 9行目");
    expect(lines).toContain("データ: data/budget.csv 10行目");
    // Both figures are printed to the million yen: nothing to say about precision.
    expect(lines.some((l) => l.startsWith("精度"))).toBe(false);
  });

  it("writes a share of the section total as printed, 52億円, never as 5,200百万円 exact, and gives the range rounding allows", () => {
    const lines = provenanceLines(briefing, ratioOf(printed(beta, beta.current!), printed(section, section.current!), "28.8%")!, "ja");
    expect(lines[0]).toBe("計算: 1,500百万円 ÷ 52億円 = 28.8%");
    // Each printed figure is a range: 1,499.5 ÷ 5,250 = 28.56% and 1,500.5 ÷ 5,150 = 29.14%.
    expect(lines[1]).toBe(
      "精度: 52億円は億円単位の印刷（5,150～5,250百万円の幅）。そのため値は28.57%～29.13%の間で、表示はこの幅に合わせた1ポイント単位の概数（約）。"
    );
  });

  it("keeps 約 and the computed range of the itemised share in the overview's sentence", () => {
    const trace: Provenance[] = [];
    const text = itemisationText(briefing, {lang: "en", trace})!;
    const share = trace.find((p) => p.op === "ratio")!;
    // 4,000 itemised (1,200 + 1,500 + 1,000 + 300) ÷ 52億円: 4,000 ÷ 5,250 = 76.2% to 4,000 ÷ 5,150 = 77.7%.
    expect(text).toContain(`\uE001about 77%\uE002`);
    const lines = provenanceLines(briefing, share, "en");
    expect(lines[0]).toMatch(/^Computed: 4,000 ¥ million ÷ 52億円 = about 77%$/);
    expect(lines[1]).toContain("between 76.19% and 77.67%");
  });

  it("traces the section's percentage change in the key message to both totals in 億円, whose rounding allows 1.98% to 6.06%", () => {
    const trace: Provenance[] = [];
    messageText(
      briefing,
      briefing.figures.messages.find((m) => m.kind === "total")!,
      {lang: "ja", trace}
    );
    const pct = trace.find((p) => p.op === "ratio")!;
    expect(provenanceLines(briefing, pct, "ja").slice(0, 2)).toEqual([
      // (5,150 − 5,050) ÷ 5,050 = 1.98% to (5,250 − 4,950) ÷ 4,950 = 6.06%.
      "計算: (52 − 50) ÷ 50 = +1%～+7%（金額は億円）",
      "精度: 52億円・50億円は億円単位の印刷（5,150～5,250、4,950～5,050百万円の幅）。そのため値は2.0%～6.1%の間で、表示は概数。"
    ]);
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
    const note = briefing.notes.find((n) => n.id === "n-beta")!;
    const line = (note as typeof note & {line: number}).line;
    expect(noteLines(briefing, "n-beta", "en")).toEqual([`Data: data/notes.csv line ${line} (n-beta)`, `In the document: ${note.source}`]);
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
    expect(provenanceLines(briefing, trace[0], "ja")[0]).toMatch(/^計算: 4,000百万円 ÷ 52億円 = 約77%$/);
    expect(provenanceLines(briefing, trace[1], "ja")[0]).toMatch(/^計算: 1,200百万円 ÷ 52億円 = 21%～25%$/);
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
    expect(!!precision).toBe(shown.startsWith("about") || shown.includes(" to "));
    const step = showPercent(pct);
    if (precision && step.kind === "value") expect(precision).toContain(`rounded to the ${step.step} point`);
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
    expect(shown).toBe("約13%");
    const lines = provenanceLines(noBriefing, p, "ja");
    expect(lines[1]).toContain("13.27%～13.37%");
    // 13.27 and 13.37 do not round to one tenth, so the page shows whole points.
    expect(lines[1]).toContain("1ポイント単位の概数（約）");
    expect(lines[1]).not.toContain("0.1ポイント");
  });
});
