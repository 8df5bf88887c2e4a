// The small-screen layout of the horizontal bar charts whose labels sit beside the bars (strands, frameworks): at
// phone widths a side margin for the labels leaves the bars no room and cuts the labels, so each bar gets its
// name (and any text the wide chart draws beside it) on whole lines above it, its segments' names inside only
// where they fit, and a line below listing what the segments are. The same Plot options serve the page, the
// SVG snapshot and any picture of the chart, so nothing but the width decides the layout.
import * as Plot from "@observablehq/plot";
import {textWidth, wrapLabel} from "../lib/labels.js";
import {tokens} from "../lib/tokens.js";

/** Below this width (CSS px) the bar charts put their labels above the bars. */
export const NARROW_WIDTH = 560;

/** Pixels per text column (labels.ts counts a CJK character as two) at the chart's 13 px and the segments' 11 px. */
const COLUMN = {13: 7, 11: 6, 12: 6.5} as const;
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

/** A round axis end (at most five steps of 1, 2 or 5 × 10ⁿ), so the segment widths are known here. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max / 5));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => max / s <= 5)!;
  return Math.ceil(max / step) * step;
}

/** Items joined into lines of at most `columns`, never breaking an item unless it is longer than a line. */
function joinLines(items: string[], sep: string, columns: number): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const last = lines.length ? lines[lines.length - 1] + sep + item : "";
    if (last && textWidth(last) <= columns) lines[lines.length - 1] = last;
    else lines.push(...wrapLabel(item, columns).split("\n"));
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
  const columns = (size: keyof typeof COLUMN) => Math.floor((base.width - 12) / COLUMN[size]);
  const wrap = (text: string | undefined) => (text ? wrapLabel(text, columns(13)).split("\n") : []);
  const laid = bands.map((b) => ({
    ...b,
    headLines: wrap(b.head),
    subLines: wrap(b.sub),
    footLines: joinLines(b.foot ?? [], b.footSeparator ?? " · ", columns(12))
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
      return {...seg, fits: !!s.label && textWidth(s.label) * COLUMN[11] + 8 <= px(s.value)};
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
    x: {label: xLabel, labelAnchor: "center", labelOffset: 36, domain: [0, max], ticks: 3},
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

/** Below this many px between a chart's margins, its row names go above the marks. */
export const NARROW_PLOT = 200;

/** Whether a chart `width` px wide with these margins leaves its marks too little room. */
export function isNarrow(width: number, marginLeft: number, marginRight: number): boolean {
  return width - marginLeft - marginRight < NARROW_PLOT;
}

/**
 * Each row's name on one line at the left edge, its foot `gap` px above the row's centre (`label` is the y value;
 * a name wrapped for the wide layout is joined again, as the whole width is free above the row).
 */
export function rowNames<T extends {label: string}>(rows: T[], {gap}: {gap: number}) {
  return Plot.text(rows, {
    y: "label",
    text: (r: T) => r.label.replace(/\n/g, " "),
    frameAnchor: "left",
    textAnchor: "start",
    lineAnchor: "bottom",
    dy: -gap,
    fill: tokens.color.text
  });
}
