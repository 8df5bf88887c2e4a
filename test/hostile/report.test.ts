// The report is text too. Data whose every text cell carries the hostile corpus (test/hostile/corpus.ts) is built
// into a whole site (report pages, CSV downloads, HTML decks); every page is then opened in Chromium from a local
// server with every request outside it refused and recorded. Nothing may be requested outside, no element may
// carry a hostile address or a script handler, and each published CSV keeps its formulas inert. The same build's
// decks (slides/build.ts: HTML and editable PPTX) point nowhere outside, have one slide per slide of the outline,
// and shown in Chromium with every slide visible request nothing beyond the file.
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {JSDOM} from "jsdom";
import JSZip from "jszip";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launch} from "../../scripts/browser.js";
import {build} from "../../scripts/build.js";
import {serve} from "../../scripts/serve.js";
import {briefingFromInput, readDataFiles} from "../../src/lib/files.js";
import {deckOutline} from "../../slides/outline.js";
import {PAGES} from "../../src/lib/site.js";
import {EVIL, poisoned} from "./corpus.js";
import {outsideReferences} from "./outside.js";
import {fixtureDir} from "../support/fixtures.js";
import {withBuildLock} from "../support/built.js";

const tmp = mkdtempSync(join(tmpdir(), "kit-hostile-report-"));
const out = join(tmp, "dist");
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
const before = process.env.BUDGET_DATA_DIR;
// A fixture edition (budget line, notes, supplementary budget; test/fixtures/editions/two) with every text cell poisoned.
const input = poisoned(readDataFiles(fixtureDir("two")));
const briefing = briefingFromInput(input);
const LANGS = ["ja", "en"] as const;

beforeAll(async () => {
  const data = join(tmp, "data");
  mkdirSync(data);
  for (const [file, content] of Object.entries(input)) writeFileSync(join(data, file), content!);
  process.env.BUDGET_DATA_DIR = data;
  // Built without Chromium (a CHROME_PATH that does not exist): the pages, CSVs, HTML decks and editable PPTX
  // checked here, not the PDFs, which print the same pages. The browser of the checks below is launched after.
  const chrome = process.env.CHROME_PATH;
  process.env.CHROME_PATH = join(tmp, "no-chromium");
  try {
    // Builds in this checkout take turns with the shared build (test/support/built.ts).
    await withBuildLock(() => build({out, formats: ["html"], log: () => {}}));
  } finally {
    if (chrome === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = chrome;
  }
  site = await serve(out);
  browser = await launch();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (before === undefined) delete process.env.BUDGET_DATA_DIR;
  else process.env.BUDGET_DATA_DIR = before;
  rmSync(tmp, {recursive: true, force: true});
});

describe("a report built from data whose every text cell is hostile", () => {
  it.each(PAGES.flatMap((p) => [`/${p.name}.html`, `/en/${p.name}.html`]))(
    "%s requests nothing outside the site and carries no hostile address",
    async (path) => {
      const page = await browser.newPage();
      const outside: string[] = [];
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith(site.url) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
        outside.push(url);
        return route.abort();
      });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${site.url}${path}`, {waitUntil: "networkidle"});
      await page.evaluate(() => document.fonts.ready);
      const found = await page.evaluate((evil) => {
        const bad: string[] = [];
        const text = new Set(["alt", "title", "aria-label", "aria-description", "content", "data-trace", "data-label"]);
        for (const el of document.querySelectorAll("*"))
          for (const attr of el.attributes) {
            const name = attr.name.toLowerCase();
            if (name.startsWith("on")) bad.push(`<${el.tagName} ${name}>`);
            else if (/^\s*javascript:/i.test(attr.value)) bad.push(`<${el.tagName} ${name}="${attr.value}">`);
            else if (attr.value.includes(evil) && !text.has(name)) bad.push(`<${el.tagName} ${name}="${attr.value.slice(0, 80)}">`);
          }
        // The hostile text is shown for reading: the Markdown image is there literally.
        return {bad, shown: document.body.innerText.includes(`![f](http://${evil}/x.png)`)};
      }, EVIL);
      await page.close();
      expect(outside).toEqual([]);
      expect(found.bad).toEqual([]);
      expect(errors).toEqual([]);
      expect(found.shown).toBe(true);
    }
  );

  it("publishes every CSV with its formulas inert (a leading = + - @ is quoted away)", () => {
    const dir = join(out, "csv");
    const files = readdirSync(dir).filter((f) => f.endsWith(".csv"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join(dir, file), "utf8");
      // A cell that starts a formula: at the start of a line or after a separator, optionally inside quotes.
      const live = text.split(/\r?\n/).filter((line) => /(^|,)"?[=@+]/.test(line) || /(^|,)"?-[^\d]/.test(line));
      expect(live, file).toEqual([]);
    }
  });
});

describe("the built decks of the hostile briefing (slides/build.ts)", () => {
  const dir = join(out, "slides");

  it.each(LANGS)("briefing-%s.html: nothing points outside, one slide per slide of the outline", (lang) => {
    const html = readFileSync(join(dir, `briefing-${lang}.html`), "utf8");
    expect(outsideReferences(html)).toEqual([]);
    const slides = new JSDOM(html).window.document.querySelectorAll("svg[data-marpit-svg]").length;
    expect(slides).toBe(deckOutline(briefing, lang).slides.length);
  });

  it("the editable PPTX links nowhere outside", async () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".pptx"));
    expect(files.sort()).toEqual(["briefing-en-editable.pptx", "briefing-ja-editable.pptx"]);
    for (const file of files) {
      const zip = await JSZip.loadAsync(readFileSync(join(dir, file)));
      for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".rels"))) {
        const rels = await zip.file(name)!.async("string");
        expect(rels, `${file} ${name}`).not.toContain(EVIL);
        expect(rels, `${file} ${name}`).not.toMatch(/TargetMode="External"[^>]*Target="(?!https?:)|Target="javascript:/i);
      }
    }
  });

  it.each(LANGS)("briefing-%s.html in Chromium, every slide shown: no request leaves the file", async (lang) => {
    const page = await browser.newPage();
    try {
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
      await page.close();
    }
  });
});
