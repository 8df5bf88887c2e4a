// The unit tier of the layout checker: for a few hundred generated editions (test/layout/gen.ts), every element
// of every slide of both decks, measured with the fonts the decks use (src/lib/measure.ts), lies inside its slide;
// titles fit their one line and are never cut. The full tier renders a handful end to end in Chromium.
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
import {describeEdition, editionArb, editionInput} from "./gen.js";

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
    const span = s.chart.domain[1] - s.chart.domain[0];
    for (const r of drawn.rows) {
      if (widest([r.label], {size: px}) + 18 > marginLeft + 0.5)
        out.push(`${where}: bar label "${r.label}" wider than its ${marginLeft} px column`);
      const end = ((Math.max(0, r.value) - s.chart.domain[0]) / span) * PLOT_PX;
      if (!r.inside && r.value >= 0 && end + 8 + textPx(r.text, BAR_TEXT_PX, true) > PLOT_PX + 0.5)
        out.push(`${where}: "${r.text}" runs past the chart's right edge`);
    }
    if (size.width > BODY_WIDTH) out.push(`${where}: chart wider than the body`);
  }
  return out;
}

describe("generated editions: every outline element inside its slide", () => {
  it("holds for a few hundred editions in both languages", () => {
    fc.assert(
      fc.property(editionArb, (g) => {
        const b = briefingFromInput(editionInput(g));
        const found = (["ja", "en"] as const).flatMap((lang) =>
          deckOutline(b, lang).slides.flatMap((s) => findings(s).map((f) => `${lang} ${f}`))
        );
        expect(found, describeEdition(g)).toEqual([]);
      }),
      {numRuns: Number(process.env.LAYOUT_RUNS ?? 200), seed: Number(process.env.LAYOUT_SEED ?? 16)}
    );
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
