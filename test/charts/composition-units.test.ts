// The composition's caption gives its three amounts by the one unit rule (format.ts figureUnit): as printed, the
// total as printed (52億円, never 約5,200百万円), the itemised sum as its terms were printed (4,028百万円) and the
// remainder as its bar gives it (約1,200百万円); in the unit the reader chose otherwise, one unit (English amounts
// under ¥1 billion in millions). Drawn from the fixture edition `two`, edited where a case needs it.
import {describe, expect, it} from "vitest";
import {CHARTS} from "../../src/components/specs.js";
import {compositionRows, compositionTableRows, currentItemisation} from "../../src/components/composition.js";
import type {Briefing} from "../../src/lib/briefing.js";
import {remainderText} from "../../src/lib/remainder.js";
import {deckOutline} from "../../slides/outline.js";
import {statementUnit} from "../../slides/kinds/context.js";
import type {Lang, UnitMode} from "../../src/lib/format.js";
import {briefingFromInput} from "../../src/lib/files.js";
import {editRow, fixtureInput, fixtureText} from "../support/fixtures.js";

/** The units a sentence names: 百万円 / 億円, ¥ … million / ¥ … billion. */
const units = (text: string, lang: Lang): Set<string> =>
  new Set((lang === "ja" ? text.match(/百万円|億円/g) : text.match(/\b(million|billion)\b/g)) ?? []);

/** Fixture `two` with beta's current amount moved by `delta` 百万円 (its budget line moved with it). */
function withBeta(delta: number) {
  if (delta === 0) return briefingFromInput(fixtureInput("two"));
  const amount = (n: number) => `"${n.toLocaleString("en-US")}"`;
  let budget = editRow(fixtureText("two", "budget.csv"), "beta,2031,draft,", (r) => r.replace('"1,500"', amount(1500 + delta)));
  budget = editRow(budget, "grp,2031,draft,", (r) => r.replace('"2,500"', amount(2500 + delta)));
  return briefingFromInput({...fixtureInput("two"), "budget.csv": budget});
}

/** Fixture `two` with the section total printed in 百万円, so every figure of the sentence is known to 百万円. */
function totalInMillions() {
  const budget = editRow(fixtureText("two", "budget.csv"), "sec,2031,draft,", (r) => r.replace("52,億円", '"5,234",百万円'));
  return briefingFromInput({...fixtureInput("two"), "budget.csv": budget});
}

const LANGS: Lang[] = ["ja", "en"];
const MODES: UnitMode[] = ["printed", "million", "large"];

describe("composition caption: each figure in its unit", () => {
  const editions = {"as is": withBeta(0), "itemised sum not a whole 億円": withBeta(28), "total in 百万円": totalInMillions()};
  for (const [name, b] of Object.entries(editions))
    it.each(LANGS.flatMap((lang) => MODES.map((unit) => [lang, unit] as const)))(`${name}: %s, %s`, (lang, unit) => {
      const summary = CHARTS.composition.summary(b, {lang, unit});
      // The remainder it states is the remainder's bar label, word for word; no English amount reads ¥0.x billion.
      const bars = compositionRows(b, {lang, unit});
      expect(summary).toContain(bars.at(-1)!.barText);
      expect(summary).not.toMatch(/¥0\.\d+ billion/);
      // A unit the reader chose holds the Japanese caption to it.
      if (unit !== "printed" && lang === "ja") expect(units(summary, lang).size).toBe(1);
    });

  it("a total printed in 億円, as printed: the total as printed, the sum exact, the remainder as its bar with 約", () => {
    const summary = CHARTS.composition.summary(withBeta(28), {lang: "ja"});
    // 1,200 + 1,528 + 1,000 + 300 = 4,028百万円, exact; the total as printed, 52億円 (never 約5,200百万円); the
    // remainder 52億円 − 4,028百万円 is known to 億円 only: 約1,200百万円, as its bar under bars in 百万円.
    expect(summary).toContain("計4,028百万円");
    expect(summary).toContain("合計52億円");
    expect(summary).toContain("約1,200百万円");
    expect(summary).not.toContain("約5,200百万円");
  });

  it("in 億円 chosen by the reader, the caption and the bars are all in 億円", () => {
    const summary = CHARTS.composition.summary(withBeta(28), {lang: "ja", unit: "large"});
    expect(summary).toContain("計約40.3億円");
    expect(summary).toContain("合計52億円");
    expect(summary).not.toContain("百万円");
  });

  it("a total known to 百万円 keeps every amount in 百万円, as printed", () => {
    const summary = CHARTS.composition.summary(totalInMillions(), {lang: "ja"});
    expect(summary).toContain("合計5,234百万円");
    expect(summary).toContain("計4,000百万円");
    expect(summary).not.toContain("億円");
  });

  it("the remainder in 百万円 is rounded to the unit it is known to, as its bar is", () => {
    const b = withBeta(28);
    const summary = CHARTS.composition.summary(b, {lang: "ja", unit: "million"});
    const rest = compositionRows(b, {lang: "ja", unit: "million"}).at(-1)!;
    expect(summary).toContain("約1,200百万円");
    expect(summary).toContain(rest.text);
    expect(rest.barText).toBe("約1,200百万円");
  });
});

// The composition table has one amount column, so one unit: the chart's, for the programmes, the remainder and
// the total alike (issue 17: 約33億円 and 141億円 in a column of 百万円).
describe("compositionTableRows(b, {lang, unit}): one unit in the amount column", () => {
  const editions = {"as is": withBeta(0), "itemised sum not a whole 億円": withBeta(28), "total in 百万円": totalInMillions()};
  for (const [name, b] of Object.entries(editions))
    it.each(LANGS.flatMap((lang) => MODES.map((unit) => [lang, unit] as const)))(`${name}: %s, %s`, (lang, unit) => {
      const rows = compositionTableRows(b, {lang, unit});
      expect(rows.map((r) => r.id)).toContain("total");
      const texts = rows.map((r) => r.text).join(" | ");
      // One unit in Japanese; in English one scale word, amounts under ¥1 billion in millions (never ¥0.3 billion).
      if (lang === "ja") expect(units(texts, lang).size, texts).toBe(1);
      expect(texts).not.toMatch(/¥0\.\d+ billion/);
    });
});

// One remainder, however it is reached: the report's caption and the deck's title and key points state it alike.
describe("the unitemised remainder, in the report and in the deck", () => {
  const decked = (b: Briefing, lang: Lang) => deckOutline(b, lang).slides;
  // The deck states it as its bar does (remainderText's one unit: 約1,200百万円), on the risks slide and on the
  // composition's last bar; the report's caption says the same words.
  it.each(LANGS)("reads the same in the caption and on the risks slide (%s)", (lang) => {
    for (const b of [withBeta(0), withBeta(28), totalInMillions()]) {
      const it = currentItemisation(b)!;
      const rest = remainderText(it, lang);
      expect(CHARTS.composition.summary(b, {lang, unit: statementUnit(it.total)})).toContain(rest);
      const risks = decked(b, lang).find((s) => s.id === "risks")!;
      const said = [...risks.figures.map((f) => f.value), ...risks.tables.flatMap((t) => t.rows.flatMap((r) => r.cells))];
      expect(
        said.some((t) => t.startsWith(rest)),
        said.join(" | ")
      ).toBe(true);
    }
  });

  it.each(LANGS)("reads the same on the report's bar and table and on the deck's bar (%s)", (lang) => {
    for (const b of [withBeta(0), withBeta(28), totalInMillions()]) {
      const row = compositionRows(b, {lang}).at(-1)!;
      expect(compositionTableRows(b, {lang}).find((r) => r.remainder)!.text).toBe(row.barText);
      const slides = decked(b, lang);
      expect(slides.find((s) => s.id === "composition")!.chart!.rows.at(-1)!.text).toContain(row.barText);
    }
  });

  it("is exact when every figure is printed in 百万円, and said with 約 once when the total is printed in 億円", () => {
    expect(remainderText(currentItemisation(totalInMillions())!, "ja")).toBe("1,234百万円");
    expect(CHARTS.composition.summary(totalInMillions(), {lang: "ja"})).not.toContain("約");
    expect(compositionRows(withBeta(0), {lang: "ja", unit: "large"}).at(-1)!.barText).toBe("約12億円");
    expect(remainderText(currentItemisation(withBeta(0))!, "en", "million")).toBe("about ¥1,200 million");
  });
});
