// Over generated editions (test/layout/gen.ts) and the three the full layout tier renders (test/layout/editions.ts):
// no two words of a chart print over each other, at a phone's width and a screen's, in both languages. Each line's
// box is measured with the fonts' own metrics (extent.ts inkBoxes); a point label that would land on its
// neighbour's must have moved (another line, the other side of its dot, or left to the chart's table).
import fc from "fast-check";
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {CHARTS, type ChartSpec} from "../../src/components/specs.js";
import {briefingFromInput} from "../../src/lib/files.js";
import type {Briefing} from "../../src/lib/briefing.js";
import type {Lang, UnitMode} from "../../src/lib/format.js";
import {describeEdition, editionArb, editionInput} from "../layout/gen.js";
import {RENDERED} from "../layout/editions.js";
import {coveredByBars, overlaps, svgOf} from "./extent.js";
import {placeLabels, slide} from "../../src/components/pointlabels.js";
import {render} from "./render.js";

const RUNS = Number(process.env.LABEL_RUNS ?? 8);
const SEED = Number(process.env.LABEL_SEED ?? 7);
const LANGS: Lang[] = ["ja", "en"];
/** The chart's width on the report at a 390 px phone and at a 1200 px window (the page's column). */
const WIDTHS = [358, 900];

/** Every overlap of every drawing of `spec` for `b`, described for the failure message. */
function findings(spec: ChartSpec, b: Briefing): string[] {
  const units: (UnitMode | undefined)[] = spec.followsUnit ? ["printed", "large"] : [undefined];
  const out: string[] = [];
  for (const lang of LANGS)
    for (const width of WIDTHS)
      for (const unit of units)
        for (const svg of [svgOf(render(spec.render, b, {lang, width, unit}))]) {
          for (const [a, c] of overlaps(svg))
            out.push(`${lang} ${width} px ${unit ?? "-"}: "${a.text.slice(0, 30)}" over "${c.text.slice(0, 30)}"`);
          for (const t of coveredByBars(svg)) out.push(`${lang} ${width} px ${unit ?? "-"}: a bar over "${t.text.slice(0, 30)}"`);
        }
  return out;
}

describe("no two words of a chart print over each other, and no bar over a word", () => {
  for (const [name, spec] of Object.entries(CHARTS) as unknown as [string, ChartSpec][]) {
    it(`${name}: on generated editions at ${WIDTHS.join(" and ")} px, ja and en`, () => {
      fc.assert(
        fc.property(editionArb, (g) => {
          expect(findings(spec, briefingFromInput(editionInput(g))), describeEdition(g)).toEqual([]);
        }),
        {numRuns: RUNS, seed: SEED}
      );
    });
    it(`${name}: on the editions the layout checker renders`, () => {
      for (const {name: edition, edition: g} of RENDERED) expect(findings(spec, briefingFromInput(editionInput(g))), edition).toEqual([]);
    });
  }
});

describe("overlaps() finds words printed over each other", () => {
  const svgWith = (inner: string) => {
    const {window} = new JSDOM("<!DOCTYPE html><body></body>");
    const svg = window.document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 200 100");
    svg.setAttribute("style", "font-size: 13px");
    svg.innerHTML = inner;
    return svg;
  };
  it("two labels on one spot overlap; side by side, or two lines of one label, do not", () => {
    expect(overlaps(svgWith(`<text transform="translate(10,20)">ああ</text><text transform="translate(20,22)">いい</text>`))).toHaveLength(
      1
    );
    expect(overlaps(svgWith(`<text transform="translate(10,20)">ああ</text><text transform="translate(40,20)">いい</text>`))).toEqual([]);
    expect(overlaps(svgWith(`<text transform="translate(10,20)">ああ</text><text transform="translate(10,36)">いい</text>`))).toEqual([]);
    expect(
      overlaps(svgWith(`<text transform="translate(10,20)"><tspan x="0" y="0">ああ</tspan><tspan x="0" dy="1.2em">いい</tspan></text>`))
    ).toEqual([]);
  });
});

describe("placeLabels", () => {
  const box = (left: number, top: number) => ({left, right: left + 20, top, bottom: top + 10});
  it("keeps a label's first free place, moves one whose place is taken, drops one with none", () => {
    const within = {left: 0, right: 100, top: 0, bottom: 100};
    const placed = placeLabels(
      [
        [{box: box(0, 0), at: "a-usual"}],
        [
          {box: box(10, 5), at: "b-usual"},
          {box: box(10, 30), at: "b-below"}
        ],
        [
          {box: box(0, 0), at: "c-usual"},
          {box: box(95, 0), at: "c-outside"}
        ]
      ],
      {taken: [], within}
    );
    expect(placed).toEqual(["a-usual", "b-below", undefined]);
  });
  it("slides a label into range only when it is out of it", () => {
    expect(slide(50, 20, 0, 100)).toEqual([40]);
    expect(slide(5, 20, 0, 100)).toEqual([-5, 0]);
    expect(slide(50, 200, 0, 100)).toEqual([-50]);
  });
});
