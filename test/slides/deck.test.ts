// The Marp deck: its Markdown (snapshot), its escaping, and the built HTML and PDF decks.
import {storyWords} from "../../src/locale/story.js";
import {execFileSync} from "node:child_process";
import {mkdirSync, readFileSync, readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {Marp} from "@marp-team/marp-core";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launch} from "../../scripts/browser.js";
import type {Briefing} from "../../src/lib/briefing.js";
import {loadBriefing} from "../../src/lib/files.js";
import {formatAmount, formatChange, formatChangeSize, formatMovement} from "../../src/lib/format.js";
import {countedIds, entity} from "../../src/lib/text.js";
import {briefingTitle} from "../../src/lib/edition.js";
import {renderDeck, type DeckCharts} from "../../slides/deck.js";
import {deckOutline} from "../../slides/outline.js";
import {BUILT, ensureBuilt, tmpRoot} from "../support/built.js";
import {fixtureDir} from "../support/fixtures.js";

const briefing = loadBriefing(fixtureDir(BUILT));
const chartIds = (lang: "ja" | "en") => deckOutline(briefing, lang).slides.flatMap((s) => (s.chart ? [s.chart.id] : []));
const chartsFor = (lang: "ja" | "en"): DeckCharts => Object.fromEntries(chartIds(lang).map((id) => [id, `<!-- chart: ${id} -->`]));
const charts = chartsFor("ja");
const slideCount = deckOutline(briefing, "ja").slides.length;
/** A change as the decks write it: 「200百万円増」 in Japanese (the ministry's form), "up ¥200 million" in English. */
// A change of nothing reads 同額 / "unchanged" (story.ts changeWithPct), any other its movement.
const changeText = (q: Parameters<typeof formatChange>[0], lang: "ja" | "en") =>
  q.millionYen === 0 ? storyWords(lang).unchanged : formatMovement(q, {lang});

/** A deep copy of the briefing with one programme's names replaced. */
function withName(id: string, name: string): Briefing {
  const copy = structuredClone(briefing);
  for (const list of [copy.entities, copy.figures.entities])
    for (const e of list) if (e.id === id) Object.assign(e, {nameJa: name, nameEn: name, shortJa: name, shortEn: name});
  return copy;
}

describe("renderDeck(briefing, {lang, charts})", () => {
  it.each(["ja", "en"] as const)("writes the %s deck the snapshot holds", async (lang) => {
    await expect(renderDeck(briefing, {lang, charts: chartsFor(lang)})).toMatchFileSnapshot(`__snapshots__/briefing-${lang}.md`);
  });

  it.each(["ja", "en"] as const)("has one %s slide per slide of the outline", (lang) => {
    const md = renderDeck(briefing, {lang, charts});
    expect(md.split(/\n---\n/).length - 1).toBe(slideCount); // minus the front matter
  });

  it("puts speaker notes on every slide", () => {
    const html = new Marp({html: true}).render(renderDeck(briefing, {lang: "ja", charts}));
    expect(html.comments).toHaveLength(slideCount);
    for (const notes of html.comments) expect(notes.join("\n").trim().length).toBeGreaterThan(0);
  });

  it("prints every programme's current amount and change in the summary table", () => {
    for (const lang of ["ja", "en"] as const) {
      const md = renderDeck(briefing, {lang, charts: chartsFor(lang)});
      for (const id of countedIds(briefing)) {
        const e = entity(briefing, id);
        expect(md).toContain(formatAmount(e.current!.value, {lang}));
        if (e.change && e.status !== "new") expect(md).toContain(changeText(e.change, lang).replace(/&/g, "&amp;"));
      }
    }
  });

  it("renders escaped text as the reader should see it (an apostrophe stays an apostrophe)", () => {
    const {html} = new Marp({html: true}).render(renderDeck(briefing, {lang: "en", charts: chartsFor("en")}));
    expect(html).toMatch(/this section(?:'|&#39;)s total/);
    expect(html).not.toContain("&amp;#39;");
  });

  it("keeps a programme name with markup or Markdown image syntax as text that fetches nothing", () => {
    const evil = `<img src="http://evil.example/x.png"> ![x](http://evil.example/y.png) <script>alert(1)</script> **bold**`;
    for (const lang of ["ja", "en"] as const) {
      const {html} = new Marp({html: true}).render(renderDeck(withName(countedIds(briefing)[0], evil), {lang, charts}));
      expect(html).not.toMatch(/<img[^>]+evil\.example/);
      expect(html).not.toContain("<script>alert");
      expect(html).not.toContain("<strong>bold</strong>");
      expect(html).toContain("evil.example"); // still shown, as text
    }
  });
});

describe("the built decks", () => {
  let dist: string;
  let browser: Browser;
  beforeAll(async () => {
    dist = await ensureBuilt();
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it("writes HTML, PDF, PPTX and the editable PPTX in both languages", () => {
    const files = readdirSync(join(dist, "slides"));
    for (const lang of ["ja", "en"])
      for (const name of [`briefing-${lang}.html`, `briefing-${lang}.pdf`, `briefing-${lang}.pptx`, `briefing-${lang}-editable.pptx`]) {
        expect(files).toContain(name);
        expect(statSync(join(dist, "slides", name)).size).toBeGreaterThan(10_000);
      }
  });

  it.each(["ja", "en"] as const)("the %s handout is an A4 PDF with a page per slide, its notes and bookmarks", (lang) => {
    const pdf = join(dist, "slides", `briefing-${lang}-handout.pdf`);
    const info = execFileSync("pdfinfo", [pdf], {encoding: "utf8"});
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(slideCount);
    const [w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number);
    expect(Math.abs(w - 595) < 2 && Math.abs(h - 842) < 2, `${w} x ${h} pt`).toBe(true);
    const text = execFileSync("pdftotext", [pdf, "-"], {encoding: "utf8"}).replace(/\s+/g, "");
    const s = deckOutline(briefing, lang).slides[2];
    expect(text).toContain(s.notes.points[0].replace(/\s+/g, ""));
  });

  it.each(["ja", "en"] as const)("the %s PDF deck has a bookmark per slide and its title and language", (lang) => {
    const pdf = join(dist, "slides", `briefing-${lang}.pdf`);
    const info = execFileSync("pdfinfo", [pdf], {encoding: "utf8"});
    expect(info).toMatch(new RegExp(`Title:\\s+${briefingTitle(briefing, lang).slice(0, 12).replace(/[()]/g, ".")}`));
    // Bookmarks, as poppler reads them: one per slide, named by the slide's title.
    const xml = execFileSync("pdftohtml", ["-xml", "-i", "-stdout", pdf], {encoding: "utf8"});
    const items = [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)];
    expect(items).toHaveLength(slideCount);
    const titles = deckOutline(briefing, lang).slides.map((s) => s.title);
    for (const [, page, text] of items) expect(text.replace(/&amp;/g, "&").replace(/&#39;/g, "'")).toBe(titles[Number(page) - 1]);
  });

  it.each(["ja", "en"] as const)("the %s PDF has one page per slide and its text holds the figures", (lang) => {
    const pdf = join(dist, "slides", `briefing-${lang}.pdf`);
    const info = execFileSync("pdfinfo", [pdf], {encoding: "utf8"});
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(slideCount);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], {encoding: "utf8"}).replace(/\s+/g, "");
    const section = entity(briefing, briefing.figures.section);
    expect(text).toContain(formatAmount(section.current!.value, {lang}).replace(/\s+/g, ""));
    for (const id of countedIds(briefing)) {
      const e = entity(briefing, id);
      expect(text, id).toContain(formatAmount(e.current!.value, {lang}).replace(/\s+/g, ""));
      // The change's size as printed, in whatever words a slide gives its direction (「…増」, "rises … by").
      if (e.change && e.status !== "new" && e.change.millionYen !== 0)
        expect(text, id).toContain(formatChangeSize(e.change, {lang}).replace(/\s+/g, ""));
    }
  });

  it.each(["ja", "en"] as const)("the %s PDF's text layer holds every chart's bar texts on the chart's page", (lang) => {
    // A chart is an <img> of an SVG: text a browser shapes through a font's language forms ('locl') used to reach
    // the PDF as glyphs without characters, so the English charts' digits could not be copied, searched or read
    // aloud ("¥ , million"). Each bar's text must be there, on its own page.
    const pdf = join(dist, "slides", `briefing-${lang}.pdf`);
    const slides = deckOutline(briefing, lang).slides;
    const charted = slides.map((s, i) => ({s, page: i + 1})).filter(({s}) => s.chart?.rows.length);
    expect(charted.length).toBeGreaterThan(0);
    for (const {s, page} of charted) {
      const text = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"], {encoding: "utf8"}).replace(/\s+/g, "");
      for (const row of s.chart!.rows) expect(text, `${s.id}: ${row.text}`).toContain(row.text.replace(/\s+/g, ""));
    }
  });

  it.each(["ja", "en"] as const)("the %s HTML deck overflows no slide", async (lang) => {
    const page = await browser.newPage({viewport: {width: 1280, height: 720}});
    await page.goto(`file://${join(dist, "slides", `briefing-${lang}.html`)}`);
    await page.evaluate(() => document.fonts.ready);
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll("section")].flatMap((s, i) => {
        const box = s.getBoundingClientRect();
        const children = [...s.querySelectorAll("*")].filter((c) => {
          const r = c.getBoundingClientRect();
          return r.height > 0 && (r.bottom > box.bottom + 1 || r.right > box.right + 1);
        });
        return children.length ? [`slide ${i + 1}: ${children[0].tagName} ${children[0].textContent?.slice(0, 40)}`] : [];
      })
    );
    expect(overflowing).toEqual([]);
    const shots = join(tmpRoot, "screenshots");
    mkdirSync(shots, {recursive: true});
    await page.close();
  });

  it("the PDF pages have been turned into pictures to look at", () => {
    const out = join(tmpRoot, "slides-png");
    mkdirSync(out, {recursive: true});
    execFileSync("pdftoppm", ["-r", "40", "-png", join(dist, "slides", "briefing-ja.pdf"), join(out, "ja")]);
    expect(readdirSync(out).filter((f) => f.startsWith("ja-")).length).toBe(slideCount);
  });

  it("the Markdown beside each deck is the one renderDeck writes from the data", () => {
    const md = readFileSync(join(dist, "slides", "briefing-ja.md"), "utf8");
    for (const s of deckOutline(briefing, "ja").slides) expect(md).toContain(s.title.replace(/[\\`*_{}\[\]()#+\-.!|~:<>&"']/g, "\\$&"));
  });

  it.each(["ja", "en"] as const)("the %s HTML deck gives every chart image alt text", (lang) => {
    const html = readFileSync(join(dist, "slides", `briefing-${lang}.html`), "utf8");
    const imgs = html.match(/<img [^>]*>/g) ?? [];
    expect(imgs.length).toBe(chartIds(lang).length);
    for (const img of imgs) expect(img).toMatch(/alt="[^"]{20,}"/);
  });
});
