// One remainder, two places: the part of the section total the document does not itemise is drawn in the chart's
// unit on the composition's last bar (約1,200百万円 beside bars in 百万円) and stated, in every title, table of
// statements and note, in the unit of the total it is derived from (約12億円 of a total printed in 億円), so no
// statement mixes units (issue 17). Read on fixture `two` (a total printed in 億円, programmes in
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

  it.each(LANGS)("in one deck: the chart's bar in its bars' unit, every statement in the total's (%s)", (lang) => {
    // The chart draws programmes in 百万円 and its last bar with them; a title, a table of statements or a note
    // states a figure derived from a total printed in 億円 in 億円 (約12億円（合計52億円の約23%）).
    const bar = remainderStatement(it0, lang, "million").rest;
    const stated = remainderStatement(it0, lang, "large").rest;
    expect(bar).not.toBe(stated);
    const others = MODES.map((unit) => remainderText(it0, lang, unit)).filter((t) => t !== bar && t !== stated);
    const slides = deckOutline(b, lang).slides;
    const composition = slides.find((s) => s.id === "composition")!;
    expect(composition.chart!.rows.at(-1)!.text).toContain(bar);
    expect(composition.title).toContain(stated);
    expect(JSON.stringify(slides.find((s) => s.id === "risks")!.tables)).toContain(stated);
    const notes = JSON.stringify(slides.map((s) => s.notes));
    expect(notes).toContain(stated);
    expect(notes).not.toContain(bar);
    const everything = JSON.stringify(slides);
    for (const other of others) expect(everything, `${other} beside ${stated}`).not.toContain(other);
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
    const {rest} = remainderStatement(it0, lang, "large");
    const cell = risks.tables.flatMap((t) => t.rows.map((r) => r.cells[1])).find((c) => c.includes(rest))!;
    expect(cell).toBeDefined();
    expect(units(cell).size, cell).toBe(1);
  });
});
