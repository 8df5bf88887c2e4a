// A bar chart's geometry, decided once for both renderers: the rounded domain with room for the bar texts, and
// where each text sits (inside its bar, beyond its end, across zero or above the bar). Widths are measured with
// the fonts both renderers set the texts in (src/lib/measure.ts), the wider of the two.
import {measure} from "../../src/lib/measure.js";
import type {BarSpec, ChartSpec} from "../outline.js";

/** Where a bar's text sits (BarSpec.labelAt): see LABEL_PLACES. */
export type LabelAt = "inside" | "outside" | "across" | "above";
/** A bar's place for its text, from a spec that may predate labelAt (`inside`, else beyond the end). */
export const labelAtOf = (r: Pick<BarSpec, "inside" | "labelAt">): LabelAt => r.labelAt ?? (r.inside ? "inside" : "outside");

/** Width in px of text at `size` px in the deck's font, measured (src/lib/measure.ts). */
export const textPx = (text: string, size: number, bold = false) => measure(text, {size, bold});
/**
 * How much wider than measured the editable PPTX's Japanese deck may come out where its font (Yu Gothic) is
 * missing: LibreOffice then sets Latin in DejaVu Sans (bold digits 0.70 em against 0.56) and adds a quarter em
 * between Japanese and Latin (slides/pptx.ts sizes its unwrapped lines by the same headroom).
 */
export const OFFICE_STAND_IN_STRETCH = 1.25;
/** A text in the Japanese deck's words: any character from the CJK blocks on (kana, kanji, full-width brackets, 円). */
const JAPANESE = /[\u3000-\uffff]/;
/**
 * Width in px of a bar's figure, bold at the bar text size, as the wider of the two renderers draws it: the SVG in
 * the deck's font, the editable PPTX in the office font at the same size: Arial (metric-compatible Liberation
 * Sans where it is missing) for an English text; Yu Gothic for a Japanese one, with a stand-in's headroom.
 */
const barTextPx = (text: string) =>
  Math.max(
    textPx(text, BAR_TEXT_PX, true),
    JAPANESE.test(text)
      ? measure(text, {size: BAR_TEXT_PX, bold: true, face: "office-ja"}) * OFFICE_STAND_IN_STRETCH
      : measure(text, {size: BAR_TEXT_PX, bold: true, face: "office-en"})
  );

/** The plot width both renderers give a chart's bars (the slide body less the label column), in px. */
export const PLOT_PX = 700;
/** The type size of bar labels, in px. */
export const BAR_TEXT_PX = 18;
/**
 * The least share of the plot the data (zero to the longest bars) spans: the bars, not the room for texts, are
 * the message. niceDomain takes the narrowest domain that holds the texts, so most charts keep far more; 0.4
 * leaves 420 px of room, enough for a change with its percentage (about 190 px) beside short bars on both sides.
 * Wider texts beside short bars go across zero or above their bars (labelPlace); the share is never lowered.
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

/**
 * Where a bar's text goes, in order of preference: inside the bar's end (white), just beyond its end, on the
 * other side of zero in the bar's own band ("across": the band there is empty, as the bar runs the other way),
 * or above the bar at its start (the bar is drawn thinner under it, so the text prints over no bar).
 */
export const LABEL_PLACES = ["inside", "outside", "across", "above"] as const satisfies readonly LabelAt[];

/**
 * The span along the plot, in px from its left edge, that a bar's text takes at `at` on `domain`, the renderers'
 * gaps included (barTextNeed). Both renderers draw the text in this span; an "above" text starts at zero and is
 * moved back inside the plot when it would run past either edge.
 */
export function labelSpan(r: {value: number; text: string}, at: LabelAt, domain: [number, number]): [number, number] {
  const px = (v: number) => ((v - domain[0]) / (domain[1] - domain[0] || 1)) * PLOT_PX;
  const w = barTextNeed(r.text);
  const [end, zero, neg] = [px(r.value), px(0), r.value < 0];
  if (at === "inside") return neg ? [end, end + w] : [end - w, end];
  if (at === "outside") return neg ? [end - w, end] : [end, end + w];
  if (at === "across") return neg ? [zero, zero + w] : [zero - w, zero];
  const x0 = Math.max(0, Math.min(PLOT_PX - w, neg ? zero - w : zero));
  return [x0, x0 + w];
}

/** Whether a bar's text at `at` lies within `domain`'s plot (and, inside, within its bar). */
function placedAt(r: {value: number; text: string}, at: LabelAt, domain: [number, number]): boolean {
  if (at === "inside") return fitsInside(r, domain);
  const [x0, x1] = labelSpan(r, at, domain);
  return x0 >= -1e-9 && x1 <= PLOT_PX + 1e-9;
}

/**
 * The first place in LABEL_PLACES where a bar's text fits whole on `domain`, measured. A text wider than the
 * whole plot fits nowhere: it goes above its bar, from the plot's left edge (the outline's tests keep the texts
 * a deck makes far narrower than the plot).
 */
export function labelPlace(r: {value: number; text: string}, domain: [number, number]): LabelAt {
  return LABEL_PLACES.find((at) => placedAt(r, at, domain)) ?? "above";
}

/** Whether a bar's text lies within `domain`'s plot beside its bar: inside, beyond its end or across zero. */
const besideBar = (r: {value: number; text: string}, domain: [number, number]) =>
  (["inside", "outside", "across"] as const).some((at) => placedAt(r, at, domain));

/** A domain around [lo, hi] rounded out to a 1-2-2.5-5 step of about `ticks` intervals. */
function round(lo: number, hi: number, ticks = 5): {domain: [number, number]; step: number} {
  const raw = (hi - lo || ticks) / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const domain: [number, number] = [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
  // Bars of nothing but zeros still get an axis (a domain of no width would put every text at NaN).
  if (domain[1] === domain[0]) domain[1] = domain[0] + step * ticks;
  return {domain, step};
}

/**
 * A domain from 0 (or the smallest negative) to the largest value, rounded out to a 1-2-5 step with about 5
 * ticks, with room for each bar's text beside its bar (inside it, beyond its end or across zero) where a domain
 * that keeps MIN_DATA_SHARE of the plot for the data allows it. Both renderers draw this domain. A text that
 * cannot sit beside its bar on any such domain goes above the bar (labelPlace): the domain does not grow for
 * it, so long texts beside short bars cannot shrink the bars to slivers or push texts off the plot.
 */
export function niceDomain(rows: {value: number; text: string}[]): {domain: [number, number]; step: number} {
  const dataLo = Math.min(0, ...rows.map((r) => r.value));
  const dataHi = Math.max(0, ...rows.map((r) => r.value));
  const fits = (d: [number, number]) => rows.every((r) => besideBar(r, d));
  const base = round(dataLo, dataHi);
  if (fits(base.domain)) return base;
  // The narrowest domain around the data, widened on either side, that keeps MIN_DATA_SHARE and holds every text
  // beside its bar; else the data's own rounded domain, the texts that do not fit beside their bars above them.
  return narrowest(dataLo, dataHi, MIN_DATA_SHARE, fits) ?? base;
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

/** A chart spec from its bars: the domain, and where each bar's text sits on it (labelPlace, measured). */
export function chart(
  id: string,
  alt: string,
  axis: string,
  rows: Omit<BarSpec, "inside" | "labelAt">[],
  {minus, legend}: {minus?: string; legend?: ChartSpec["legend"]} = {}
): ChartSpec {
  const {domain, step} = niceDomain(rows);
  const placed = rows.map((r) => {
    const labelAt = labelPlace(r, domain);
    return {...r, labelAt, inside: labelAt === "inside"};
  });
  return {id, alt, axis, rows: placed, domain, step, ...(minus ? {minus} : {}), ...(legend ? {legend} : {})};
}

/** The sign of a negative tick, as the deck's language prints a decrease (▲ / −): never the hyphen-minus "-100". */
export const TRUE_MINUS = "\u2212";

/** A value axis tick as both decks print it: 1,000; a negative one with the chart's minus (▲100, −100). */
export function tickLabel(v: number, minus: string = TRUE_MINUS): string {
  const digits = new Intl.NumberFormat("en-US").format(Math.abs(v));
  return v < 0 ? `${minus}${digits}` : digits;
}

/** The editable PPTX's number format for the value axis: the same ticks as tickLabel (a quoted sign for negatives). */
export const tickFormatCode = (minus: string = TRUE_MINUS) => `#,##0;"${minus}"#,##0`;
