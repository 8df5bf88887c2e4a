// The small-screen layout of the horizontal bar charts whose labels sit beside the bars (strands, frameworks): at
// phone widths a side margin for the labels leaves the bars no room and cuts the labels, so each bar gets its
// name (and any text the wide chart draws beside it) on whole lines above it, its segments' names inside only
// where they fit, and a line below listing what the segments are. The same Plot options serve the page, the
// SVG snapshot and any picture of the chart, so nothing but the width decides the layout.
import * as Plot from "@observablehq/plot";
import {measure, PHONE_PX, type Type} from "../lib/measure.js";
import {wrapPhrases} from "./phrases.js";
import {tokens} from "../lib/tokens.js";

/** Below this width (CSS px, a phone: the report's one breakpoint) the bar charts put their labels above the bars. */
export const NARROW_WIDTH = PHONE_PX;

/** The type of the names (bold), the lines under them, the lists below the bars and the segments' labels. */
const HEAD: Type = {size: 13, bold: true};
const SUB: Type = {size: 13};
const FOOT: Type = {size: 12};
const SEGMENT: Type = {size: 11};
/** Row names set above their rows (rowNames). */
const NAME: Type = {size: 13};
const LINE = 16;
const BAR = 26;

export interface NarrowBand {
  key: string;
  /** The bar's name, drawn bold above it. */
  head: string;
  /** Text drawn under the name (what the wide chart writes beside the bar). */
  sub?: string;
  /** The bar's segments left to right; a label is drawn inside its segment only when it fits whole. */
  segments: {value: number; fill: string; title: string; label?: string}[];
  /** Items listed under the bar (e.g. each segment's name and amount), wrapped between items. */
  foot?: string[];
  /** What joins the items: ・ or · . */
  footSeparator?: string;
}

/** Lines of `text` no wider than `width` (measured), Japanese broken between phrases (phrases.ts). */
export const wrapWithin = (text: string, width: number, type: Type): string[] => wrapPhrases(text, width, type);

/** A tick's number as short as it is exact (0, not 0.000, whose half would reach past the chart's left edge). */
export const tickNumber = (v: number) => new Intl.NumberFormat("en-US", {maximumFractionDigits: 6}).format(v);

/** A round axis end (at most five steps of 1, 2 or 5 × 10ⁿ), so the segment widths are known here. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max / 5));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => max / s <= 5)!;
  return Math.ceil(max / step) * step;
}

/** Items joined into lines of at most `width` px (measured), never breaking an item unless it is longer than a line. */
function joinLines(items: string[], sep: string, width: number): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const last = lines.length ? lines[lines.length - 1] + sep + item : "";
    if (last && measure(last, FOOT) <= width) lines[lines.length - 1] = last;
    else lines.push(...wrapWithin(item, width, FOOT));
  }
  return lines;
}

/**
 * Plot options for bars with their labels above: `base` is the chart's common options (width, font, document).
 * Lines are wrapped to the width, so no label runs past either edge.
 */
export function labelsAboveBars(
  base: Plot.PlotOptions & {width: number},
  bands: NarrowBand[],
  {xLabel}: {xLabel: string}
): Plot.PlotOptions {
  const marginLeft = 8;
  const marginRight = 24;
  const inner = base.width - marginLeft - marginRight;
  // Lines run from the left margin to the chart's right edge, less a little for subpixel rounding.
  const lineWidth = base.width - marginLeft - 4;
  const wrap = (text: string | undefined, type: Type) => (text ? wrapWithin(text, lineWidth, type) : []);
  const laid = bands.map((b) => ({
    ...b,
    headLines: wrap(b.head, HEAD),
    subLines: wrap(b.sub, SUB),
    footLines: joinLines(b.foot ?? [], b.footSeparator ?? " · ", lineWidth)
  }));
  const headH = Math.max(...laid.map((b) => (b.headLines.length + b.subLines.length) * LINE)) + 6;
  const footH = Math.max(...laid.map((b) => b.footLines.length * LINE));
  const step = headH + BAR + (footH ? footH + 4 : 0) + 16;
  const top = 4;
  const max = niceMax(Math.max(...bands.map((b) => b.segments.reduce((s, x) => s + x.value, 0))));
  const px = (value: number) => (value / max) * inner;
  const segments = laid.flatMap((b) => {
    let x1 = 0;
    return b.segments.map((s) => {
      const seg = {...s, key: b.key, x1, x2: (x1 += s.value)};
      return {...seg, fits: !!s.label && measure(s.label, SEGMENT) + 8 <= px(s.value)};
    });
  });
  // Text is anchored to the top of each band (the band's centre less half a step).
  const at = (offset: number) => -step / 2 + offset;
  return {
    ...base,
    height: top + bands.length * step + 44,
    marginTop: top,
    marginLeft,
    marginRight,
    marginBottom: 44,
    // No grid: its lines would cross the labels above the bars.
    x: {label: xLabel, labelAnchor: "center", labelOffset: 36, domain: [0, max], ticks: 3, tickFormat: tickNumber},
    y: {axis: null, domain: bands.map((b) => b.key), range: [top, top + bands.length * step], padding: 0},
    marks: [
      Plot.barX(segments, {
        x1: "x1",
        x2: "x2",
        y: "key",
        fill: "fill",
        stroke: "white",
        insetTop: headH,
        insetBottom: step - headH - BAR,
        title: "title"
      }),
      Plot.text(
        segments.filter((s) => s.fits),
        {x: (s) => (s.x1 + s.x2) / 2, y: "key", text: "label", fill: "white", fontSize: 11, dy: at(headH + BAR / 2)}
      ),
      // Name and members sit just above their bar, however many lines the longest name of the chart takes.
      ...laid.flatMap((b) => [
        Plot.text([b], {
          y: "key",
          text: (d) => d.headLines.join("\n"),
          frameAnchor: "left",
          textAnchor: "start",
          lineAnchor: "bottom",
          lineHeight: LINE / 13,
          fontWeight: 700,
          dy: at(headH - 6 - b.subLines.length * LINE)
        }),
        Plot.text([b], {
          y: "key",
          text: (d) => d.subLines.join("\n"),
          frameAnchor: "left",
          textAnchor: "start",
          lineAnchor: "bottom",
          lineHeight: LINE / 13,
          dy: at(headH - 6)
        })
      ]),
      Plot.text(laid, {
        y: "key",
        text: (b) => b.footLines.join("\n"),
        frameAnchor: "left",
        textAnchor: "start",
        lineAnchor: "top",
        lineHeight: LINE / 12,
        fontSize: 12,
        dy: at(headH + BAR + 4)
      })
    ]
  };
}

// Row charts (composition, programme dots, history): when the row names beside the marks would leave the marks
// too little room, a chart puts each name above its row instead and lets the marks span the width.

/**
 * Whether a chart `width` px wide should put its row names above the marks: on a phone (PHONE_PX), or when the
 * names' and figures' measured margins would leave the marks less than a third of the chart.
 */
export function isNarrow(width: number, marginLeft: number, marginRight: number): boolean {
  return width < PHONE_PX || width - marginLeft - marginRight < width / 3;
}

/** The line height of row names set above their rows, in px (13 px type). */
export const NAME_LINE = 16;

/**
 * Each row's name (or `text`, e.g. the name with the figure the wide chart writes beside the marks) above its
 * row, wrapped to `width` px (measured; a name wrapped for the wide layout is joined again first, as the whole
 * width is free above the row): the foot of its last line `gap` px above the row's
 * centre (`label` is the y value). `lines` is the most lines a name takes, for the chart to make room: each row
 * needs `lines * NAME_LINE + gap` px above its centre, the first row included (see `namesAbove`).
 */
export function rowNames<T extends {label: string}>(
  rows: T[],
  {gap, width, text = (r) => r.label.replace(/\n/g, " ")}: {gap: number; width: number; text?: (r: T) => string}
) {
  const wrapped = new Map(rows.map((r) => [r.label, wrapWithin(text(r), width, NAME)]));
  const lines = Math.max(1, ...[...wrapped.values()].map((l) => l.length));
  const mark = Plot.text(rows, {
    y: "label",
    text: (r: T) => wrapped.get(r.label)!.join("\n"),
    frameAnchor: "left",
    textAnchor: "start",
    lineAnchor: "bottom",
    lineHeight: NAME_LINE / 13,
    dy: -gap,
    fill: tokens.color.text
  });
  return {mark, lines, above: lines * NAME_LINE + gap};
}

/**
 * The vertical layout of rows with their names above: each row `above` px of names plus `below` px for its marks,
 * and a top margin so the first row's names (with the glyphs' ascent) stay inside the chart. `band` is the padding
 * of a band scale (bars); without it the rows are a point scale (Plot's default padding 0.5).
 */
export function namesAbove(count: number, {above, below, band}: {above: number; below: number; band?: number}) {
  const step = above + below;
  // d3's band scale: step = range / (n + padding), first centre (1 + padding) / 2 steps down; a point scale:
  // step = range / n, first centre half a step down.
  const [extra, first] = band === undefined ? [0, 0.5] : [band, (1 + band) / 2];
  const marginTop = Math.max(4, Math.ceil(above + 6 - first * step));
  return {step, marginTop, rowsHeight: (count + extra) * step};
}

/**
 * Insets for bars in rows with their names above (namesAbove with `band`): a band's bar would reach into the names'
 * lines, which end `gap` px above the row's centre; the bar keeps 3 px clear of them and of the next row's `below`.
 */
export function barInsets(step: number, band: number, {gap, below}: {gap: number; below: number}) {
  const half = (step * (1 - band)) / 2;
  return {insetTop: Math.max(0, Math.ceil(half - (gap - 3))), insetBottom: Math.max(0, Math.ceil(half - (below - 3)))};
}
