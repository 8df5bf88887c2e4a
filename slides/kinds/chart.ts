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
 * A domain from 0 (or the smallest negative) to the largest value, with room for the labels printed beside
 * bars, rounded out to a 1-2-5 step with about 5 ticks. Both renderers draw this domain.
 */
export function niceDomain(rows: {value: number; text: string}[]): {domain: [number, number]; step: number} {
  const round = (lo: number, hi: number) => {
    const raw = (hi - lo || 1) / 5;
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
    return {domain: [Math.floor(lo / step) * step, Math.ceil(hi / step) * step] as [number, number], step};
  };
  let nice = round(Math.min(0, ...rows.map((r) => r.value)), Math.max(0, ...rows.map((r) => r.value)));
  // A label beside a bar takes its measured width in data units (PLOT_PX is the narrowest plot either deck
  // draws); as the room made widens the span, and so every label's share, repeat until the rounded domain
  // holds them all.
  for (let pass = 0; pass < 12; pass++) {
    const span = nice.domain[1] - nice.domain[0] || 1;
    let [lo, hi] = [Math.min(0, ...rows.map((r) => r.value)), Math.max(0, ...rows.map((r) => r.value))];
    for (const r of rows) {
      const need = barTextPx(r.text) + 16;
      // A text that fits inside its bar's end (chart() puts it there) needs no room beyond it.
      if (r.value > 0 && (r.value / span) * PLOT_PX > need) continue;
      if (r.value < 0) lo = Math.min(lo, r.value - (need * span) / PLOT_PX);
      else hi = Math.max(hi, r.value + (need * span) / PLOT_PX);
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
  const span = domain[1] - domain[0] || 1;
  const placed = rows.map((r) => ({...r, inside: r.value > 0 && (r.value / span) * PLOT_PX > barTextPx(r.text) + 16}));
  return {id, alt, axis, rows: placed, domain, step};
}
