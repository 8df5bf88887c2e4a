// The report is text too. Data whose every text cell carries the hostile corpus (test/hostile/corpus.ts) is built
// into a whole site (report pages, CSV downloads, HTML decks); every page is then opened in Chromium from a local
// server with every request outside it refused and recorded. Nothing may be requested outside, no element may
// carry a hostile address or a script handler, and each published CSV keeps its formulas inert.
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launch} from "../../scripts/browser.js";
import {build} from "../../scripts/build.js";
import {serve} from "../../scripts/serve.js";
import {readDataFiles} from "../../src/lib/files.js";
import {PAGES} from "../../src/lib/site.js";
import {EVIL, poisoned} from "./corpus.js";
import {fixtureDir} from "../support/fixtures.js";
import {withBuildLock} from "../support/built.js";

const tmp = mkdtempSync(join(tmpdir(), "kit-hostile-report-"));
const out = join(tmp, "dist");
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
const before = process.env.BUDGET_DATA_DIR;

beforeAll(async () => {
  const data = join(tmp, "data");
  mkdirSync(data);
  // A fixture edition (budget line, notes, supplementary budget) with every text cell poisoned.
  for (const [file, content] of Object.entries(poisoned(readDataFiles(fixtureDir("two"))))) writeFileSync(join(data, file), content!);
  process.env.BUDGET_DATA_DIR = data;
  // Builds in this checkout take turns with the shared build (test/support/built.ts).
  await withBuildLock(() => build({out, formats: ["html"], log: () => {}}));
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
