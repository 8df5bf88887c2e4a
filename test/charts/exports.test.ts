// What the chart toolbar saves: the CSV holds exactly the chart's rows with numbers as numbers and the unit in
// the header; the picture carries the title, unit, source line and as-of date from the edition.
import Papa from "papaparse";
import {describe, expect, it} from "vitest";
import {CHARTS, chartCsv, chartFigure, type ChartSpec} from "../../src/components/specs.js";
import {composePicture} from "../../src/components/picture.js";
import {linkTo, readLinkState} from "../../src/components/linkstate.js";
import {asOfText, sourceLine} from "../../src/lib/edition.js";
import {fixtureBriefing} from "../support/fixtures.js";
import {render} from "./render.js";

// The fixture edition `two`: FY2031 draft against FY2030 enacted, invented names and figures.
const briefing = fixtureBriefing("two");
const parse = (csv: string) => Papa.parse<string[]>(csv.trim(), {skipEmptyLines: true}).data;

describe("chartCsv", () => {
  it("writes the programme chart's amounts as plain numbers with the unit in the header", () => {
    const [header, ...rows] = parse(chartCsv(CHARTS.programmeChange as unknown as ChartSpec, briefing, {lang: "ja"}));
    expect(header).toEqual(["事業", "令和12当初 (百万円)", "令和13案 (百万円)", "増減 (百万円)", "増減率 (%)"]);
    const beta = rows.find((r) => r[0] === "ベータ")!;
    expect(beta.slice(1, 4)).toEqual(["1600", "1500", "-100"]);
    expect(Number(beta[4])).toBeCloseTo(-6.25, 1);
  });

  it("writes the section totals in the chart's unit, 億円, one row per bar", () => {
    const csv = chartCsv(CHARTS.sectionTotals as unknown as ChartSpec, briefing, {lang: "en"});
    const [header, ...rows] = parse(csv);
    expect(header[1]).toBe("Amount (¥ billion)");
    expect(rows.map((r) => Number(r[1]))).toEqual([5, 5.2, 1]); // 50, 52 and 10億円 in ¥ billion
    expect(rows.length).toBe(CHARTS.sectionTotals.rows(briefing, {lang: "en"}).length);
  });

  it("leaves a cell empty, not zero, where the document gives no number", () => {
    const rows = parse(chartCsv(CHARTS.frameworks as unknown as ChartSpec, briefing, {lang: "en"}));
    expect(rows.find((r) => r[0] === "Fiction Open Call")![1]).toBe("");
  });
});

describe("composePicture", () => {
  it("draws the title, unit, source line and as-of date around the chart", () => {
    const {tools} = chartFigure(briefing, "sectionTotals", {lang: "ja"});
    const svg = composePicture(render(CHARTS.sectionTotals.render, briefing, {lang: "ja"}), tools);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const text of ["年間予算と補正予算", "単位：億円", asOfText(briefing, "ja")]) expect(svg).toContain(text);
    expect(svg.replace(/<[^>]+>/g, "")).toContain(sourceLine(briefing, "ja").slice(0, 20));
    expect(svg).toContain("52億円");
  });

  it("draws Plot's HTML legend into the picture as SVG", () => {
    const {tools} = chartFigure(briefing, "programmeDumbbell", {lang: "en"});
    const svg = composePicture(render(CHARTS.programmeDumbbell.render, briefing, {lang: "en"}), tools);
    expect(svg).toContain(">FY2031 draft budget</text>");
    expect(svg).not.toContain("<div");
  });
});

describe("links", () => {
  it("a link restores the unit, the sort and the filter, and points at the chart", () => {
    const href = linkTo("http://127.0.0.1:8080/programmes.html?x=1#top", {
      unit: "large",
      chart: "programme-change",
      table: {sort: "change", ascending: false, query: "Alpha"}
    });
    expect(href).toBe("http://127.0.0.1:8080/programmes.html?unit=large&sort=change&order=desc&filter=Alpha#chart-programme-change");
    expect(readLinkState(href)).toEqual({
      unit: "large",
      chart: "programme-change",
      table: {sort: "change", ascending: false, query: "Alpha"}
    });
  });

  it("ignores a unit it does not know", () => {
    expect(readLinkState("http://x/index.html?unit=<script>").unit).toBeUndefined();
  });
});
