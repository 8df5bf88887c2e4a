// One remainder, one form: the part of the section total the document does not itemise reads as the composition's
// last bar gives it (約1,200百万円 beside bars in 百万円), in every table, note and report sentence, and the total it is
// part of as printed (合計52億円, never 約5,200百万円): one figure, one unit, everywhere (format.ts figureUnit). Read on
// fixture `two` (a total printed in 億円, programmes in 百万円), the deck's every title, figure, table, chart label
// and speaker note, and the report's sentences.
import {describe, expect, it} from "vitest";
import {CHARTS} from "../../src/components/specs.js";
import {compositionRows, currentItemisation} from "../../src/components/composition.js";
import type {Lang, UnitMode} from "../../src/lib/format.js";
import {remainderStatement, remainderText} from "../../src/lib/remainder.js";
import {itemisationText} from "../../src/lib/text.js";
import {untraced} from "../../src/lib/trace.js";
import {deckOutline} from "../../slides/outline.js";
import {fixtureBriefing} from "../support/fixtures.js";

const LANGS: Lang[] = ["ja", "en"];
const MODES: UnitMode[] = ["printed", "million", "large"];

describe("the unitemised remainder prints identically wherever it appears", () => {
  const b = fixtureBriefing("two");
  const it0 = currentItemisation(b)!;

  it.each(LANGS)("in one deck: the chart's bar and every statement alike (%s)", (lang) => {
    const bar = remainderStatement(it0, lang).rest;
    const others = MODES.map((unit) => remainderText(it0, lang, unit)).filter((t) => t !== bar);
    expect(others.length).toBeGreaterThan(0);
    const slides = deckOutline(b, lang).slides;
    const composition = slides.find((s) => s.id === "composition")!;
    expect(composition.chart!.rows.at(-1)!.text).toContain(bar);
    expect(JSON.stringify(slides.find((s) => s.id === "risks")!.tables)).toContain(bar);
    expect(JSON.stringify(slides.map((s) => s.notes))).toContain(bar);
    const everything = JSON.stringify(slides);
    for (const other of others) expect(everything, `${other} beside ${bar}`).not.toContain(other);
  });

  it.each(LANGS.flatMap((lang) => MODES.map((unit) => [lang, unit] as const)))(
    "in the report (%s, %s): the chart's bar, its caption and the itemisation sentence",
    (lang, unit) => {
      const shown = remainderStatement(it0, lang, unit).rest;
      expect(compositionRows(b, {lang, unit}).at(-1)!.barText).toBe(shown);
      expect(compositionRows(b, {lang, unit}).at(-1)!.text).toBe(shown);
      expect(CHARTS.composition.summary(b, {lang, unit})).toContain(shown);
      expect(untraced(itemisationText(b, {lang, unit})!)).toContain(shown);
    }
  );

  it.each(LANGS)("the composition slide's axis names the total as printed (%s)", (lang) => {
    const chart = deckOutline(b, lang).slides.find((s) => s.id === "composition")!.chart!;
    expect(chart.axis).toContain(remainderStatement(it0, lang).total);
    expect(remainderStatement(it0, lang).total).toBe(lang === "ja" ? "52億円" : "¥5.2 billion");
  });

  it.each(LANGS)("a statement of the remainder gives the total as printed (%s)", (lang) => {
    const risks = deckOutline(b, lang).slides.find((s) => s.id === "risks")!;
    const {rest, total} = remainderStatement(it0, lang);
    const cell = risks.tables.flatMap((t) => t.rows.map((r) => r.cells[1])).find((c) => c.includes(rest))!;
    expect(cell).toBeDefined();
    expect(cell).toContain(total);
  });
});
