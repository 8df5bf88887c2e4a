// The main flow stays a briefing on any edition (issue 17: at most 8 main slides, the appendix after): on
// generated editions of up to 30 programmes, a main chart too long for one slide shows its largest bars with a
// line naming the rest, and the whole chart opens the appendix.
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {briefingFromInput} from "../../src/lib/files.js";
import {deckOutline} from "../../slides/outline.js";
import {chartFits, chartSize} from "../../slides/layout.js";
import {describeEdition, editionArbOf, editionInput, type GenEdition} from "../layout/gen.js";

const many = editionArbOf({programmes: {min: 20, max: 30}, names: {min: 2, max: 120}, stages: {min: 2, max: 5}});

/** How many main charts the runs saw shortened (the property must meet some). */
let shortened = 0;

function check(g: GenEdition) {
  const b = briefingFromInput(editionInput(g));
  for (const lang of ["ja", "en"] as const) {
    const slides = deckOutline(b, lang).slides;
    const main = slides.filter((s) => s.part === "main");
    expect(main.length, describeEdition(g)).toBeLessThanOrEqual(8);
    expect(slides.slice(0, main.length).every((s) => s.part === "main")).toBe(true);
    for (const s of main.filter((x) => x.chart)) {
      // One slide's worth of bars, fitting it.
      expect(chartFits(s.chart!.rows, chartSize(s).height)).toBe(true);
      const whole = slides.filter((x) => x.id === `${s.id}-all` || x.id.startsWith(`${s.id}-all-cont`));
      if (!whole.length) continue;
      shortened++;
      // The bars left out are the smaller ones, all in the appendix's whole chart, which the footnote counts.
      const all = whole.flatMap((x) => x.chart!.rows);
      const shown = new Set(s.chart!.rows.map((r) => r.label));
      const left = all.filter((r) => !shown.has(r.label));
      expect(left.length).toBeGreaterThan(0);
      expect(Math.max(...left.map((r) => Math.abs(r.value)))).toBeLessThanOrEqual(Math.min(...s.chart!.rows.map((r) => Math.abs(r.value))));
      expect(s.footnotes.at(-1)).toContain(String(left.length));
      expect(whole.every((x) => x.part === "appendix")).toBe(true);
    }
    // The whole charts follow the summary table (and its continuations), never the appendix's 参考 divider that
    // opens it; the notes and sources close the deck.
    const first = slides.findIndex((x) => /-all(-cont\d+|-notes)?$/.test(x.id));
    if (first >= 0) {
      expect(slides[first - 1].id, describeEdition(g)).toMatch(/^summary/);
      expect(slides.findIndex((x) => x.id === "appendix")).toBe(main.length);
      expect(slides[main.length + 1].id).toBe("summary");
    }
    expect(slides.at(-1)!.id).toMatch(/^sources/);
    // The divider's contents name every slide after it once, in order: each row's slides start where the last
    // row's ended, and the last row ends on the deck's last slide.
    const divider = slides.findIndex((x) => x.id === "appendix");
    const pages = slides[divider].tables[0].rows.map((r) => r.cells[1].split(/[～–]/).map(Number));
    expect(pages[0][0], describeEdition(g)).toBe(divider + 2);
    for (let k = 1; k < pages.length; k++) expect(pages[k][0]).toBe(pages[k - 1].at(-1)! + 1);
    expect(pages.at(-1)!.at(-1)).toBe(slides.length);
  }
}

describe("the main flow of an edition of many programmes", () => {
  it("has at most 8 slides, a main chart showing its largest bars and the whole chart in the appendix", () => {
    fc.assert(fc.property(many, check), {numRuns: 12, seed: 17, endOnFailure: true});
    expect(shortened).toBeGreaterThan(0);
  }, 120_000);
});
