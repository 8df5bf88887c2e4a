// A bar chart's geometry, decided once for both renderers: the rounded domain with room for the bar texts,
// and whether each text sits inside its bar. Widths are measured with the deck's fonts (src/lib/measure.ts).
import {measure} from "../../src/lib/measure.js";
import type {BarSpec, ChartSpec} from "../outline.js";

/** Width in px of text at `size` px in the deck's font, measured (src/lib/measure.ts). */
export const textPx = (text: string, size: number, bold = false) => measure(text, {size, bold});
/** Width in px of a bar's figure: bold at the bar text size, as both renderers draw it. */
const barTextPx = (text: string) => textPx(text, BAR_TEXT_PX, true);

/** The plot width both renderers give a chart's bars (the slide body less the label column), in px. */
export const PLOT_PX = 700;
/** The type size of bar labels, in px. */
export const BAR_TEXT_PX = 18;
/**
 * The least share of the plot the data (zero to the longest bars) spans: the bars, not the room for texts, are
 * the message. niceDomain takes the narrowest domain that holds the texts, so most charts keep far more; 0.4
 * leaves 420 px of room, enough for a change with its percentage (about 190 px) beside short bars on both sides
 * (wider texts there lower it by steps: niceDomain).
 */
export const MIN_DATA_SHARE = 0.4;
/** The gap both renderers leave between a bar's end and its text (dx 8), counted on both sides of the text. */
const TEXT_PAD_PX = 16;

/** Room in px a bar's text takes: its measured width and the renderers' gaps. */
export const barTextNeed = (text: string) => barTextPx(text) + TEXT_PAD_PX;

/** Whether a bar's text fits inside the bar's end on `domain` (bars of either sign; the renderers put it there, in white). */
export function fitsInside(r: {value: number; text: string}, domain: [number, number]): boolean {
  const span = domain[1] - domain[0] || 1;
  return r.value !== 0 && (Math.abs(r.value) / span) * PLOT_PX > barTextNeed(r.text);
}

/** Whether a bar's text, inside its bar or else beyond its end, lies within `domain`'s plot. */
function placeable(r: {value: number; text: string}, domain: [number, number]): boolean {
  if (fitsInside(r, domain)) return true;
  const px = PLOT_PX / (domain[1] - domain[0] || 1);
  const room = r.value < 0 ? r.value - domain[0] : domain[1] - r.value;
  return room * px >= barTextNeed(r.text);
}

/** A domain around [lo, hi] rounded out to a 1-2-2.5-5 step of about `ticks` intervals. */
function round(lo: number, hi: number, ticks = 5): {domain: [number, number]; step: number} {
  const raw = (hi - lo || 1) / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  return {domain: [Math.floor(lo / step) * step, Math.ceil(hi / step) * step] as [number, number], step};
}

/**
 * A domain from 0 (or the smallest negative) to the largest value, rounded out to a 1-2-5 step with about 5
 * ticks, with room for each bar's text inside its bar or beyond its end. Both renderers draw this domain.
 * The room is bounded: the data keep at least MIN_DATA_SHARE of the plot, so long texts on both sides cannot
 * shrink the bars to slivers; the texts use the room on whichever side has it (a long bar's text goes inside).
 */
export function niceDomain(rows: {value: number; text: string}[]): {domain: [number, number]; step: number} {
  const dataLo = Math.min(0, ...rows.map((r) => r.value));
  const dataHi = Math.max(0, ...rows.map((r) => r.value));
  const fits = (d: [number, number]) => rows.every((r) => placeable(r, d));
  const base = round(dataLo, dataHi);
  if (fits(base.domain)) return base;
  // Candidate domains: the data widened by a share of the spare room on each side, rounded; the narrowest that
  // holds every text (the longest bars). The data keep MIN_DATA_SHARE of the plot where any domain allows it;
  // texts too wide for that (wider than the room on both sides of the short bars together) lower the share by
  // steps, never to a sliver.
  for (const share of [MIN_DATA_SHARE, 0.3, 0.2, 0.1]) {
    const found = narrowest(dataLo, dataHi, share, fits);
    if (found) return found;
  }
  // Texts wider than the plot: widen as before, so that no text is cut.
  return widened(rows, base);
}

/** The narrowest rounded domain around the data that keeps `share` of the plot and `fits`; ties go to the first tried. */
function narrowest(dataLo: number, dataHi: number, share: number, fits: (d: [number, number]) => boolean) {
  const data = dataHi - dataLo || 1;
  const spare = data / share - data;
  const STEPS = 20;
  for (let total = 1; total <= STEPS; total++) {
    let best: {domain: [number, number]; step: number} | undefined;
    for (let left = 0; left <= total; left++) {
      const extra = (spare * total) / STEPS;
      const lo = dataLo - (extra * left) / total;
      const hi = dataHi + (extra * (total - left)) / total;
      for (const ticks of [5, 4, 6]) {
        const nice = round(lo, hi, ticks);
        const [a, b] = nice.domain;
        if (data / (b - a) < share - 1e-9 || !fits(nice.domain)) continue;
        if (!best || b - a < best.domain[1] - best.domain[0] - 1e-9) best = nice;
      }
    }
    if (best) return best;
  }
  return undefined;
}

/** The domain widened until every text beyond its bar's end lies within it (the last resort of niceDomain). */
function widened(rows: {value: number; text: string}[], start: {domain: [number, number]; step: number}) {
  let nice = start;
  for (let pass = 0; pass < 12; pass++) {
    const span = nice.domain[1] - nice.domain[0] || 1;
    let [lo, hi] = nice.domain;
    for (const r of rows) {
      if (fitsInside(r, nice.domain)) continue;
      const need = (barTextNeed(r.text) * span) / PLOT_PX;
      if (r.value < 0) lo = Math.min(lo, r.value - need);
      else hi = Math.max(hi, r.value + need);
    }
    const next = round(lo, hi);
    if (next.domain[0] >= nice.domain[0] && next.domain[1] <= nice.domain[1]) break;
    nice = round(Math.min(lo, nice.domain[0]), Math.max(hi, nice.domain[1]));
  }
  return nice;
}

/** A chart spec from its bars: the domain, and each text inside its bar's end (white) when it fits there. */
export function chart(id: string, alt: string, axis: string, rows: Omit<BarSpec, "inside">[]): ChartSpec {
  const {domain, step} = niceDomain(rows);
  const placed = rows.map((r) => ({...r, inside: fitsInside(r, domain)}));
  return {id, alt, axis, rows: placed, domain, step};
}
