// Counts of different things (fellows hired for two years, visitors for a week) are never lengths on one axis: the
// people chart draws one panel per kind of count, headed by what it counts in the document's words, each with its
// own axis from 0; counts of one kind share their panel's axis. On the fixture edition `two` (新規採用100人 for
// Beta, 招へい200人 for Gamma) and a copy where both count 新規採用.
import {describe, expect, it} from "vitest";
import {CHARTS} from "../../src/components/specs.js";
import {briefingFromInput} from "../../src/lib/files.js";
import type {Lang} from "../../src/lib/format.js";
import {editRow, fixtureBriefing, fixtureInput, fixtureText} from "../support/fixtures.js";
import {render} from "./render.js";

const axes = (chart: Element) => chart.querySelectorAll("g[aria-label='x-axis tick label']").length;
const bars = (chart: Element) => [...chart.querySelectorAll("g[aria-label=bar] > rect")].map((r) => Number(r.getAttribute("width")));

describe("people chart", () => {
  it.each<Lang>(["ja", "en"])("puts two kinds of count in two panels, each headed by what it counts (%s)", (lang) => {
    const b = fixtureBriefing("two");
    const rows = CHARTS.people.rows(b, {lang});
    expect(new Set(rows.map((r) => r.kindKey)).size).toBe(2);
    const chart = render(CHARTS.people.render, b, {lang});
    expect(axes(chart)).toBe(2);
    for (const r of rows) expect(chart.textContent).toContain(r.kind.slice(1));
    expect(rows.map((r) => r.kind)).toEqual(lang === "ja" ? ["新規採用", "招へい"] : ["new appointments", "invitations"]);
    // Each count stands alone on its panel's axis: neither bar is drawn as a fraction of the other.
    const [beta, gamma] = bars(chart);
    expect(beta).toBeGreaterThan(gamma / 2 + 1);
  });

  it("draws counts of one kind on one axis, in proportion", () => {
    const input = fixtureInput("two");
    const schemes = editRow(fixtureText("two", "schemes.csv"), "gamma,people,", (r) =>
      r.replace("招へい200人", "新規採用200人").replace("200 invitations", "200 new appointments")
    );
    const b = briefingFromInput({...input, "schemes.csv": schemes});
    const rows = CHARTS.people.rows(b, {lang: "ja"});
    expect(new Set(rows.map((r) => r.kindKey)).size).toBe(1);
    const chart = render(CHARTS.people.render, b, {lang: "ja"});
    expect(axes(chart)).toBe(1);
    const [beta, gamma] = bars(chart);
    expect(beta / gamma).toBeCloseTo(100 / 200, 2);
  });

  it("names each row's stay and what it counts in the chart's data", () => {
    const b = fixtureBriefing("two");
    const columns = CHARTS.people.columns(b, "ja").map((c) => c.key);
    expect(columns).toContain("kind");
    expect(columns).toContain("stay");
  });
});
