// Over generated editions (test/layout/gen.ts: 1–30 programmes, names up to 120 characters, 1–5 stages, both
// units): every word of every chart lies inside the chart, at a phone's width and a screen's, measured with the
// fonts' own metrics the way Chromium boxes SVG text (extent.ts). A label that cannot fit beside its mark must
// have moved (above the row, wrapped, or left to the chart's table), never spill past the edge.
import fc from "fast-check";
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {CHARTS, type ChartSpec} from "../../src/components/specs.js";
import {briefingFromInput} from "../../src/lib/files.js";
import type {Lang, UnitMode} from "../../src/lib/format.js";
import {describeEdition, editionArb, editionInput} from "../layout/gen.js";
import {outside, svgOf, textExtents} from "./extent.js";
import {render} from "./render.js";

const RUNS = Number(process.env.LABEL_RUNS ?? 8);
// A fixed seed by default, so the fast tier does not fail on one run and pass on the next; LABEL_SEED explores others.
const SEED = Number(process.env.LABEL_SEED ?? 7);
const LANGS: Lang[] = ["ja", "en"];
/** The chart's width on the report at a 390 px phone and at a 1200 px window (the page's column). */
const WIDTHS = [358, 900];

describe("every chart label lies inside its chart", () => {
  for (const [name, spec] of Object.entries(CHARTS) as unknown as [string, ChartSpec][])
    it(`${name}: at ${WIDTHS.join(" and ")} px, in both languages and units`, () => {
      fc.assert(
        fc.property(editionArb, (g) => {
          const b = briefingFromInput(editionInput(g));
          const units: (UnitMode | undefined)[] = spec.followsUnit ? ["printed", "large"] : [undefined];
          for (const lang of LANGS)
            for (const width of WIDTHS)
              for (const unit of units) {
                const svg = svgOf(render(spec.render, b, {lang, width, unit}));
                const out = outside(svg).map((e) => `"${e.text.slice(0, 40)}" at ${[e.left, e.right, e.top, e.bottom].map(Math.round)}`);
                expect(out, `${describeEdition(g)} (${lang}, ${width} px, ${unit ?? "-"})`).toEqual([]);
              }
        }),
        {numRuns: RUNS, seed: SEED}
      );
    });
});

describe("extent.ts measures what Chromium would box", () => {
  it("a label pushed past the right edge is found outside, one inside is not", () => {
    const {window} = new JSDOM("<!DOCTYPE html><body></body>");
    const doc = window.document as Document;
    const svg = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 100 40");
    svg.setAttribute("style", "font-size: 13px");
    svg.innerHTML = `<g text-anchor="end" transform="translate(0,20)"><text transform="translate(100,0)">ああ</text></g><g text-anchor="start"><text transform="translate(90,20)">ああ</text></g>`;
    const [inside, past] = textExtents(svg);
    expect(inside.right).toBeCloseTo(100);
    expect(inside.left).toBeCloseTo(100 - 26);
    // Noto Sans JP's ascent (1.16 em) above the baseline and descent (0.288 em) below.
    expect(inside.top).toBeCloseTo(20 - 1.16 * 13);
    expect(past.right).toBeCloseTo(90 + 26);
    expect(outside(svg).map((e) => e.text)).toEqual(["ああ"]);
    expect(outside(svg)[0].left).toBeCloseTo(90);
  });
});
