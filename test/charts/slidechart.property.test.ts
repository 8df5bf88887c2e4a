// The slide chart as drawn (slides/svg.ts specChartPlot, in JSDOM): wherever the outline places a bar's text
// (slides/kinds/chart.ts: inside its bar, beyond its end, across zero, above the bar), the drawn text lies inside
// the picture, prints over no other word and over no bar it is not written on (white texts inside their bars
// excepted). Boxes come from the fonts' own metrics (extent.ts), as Chromium boxes SVG text.
import fc from "fast-check";
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {chart} from "../../slides/kinds/chart.js";
import {BODY_WIDTH, chartFits, MIN_CHART_PX, BODY_HEIGHT} from "../../slides/layout.js";
import {specChartPlot} from "../../slides/svg.js";
import {barBoxes, coveredByBars, outside, overlaps, svgOf, textExtents} from "./extent.js";

const RUNS = Number(process.env.LABEL_RUNS ?? 60);
const SEED = Number(process.env.LABEL_SEED ?? 7);

const mixed = (min: number, max: number) =>
  fc
    .array(fc.constantFrom(..."増減額新規事業の０１２３４５６７８９+−,%（）abcXYZ "), {minLength: min, maxLength: max})
    .map((a) => a.join(""));
const value = fc.oneof(fc.integer({min: -99_999, max: 99_999}), fc.integer({min: -2_000_000, max: 2_000_000}), fc.constant(0));
/** Bars with texts of every width a plot can hold, labels as wide as the label column (the deck wraps longer ones). */
const bars = fc.array(
  fc.record({
    label: mixed(2, 16),
    value,
    text: fc.oneof(mixed(2, 24), mixed(24, 38)),
    color: fc.constantFrom("#1f6feb", "#cf222e", "#6e7781")
  }),
  {minLength: 1, maxLength: 12}
);
const height = fc.integer({min: MIN_CHART_PX, max: BODY_HEIGHT});

function drawn(rows: Parameters<typeof chart>[3], h: number) {
  const spec = chart("t", "alt", "百万円", rows);
  const {window} = new JSDOM("<!DOCTYPE html><body></body>");
  return {spec, svg: svgOf(specChartPlot(spec, {width: BODY_WIDTH, height: h, document: window.document}))};
}

function findings(rows: Parameters<typeof chart>[3], h: number): string[] {
  const {spec, svg} = drawn(rows, h);
  const at = (t: string) => spec.rows.find((r) => r.text === t)?.labelAt ?? "-";
  return [
    ...outside(svg).map((e) => `"${e.text}" (${at(e.text)}) outside the picture`),
    ...overlaps(svg).map(([a, c]) => `"${a.text}" (${at(a.text)}) over "${c.text}" (${at(c.text)})`),
    ...coveredByBars(svg).map((e) => `a bar over "${e.text}" (${at(e.text)})`)
  ];
}

describe("slide chart texts, drawn", () => {
  it("on generated bars and chart heights: inside the picture, none over another word or over a bar", () => {
    const placed = new Set<string>();
    fc.assert(
      fc.property(
        bars.filter((rs) => rs.length > 0),
        height,
        (rs, h) => {
          fc.pre(chartFits(rs, h));
          for (const r of drawn(rs, h).spec.rows) placed.add(r.labelAt!);
          expect(findings(rs, h)).toEqual([]);
        }
      ),
      {numRuns: RUNS, seed: SEED}
    );
    // The run drew texts in every place (above and across included), so each mark was checked.
    expect([...placed].sort()).toEqual(["above", "across", "inside", "outside"]);
  });

  it("a text above its bar is drawn over the bar's own band, its bar thinner below it", () => {
    const wide = "+600（+150.0%）新規事業の増額 (a new programme's first amount)";
    const {spec, svg} = drawn(
      [
        {label: "A", value: 1_000, text: "+1,000", color: "#1f6feb"},
        {label: "B", value: 600, text: wide, color: "#1f6feb"}
      ],
      300
    );
    expect(spec.rows.map((r) => r.labelAt)).toEqual(["inside", "above"]);
    const [a, b] = barBoxes(svg);
    const text = textExtents(svg).find((e) => e.text === wide)!;
    // Below the first bar, above the second, which is thinner than the first.
    expect(text.top).toBeGreaterThan(a.bottom);
    expect(text.bottom).toBeLessThanOrEqual(b.top + 1);
    expect(b.bottom - b.top).toBeLessThan(a.bottom - a.top);
  });
});
