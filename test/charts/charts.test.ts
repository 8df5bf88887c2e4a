// Every chart drawn to SVG in both languages and compared with a committed file, so a wrong mark fails a test;
// and a few geometric facts checked directly (bar length proportional to amount, a fall drawn left of zero).
// Drawn from the fixture edition `two` (invented names and figures), so the snapshots change only when drawing does.
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {CHARTS, type ChartName, type ChartSpec} from "../../src/components/specs.js";
import type {Lang} from "../../src/lib/format.js";
import {entity} from "../../src/lib/text.js";
import {briefingFromInput} from "../../src/lib/files.js";
import {editRow, fixtureBriefing, fixtureInput, fixtureText} from "../support/fixtures.js";
import {deterministic, render} from "./render.js";

const briefing = fixtureBriefing("two");
const names = Object.keys(CHARTS) as ChartName[];
const spec = (name: ChartName) => CHARTS[name] as unknown as ChartSpec;

describe.each(names)("chart %s", (name) => {
  it.each<Lang>(["ja", "en"])("draws the same SVG as its committed snapshot in %s", async (lang) => {
    const chart = render(spec(name).render, briefing, {lang});
    await expect(deterministic(chart.outerHTML)).toMatchFileSnapshot(
      join(import.meta.dirname, "__snapshots__", `${spec(name).id}-${lang}.svg`)
    );
  });

  it("draws one mark per row of its data", () => {
    const s = spec(name);
    const rows = s.rows(briefing, {lang: "ja"});
    const chart = render(s.render, briefing, {lang: "ja"});
    const marks = chart.querySelectorAll(
      "g[aria-label=bar] > rect, g[aria-label=dot] > circle, g[aria-label=dot] > path, g[aria-label=rule] > line"
    ).length;
    // A count the document does not give is said in words instead of a mark (never a bar of 0).
    const unknown = (chart.textContent ?? "").split("記載なし").length - 1;
    expect(rows.length).toBeGreaterThan(0);
    expect(marks + unknown).toBeGreaterThanOrEqual(rows.length);
  });
});

// On a phone the strand and framework charts put their labels above the bars (components/narrow.ts).
describe.each(["strands", "frameworks"] as const)("chart %s at 390 px", (name) => {
  it.each<Lang>(["ja", "en"])("draws the same SVG as its committed narrow snapshot in %s", async (lang) => {
    const chart = render(spec(name).render, briefing, {lang, width: 390});
    await expect(deterministic(chart.outerHTML)).toMatchFileSnapshot(
      join(import.meta.dirname, "__snapshots__", `${spec(name).id}-${lang}-390.svg`)
    );
  });

  it("leaves no room beside the bars for labels: the bars start at the left edge and the y axis is gone", () => {
    const chart = render(spec(name).render, briefing, {lang: "en", width: 390});
    const xs = [...chart.querySelectorAll("g[aria-label=bar] > rect")].map((r) => Number(r.getAttribute("x")));
    expect(Math.min(...xs)).toBeLessThan(20);
    expect(chart.querySelector("g[aria-label='y-axis tick label']")).toBeNull();
  });
});

/** The bars of a chart with their drawn length, in the order drawn. */
function bars(chart: Element) {
  return [...chart.querySelectorAll("g[aria-label=bar] > rect")].map((r) => ({
    x: Number(r.getAttribute("x")),
    width: Number(r.getAttribute("width")),
    title: r.querySelector("title")?.textContent ?? ""
  }));
}

describe("what the charts draw", () => {
  it("SectionTotals draws the annual totals as bars in proportion (50 : 52 億円) and tells the supplementary 10億円 under the chart, off the axis", () => {
    const rows = CHARTS.sectionTotals.rows(briefing, {lang: "ja"});
    const chart = render(CHARTS.sectionTotals.render, briefing, {lang: "ja"});
    const drawn = bars(chart);
    const annual = rows.filter((r) => r.axis === "annual");
    expect(annual.map((r) => r.value)).toEqual([50, 52]);
    expect(drawn.length).toBe(annual.length);
    const perUnit = drawn.map((b, i) => b.width / annual[i].value);
    for (const p of perUnit) expect(p).toBeCloseTo(perUnit[0], 1);
    const supplementary = rows.find((r) => r.axis === "separate")!;
    expect(supplementary.value).toBe(10);
    expect(drawn.some((b) => b.title.includes(supplementary.label))).toBe(false);
    expect(chart.textContent).toContain(`${supplementary.label}に${supplementary.text}`);
  });

  it("SectionHistory draws only annual amounts on its axis, as bars from 0, with each change written", () => {
    const chart = render(CHARTS.sectionHistory.render, briefing, {lang: "ja"});
    // 50 and 52億円 on the axis; the supplementary 10億円 only in the note (its swatch a dot).
    expect(bars(chart)).toHaveLength(2);
    expect(chart.querySelectorAll("g[aria-label=dot] > path").length).toBe(1);
    expect(chart.textContent).toContain("+2億円");
  });

  it("ProgrammeChange draws Beta's fall to the left of zero and Alpha's rise to the right, 100 : 200 long", () => {
    const chart = render(CHARTS.programmeChange.render, briefing, {lang: "en"});
    const drawn = bars(chart);
    const beta = drawn.find((b) => b.title.startsWith("Beta"))!;
    const alpha = drawn.find((b) => b.title.startsWith("Alpha"))!;
    const zero = alpha.x;
    expect(beta.x + beta.width).toBeCloseTo(zero, 0);
    expect(beta.width / alpha.width).toBeCloseTo(100 / 200, 1);
    expect(-entity(briefing, "beta").change!.millionYen).toBe(100);
  });

  it("StrandTotals stacks each strand's programmes to the strand's total", () => {
    const rows = CHARTS.strands.rows(briefing, {lang: "ja"});
    const drawn = bars(render(CHARTS.strands.render, briefing, {lang: "ja"}));
    const perUnit = drawn.map((b, i) => b.width / rows[i].value);
    for (const p of perUnit) expect(p).toBeCloseTo(perUnit[0], 1);
  });

  it("follows the unit switch: in 億円 the section total bars are labelled 52億円 and a ▲72百万円 change 約▲0.7億円", () => {
    const totals = render(CHARTS.sectionTotals.render, briefing, {lang: "ja", unit: "large"});
    expect(totals.textContent).toContain("52億円");
    // Beta at 1,528 (▲72百万円, ▲0.72億円) against 1,600 (its budget line's total moved with it).
    let budget = editRow(fixtureText("two", "budget.csv"), "beta,2031,draft,", (r) => r.replace('"1,500"', '"1,528"'));
    budget = editRow(budget, "grp,2031,draft,", (r) => r.replace('"2,500"', '"2,528"'));
    const edited = briefingFromInput({...fixtureInput("two"), "budget.csv": budget});
    const change = render(CHARTS.programmeChange.render, edited, {lang: "ja", unit: "large"});
    expect(change.textContent).toContain("約▲0.7億円");
    expect(change.textContent).not.toMatch(/\d\.\d\d億円/);
  });
});
