// The overview table (事業別 → 一覧表) fits a printed page: it names no document heading per row (the cards below
// are grouped by heading, and the column broke a programme's heading one fragment per line), and an English header
// breaks only at its spaces ("% change", never "% chang|e"). The strands chart's own table keeps the heading.
import {JSDOM} from "jsdom";
import {afterAll, beforeAll, describe, expect, it, vi} from "vitest";
import {ProgrammeTable} from "../../src/components/sections.js";
import {FIGURE_CLASS, headerRuns} from "../../src/components/quantity.js";
import type {Lang} from "../../src/lib/format.js";
import {reportWords} from "../../src/locale/report.js";
import {chartWords} from "../../src/locale/charts.js";
import {peopleRows} from "../../src/components/chartrows.js";
import {fixtureBriefing} from "../support/fixtures.js";

// The page modules reach Framework's runtime (the toolbar embeds the served fonts in a picture): not in Node.
vi.mock("observablehq:stdlib", () => ({FileAttachment: () => ({url: async () => ""})}));

// htl builds elements in the global document: lend it one for these tests only (the unit tier shares its workers).
const LENT = ["document", "Node", "NodeList", "Element", "HTMLElement", "HTMLCollection", "Event", "DocumentFragment", "Text"] as const;
const g = globalThis as Record<string, unknown>;
// Given back as found: a name that was not there is deleted, not left as undefined (another file's `k in
// globalThis` would then take it for Node's own and not lend its DOM class).
const saved = new Map(LENT.map((k) => [k, Object.getOwnPropertyDescriptor(globalThis, k)]));
beforeAll(() => {
  const {window} = new JSDOM("<!DOCTYPE html><body></body>");
  for (const k of LENT) g[k] = (window as unknown as Record<string, unknown>)[k];
});
afterAll(() => {
  for (const [k, d] of saved) d ? Object.defineProperty(globalThis, k, d) : delete g[k];
});

const headers = (table: Element) => [...table.querySelectorAll("thead th")].map((th) => th.textContent?.trim() ?? "");

describe("the overview table", () => {
  it.each<Lang>(["ja", "en"])("says a programme with the same amount in both editions is unchanged, not ±0 (%s)", (lang) => {
    const b = fixtureBriefing("two");
    const flat = b.figures.entities.filter((e) => e.status === "flat");
    expect(flat.length, "fixture two has an unchanged programme").toBeGreaterThan(0);
    const text = ProgrammeTable(b, {lang}).textContent ?? "";
    expect(text).not.toMatch(/±/);
    expect(text).toContain(reportWords(lang).unchangedProgramme);
  });

  it.each<Lang>(["ja", "en"])("has no document-heading column; the strands chart's table keeps it (%s)", (lang) => {
    const b = fixtureBriefing("two");
    const heading = reportWords(lang).documentHeading;
    expect(headers(ProgrammeTable(b, {lang}))).not.toContain(heading);
    expect(headers(ProgrammeTable(b, {lang, compact: true}))).toContain(heading);
  });

  it("keeps every English header word whole: '% change' may break at its space only", () => {
    const table = ProgrammeTable(fixtureBriefing("two"), {lang: "en"});
    const th = [...table.querySelectorAll("thead th")].find((t) => t.textContent?.trim() === reportWords("en").pctChange)!;
    const words = [...th.querySelectorAll(`.${FIGURE_CLASS}`)].map((s) => s.textContent);
    expect(words).toEqual(reportWords("en").pctChange.split(" "));
  });

  it("headerRuns keeps Latin words whole and leaves Japanese to break as prose", () => {
    expect(
      headerRuns("% change")
        .filter((r) => r.figure)
        .map((r) => r.text)
    ).toEqual(["%", "change"]);
    expect(
      headerRuns("Share of FY2031 total")
        .filter((r) => r.figure)
        .map((r) => r.text)
    ).toEqual(["Share", "of", "FY2031", "total"]);
    expect(headerRuns("増減率").some((r) => r.figure)).toBe(false);
  });
});

describe("table cells", () => {
  // Each <wbr> sits between two phrases (components/phrases.ts), never inside a word: the cells are keep-all, so a
  // narrow column breaks only there (「先端国際共同研究」 whole, not 「先端国際｜共同研究」).
  const KIND = [/\p{Script=Han}/u, /[\p{Script=Katakana}ー]/u, /[0-9０-９]/u, /[A-Za-z]/];
  const inWord = (before: string, after: string) => KIND.some((k) => k.test(before) && k.test(after));
  const edges = (table: Element) =>
    [...table.querySelectorAll("wbr")].map((w) => {
      const text = (n: Node | null, end: boolean): string => {
        for (let x = n; x; x = end ? x.previousSibling : x.nextSibling) if (x.textContent) return x.textContent;
        return "";
      };
      return [text(w.previousSibling, true).slice(-1), text(w.nextSibling, false).slice(0, 1)];
    });

  it("break Japanese only between phrases, and never inside an English word", () => {
    const b = fixtureBriefing("two");
    const ja = edges(ProgrammeTable(b, {lang: "ja"}));
    expect(ja.length, "the ja table has phrase breaks to mark").toBeGreaterThan(0);
    expect(ja.filter(([x, y]) => inWord(x, y))).toEqual([]);
    expect(edges(ProgrammeTable(b, {lang: "en"})).filter(([x, y]) => inWord(x, y))).toEqual([]);
  });
});

describe("the people table", () => {
  it.each<Lang>(["ja", "en"])("gives each count what it counts and each person's stay (%s)", async (lang) => {
    const {PeopleTable} = await import("../../src/components/people-table.js");
    const b = fixtureBriefing("two");
    const table = PeopleTable(b, {lang});
    const w = chartWords(lang);
    expect(headers(table)).toEqual([w.column.programme, w.column.counted, w.column.peoplePerYear, w.column.stay]);
    const cells = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim()));
    const rows = peopleRows(b, {lang});
    expect(cells.map((c) => c[1])).toEqual(rows.map((r) => r.kind || "—"));
  });
});
