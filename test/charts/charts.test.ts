// Every chart drawn to SVG in both languages and compared with a committed file, so a wrong mark fails a test;
// and a few geometric facts checked directly (bar length proportional to amount, a fall drawn left of zero).
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {CHARTS, type ChartName, type ChartSpec} from "../../src/components/specs.js";
import {loadBriefing} from "../../src/lib/files.js";
import type {Lang} from "../../src/lib/format.js";
import {entity} from "../../src/lib/text.js";
import {deterministic, render} from "./render.js";

const briefing = loadBriefing();
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
    expect(rows.length).toBeGreaterThan(0);
    expect(marks).toBeGreaterThanOrEqual(rows.length);
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
  it("SectionTotals draws bars whose lengths are proportional to the amounts (138 : 141 : 440 億円)", () => {
    const rows = CHARTS.sectionTotals.rows(briefing, {lang: "ja"});
    const drawn = bars(render(CHARTS.sectionTotals.render, briefing, {lang: "ja"}));
    expect(drawn.length).toBe(rows.length);
    const perUnit = drawn.map((b, i) => b.width / rows[i].value);
    for (const p of perUnit) expect(p).toBeCloseTo(perUnit[0], 1);
    expect(rows.map((r) => r.value)).toEqual([138, 141, 440]);
  });

  it("ProgrammeChange draws SICORP's fall to the left of zero and SATREPS's rise to the right, 87 : 52 long", () => {
    const chart = render(CHARTS.programmeChange.render, briefing, {lang: "en"});
    const drawn = bars(chart);
    const sicorp = drawn.find((b) => b.title.startsWith("SICORP"))!;
    const satreps = drawn.find((b) => b.title.startsWith("SATREPS"))!;
    const zero = satreps.x;
    expect(sicorp.x + sicorp.width).toBeCloseTo(zero, 0);
    expect(sicorp.width / satreps.width).toBeCloseTo(87 / 52, 1);
    expect(-entity(briefing, "sicorp").change!.millionYen).toBe(87);
  });

  it("PeopleChart draws 514 and 176 fellows as bars 514 : 176 long", () => {
    const drawn = bars(render(CHARTS.people.render, briefing, {lang: "ja"}));
    const rows = CHARTS.people.rows(briefing, {lang: "ja"});
    const i = rows.findIndex((r) => r.value === 514),
      j = rows.findIndex((r) => r.value === 176);
    expect(drawn[i].width / drawn[j].width).toBeCloseTo(514 / 176, 1);
  });

  it("StrandTotals stacks each strand's programmes to the strand's total", () => {
    const rows = CHARTS.strands.rows(briefing, {lang: "ja"});
    const drawn = bars(render(CHARTS.strands.render, briefing, {lang: "ja"}));
    const perUnit = drawn.map((b, i) => b.width / rows[i].value);
    for (const p of perUnit) expect(p).toBeCloseTo(perUnit[0], 1);
  });

  it("follows the unit switch: in 億円 the section total bars are labelled 141億円 and SICORP's change 約▲0.9億円", () => {
    const totals = render(CHARTS.sectionTotals.render, briefing, {lang: "ja", unit: "large"});
    expect(totals.textContent).toContain("141億円");
    const change = render(CHARTS.programmeChange.render, briefing, {lang: "ja", unit: "large"});
    expect(change.textContent).toContain("約▲0.9億円");
    expect(change.textContent).not.toMatch(/\d\.\d\d億円/);
  });
});
