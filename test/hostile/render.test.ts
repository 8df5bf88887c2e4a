// Text is text in every renderer. Every hostile cell of the corpus (Markdown images and links, raw HTML,
// Marp directives, `---`, math, formulas) put into every text column that reaches a deck is shown as text: no
// `evil.example` address ends up in an attribute, a stylesheet or a script, no slide is added, no speaker note is
// swallowed as a directive, and Chromium showing the built deck requests nothing beyond the file itself.
// Cells with line breaks or bidi controls are refused at parse time (cells.test.ts); here they are also forced
// into a briefing directly, to check the renderers' own defence. The built decks of the same briefing (HTML and
// editable PPTX, in Chromium): test/hostile/report.test.ts, which builds it.
import {Marp} from "@marp-team/marp-core";
import {JSDOM} from "jsdom";
import {beforeAll, describe, expect, it} from "vitest";
import type {Briefing} from "../../src/lib/briefing.js";
import {briefingFromInput, readDataFiles} from "../../src/lib/files.js";
import type {Lang} from "../../src/lib/format.js";
import {deckCharts} from "../../slides/build.js";
import {renderDeck} from "../../slides/deck.js";
import {renderHandout} from "../../slides/handout.js";
import {deckOutline} from "../../slides/outline.js";
import {fixtureDir} from "../support/fixtures.js";
import {EVIL, REFUSED, poisoned} from "./corpus.js";
import {outsideReferences} from "./outside.js";

const LANGS: Lang[] = ["ja", "en"];
const marp = (markdown: string) => new Marp({html: true}).render(markdown);
/** Marp's HTML parsed once, for every check of it below (a parse is a quarter second of the checks' time). */
const parse = (html: string) => new JSDOM(html).window.document;
const sections = (document: Document) => document.querySelectorAll("section").length;
const visibleText = (document: Document) => document.body.textContent ?? "";

// A fixture edition (budget line, notes, supplementary budget; test/fixtures/editions/two) with every text cell poisoned.
const input = poisoned(readDataFiles(fixtureDir("two")));
let briefing: Briefing;
beforeAll(() => {
  briefing = briefingFromInput(input);
});

describe("the deck and the handout of a briefing whose every text cell is hostile", () => {
  it.each(LANGS)(
    "%s: every hostile cell is shown as text; nothing points outside; one section per slide; every slide keeps its notes",
    async (lang) => {
      const outline = deckOutline(briefing, lang);
      const charts = await deckCharts(briefing, lang, outline);
      for (const [name, markdown] of [
        ["deck", renderDeck(briefing, {lang, charts, outline})],
        ["handout", renderHandout(briefing, {lang, charts, outline})]
      ]) {
        const {html, css, comments} = marp(markdown);
        const document = parse(html);
        expect(outsideReferences(document, css), name).toEqual([]);
        expect(sections(document), name).toBe(outline.slides.length);
        expect(comments.filter((c) => c.join("").trim()).length, `${name}: slides with notes`).toBe(outline.slides.length);
        // The hostile text is there to read, not dropped: the Markdown image and the HTML tag show literally.
        const text = visibleText(document);
        expect(text, name).toContain(`![f](http://${EVIL}/x.png)`);
        expect(text, name).toContain(`<img src=http://${EVIL}/y.png>`);
      }
    }
  );

  it("writes the footer as the reader should see it: the ministry's name with its hostile text, as typed", () => {
    const {html} = marp(renderDeck(briefing, {lang: "ja", charts: {}}));
    const footer = new JSDOM(html).window.document.querySelector("footer")?.textContent ?? "";
    expect(footer).toContain(`![f](http://${EVIL}/x.png)`);
    expect(footer).toContain(`<script>`);
    // The corpus's own "&lt;img …&gt;" reads exactly as typed: escaped once, not twice, not decoded.
    expect(footer).toContain(`&lt;img src=http://${EVIL}/e.png&gt;`);
    expect(footer).not.toContain("&amp;");
  });
});

describe("cells with line breaks forced past the parser", () => {
  /** The briefing with `cell` appended to the ministry, the section's and every programme's names. */
  function forced(cell: string): Briefing {
    const copy = structuredClone(briefing);
    for (const e of [...copy.entities, ...copy.figures.entities]) Object.assign(e, {nameJa: e.nameJa + cell, nameEn: e.nameEn + cell});
    copy.figures.edition.ministryJa += cell;
    copy.figures.edition.ministryEn += cell;
    return copy;
  }

  it.each(REFUSED.map((r) => [r.name, r.cell] as const))("%s: no slide added, nothing points outside", (_name, cell) => {
    for (const lang of LANGS) {
      const b = forced(cell);
      const outline = deckOutline(b, lang);
      for (const markdown of [renderDeck(b, {lang, charts: {}, outline}), renderHandout(b, {lang, charts: {}, outline})]) {
        const {html, css} = marp(markdown);
        const document = parse(html);
        expect(outsideReferences(document, css)).toEqual([]);
        expect(sections(document)).toBe(outline.slides.length);
      }
    }
  });
});
