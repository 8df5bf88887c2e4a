// Text is text in every renderer. Every hostile cell of the corpus (Markdown images and links, raw HTML,
// Marp directives, `---`, math, formulas) put into every text column that reaches a deck is shown as text: no
// `evil.example` address ends up in an attribute, a stylesheet or a script, no slide is added, no speaker note is
// swallowed as a directive, and Chromium showing the built deck requests nothing beyond the file itself.
// Cells with line breaks or bidi controls are refused at parse time (cells.test.ts); here they are also forced
// into a briefing directly, to check the renderers' own defence.
import {mkdtempSync, readFileSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {Marp} from "@marp-team/marp-core";
import {JSDOM} from "jsdom";
import JSZip from "jszip";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launch} from "../../scripts/browser.js";
import {prepare} from "../../scripts/prepare.js";
import {withBuildLock} from "../support/built.js";
import type {Briefing} from "../../src/lib/briefing.js";
import {briefingFromInput, readDataFiles} from "../../src/lib/files.js";
import type {Lang} from "../../src/lib/format.js";
import {buildSlides, deckCharts} from "../../slides/build.js";
import {renderDeck} from "../../slides/deck.js";
import {renderHandout} from "../../slides/handout.js";
import {deckOutline} from "../../slides/outline.js";
import {fixtureDir} from "../support/fixtures.js";
import {EVIL, REFUSED, poisoned} from "./corpus.js";

const LANGS: Lang[] = ["ja", "en"];
const URL_ATTRIBUTES = new Set(["src", "href", "srcset", "poster", "action", "formaction", "xlink:href", "background", "data", "ping"]);
/** Attributes that hold text for people (a chart's alt text, the document's title in <meta>): they may name anything. */
const TEXT_ATTRIBUTES = new Set(["alt", "title", "aria-label", "aria-description"]);
const isText = (el: Element, name: string) =>
  TEXT_ATTRIBUTES.has(name) ||
  (el.tagName === "META" && name === "content" && !/image|url/i.test(el.getAttribute("name") ?? el.getAttribute("property") ?? ""));

/**
 * Every place in an HTML document where an address would be fetched or followed: URL attributes (allowed only as
 * data: or in-page #), `url(…)` and `@import` in style attributes and <style> elements, and <script> bodies.
 * Returns what was found pointing outside; visible text may name `evil.example` freely.
 */
function outsideReferences(html: string, extraCss = ""): string[] {
  const found: string[] = [];
  const {document} = new JSDOM(html).window;
  const css = [extraCss, ...[...document.querySelectorAll("style")].map((s) => s.textContent ?? "")];
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      const value = attr.value.trim();
      if (URL_ATTRIBUTES.has(attr.name.toLowerCase()) && !/^(data:|#)/i.test(value)) found.push(`<${el.tagName} ${attr.name}="${value}">`);
      if (attr.name === "style") css.push(value);
      if (/^on/i.test(attr.name) || (!isText(el, attr.name.toLowerCase()) && (value.includes(EVIL) || /^\s*javascript:/i.test(value))))
        found.push(`<${el.tagName} ${attr.name}="${value}">`);
    }
    if (el.tagName === "SCRIPT" && ((el.textContent ?? "").includes(EVIL) || el.getAttribute("src")))
      found.push(`<script>${(el.textContent ?? "").slice(0, 80)}`);
  }
  for (const text of css) {
    for (const m of text.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) if (!/^(data:|#)/i.test(m[2])) found.push(`url(${m[2]})`);
    for (const m of text.matchAll(/@import\s+[^;]*/gi)) found.push(m[0]);
    if (text.includes(EVIL)) found.push(`css: …${text.slice(text.indexOf(EVIL) - 40, text.indexOf(EVIL) + 20)}…`);
  }
  return found;
}

const marp = (markdown: string) => new Marp({html: true}).render(markdown);
const sections = (html: string) => new JSDOM(html).window.document.querySelectorAll("section").length;
const visibleText = (html: string) => new JSDOM(html).window.document.body.textContent ?? "";

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
        expect(outsideReferences(html, css), name).toEqual([]);
        expect(sections(html), name).toBe(outline.slides.length);
        expect(comments.filter((c) => c.join("").trim()).length, `${name}: slides with notes`).toBe(outline.slides.length);
        // The hostile text is there to read, not dropped: the Markdown image and the HTML tag show literally.
        const text = visibleText(html);
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
        expect(outsideReferences(html, css)).toEqual([]);
        expect(sections(html)).toBe(outline.slides.length);
      }
    }
  });
});

describe("the built decks of the hostile briefing (slides/build.ts)", () => {
  let dir: string;
  beforeAll(async () => {
    // Under the build lock: the shared build reads the same src/_generated/ fonts this rewrites.
    await withBuildLock(() => prepare({quiet: true}));
    dir = mkdtempSync(join(tmpdir(), "kit-hostile-slides-"));
    await buildSlides(briefing, dir, {formats: ["html"], log: () => {}});
  });
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  it.each(LANGS)("briefing-%s.html: nothing points outside, one slide per slide of the outline", (lang) => {
    const html = readFileSync(join(dir, `briefing-${lang}.html`), "utf8");
    expect(outsideReferences(html)).toEqual([]);
    const slides = new JSDOM(html).window.document.querySelectorAll("svg[data-marpit-svg]").length;
    expect(slides).toBe(deckOutline(briefing, lang).slides.length);
  });

  it("the editable PPTX links nowhere outside", async () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".pptx"))) {
      const zip = await JSZip.loadAsync(readFileSync(join(dir, file)));
      for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".rels"))) {
        const rels = await zip.file(name)!.async("string");
        expect(rels, `${file} ${name}`).not.toContain(EVIL);
        expect(rels, `${file} ${name}`).not.toMatch(/TargetMode="External"[^>]*Target="(?!https?:)|Target="javascript:/i);
      }
    }
  });

  it.each(LANGS)("briefing-%s.html in Chromium, every slide shown: no request leaves the file", async (lang) => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const outside: string[] = [];
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (/^(file|data|blob|about):/.test(url)) return route.continue();
        outside.push(url);
        return route.abort();
      });
      await page.goto(pathToFileURL(join(dir, `briefing-${lang}.html`)).href, {waitUntil: "load"});
      // Show every slide at once, so images and backgrounds of slides not yet reached are requested too.
      await page.addStyleTag({content: "svg[data-marpit-svg], section { display: block !important; visibility: visible !important; }"});
      await page.waitForLoadState("networkidle");
      await page.evaluate(() => document.fonts.ready);
      expect(outside).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
