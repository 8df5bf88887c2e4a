// The slide change chart's domain and bar texts (slides/kinds/chart.ts): the bars keep at least MIN_DATA_SHARE of
// the plot however long the texts, every bar's text lies within the plot where the chart places it (inside its
// bar, beyond its end, across zero or above the bar), clear of the other texts and of every bar it is not
// written on. Boxes are measured with the deck's one measure (src/lib/measure.ts) and laid out here on their own,
// from the placement alone, as the renderers draw them.
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

/** One row's step: texts beside a bar are centred on it; the bar spans 3/4 of the step, centred. */
const STEP = BAR_TEXT_PX * 2;

/**
 * Each bar's box and its text's box in plot px, the row's step its y: a text beside its bar centred on the bar;
 * a text above its bar in the top of its step, the bar below it.
 */
function boxes(spec: ChartSpec): {bar: Box; text: Box}[] {
  const [lo, hi] = spec.domain;
  const px = (v: number) => ((v - lo) / (hi - lo)) * PLOT_PX;
  return spec.rows.map((r, i) => {
    const w = barTextNeed(r.text);
    const [end, zero, neg] = [px(r.value), px(0), r.value < 0];
    const top = i * STEP;
    const at = r.labelAt!;
    const bar = {x0: Math.min(zero, end), x1: Math.max(zero, end), y0: top + STEP / 8, y1: top + (STEP * 7) / 8};
    const centred = {y0: top + (STEP - BAR_TEXT_PX) / 2, y1: top + (STEP + BAR_TEXT_PX) / 2};
    if (at === "above") {
      // From zero along the bar, moved back inside the plot when it would run past an edge.
      const x0 = Math.max(0, Math.min(PLOT_PX - w, neg ? zero - w : zero));
      return {bar: {...bar, y0: top + BAR_TEXT_PX + 2}, text: {x0, x1: x0 + w, y0: top, y1: top + BAR_TEXT_PX}};
    }
    const from = at === "across" ? zero : end;
    // Which way the text runs from its anchor: inside a bar back towards zero, beyond it and across zero away.
    const left = at === "inside" ? !neg : at === "outside" ? neg : !neg;
    return {bar, text: {x0: left ? from - w : from, x1: left ? from : from + w, ...centred}};
  });
}

const meets = (a: Box, b: Box) => a.x0 < b.x1 - 1e-6 && b.x0 < a.x1 - 1e-6 && a.y0 < b.y1 && b.y0 < a.y1;

function check(rows: Row[]) {
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
  // The data's share of the plot (a chart of zeros has no span to keep): never lowered for a text.
  if (dataHi > dataLo) expect((dataHi - dataLo) / (hi - lo)).toBeGreaterThanOrEqual(MIN_DATA_SHARE - 1e-9);
  const drawn = boxes(spec);
  spec.rows.forEach((r, i) => {
    const {bar, text} = drawn[i];
    expect(r.inside, `${r.text}: inside agrees with labelAt`).toBe(r.labelAt === "inside");
    expect(text.x0, `text ${r.text} (${r.labelAt}) starts inside the plot`).toBeGreaterThanOrEqual(-1e-6);
    expect(text.x1, `text ${r.text} (${r.labelAt}) ends inside the plot`).toBeLessThanOrEqual(PLOT_PX + 1e-6);
    // Inside its bar, a text lies between zero and the bar's end; anywhere else, off its own bar.
    if (r.labelAt === "inside") {
      expect(text.x0).toBeGreaterThanOrEqual(bar.x0 - 1e-6);
      expect(text.x1).toBeLessThanOrEqual(bar.x1 + 1e-6);
    } else expect(meets(text, bar), `text ${r.text} (${r.labelAt}) over its own bar`).toBe(false);
  });
  for (let i = 0; i < drawn.length; i++)
    for (let j = 0; j < drawn.length; j++) {
      if (i === j) continue;
      if (i < j) expect(meets(drawn[i].text, drawn[j].text), `texts ${i} and ${j} overlap`).toBe(false);
      expect(meets(drawn[i].text, drawn[j].bar), `text ${i} (${spec.rows[i].labelAt}) over bar ${j}`).toBe(false);
    }
  return spec;
}

/** Texts as a deck writes them: changes with percentages, notes, names (Japanese and Latin), some too wide to sit beside a bar. */
const mixed = (min: number, max: number) =>
  fc
    .array(fc.constantFrom(..."増減額新規事業の０１２３４５６７８９+−,%（）abcXYZ "), {minLength: min, maxLength: max})
    .map((a) => a.join(""));
const textArb = fc.oneof(fc.string({minLength: 2, maxLength: 40}), mixed(2, 40), mixed(24, 44));
const valueArb = fc.oneof(fc.integer({min: -99_999, max: 99_999}), fc.integer({min: -2_000_000, max: 2_000_000}), fc.constant(0));

describe("the change chart's domain and bar texts", () => {
  it("short texts: the bars span the plot, each text in or beside its bar", () => {
    const spec = check([
      {label: "A", value: 120, text: "+120"},
      {label: "B", value: -45, text: "−45"},
      {label: "C", value: 8, text: "+8"},
      {label: "D", value: 0, text: "0"}
    ]);
    expect(spec.rows.map((r) => r.labelAt)).toEqual(["inside", "inside", "outside", "outside"]);
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
    // The long bars' texts went inside them (on both sides of zero), the short bars' beside them.
    expect(spec.rows.map((r) => r.inside)).toEqual([true, false, false, false, true]);
  });

  it("a text too wide for its bar and for the room beyond it goes above the bar; the domain does not grow for it", () => {
    // Wider than the bar (so not inside) and than what the plot leaves beyond its end while the data keep
    // MIN_DATA_SHARE: growing the domain far enough would shrink the bars below their share.
    const wide = "+600（+150.0%）新規事業の増額 (a new programme's first amount)";
    const need = barTextNeed(wide);
    expect(need).toBeGreaterThan(PLOT_PX * (1 - 600 / 2_500)); // beyond the bar on the widest domain that keeps the share
    expect(need).toBeLessThan(PLOT_PX);
    const spec = check([
      {label: "A", value: 1_000, text: "+1,000"},
      {label: "B", value: 600, text: wide}
    ]);
    expect(spec.domain).toEqual([0, 1_000]);
    expect(spec.rows.map((r) => r.labelAt)).toEqual(["inside", "above"]);
  });

  it("a text too wide beyond a short bar's end goes across zero where the other side has room", () => {
    // Bars on both sides: the short rise's text fits in its own band left of zero, where no bar of its row is.
    const text = "+12（+0.1%）新規事業の増額";
    const spec = check([
      {label: "A", value: 300, text: "+300"},
      {label: "B", value: -2_000, text: "−2,000"},
      {label: "C", value: 12, text}
    ]);
    const [lo, hi] = spec.domain;
    const zero = (-lo / (hi - lo)) * PLOT_PX;
    // No room beyond the bar's end, but left of zero there is: the domain stays the data's own.
    expect(spec.domain).toEqual([-2_000, 500]);
    expect(PLOT_PX - (zero + (12 / (hi - lo)) * PLOT_PX)).toBeLessThan(barTextNeed(text));
    expect(zero).toBeGreaterThanOrEqual(barTextNeed(text));
    expect(spec.rows.map((r) => r.labelAt)).toEqual(["inside", "inside", "across"]);
  });

  it("a chart of zeros has an axis of some width", () => {
    const spec = check([{label: "A", value: 0, text: "Not in this edition"}]);
    expect(spec.domain[1]).toBeGreaterThan(spec.domain[0]);
  });

  it("any edition of 1–30 bars, mixed signs and sizes, texts up to the whole plot: the share kept, every text placed whole", () => {
    const rows = fc
      .array(fc.record({label: fc.constant("x"), value: valueArb, text: textArb}), {minLength: 1, maxLength: 30})
      .filter((rs) => rs.every((r) => barTextNeed(r.text) <= PLOT_PX));
    const seen = new Set<string>();
    fc.assert(
      fc.property(rows, (rs) => {
        for (const r of check(rs).rows) seen.add(r.labelAt!);
      }),
      {numRuns: 400, seed: 16}
    );
    // The run tried every placement (with this seed about 400 texts went above their bars and 300 across zero).
    expect([...seen].sort()).toEqual(["above", "across", "inside", "outside"]);
  });

  it("texts as a change chart writes them (a change with its percentage, about 190 px) stay beside their bars", () => {
    const text = fc
      .tuple(fc.integer({min: -99_999, max: 99_999}), fc.integer({min: -999, max: 999}))
      .map(([v, p]) => `${v < 0 ? "−" : "+"}${Math.abs(v).toLocaleString("en-US")}（${p < 0 ? "−" : "+"}${Math.abs(p / 10)}%）`);
    const rows = fc.array(fc.record({label: fc.constant("x"), value: valueArb, text}), {minLength: 1, maxLength: 30});
    fc.assert(
      fc.property(rows, (rs) => {
        const spec = check(rs);
        // 0.4 of the plot for the data leaves room for such a text beside every bar: none has to go above.
        expect(spec.rows.filter((r) => r.labelAt === "above")).toEqual([]);
      }),
      {numRuns: 200, seed: 16}
    );
  });
});
