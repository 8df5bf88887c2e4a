// The main flow stays a briefing (at most 8 slides) on an edition of many programmes: a main chart too long for
// one slide (continueCharts split it) shows, in the main flow, the bars that fit one slide, the largest chosen
// and kept in the chart's order, with a line saying how many more the appendix's whole chart shows; the whole
// chart, continued as it must be, follows the appendix's first slide (the summary table).
import type {DeckWords} from "../src/locale/deck.js";
import {BODY_HEIGHT, chartFits, chartSize, footnotesHeight, MIN_CHART_PX, subtitleHeight, tilesHeight} from "./layout.js";
import type {SlideSpec} from "./outline.js";

/** Ids of a slide's continuation slides (layout.ts continueCharts): `x-cont1`, `x-cont2`, `x-notes`. */
const partOf = (id: string, s: SlideSpec) => s.id.startsWith(`${id}-cont`) || s.id === `${id}-notes`;

/** The id of the appendix's divider slide (slides/outline.ts appendixDivider). */
export const APPENDIX_DIVIDER = "appendix";

export function mainFlowCharts(slides: SlideSpec[], w: DeckWords): SlideSpec[] {
  const main: SlideSpec[] = [];
  const moved: SlideSpec[] = [];
  const rest: SlideSpec[] = [];
  for (let i = 0; i < slides.length; i++) {
    const s = slides[i];
    if (s.part !== "main") {
      rest.push(s);
      continue;
    }
    const parts = [s];
    while (i + 1 < slides.length && partOf(s.id, slides[i + 1])) parts.push(slides[++i]);
    const bars = parts.flatMap((p) => p.chart?.rows ?? []);
    if (parts.length === 1 || !s.chart || bars.length < 2) {
      main.push(...parts);
      continue;
    }
    // The most bars whose largest (by size) fit one slide with the line naming the rest, in the chart's order.
    const bySize = bars.map((r, k) => ({r, k})).sort((x, y) => Math.abs(y.r.value) - Math.abs(x.r.value) || x.k - y.k);
    const pick = (n: number): SlideSpec => {
      const kept = new Set(bySize.slice(0, n).map((x) => x.k));
      // The chart's notes too, unless they would leave it less than its least height (then they are on the
      // appendix's whole chart, as continueCharts gave them a slide of their own).
      const all = [...parts.flatMap((p) => p.footnotes), w.moreInAppendix(bars.length - n)];
      const room = BODY_HEIGHT - subtitleHeight(s) - tilesHeight(s.figures) - footnotesHeight(all) - 12;
      const footnotes = room >= MIN_CHART_PX ? all : all.slice(-1);
      return {...s, footnotes, chart: {...s.chart!, rows: bars.filter((_, k) => kept.has(k))}};
    };
    let n = bars.length - 1;
    while (n > 1 && !chartFits(pick(n).chart!.rows, chartSize(pick(n)).height)) n--;
    main.push(pick(n));
    // The whole chart in the appendix, each part under new ids (the main slide keeps the kind's own).
    moved.push(
      ...parts.map((p) => ({
        ...p,
        part: "appendix" as const,
        id: p.id.replace(s.id, `${s.id}-all`),
        chart: p.chart && {...p.chart, id: p.chart.id.replace(s.chart!.id, `${s.chart!.id}-all`)}
      }))
    );
  }
  // After the appendix's first slide of content (the summary table, which opens it after its divider, whose
  // contents table slides/outline.ts fills last), before the rest of the appendix.
  const first = rest.findIndex((s) => s.id !== APPENDIX_DIVIDER);
  const at = first < 0 ? rest.length : first + 1;
  return [...main, ...rest.slice(0, at), ...moved, ...rest.slice(at)];
}
