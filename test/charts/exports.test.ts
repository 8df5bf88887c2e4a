// What the chart toolbar saves: the CSV holds exactly the chart's rows with numbers as numbers and the unit in
// the header; the picture carries the title, unit, source line and as-of date from the edition.
import Papa from "papaparse";
import {describe, expect, it} from "vitest";
import {CHARTS, chartCsv, chartFigure, type ChartSpec} from "../../src/components/specs.js";
import {composePicture} from "../../src/components/picture.js";
import {linkTo, readLinkState} from "../../src/components/linkstate.js";
import {asOfText, sourceLine} from "../../src/lib/edition.js";
import {loadBriefing} from "../../src/lib/files.js";
import {render} from "./render.js";

const briefing = loadBriefing();
const parse = (csv: string) => Papa.parse<string[]>(csv.trim(), {skipEmptyLines: true}).data;

describe("chartCsv", () => {
  it("writes the programme chart's amounts as plain numbers with the unit in the header", () => {
    const [header, ...rows] = parse(chartCsv(CHARTS.programmeChange as unknown as ChartSpec, briefing, {lang: "ja"}));
    expect(header).toEqual(["事業", "令和4当初 (百万円)", "令和5案 (百万円)", "増減 (百万円)", "増減率 (%)"]);
    const sicorp = rows.find((r) => r[0] === "SICORP")!;
    expect(sicorp.slice(1, 4)).toEqual(["1160", "1073", "-87"]);
    expect(Number(sicorp[4])).toBeCloseTo(-7.5, 1);
  });

  it("writes the section totals in the chart's unit, 億円, one row per bar", () => {
    const csv = chartCsv(CHARTS.sectionTotals as unknown as ChartSpec, briefing, {lang: "en"});
    const [header, ...rows] = parse(csv);
    expect(header[1]).toBe("Amount (¥ billion)");
    expect(rows.map((r) => Number(r[1]))).toEqual([13.8, 14.1, 44]);
    expect(rows.length).toBe(CHARTS.sectionTotals.rows(briefing, {lang: "en"}).length);
  });

  it("leaves a cell empty, not zero, where the document gives no number", () => {
    const rows = parse(chartCsv(CHARTS.frameworks as unknown as ChartSpec, briefing, {lang: "en"}));
    expect(rows.find((r) => r[0] === "STAND")![1]).toBe("");
  });
});

describe("composePicture", () => {
  it("draws the title, unit, source line and as-of date around the chart", () => {
    const {tools} = chartFigure(briefing, "sectionTotals", {lang: "ja"});
    const svg = composePicture(render(CHARTS.sectionTotals.render, briefing, {lang: "ja"}), tools);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const text of ["年間予算と補正予算", "単位: 億円", asOfText(briefing, "ja")]) expect(svg).toContain(text);
    expect(svg.replace(/<[^>]+>/g, "")).toContain(sourceLine(briefing, "ja").slice(0, 20));
    expect(svg).toContain("141億円");
  });

  it("draws Plot's HTML legend into the picture as SVG", () => {
    const {tools} = chartFigure(briefing, "programmeDumbbell", {lang: "en"});
    const svg = composePicture(render(CHARTS.programmeDumbbell.render, briefing, {lang: "en"}), tools);
    expect(svg).toContain(">FY2023 draft</text>");
    expect(svg).not.toContain("<div");
  });
});

describe("links", () => {
  it("a link restores the unit, the sort and the filter, and points at the chart", () => {
    const href = linkTo("http://127.0.0.1:8080/programmes.html?x=1#top", {
      unit: "large",
      chart: "programme-change",
      table: {sort: "change", ascending: false, query: "SICORP"}
    });
    expect(href).toBe("http://127.0.0.1:8080/programmes.html?unit=large&sort=change&order=desc&filter=SICORP#chart-programme-change");
    expect(readLinkState(href)).toEqual({
      unit: "large",
      chart: "programme-change",
      table: {sort: "change", ascending: false, query: "SICORP"}
    });
  });

  it("ignores a unit it does not know", () => {
    expect(readLinkState("http://x/index.html?unit=<script>").unit).toBeUndefined();
  });
});
