// The slide change chart's domain (slides/kinds/chart.ts): the bars keep at least MIN_DATA_SHARE of the plot
// however long the texts beside them, and every bar's text, inside its bar or beyond its end, lies within the
// plot and clear of the other texts. Boxes are measured with the deck's one measure (src/lib/measure.ts).
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {BAR_TEXT_PX, chart, PLOT_PX, textPx} from "../../slides/kinds/chart.js";
import type {ChartSpec} from "../../slides/outline.js";

type Row = {label: string; value: number; text: string};

/** The least share of the plot the bars' data must span (the chart's promise, MIN_DATA_SHARE in chart.ts). */
const MIN_DATA_SHARE = 0.4;
/** A bar text's room in px: its measured width, bold at the bar text size, and the renderers' 8 px gaps. */
const barTextNeed = (text: string) => textPx(text, BAR_TEXT_PX, true) + 16;
type Box = {x0: number; x1: number; y0: number; y1: number};

/** Each bar's text box in plot px: x along the plot, y in the bar's band (one band a row), as the renderers place it. */
function textBoxes(spec: ChartSpec): Box[] {
  const [lo, hi] = spec.domain;
  const px = (v: number) => ((v - lo) / (hi - lo)) * PLOT_PX;
  return spec.rows.map((r, i) => {
    const w = barTextNeed(r.text);
    const end = px(r.value);
    const y0 = i * BAR_TEXT_PX * 2 + BAR_TEXT_PX / 2;
    const toLeft = r.inside ? r.value >= 0 : r.value < 0;
    return {x0: toLeft ? end - w : end, x1: toLeft ? end : end + w, y0, y1: y0 + BAR_TEXT_PX};
  });
}

function check(rows: Row[], share = MIN_DATA_SHARE) {
  const spec = chart(
    "t",
    "alt",
    "unit",
    rows.map((r) => ({...r, color: "#000000"}))
  );
  const [lo, hi] = spec.domain;
  const dataLo = Math.min(0, ...rows.map((r) => r.value));
  const dataHi = Math.max(0, ...rows.map((r) => r.value));
  expect(lo).toBeLessThanOrEqual(dataLo);
  expect(hi).toBeGreaterThanOrEqual(dataHi);
  // The data's share of the plot (a chart of zeros has no span to keep).
  if (dataHi > dataLo) expect((dataHi - dataLo) / (hi - lo)).toBeGreaterThanOrEqual(share - 1e-9);
  const boxes = textBoxes(spec);
  spec.rows.forEach((r, i) => {
    const b = boxes[i];
    expect(b.x0, `text ${r.text} starts inside the plot`).toBeGreaterThanOrEqual(-1e-6);
    expect(b.x1, `text ${r.text} ends inside the plot`).toBeLessThanOrEqual(PLOT_PX + 1e-6);
    // Inside its bar, a text lies between zero and the bar's end.
    if (r.inside) {
      const zero = ((0 - lo) / (hi - lo)) * PLOT_PX;
      expect(Math.min(b.x0, b.x1)).toBeGreaterThanOrEqual(Math.min(zero, zero + (r.value / (hi - lo)) * PLOT_PX) - 1e-6);
      expect(Math.max(b.x0, b.x1)).toBeLessThanOrEqual(Math.max(zero, zero + (r.value / (hi - lo)) * PLOT_PX) + 1e-6);
    }
  });
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
      expect(overlap, `texts ${i} and ${j} overlap`).toBe(false);
    }
  return spec;
}

describe("the change chart's domain", () => {
  it("short texts: the bars span the plot, each text in or beside its bar", () => {
    check([
      {label: "A", value: 120, text: "+120"},
      {label: "B", value: -45, text: "−45"},
      {label: "C", value: 8, text: "+8"},
      {label: "D", value: 0, text: "0"}
    ]);
  });

  it("long texts on both sides of zero: the bars keep their share, the texts go inside or where there is room", () => {
    // As on an edition of many programmes: long and short bars either side of zero, each text a change with
    // its percentage or a note, about 190 px at the bar text size.
    const rows: Row[] = [
      {label: "A", value: -57_800, text: "−57,800（−12.3%）"},
      {label: "B", value: 310, text: "+310（+0.4%）（新規）"},
      {label: "C", value: 0, text: "Not in this edition"},
      {label: "D", value: -2_900, text: "−2,900（−10.6%）"},
      {label: "E", value: 41_250, text: "+41,250（+18.1%）"}
    ];
    for (const r of rows) expect(barTextNeed(r.text)).toBeGreaterThan(150);
    const spec = check(rows);
    // The long bars' texts went inside them (on both sides of zero), the short bars' beyond their ends.
    expect(spec.rows.map((r) => r.inside)).toEqual([true, false, false, false, true]);
  });

  it("any edition of 1–30 bars, mixed signs and sizes, texts of 2–40 characters", () => {
    const text = fc.oneof(
      fc.string({minLength: 2, maxLength: 40}),
      fc.array(fc.constantFrom(..."増減額新規事業の０１２３４５６７８９+−,%（）"), {minLength: 2, maxLength: 40}).map((a) => a.join(""))
    );
    const value = fc.oneof(fc.integer({min: -99_999, max: 99_999}), fc.integer({min: -2_000_000, max: 2_000_000}));
    // Editions whose texts fit the room the share leaves on each side of the data (PLOT_PX × (1 − share) / 2):
    // then some domain holds every text, and the chart must find one that keeps the share. Wider texts beside
    // short bars on both sides lower the share by steps (chart.ts); placing them across zero is not yet modelled.
    const rows = fc
      .array(fc.record({label: fc.constant("x"), value, text}), {minLength: 1, maxLength: 30})
      .filter((rs) => rs.every((r) => barTextNeed(r.text) <= (PLOT_PX * (1 - MIN_DATA_SHARE)) / 2));
    fc.assert(
      fc.property(rows, (rs) => void check(rs)),
      {numRuns: 300}
    );
  });

  it("wider texts (up to half the plot) still lie inside the plot and clear of each other, on a narrower share", () => {
    const text = fc
      .array(fc.constantFrom(..."増減額新規事業の０１２３４５６７８９+−,%（）abcXYZ "), {minLength: 2, maxLength: 40})
      .map((a) => a.join(""));
    const value = fc.oneof(fc.integer({min: -99_999, max: 99_999}), fc.integer({min: -2_000_000, max: 2_000_000}));
    const rows = fc
      .array(fc.record({label: fc.constant("x"), value, text}), {minLength: 1, maxLength: 30})
      .filter((rs) => rs.every((r) => barTextNeed(r.text) <= PLOT_PX / 2));
    fc.assert(
      fc.property(rows, (rs) => void check(rs, 0)),
      {numRuns: 200}
    );
  });
});
