// The change written beside each programme's bar reads as each language writes it: Japanese in full-width
// brackets, 「+200百万円（+20.0%）」, a change of zero as 「増減なし」 (formatMovement's word), never 「±0百万円 (±0.0%)」;
// and the change axis and titles name the edition compared with, not 前年度/今年度. Fixture edition `two`.
import {describe, expect, it} from "vitest";
import {CHARTS} from "../../src/components/specs.js";
import {formatMovement} from "../../src/lib/format.js";
import {entity, stageShort} from "../../src/lib/text.js";
import {chartWords} from "../../src/locale/charts.js";
import {fixtureBriefing} from "../support/fixtures.js";
import {render} from "./render.js";

const b = fixtureBriefing("two");
const rows = (lang: "ja" | "en") => CHARTS.programmeChange.rows(b, {lang});

describe("change labels", () => {
  it("ja: every change label with a percentage uses full-width brackets", () => {
    const labelled = rows("ja").filter((r) => r.change !== undefined && r.change !== 0);
    expect(labelled.length).toBeGreaterThan(0);
    for (const r of labelled) {
      expect(r.changeText).toMatch(/^[+▲][^()]+（[^()]+%）$/);
      expect(r.changeText).not.toMatch(/[()]/);
    }
  });

  it("a change of zero reads 増減なし / No change, in the rows and on the chart", () => {
    const flat = rows("ja").filter((r) => r.change === 0);
    expect(flat.length).toBeGreaterThan(0);
    const e = entity(b, flat[0].id);
    expect(flat[0].changeText).toBe(formatMovement(e.change!, {lang: "ja"}));
    expect(flat[0].changeText).toBe("増減なし");
    expect(rows("en").find((r) => r.id === flat[0].id)!.changeText).toBe("No change");
    const chart = render(CHARTS.programmeChange.render, b, {lang: "ja"});
    expect(chart.textContent).toContain("増減なし");
    expect(chart.textContent).not.toMatch(/±0/);
  });

  it("en keeps half-width brackets", () => {
    for (const r of rows("en").filter((x) => x.change)) expect(r.changeText).toMatch(/ \([^()]+%\)$/);
  });

  it("the change axis names the edition compared with; no title says 前年度, 今年度, previous or this year", () => {
    for (const lang of ["ja", "en"] as const) {
      const chart = render(CHARTS.programmeChange.render, b, {lang});
      expect(chart.textContent).toContain(stageShort(b, b.figures.comparison!, lang));
      for (const title of Object.values(chartWords(lang).title)) expect(title).not.toMatch(/前年度|今年度|previous year|this year/i);
    }
  });
});
