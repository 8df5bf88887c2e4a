// One remainder, one text: the part of the section total the document does not itemise is stated in one unit
// wherever it appears (remainderUnit, the composition's), so a deck never says 約1,200百万円 on the composition
// slide and 約12億円 on the risks slide (issue 17). Read on fixture `two` (a total printed in 億円, programmes in
// 百万円), the deck's every title, figure, table, chart label and speaker note, and the report's sentences.
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

  it.each(LANGS)("in one deck: composition, key points, risks, summary table and notes (%s)", (lang) => {
    const shown = remainderText(it0, lang);
    // Every other way the same remainder could be written: in 億円, in 百万円, as printed.
    const others = MODES.map((unit) => remainderText(it0, lang, unit)).filter((t) => t !== shown);
    expect(others.length, "fixture two's remainder reads differently in 億円 and 百万円").toBeGreaterThan(0);
    const slides = deckOutline(b, lang).slides;
    const said = (id: string) => JSON.stringify(slides.find((s) => s.id === id));
    for (const id of ["composition", "risks"]) expect(said(id), id).toContain(shown);
    // The composition's notes and the risks slide's question name it too, in the same words.
    const notes = JSON.stringify(slides.map((s) => s.notes));
    expect(notes).toContain(shown);
    const everything = JSON.stringify(slides);
    for (const other of others) expect(everything, `${other} beside ${shown}`).not.toContain(other);
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

  it.each(LANGS)("the composition slide's axis names the total in its bars' unit (%s)", (lang) => {
    const units = (t: string) => new Set(t.match(lang === "ja" ? /百万円|億円/g : /million|billion/g));
    const chart = deckOutline(b, lang).slides.find((s) => s.id === "composition")!.chart!;
    expect(chart.axis).toContain(remainderStatement(it0, lang).total);
    expect(units(chart.axis).size, chart.axis).toBe(1);
  });

  it.each(LANGS)("a statement of the remainder gives its total in the same unit (%s)", (lang) => {
    const units = (t: string) => new Set(t.match(lang === "ja" ? /百万円|億円/g : /million|billion/g));
    const risks = deckOutline(b, lang).slides.find((s) => s.id === "risks")!;
    const {rest} = remainderStatement(it0, lang);
    const cell = risks.tables.flatMap((t) => t.rows.map((r) => r.cells[1])).find((c) => c.startsWith(rest))!;
    expect(cell).toBeDefined();
    expect(units(cell).size, cell).toBe(1);
  });
});
