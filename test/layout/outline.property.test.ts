// The unit tier of the layout checker: for a few hundred generated editions (test/layout/gen.ts), every element
// of every slide of both decks, measured with the fonts the decks use (src/lib/measure.ts), lies inside its slide;
// titles fit their one line and are never cut. The full tier renders a handful end to end in Chromium.
// Measuring is the cost (some 50 ms an edition), so the runs are chosen: the editions the full tier renders (the
// extremes the kit promises), a few crowded ones (25–30 programmes, names of 80–120 characters, 4–5 stages: where a
// slide overflows first) and a sample of all the others, each from a fixed seed so a failure can be reproduced.
// LAYOUT_RUNS=1000 LAYOUT_SEED=7 runs more, or others.
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {briefingFromInput} from "../../src/lib/files.js";
import {emWidth, TITLE_MAX_EM} from "../../src/lib/story.js";
import {chartSize, programmeBoxes} from "../../slides/deck.js";
import {
  BODY_HEIGHT,
  BODY_WIDTH,
  footnotesHeight,
  subtitleHeight,
  tableDensity,
  tableRoom,
  tableWidth,
  tilesFit,
  tilesHeight,
  wrappedChart
} from "../../slides/layout.js";
import {widest} from "../../src/lib/measure.js";
import {BAR_TEXT_PX, deckOutline, PLOT_PX, textPx, type SlideSpec} from "../../slides/outline.js";
import {chartGeometry} from "../../slides/svg.js";
import {RENDERED} from "./editions.js";
import {describeEdition, editionArb, editionArbOf, editionInput, type GenEdition} from "./gen.js";

/** What is wrong with a slide's measured layout, as readable findings (empty when it fits). */
function findings(s: SlideSpec): string[] {
  const out: string[] = [];
  const where = `${s.id} "${s.title}"`;
  if (emWidth(s.title) > TITLE_MAX_EM) out.push(`${where}: title ${emWidth(s.title).toFixed(1)} em > ${TITLE_MAX_EM} em`);
  if (s.title.includes("…")) out.push(`${where}: title cut with …`);
  if (!tilesFit(s.figures)) out.push(`${where}: a figure tile is wider than the slide`);
  if (s.layout === "table" || s.layout === "two-tables") {
    const room = tableRoom(s);
    const each = s.layout === "two-tables" ? room.height : room.height / s.tables.length;
    s.tables.forEach((t, i) => {
      const d = tableDensity(t, room.width, each);
      if (!d) out.push(`${where}: table ${i + 1} (${t.rows.length} rows) taller than its ${Math.round(each)} px`);
      else if (tableWidth(t, room.width, d) > room.width + 0.5)
        out.push(`${where}: table ${i + 1} wider than its ${Math.round(room.width)} px`);
    });
  }
  if (s.layout === "chart" || s.layout === "title") {
    const used = subtitleHeight(s) + tilesHeight(s.figures) + footnotesHeight(s.footnotes);
    if (used > BODY_HEIGHT) out.push(`${where}: tiles and notes take ${Math.round(used)} px of ${BODY_HEIGHT}`);
  }
  if (s.layout === "programme") {
    const {room, used, smallest} = programmeBoxes(s);
    if (used(smallest) > room)
      out.push(`${where}: tiles, description and facts take ${Math.round(used(smallest))} px of ${Math.round(room)}`);
  }
  if (s.chart) {
    const size = chartSize(s);
    // Labels as the SVG draws them: on the lines they measure in the label column (slides/layout.ts wrappedChart).
    const drawn = wrappedChart(s.chart, size);
    const {size: px, marginLeft} = chartGeometry(drawn, size);
    const [lo, hi] = s.chart.domain;
    const at = (v: number) => ((v - lo) / (hi - lo)) * PLOT_PX;
    for (const r of drawn.rows) {
      if (widest([r.label], {size: px}) + 18 > marginLeft + 0.5)
        out.push(`${where}: bar label "${r.label}" wider than its ${marginLeft} px column`);
      // The text's span where the chart places it (slides/kinds/chart.ts labelAt), measured here in the deck's font.
      const [end, zero, w] = [at(r.value), at(0), textPx(r.text, BAR_TEXT_PX, true) + 16];
      const run = (from: number, toLeft: boolean): [number, number] => (toLeft ? [from - w, from] : [from, from + w]);
      const neg = r.value < 0;
      const [x0, x1] =
        r.labelAt === "inside"
          ? run(end, !neg)
          : r.labelAt === "across"
            ? run(zero, !neg)
            : r.labelAt === "above"
              ? run(Math.max(0, Math.min(PLOT_PX - w, neg ? zero - w : zero)), false)
              : run(end, neg);
      if (x0 < -0.5) out.push(`${where}: "${r.text}" (${r.labelAt}) runs past the chart's left edge`);
      if (x1 > PLOT_PX + 0.5) out.push(`${where}: "${r.text}" (${r.labelAt}) runs past the chart's right edge`);
      if (r.labelAt === "inside" && w > Math.abs(end - zero) + 0.5) out.push(`${where}: "${r.text}" wider than its bar`);
    }
    if (size.width > BODY_WIDTH) out.push(`${where}: chart wider than the body`);
  }
  return out;
}

/** Every finding of both decks of the generated edition `g`. */
const deckFindings = (g: GenEdition) => {
  const b = briefingFromInput(editionInput(g));
  return (["ja", "en"] as const).flatMap((lang) => deckOutline(b, lang).slides.flatMap((s) => findings(s).map((f) => `${lang} ${f}`)));
};

const RUNS = Number(process.env.LAYOUT_RUNS ?? 40);
const SEED = Number(process.env.LAYOUT_SEED ?? 16);
const crowded = editionArbOf({programmes: {min: 25, max: 30}, names: {min: 80, max: 120}, stages: {min: 4, max: 5}});

describe("generated editions: every outline element inside its slide", () => {
  it("holds for the extremes, crowded editions and a sample of all others, in both languages", () => {
    for (const {name, edition} of RENDERED) expect(deckFindings(edition), `${name}: ${describeEdition(edition)}`).toEqual([]);
    const fits = (g: GenEdition) => {
      expect(deckFindings(g), describeEdition(g)).toEqual([]);
    };
    fc.assert(fc.property(crowded, fits), {numRuns: Math.max(1, Math.ceil(RUNS / 5)), seed: SEED, endOnFailure: true});
    fc.assert(fc.property(editionArb, fits), {numRuns: RUNS, seed: SEED, endOnFailure: true});
  }, 120_000);

  it("finds a title that does not fit, a table too tall and a label too wide (the checker can fail)", () => {
    const base: SlideSpec = {
      id: "x",
      part: "main",
      layout: "table",
      title: "あ".repeat(40),
      figures: [],
      tables: [],
      facts: [],
      footnotes: [],
      notes: {points: [], questions: []},
      sources: []
    };
    expect(findings(base)).toHaveLength(1);
    const tall = {
      ...base,
      title: "t",
      tables: [{columns: [{label: "a", align: "left" as const}], rows: Array.from({length: 80}, () => ({cells: ["row"]}))}]
    };
    expect(findings(tall).join()).toMatch(/taller than/);
    expect(findings({...base, title: "短い題…"}).join()).toMatch(/cut with/);
  });
});
