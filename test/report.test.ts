// The built report, as a reader's browser sees it: every page in both languages, on the shared build of a fixture
// edition (test/support/built.ts); every figure expected is computed from that edition's CSVs.
import {readFileSync, readdirSync, statSync, mkdirSync} from "node:fs";
import {join, relative} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launch} from "../scripts/browser.js";
import {serve} from "../scripts/serve.js";
import {dataFileDownload} from "../scripts/report-finish.js";
import {loadBriefing} from "../src/lib/files.js";
import {formatAmount, formatMovement} from "../src/lib/format.js";
import {changeSentence, entity, formatPctMovement, shortName} from "../src/lib/text.js";
import {PAGES} from "../src/lib/site.js";
import {BUILT, ensureBuilt, root, tmpRoot} from "./support/built.js";
import {fixtureDir} from "./support/fixtures.js";
import {gotoReady, switchUnit} from "./support/page.js";
import {describeViolations, runAxe, type AxeViolation} from "./support/axe.js";
import {DATA_FILES} from "../src/lib/dataset.js";

const briefing = loadBriefing(fixtureDir(BUILT));
const section = entity(briefing, briefing.figures.section);
/** Programmes of the edition with a change in per cent, the largest fall first. */
const changed = briefing.figures.entities
  .filter((e) => e.kind === "programme" && e.pctChange !== null && e.current)
  .sort((a, b) => a.pctChange! - b.pctChange!);
/** The programme that falls most: the sentences, the table sort and the unit switch are checked on it. */
const falling = changed[0];
const paths = PAGES.flatMap((p) => [`/${p.name}.html`, `/en/${p.name}.html`]);

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) htmlFiles(p, out);
    else if (e.endsWith(".html")) out.push(p);
  }
  return out;
}

let dist: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  dist = await ensureBuilt();
  server = await serve(dist);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the built report", () => {
  it("has every page in Japanese and English", () => {
    for (const path of paths) expect(statSync(join(dist, path)).isFile(), path).toBe(true);
  });

  it("declares each page's language on <html>", () => {
    for (const path of paths)
      expect(readFileSync(join(dist, path), "utf8")).toContain(`<html lang="${path.startsWith("/en/") ? "en" : "ja"}">`);
  });

  it("loads no script, stylesheet or font from outside the site", () => {
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, "utf8");
      const external = html.match(/<(script|link|img|iframe)[^>]+(src|href)="(https?:)?\/\/[^"]+"/g) ?? [];
      expect(external, relative(dist, file)).toEqual([]);
      // Imports, CSS urls and Framework's npm: specifiers are loads too (a licence comment naming a host is not).
      expect(html, relative(dist, file)).not.toMatch(/import[^;]*["']https?:\/\/|url\(["']?https?:\/\/|["']npm:/);
    }
  });

  it("links every page to the slide decks", () => {
    const html = readFileSync(join(dist, "index.html"), "utf8");
    for (const ext of ["html", "pdf", "pptx"]) expect(html).toContain(`slides/briefing-ja.${ext}`);
  });
});

/**
 * A page as loaded at 1200 px, with the console errors and the requests outside the site seen while loading, and
 * its main text as first drawn (before any check changes the page), which the figure checks below read.
 */
interface Loaded {
  page: Page;
  errors: string[];
  outside: string[];
  text: string;
}

async function load(path: string): Promise<Loaded> {
  const page = await browser.newPage({viewport: {width: 1200, height: 900}});
  const loaded: Loaded = {page, errors: [], outside: [], text: ""};
  page.on("console", (m) => m.type() === "error" && loaded.errors.push(m.text()));
  page.on("pageerror", (e) => loaded.errors.push(e.message));
  page.on(
    "request",
    (r) => !r.url().startsWith(server.url) && !r.url().startsWith("data:") && !r.url().startsWith("blob:") && loaded.outside.push(r.url())
  );
  // Loaded while another page is checked: a timeout for a busy machine, not for a fast one.
  await gotoReady(page, server.url + path, LOAD_TIMEOUT);
  loaded.text = await page.locator("main").innerText();
  // Pictures of every page for a person to look at, on request (npm run screenshot makes them from dist/ too).
  if (process.env.KIT_SCREENSHOTS) {
    const shots = join(tmpRoot, "screenshots");
    mkdirSync(shots, {recursive: true});
    await page.screenshot({path: join(shots, `${path.replace(/^\//, "").replace(/[/.]/g, "_")}.png`), fullPage: true});
  }
  return loaded;
}

/**
 * Pages load while earlier ones are checked: the page's own checks run in order (two of them change it), and the
 * next AHEAD pages are already loading in other tabs, so the browser's waiting (files, cells, fonts) overlaps
 * axe's work instead of adding to it.
 */
const AHEAD = 2;
const LOAD_TIMEOUT = 180_000;
const loading = new Map<string, Promise<Loaded>>();
const opened = (i: number) => {
  if (i < paths.length && !loading.has(paths[i])) loading.set(paths[i], load(paths[i]));
  return loading.get(paths[i]);
};

describe.each(paths)("page %s in headless Chromium", (path) => {
  let page: Page;
  let errors: string[] = [];
  let outside: string[] = [];

  beforeAll(async () => {
    const i = paths.indexOf(path);
    for (let k = 1; k <= AHEAD; k++) void opened(i + k)?.catch(() => {}); // awaited, and reported, by that page's own block
    ({page, errors, outside} = await opened(i)!);
  });
  afterAll(() => page?.close());

  it("loads with no console error and no failed cell", async () => {
    expect(errors).toEqual([]);
    expect(await page.locator(".observablehq--error").count()).toBe(0);
  });

  it("makes no request outside the site", () => {
    expect(outside).toEqual([]);
  });

  it("uses the self-hosted Japanese font", async () => {
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.includes("Kit Noto Sans JP") && f.status === "loaded"))).toBe(
      true
    );
  });

  it("has a visible link to the same page in the other language", async () => {
    const other = path.startsWith("/en/") ? "ja" : "en";
    await expect(page.locator(`a.kit-lang[hreflang="${other}"]`).isVisible()).resolves.toBe(true);
  });

  it("labels every form control", async () => {
    const unlabelled = await page.evaluate(
      () =>
        [...document.querySelectorAll("input, select, textarea")].filter(
          (el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute("aria-label")
        ).length
    );
    expect(unlabelled).toBe(0);
  });

  // axe-core over the page as drawn, then with the other unit and every collapsed table open, so what a
  // reader can reveal is checked too. No violation of any impact is accepted (see README, Accessibility).
  it("has no accessibility violation found by axe-core", async () => {
    expect(describeViolations(await runAxe(page))).toEqual([]);
  });

  it("has no accessibility violation found by axe-core with amounts in 億円 and every table shown", async () => {
    // Pages whose source shows the unit switch must have it; the others must not (no check that skips quietly).
    const source = readFileSync(join(root, "src", path.replace(/\.html$/, ".md")), "utf8");
    const large = page.locator(".kit-switch input[value=large]");
    expect(await large.count()).toBe(source.includes("UnitSwitch") ? 1 : 0);
    if (source.includes("UnitSwitch")) await switchUnit(page, large);
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const violations: AxeViolation[] = await runAxe(page);
    expect(describeViolations(violations)).toEqual([]);
  });

  it("gives every chart a text alternative and its data as a table", async () => {
    const figures = await page.locator("figure.kit-figure").count();
    expect(await page.locator("figure.kit-figure > [role=img][aria-label]:has(svg)").count()).toBe(figures);
    expect(await page.locator("figure.kit-figure > figcaption").count()).toBe(figures);
    expect(await page.locator("figure.kit-figure details table").count()).toBe(figures);
  });
});

/**
 * A page as loaded at the browser's default size, shared by the checks below that use it in turn: each check that
 * only reads it runs before the one that changes it (tests of a file run in order), so no load is made twice.
 */
const desktopLoads = new Map<string, Promise<Page>>();
function desktopPage(path: string): Promise<Page> {
  if (!desktopLoads.has(path))
    desktopLoads.set(
      path,
      (async () => {
        const page = await browser.newPage();
        await gotoReady(page, server.url + path, LOAD_TIMEOUT);
        return page;
      })()
    );
  return desktopLoads.get(path)!;
}
afterAll(async () => {
  for (const page of desktopLoads.values()) await (await page.catch(() => null))?.close().catch(() => {});
});

describe("figures on the pages", () => {
  /** The page's main text as first drawn at 1200 px (loaded once, for the checks of each page above). */
  const text = async (path: string) => (await opened(paths.indexOf(path))!).text;

  it("the overviews show the section total and its change as the library formats them", async () => {
    for (const lang of ["ja", "en"] as const) {
      const body = await text(lang === "ja" ? "/index.html" : "/en/index.html");
      expect(body).toContain(formatAmount(section.current!.value, {lang}));
      // As a ministry states it, in prose form: 「…比3億円増（約2%増）」 / "up ¥0.3 billion on the … (about 2%)".
      expect(body).toContain(formatMovement(section.change!, {lang}));
      expect(body).toContain(formatPctMovement(section, lang));
    }
  });

  it("the programmes pages show each programme's change in both languages", async () => {
    expect(falling.change!.millionYen).toBeLessThan(0); // the fixture has a falling programme to speak of
    for (const lang of ["ja", "en"] as const) {
      const body = await text(lang === "ja" ? "/programmes.html" : "/en/programmes.html");
      for (const e of changed) expect(body).toContain(changeSentence(briefing, e, {lang, unit: "printed"}));
    }
  });

  it("the programmes page draws its three charts", async () => {
    // Read only: the next check switches this page's unit.
    const page = await desktopPage("/programmes.html");
    expect(await page.locator("figure.kit-figure > [role=img] svg").count()).toBeGreaterThanOrEqual(3);
    expect(
      await page.locator("figure.kit-figure > [role=img] svg [aria-label=bar], figure.kit-figure > [role=img] svg [aria-label=dot]").count()
    ).toBeGreaterThanOrEqual(3);
  });

  it("the unit switch changes sentences and tables to 億円", async () => {
    const page = await desktopPage("/programmes.html");
    const printed = formatAmount(falling.current!.value, {lang: "ja", unit: "printed"});
    const large = formatAmount(falling.current!.value, {lang: "ja", unit: "large"});
    expect(printed).toMatch(/百万円$/);
    expect(large).toMatch(/億円$/);
    expect(await page.locator("main").innerText()).toContain(printed);
    await switchUnit(page, page.getByLabel("億円"));
    const body = await page.locator("main").innerText();
    expect(body).toContain(large);
    expect(body).not.toMatch(/\d\.\d\d億円/);
    expect(body).not.toContain(printed);
  });

  it("the programme table sorts by a column from the keyboard", async () => {
    const page = await browser.newPage();
    await gotoReady(page, server.url + "/en/programmes.html");
    // The full programme table (not a chart's, not the amounts-by-edition table).
    const table = page.locator(".kit-table:not(details .kit-table)", {has: page.locator("th", {hasText: "% change"})}).first();
    const header = table.locator("th", {hasText: "% change"});
    await header.locator("button").focus();
    await page.keyboard.press("Enter");
    await expect(header.getAttribute("aria-sort")).resolves.toBe("ascending");
    const first = await table.locator("tbody tr").first().innerText();
    expect(first).toContain(shortName(falling, "en"));
    await page.close();
  });

  it("the data page offers each table as a CSV download with formulas neutralised", async () => {
    const page = await browser.newPage({acceptDownloads: true});
    await gotoReady(page, server.url + "/data.html");
    const budget = page.locator(".kit-file", {has: page.locator("h3", {hasText: "budget.csv"})});
    await budget.locator("summary").click();
    const [download] = await Promise.all([page.waitForEvent("download"), budget.locator("button.kit-download").click()]);
    const csv = readFileSync((await download.path())!, "utf8");
    // Every row of budget.csv: its entity and its amount as a number (no thousands separator).
    for (const b of briefing.budget) {
      expect(csv).toContain(b.entity);
      expect(csv).toContain(String(b.amount));
    }
    await page.close();
  });
});

describe("the data page", () => {
  it.each(["/data.html", "/en/data.html"])("%s links every data file, and each link downloads the file as validated", async (path) => {
    // Read only: the next check opens this page's tables.
    const page = await desktopPage(path);
    const links = await page.locator(".kit-file a[download]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.map((l) => l.split("/").pop())).toEqual([...DATA_FILES]);
    for (const [i, file] of DATA_FILES.entries()) {
      const response = await page.request.get(links[i]);
      expect(response.status(), file).toBe(200);
      const served = (await response.text()).replace(/^\uFEFF/, "");
      // The file as validated, with any formula-like text cell made inert (scripts/csvdownload.ts).
      expect(served, file).toBe(
        dataFileDownload(file, fixtureDir(BUILT))
          .toString("utf8")
          .replace(/^\uFEFF/, "")
      );
    }
  });

  it.each(["/data.html", "/en/data.html"])("%s names columns for readers and speaks of published versions, not builds", async (path) => {
    const page = await desktopPage(path);
    // The page's own words (the raw tables are collapsed; they hold the document's text, where "build" is English).
    const body = await page.locator("main").innerText();
    expect(body).not.toMatch(/ビルド|\bbuild\b/i);
    // The raw tables start collapsed: the page reads as a list of files, not a dump (the page as loaded: no check
    // before this one opens anything).
    expect(await page.locator(".kit-file details").count()).toBeGreaterThan(0);
    expect(await page.locator(".kit-file details[open]").count()).toBe(0);
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const headers = await page.locator(".kit-file th").allInnerTexts();
    expect(headers.length).toBeGreaterThan(50);
    for (const machine of ["entity", "fiscalYear", "appliesTo", "nameJa"]) expect(headers).not.toContain(machine);
  });
});

/**
 * Each page at 390 px, loaded once for the phone-width checks below: the first only reads every page (they run
 * concurrently, vitest's default, five at a time, so a load may wait for the others': a timeout for a busy
 * machine); the chart-label checks then read some of the same pages, and the wide-table check, last, scrolls them.
 */
const narrowLoads = new Map<string, Promise<Page>>();
function phonePage(path: string): Promise<Page> {
  if (!narrowLoads.has(path))
    narrowLoads.set(
      path,
      (async () => {
        const page = await browser.newPage({viewport: {width: 390, height: 844}});
        await gotoReady(page, server.url + path, LOAD_TIMEOUT);
        return page;
      })()
    );
  return narrowLoads.get(path)!;
}
afterAll(async () => {
  for (const page of narrowLoads.values()) await (await page.catch(() => null))?.close().catch(() => {});
});

describe("on a 390 px wide screen", () => {
  it.concurrent.for(paths)(
    "%s fits the width, keeps table columns readable and opens each chart's table",
    {timeout: 600_000},
    async (path, {expect}) => {
      const page = await phonePage(path);
      // Nothing but a table scroller may be wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // Every text cell shown is at least 80 px wide (a name broken one character per line is not readable).
      const narrow = await page.evaluate(() =>
        [...document.querySelectorAll(".kit-table td:not(.num)")]
          .map((td) => ({text: (td as HTMLElement).innerText.slice(0, 20), width: td.getBoundingClientRect().width}))
          .filter((c) => c.width > 0 && c.width < 80)
      );
      expect(narrow).toEqual([]);
      const figures = await page.locator("figure.kit-figure").count();
      expect(await page.locator("figure.kit-figure details[open]").count()).toBe(figures);
    }
  );
});

describe("the strand and framework charts at 390 px", () => {
  it.each([
    "/programmes.html#chart-strands",
    "/en/programmes.html#chart-strands",
    "/network.html#chart-frameworks",
    "/en/network.html#chart-frameworks"
  ])("%s draws every label whole inside the chart, and names inside bars within their bar", async (target) => {
    const [path, id] = target.split("#");
    const page = await phonePage(path);
    const result = await page.evaluate((id) => {
      const svg = document.querySelector(`#${id} svg`)!;
      const box = svg.getBoundingClientRect();
      const bars = [...svg.querySelectorAll("g[aria-label=bar] > rect")].map((r) => r.getBoundingClientRect());
      const texts = [...svg.querySelectorAll("text")]
        .filter((t) => t.textContent?.trim())
        .map((t) => ({text: t.textContent!, r: t.getBoundingClientRect(), white: t.closest("[fill=white]") !== null}));
      return {
        width: box.width,
        outside: texts.filter((t) => t.r.left < box.left - 1 || t.r.right > box.right + 1).map((t) => t.text),
        // A name drawn in white sits on a bar: it must lie within one.
        spilling: texts
          .filter((t) => t.white)
          .filter(
            (t) =>
              !bars.some((b) => t.r.left >= b.left - 1 && t.r.right <= b.right + 1 && t.r.top >= b.top - 1 && t.r.bottom <= b.bottom + 1)
          )
          .map((t) => t.text)
      };
    }, id);
    expect(result.width).toBeLessThanOrEqual(390);
    expect(result.outside).toEqual([]);
    expect(result.spilling).toEqual([]);
  });
});

describe("a wide table on a 390 px wide screen", () => {
  it.each(["/programmes.html", "/en/programmes.html"])(
    "%s keeps the programme names in view while the figures scroll under them, and says the table scrolls",
    async (path) => {
      const page = await phonePage(path);
      const scroller = page.locator(".kit-table:not(details .kit-table) .kit-table-scroll").first();
      const state = () =>
        scroller.evaluate((el) => {
          const first = el.querySelector("tbody td")!.getBoundingClientRect().left - el.getBoundingClientRect().left;
          const cue = getComputedStyle(el.querySelector("caption")!, "::after").content;
          return {overflow: el.scrollWidth - el.clientWidth, first, cue};
        });
      const before = await state();
      expect(before.overflow).toBeGreaterThan(0);
      expect(before.cue).toMatch(path.startsWith("/en/") ? /scroll sideways/ : /横にスクロール/);
      await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
      // The cue goes when the scroll event has run: wait for that, not for a fixed time.
      await expect.poll(async () => (await state()).cue).toBe("none");
      const after = await state();
      // Scrolled to the end: the first column has not moved and the cue is gone.
      expect(Math.abs(after.first - before.first)).toBeLessThan(1);
      expect(after.cue).toBe("none");
    }
  );
});

describe("printed from the browser", () => {
  it("hides the unit switch, the filters and the table toggles", async () => {
    const page = await browser.newPage();
    await gotoReady(page, server.url + "/programmes.html");
    await page.emulateMedia({media: "print"});
    for (const selector of [".kit-switch", ".kit-table-tools", "figure.kit-figure summary", ".kit-nav"])
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    // The full programme table prints; only the tables folded under charts stay folded.
    expect(await page.locator(".kit-table:not(details .kit-table) table").first().isVisible()).toBe(true);
    await page.close();
  });
});
