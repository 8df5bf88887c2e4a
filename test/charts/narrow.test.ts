// Charts at a phone's width (390 px screen, 366 px for the chart): names go above the rows, so bars and dots keep
// their room and labels stay inside the chart; at a screen's width the same charts keep names beside the rows.
import {describe, expect, it} from "vitest";
import {compositionRows} from "../../src/components/composition.js";
import {CHARTS} from "../../src/components/specs.js";
import type {Lang} from "../../src/lib/format.js";
import {measure} from "../../src/lib/measure.js";
import {entity, shortName} from "../../src/lib/text.js";
import {fixtureBriefing} from "../support/fixtures.js";
import {render} from "./render.js";

// The fixture edition `two` (invented names and figures).
const briefing = fixtureBriefing("two");
const PHONE = 366;

/** Sum of the translate() offsets of an element and its ancestors inside the chart. */
function offset(el: Element): {x: number; y: number} {
  let x = 0,
    y = 0;
  for (let e: Element | null = el; e && e.tagName.toLowerCase() !== "svg"; e = e.parentElement) {
    const m = /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(e.getAttribute("transform") ?? "");
    if (m) [x, y] = [x + Number(m[1]), y + Number(m[2])];
  }
  return {x, y};
}
const texts = (chart: Element, label: string) => [...chart.querySelectorAll(`g[aria-label="${label}"] text`)];
const names = (chart: Element) => texts(chart, "text").map((t) => t.textContent ?? "");

describe.each<Lang>(["ja", "en"])("at a phone's width (%s)", (lang) => {
  it("the composition chart names each part above its bar, with its amount and share, and gives every bar a length in proportion", () => {
    const rows = compositionRows(briefing, {lang});
    const chart = render(CHARTS.composition.render, briefing, {lang, width: PHONE});
    expect(texts(chart, "y-axis tick label")).toHaveLength(0);
    // A name's lines are joined without their break (a space in English): compare without spaces.
    const bare = (s: string) => s.replace(/\s+/g, "");
    for (const r of rows)
      expect(
        names(chart).filter(
          (n) => bare(n).startsWith(bare(r.label)) && bare(n).includes(bare(r.barText)) && bare(n).includes(bare(r.shareText))
        )
      ).toHaveLength(1);
    const bars = [...chart.querySelectorAll("g[aria-label=bar] > rect")].map((r) => Number(r.getAttribute("width")));
    expect(bars).toHaveLength(rows.length);
    // Before, the names took the whole width and every bar was drawn 0 px long.
    expect(Math.max(...bars)).toBeGreaterThan(PHONE / 3);
    bars.forEach((w, i) => expect(w / rows[i].value.millionYen).toBeCloseTo(bars[0] / rows[0].value.millionYen, 2));
  });

  it("the programme dot chart draws Alpha's two years' dots (1,000 and 1,200百万円) apart, on an axis of at least four ticks", () => {
    const chart = render(CHARTS.programmeDumbbell.render, briefing, {lang, width: PHONE});
    expect(texts(chart, "x-axis tick label").length).toBeGreaterThanOrEqual(4);
    const dots = [...chart.querySelectorAll("g[aria-label=dot] > circle")].map((c) => ({
      x: Number(c.getAttribute("cx")),
      r: Number(c.getAttribute("r")),
      title: c.querySelector("title")?.textContent ?? ""
    }));
    const fellows = shortName(entity(briefing, "alpha"), lang);
    const pair = dots.filter((d) => d.title.startsWith(`${fellows}\n`));
    expect(pair).toHaveLength(2);
    expect(Math.abs(pair[0].x - pair[1].x)).toBeGreaterThan(pair[0].r + pair[1].r);
  });

  it("the section history keeps every amount and change inside the chart", () => {
    const chart = render(CHARTS.sectionHistory.render, briefing, {lang, width: PHONE});
    // Amounts and changes are start-anchored beside their bars; the note under the chart is wrapped to the width.
    for (const t of texts(chart, "text")) {
      const {x} = offset(t);
      const lines = [...t.querySelectorAll("tspan")].map((s) => s.textContent ?? "");
      const bold = t.parentElement?.getAttribute("font-weight") === "700";
      const wide = Math.max(...(lines.length ? lines : [t.textContent ?? ""]).map((l) => measure(l, {size: 13, bold})));
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x + wide).toBeLessThanOrEqual(PHONE);
    }
  });
});

describe("at a screen's width", () => {
  it("the composition and programme charts keep their names beside the rows, as on the slides", () => {
    for (const spec of [CHARTS.composition, CHARTS.programmeDumbbell]) {
      const chart = render(spec.render as never, briefing, {lang: "en", width: 640});
      expect(texts(chart, "y-axis tick label").length).toBeGreaterThan(0);
    }
  });
});
