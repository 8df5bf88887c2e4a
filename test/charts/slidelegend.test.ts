// Slide charts whose bars' colours mean something carry a swatch legend naming each colour (src/components/legend.ts
// from the design tokens and the data), drawn inside the chart's picture (slides/svg.ts).
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {colourLegend} from "../../src/components/legend.js";
import {strandColour, tokens} from "../../src/lib/tokens.js";
import {chart} from "../../slides/kinds/chart.js";
import {specChartSvg} from "../../slides/svg.js";
import {fixtureBriefing} from "../support/fixtures.js";
import {outside} from "./extent.js";

const briefing = fixtureBriefing("two");
const C = tokens.color;

describe("colourLegend", () => {
  it("names a heading's colour by strands.csv and a status colour by the charts' words, each once, in order of use", () => {
    const s = briefing.strands[0];
    const legend = colourLegend(briefing, "ja", [C.decrease, strandColour(0), C.decrease, C.unitemised, "#123456"]);
    expect(legend).toEqual([
      {color: C.decrease, label: "減額"},
      {color: strandColour(0), label: s.nameJa},
      {color: C.unitemised, label: "その他（事業別の記載なし）"}
    ]);
  });
});

describe("specChartSvg with a legend", () => {
  it("draws a swatch in each colour with its meaning, inside the picture, above the bars", async () => {
    const legend = colourLegend(briefing, "en", [C.increase, C.decrease]);
    const spec = chart("t", "alt", "¥ million", [
      {label: "Alpha", value: 200, text: "+200", color: C.increase},
      {label: "Beta", value: -100, text: "−100", color: C.decrease}
    ]);
    const svgText = await specChartSvg(spec, {width: 900, height: 300, legend});
    const svg = new JSDOM(svgText, {contentType: "image/svg+xml"}).window.document.documentElement;
    const swatches = [...svg.querySelectorAll("g[aria-label=dot] path")].map(
      (p) => p.getAttribute("fill") ?? p.parentElement?.getAttribute("fill")
    );
    expect(swatches).toEqual([C.increase, C.decrease]);
    expect(svg.textContent).toContain("Increase");
    expect(svg.textContent).toContain("Decrease");
    expect(outside(svg)).toEqual([]);
    // The bars start below the legend.
    const bars = [...svg.querySelectorAll("g[aria-label=bar] rect")].map((r) => Number(r.getAttribute("y")));
    expect(Math.min(...bars)).toBeGreaterThan(26);
  });
});
