// No heading over nothing (issue #16): each page block that a report page puts under its own heading
// (src/components/sections.ts) shows something on any edition — its items, or the locale's "none listed" line
// where the edition has none (generated editions carry no scheme fact, result, alumnus, tier or country of their
// own, and no budget line). The cards grouped by document heading leave out a heading with no programme, so no
// card heading stands over an empty space either. The fixture edition `two` is the control: there the blocks
// show their items, never the "none listed" line.
import fc from "fast-check";
import {JSDOM} from "jsdom";
import {afterAll, beforeAll, describe, expect, it, vi} from "vitest";
import type {Briefing} from "../../src/lib/briefing.js";
import type {Lang} from "../../src/lib/format.js";
import {briefingFromInput} from "../../src/lib/files.js";
import {layoutWords} from "../../src/locale/layout.js";
import {CountryTable, GroupChecks, ProgrammeCards, Results, SchemeCards, Tiers} from "../../src/components/sections.js";
import {fixtureBriefing} from "../support/fixtures.js";
import {editionArbOf, editionInput} from "./gen.js";

// Framework's runtime module exists only in a built page; the blocks reach it through the chart toolbar's font
// files, which these tests never fetch.
vi.mock("observablehq:stdlib", () => ({FileAttachment: (path: string) => ({url: async () => path})}));

// htl and the components build their markup in the global document, as in the browser; these tests lend them a
// JSDOM window's document and DOM classes (htl tests values with instanceof NodeList, HTMLCollection…) and give
// the globals back afterwards (the unit tier shares its workers between files).
const lent = new Map<string, PropertyDescriptor | undefined>();
beforeAll(() => {
  const {window} = new JSDOM("<!DOCTYPE html><body></body>");
  const dom = Object.getOwnPropertyNames(window).filter(
    (k) => /^[A-Z]/.test(k) && (globalThis as Record<string, unknown>)[k] === undefined
  );
  for (const g of ["window", "document", ...dom]) {
    lent.set(g, Object.getOwnPropertyDescriptor(globalThis, g));
    const value = g === "window" ? window : (window as unknown as Record<string, unknown>)[g];
    Object.defineProperty(globalThis, g, {value, configurable: true, writable: true});
  }
});
afterAll(() => {
  for (const [g, d] of lent) d ? Object.defineProperty(globalThis, g, d) : delete (globalThis as Record<string, unknown>)[g];
});

/** Each block a page shows alone under its heading, with how many items the edition gives it. */
const BLOCKS: {name: string; draw: (b: Briefing, lang: Lang) => HTMLElement; items: (b: Briefing) => number}[] = [
  {
    name: "results",
    draw: (b, lang) => Results(b, {lang, kind: "result"}),
    items: (b) => b.results.filter((r) => r.kind === "result").length
  },
  {
    name: "alumni",
    draw: (b, lang) => Results(b, {lang, kind: "alumnus"}),
    items: (b) => b.results.filter((r) => r.kind === "alumnus").length
  },
  {name: "scheme cards", draw: (b, lang) => SchemeCards(b, {lang}), items: (b) => b.schemes.length},
  {name: "tiers", draw: (b, lang) => Tiers(b, {lang}), items: (b) => b.tiers.length},
  {name: "countries", draw: (b, lang) => CountryTable(b, {lang}), items: (b) => b.countries.length},
  {
    name: "budget lines",
    draw: (b, lang) => GroupChecks(b, {lang}),
    items: (b) => b.figures.entities.filter((e) => e.kind === "group").length
  },
  {
    name: "programme cards",
    draw: (b, lang) => ProgrammeCards(b, {lang}),
    items: (b) => b.figures.entities.filter((e) => e.kind === "programme").length
  }
];

const text = (node: Element) => (node.textContent ?? "").replace(/\s+/g, " ").trim();

/** What is wrong with the blocks of one edition in one language (empty when each shows something). */
function findings(b: Briefing, lang: Lang): string[] {
  const none = layoutWords(lang).noneListed;
  const out: string[] = [];
  for (const block of BLOCKS) {
    const node = block.draw(b, lang);
    const n = block.items(b);
    const said = node.matches(".kit-none") || !!node.querySelector(".kit-none");
    // The budget lines' checks share their heading with the lines themselves (GroupLines): alone only without any.
    if (!text(node) && !(block.name === "budget lines" && n > 0)) out.push(`${lang} ${block.name}: nothing under its heading`);
    if (n === 0 && !(said && text(node) === none)) out.push(`${lang} ${block.name}: "${text(node).slice(0, 60)}" for no item`);
    if (n > 0 && said) out.push(`${lang} ${block.name}: "none listed" beside ${n} items`);
    // A document heading over its programme cards has a card after it.
    for (const h of node.querySelectorAll("section > h3"))
      if (!h.parentElement?.querySelector(".kit-card")) out.push(`${lang} ${block.name}: heading "${text(h)}" over no card`);
  }
  return out;
}

describe("a page block under its own heading", () => {
  it("shows its items on an edition that has them (fixture two), never the none-listed line", () => {
    const b = fixtureBriefing("two");
    expect(b.results.length * b.schemes.length * b.tiers.length * b.countries.length).toBeGreaterThan(0);
    for (const lang of ["ja", "en"] as const) expect(findings(b, lang)).toEqual([]);
  });

  it("says none are listed, or leaves the heading out, on generated editions that have none", () => {
    const editions = fc.sample(editionArbOf({programmes: {min: 1, max: 8}}), {seed: 16, numRuns: 4});
    // Generated editions keep no fact of the fixture's programmes: the none-listed path is what is tested.
    const briefings = editions.map((g) => briefingFromInput(editionInput(g)));
    expect(briefings.some((b) => b.results.length === 0 && b.schemes.length === 0)).toBe(true);
    for (const b of briefings) for (const lang of ["ja", "en"] as const) expect(findings(b, lang)).toEqual([]);
  });

  it("leaves out a document heading with no programme of the edition", () => {
    const b = fixtureBriefing("two");
    // The same edition with every programme moved under its first heading: the other headings have none.
    const moved: Briefing = {
      ...b,
      figures: {...b.figures, entities: b.figures.entities.map((e) => (e.kind === "programme" ? {...e, strand: b.strands[0].id} : e))}
    };
    for (const lang of ["ja", "en"] as const) {
      const headings = [...ProgrammeCards(moved, {lang}).querySelectorAll("h3")].map(text);
      expect(headings).toEqual([lang === "ja" ? b.strands[0].nameJa : b.strands[0].nameEn]);
      expect(findings(moved, lang)).toEqual([]);
    }
  });
});
