// The section total across budget years and stages is drawn so its change can be neither hidden nor blown up:
// bars from 0 on one axis (a bar's length is its amount) and each change written beside its bar. A cut axis
// ("from 135") drew a 2% rise as a steep line. Checked on the fixture edition `two` and on generated editions
// (test/layout/gen.ts: 1–5 stages, with supplementary budgets).
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {historyAddsToTotals} from "../../src/components/composition.js";
import {CHARTS} from "../../src/components/specs.js";
import {briefingFromInput} from "../../src/lib/files.js";
import type {Lang} from "../../src/lib/format.js";
import {editionArb, editionInput, describeEdition} from "../layout/gen.js";
import {fixtureBriefing} from "../support/fixtures.js";
import {render} from "./render.js";

const bars = (chart: Element) =>
  [...chart.querySelectorAll("g[aria-label=bar] > rect")].map((r) => ({
    x: Number(r.getAttribute("x")),
    width: Number(r.getAttribute("width"))
  }));

describe("section history", () => {
  const two = fixtureBriefing("two");

  it.each<Lang>(["ja", "en"])("draws 50 and 52 as bars from one zero, 50 : 52 long, with the change written (%s)", (lang) => {
    const rows = CHARTS.sectionHistory.rows(two, {lang}).filter((r) => r.stageKind === "annual");
    const chart = render(CHARTS.sectionHistory.render, two, {lang});
    const drawn = bars(chart);
    expect(rows[0].value / rows[1].value).toBeCloseTo(50 / 52, 6);
    expect(drawn).toHaveLength(2);
    expect(drawn[0].x).toBeCloseTo(drawn[1].x, 1);
    expect(drawn[0].width / drawn[1].width).toBeCloseTo(50 / 52, 2);
    // The change is stated, not left to the eye.
    expect(chart.textContent).toContain(rows[1].change);
    // No axis that starts anywhere but 0.
    expect(chart.textContent).not.toMatch(/目盛りは|axis from/);
  });

  it("on generated editions: one bar per annual amount, all from 0 and in proportion, none for a supplementary budget", () => {
    fc.assert(
      fc.property(editionArb, (g) => {
        const b = briefingFromInput(editionInput(g));
        for (const lang of ["ja", "en"] as Lang[]) {
          const annual = CHARTS.sectionHistory.rows(b, {lang}).filter((r) => r.stageKind === "annual");
          const drawn = bars(render(CHARTS.sectionHistory.render, b, {lang}));
          const where = `${describeEdition(g)} (${lang})`;
          expect(drawn.length, where).toBe(annual.length);
          if (!drawn.length) continue;
          for (const d of drawn) expect(d.x, where).toBeCloseTo(drawn[0].x, 1);
          const perUnit = annual.map((r) => r.value).sort((x, y) => x - y);
          const widths = drawn.map((d) => d.width).sort((x, y) => x - y);
          const big = perUnit.length - 1;
          if (perUnit[big] > 0)
            for (const [i, w] of widths.entries()) expect(w / widths[big], where).toBeCloseTo(perUnit[i] / perUnit[big], 2);
        }
      }),
      {numRuns: Number(process.env.CAPTION_RUNS ?? 25)}
    );
  });

  it("is left off the overview exactly when it would draw no annual amount beyond the totals chart's comparison and current amount", () => {
    expect(historyAddsToTotals(two)).toBe(false);
    fc.assert(
      fc.property(editionArb, (g) => {
        const b = briefingFromInput(editionInput(g));
        const section = b.figures.entities.find((e) => e.id === b.figures.section)!;
        const inTotals = [section.comparison, section.current].filter(Boolean).map((f) => `${f!.fiscalYear} ${f!.stage}`);
        const annual = CHARTS.sectionHistory
          .rows(b, {lang: "ja"})
          .filter((r) => r.stageKind === "annual")
          .map((r) => `${r.fiscalYear} ${r.stage}`);
        expect(historyAddsToTotals(b), describeEdition(g)).toBe(annual.some((a) => !inTotals.includes(a)));
      }),
      {numRuns: Number(process.env.CAPTION_RUNS ?? 25)}
    );
  });
});
