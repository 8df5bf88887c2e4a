// The checker of what people see, on a finished build (a dist/ folder): every output file rendered as a reader
// gets it, every word found and placed, nothing cut, spilled, overprinted or blank. Used by the full tier of the
// layout tests (test/layout/render.test.ts, on generated editions) and by `npm run check:layout -- DATA_DIR`
// (scripts/check-layout.ts, on a maintainer's own data). Each finding is one line naming the file, the page or
// slide and the text.
//
// - the Marp HTML decks in Chromium: every text node of every slide inside its slide and clear of the footer, no
//   text clipped by its box or cut with "…" (when the data prints none), every chart label inside its picture;
// - the report's pages in Chromium at 1200 and 390 px: no page wider than the window, every chart label inside its SVG
//   and not cut with "…",
//   no figure broken across lines (「約｜2,900人」), no heading over nothing (a section the edition leaves empty);
// - the PDFs (decks, handouts, reports; `pdftotext -bbox`): no word over another, no (nearly) empty sheet, every
//   word of a slide on its handout page, nothing off the sheet, no report heading last on its sheet;
// - the editable PPTX as LibreOffice prints it: every word on its slide and above the footer band, none overprinted.
import {execFileSync} from "node:child_process";
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {FIGURE_RUN} from "../src/components/quantity.js";
import {DATA_FOLDER, PAGES} from "../src/lib/site.js";
import {PPTX_FRAME} from "../slides/fill.js";
import {libreOfficePdfs, sofficeMissing} from "../slides/lo-check.js";
import {launch} from "./browser.js";
import {
  contentLines,
  describeOverlap,
  missingWords,
  nearEmptySheets,
  overlappingWords,
  readOutline,
  readSheets,
  strandedHeadings,
  type Sheet
} from "./pdfcheck.js";
import {serve} from "./serve.js";

export const LANGS = ["ja", "en"] as const;
/** The window widths the report is read at: a laptop and a phone. */
export const WIDTHS = [1200, 390] as const;
/**
 * How long a page may take to load: a deck or report page loads in seconds, but on a machine busy with a build (two
 * cores) a page waited 30 s, Playwright's default, and the whole check stopped with a timeout instead of findings.
 */
const LOAD_MS = 180_000;
/** Report pages open at once in the browser. */
const PAGE_CONCURRENCY = 3;

const short = (t: string | null | undefined) => {
  const s = (t ?? "").replace(/\s+/g, " ").trim();
  return s.length > 70 ? `${s.slice(0, 70)}…` : s;
};

/**
 * A page whose evaluated functions may name helpers: tsx (esbuild's keepNames) wraps named functions in
 * `__name(…)`, which exists in Node but not in the page.
 */
async function newPage(browser: Browser, viewport: {width: number; height: number}): Promise<Page> {
  const page = await browser.newPage({viewport});
  await page.addInitScript({content: "globalThis.__name = (f) => f;"});
  return page;
}

/** Texts of an SVG (as a string) that lie outside its drawing, drawn in `page` with the fonts the SVG carries. */
async function svgOutside(page: Page, svgs: string[]): Promise<string[][]> {
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svgs.map((s) => `<div>${s}</div>`).join("")}</body></html>`);
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() =>
    [...document.querySelectorAll("body > div > svg")].map((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll("text")]
        .filter((t) => t.textContent?.trim())
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
        })
        .map((t) => t.textContent!);
    })
  );
}

/** The Marp HTML deck of `lang`: text outside its slide, in the footer, clipped, and chart labels outside their picture. */
async function checkMarpHtml(browser: Browser, file: string, name: string, cutMark: boolean): Promise<string[]> {
  const page = await newPage(browser, {width: 1280, height: 720});
  try {
    await page.goto(`file://${file}`, {timeout: LOAD_MS});
    await page.evaluate(() => document.fonts.ready);
    const {found, charts} = await page.evaluate((cutMark) => {
      const found: string[] = [];
      const charts: {slide: number; svg: string}[] = [];
      const text = (t: string | null) => (t ?? "").replace(/\s+/g, " ").trim().slice(0, 70);
      document.querySelectorAll("section").forEach((s, i) => {
        const slide = i + 1;
        const box = s.getBoundingClientRect();
        if (box.width === 0) return;
        const footer = s.querySelector("footer")?.getBoundingClientRect();
        const walker = document.createTreeWalker(s, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.textContent?.trim()) continue;
          const el = n.parentElement!;
          if (el.closest("style, script")) continue;
          // The data holds no "…": one on a slide is text cut short.
          if (cutMark && n.textContent.includes("\u2026")) found.push(`slide ${slide}: "${text(n.textContent)}" cut with …`);
          const range = document.createRange();
          range.selectNodeContents(n);
          for (const r of range.getClientRects()) {
            if (r.width === 0) continue;
            if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
              found.push(`slide ${slide}: "${text(n.textContent)}" outside the slide`);
              break;
            }
            if (footer && !el.closest("footer, header") && r.bottom > footer.top + 1 && r.top < footer.bottom - 1) {
              found.push(`slide ${slide}: "${text(n.textContent)}" runs into the footer`);
              break;
            }
          }
        }
        // Text cut by its own box (overflow hidden or an ellipsis) is lost to the reader though inside the slide.
        for (const el of s.querySelectorAll("*")) {
          if (!el.textContent?.trim() || el.closest("svg")) continue;
          const st = getComputedStyle(el);
          if (st.overflowX === "visible" && st.overflowY === "visible") continue;
          if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
            found.push(`slide ${slide}: "${text(el.textContent)}" cut by its ${el.tagName.toLowerCase()}`);
        }
        for (const img of s.querySelectorAll("img")) {
          const r = img.getBoundingClientRect();
          if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
            found.push(`slide ${slide}: picture "${text(img.alt)}" outside the slide`);
          else if (footer && r.bottom > footer.top + 1) found.push(`slide ${slide}: picture "${text(img.alt)}" runs into the footer`);
          const src = img.getAttribute("src") ?? "";
          if (src.startsWith("data:image/svg+xml;base64,")) charts.push({slide, svg: atob(src.slice(26))});
        }
      });
      return {found, charts};
    }, cutMark);
    // Before the charts' pictures replace the deck in the page.
    const hyphens = await brokenHyphenated(page);
    const outside = charts.length
      ? await svgOutside(
          page,
          charts.map((c) => new TextDecoder().decode(Uint8Array.from(c.svg, (ch) => ch.charCodeAt(0))))
        )
      : [];
    return [
      ...[...new Set(found)].map((f) => `${name} ${f}`),
      ...hyphens.map((f) => `${name}: ${f}`),
      ...outside.flatMap((labels, i) =>
        labels.map((l) => `${name} slide ${charts[i].slide}: chart label "${short(l)}" outside its picture`)
      )
    ];
  } finally {
    await page.close();
  }
}

/** A Latin word with a hyphen inside it (e-ASIA, COVID-19): Japanese text keeps it whole, as the measure does. */
export const HYPHENATED_WORD = "[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+";

/**
 * Figures of the page's text broken across lines (「約｜2,900人」, "¥14.1｜billion"): each figure with its sign, 約
 * and unit (src/components/quantity.ts) is one unbreakable run wherever the page prints it, in prose and in table
 * cells alike. Each is given with the text it stands in. Exported for its test (test/layout/figures.test.ts).
 */
export const brokenFigures = (page: Page) => brokenRuns(page, "figure");

/**
 * Latin words with an inner hyphen broken across lines at it in Japanese text (「e-｜ASIA」, a word next to Japanese
 * on either side): in English a line may break after a hyphen, but among Japanese, where lines break between
 * characters, it splits a name the reader sees as one. Exported for its test (test/layout/hyphens.test.ts).
 */
export const brokenHyphenated = (page: Page) => brokenRuns(page, "hyphen");

/** The runs of one kind the page sets on more than one line: one walk over its text, one test of each run's boxes. */
function brokenRuns(page: Page, kind: "figure" | "hyphen"): Promise<string[]> {
  return page.evaluate(
    ({kind, figureRun, word}) => {
      const text = (t: string | null) => (t ?? "").replace(/\s+/g, " ").trim().slice(0, 70);
      const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f]/u;
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const value = n.textContent ?? "";
        const el = n.parentElement;
        if (!el || el.closest("svg, style, script, .kit-tip")) continue;
        if (kind === "figure" ? !/\d/.test(value) : !value.includes("-")) continue;
        if (kind === "hyphen" && !(el.closest("[lang]")?.getAttribute("lang") ?? "").startsWith("ja")) continue;
        for (const m of value.matchAll(new RegExp(kind === "figure" ? figureRun : word, "g"))) {
          const next = value.slice(m.index + m[0].length);
          if (kind === "figure") {
            // Digits inside a Latin word or code (COVID-19, supplementary-1, a file name) are no figure.
            if (m[0].length < 2 || /[A-Za-z0-9_./-]/.test(value[m.index - 1] ?? "") || /^[A-Za-z0-9_]/.test(next)) continue;
          } else {
            // In Japanese text: the word's nearest neighbour on either side is Japanese (an id or an English
            // phrase on a Japanese page breaks as Latin text does).
            const before = value.slice(0, m.index).trimEnd().at(-1) ?? "";
            if (!japanese.test(before) && !japanese.test(next.trimStart()[0] ?? "")) continue;
          }
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          // One line box per line: a run set on one line gives rects that share their middle.
          const middles = rects.map((r) => (r.top + r.bottom) / 2);
          const height = Math.min(...rects.map((r) => r.height));
          if (rects.length > 1 && Math.max(...middles) - Math.min(...middles) > height / 2)
            found.push(
              `"${m[0]}" ${kind === "figure" ? "broken across lines" : "broken at its hyphen"} in "${text(el.textContent ?? value)}"`
            );
        }
      }
      return found;
    },
    {kind, figureRun: FIGURE_RUN, word: HYPHENATED_WORD}
  );
}

/**
 * Headings of the page's main column with nothing shown under them before the next heading of their rank or
 * higher (or the end of the page): a section the edition leaves empty, its heading over blank space. Shown is
 * text or a drawing (chart, picture, table) with a box on screen. Exported for its test (test/layout/empty-headings.test.ts).
 */
export function emptyHeadings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector("main") ?? document.body;
    const rank = (el: Element) => (/^H[1-6]$/.test(el.tagName) ? Number(el.tagName[1]) : 0);
    const shown = (el: Element) => {
      const st = getComputedStyle(el);
      return st.visibility !== "hidden" && st.display !== "none" && [...el.getClientRects()].some((r) => r.width > 0 && r.height > 0);
    };
    const found: string[] = [];
    for (const h of main.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
      if (!shown(h)) continue;
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      walker.currentNode = h;
      let content = false;
      for (let n = walker.nextNode(); n && !content; n = walker.nextNode()) {
        if (h.contains(n)) continue;
        if (n instanceof Element) {
          if (rank(n) && rank(n) <= rank(h)) break;
          if (n.closest("style, script")) continue;
          if (/^(svg|img|canvas|table|video)$/i.test(n.tagName) && shown(n)) content = true;
        } else if (n.textContent?.trim() && n.parentElement && !n.parentElement.closest("style, script") && shown(n.parentElement)) {
          // A heading of a lower rank is no content of its own: its section must show something.
          if (!rank(n.parentElement.closest("h1, h2, h3, h4, h5, h6") ?? document.body)) content = true;
        }
      }
      if (!content) found.push(`heading "${(h.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 70)}" over nothing`);
    }
    return found;
  });
}

/**
 * One report page at one width: no sideways scrolling of the page, every chart label inside its SVG and whole (no
 * "…" when the data prints none), no figure broken across lines, no heading over nothing.
 */
async function checkReportPage(browser: Browser, url: string, path: string, width: number, cutMark: boolean): Promise<string[]> {
  const page = await newPage(browser, {width, height: 900});
  try {
    await page.goto(url + path, {waitUntil: "networkidle", timeout: LOAD_MS});
    await page.evaluate(() => document.fonts.ready);
    const r = await page.evaluate((cutMark) => {
      const text = (t: string | null) => (t ?? "").replace(/\s+/g, " ").trim().slice(0, 70);
      const labels: string[] = [];
      const cut: string[] = [];
      for (const svg of document.querySelectorAll("main svg")) {
        const box = svg.getBoundingClientRect();
        if (box.width === 0) continue;
        for (const t of svg.querySelectorAll("text")) {
          if (!t.textContent?.trim()) continue;
          // Plot cuts a label too long for its room with "…" (textOverflow): lost words, though inside the chart.
          if (cutMark && t.textContent.includes("\u2026")) cut.push(`${svg.closest("[id]")?.id ?? "chart"}: "${text(t.textContent)}"`);
          const r = t.getBoundingClientRect();
          if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
            labels.push(`${svg.closest("[id]")?.id ?? "chart"}: "${text(t.textContent)}"`);
        }
      }
      return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth, labels, cut};
    }, cutMark);
    // A hyphenated word in Japanese text is one of the runs FIGURE_RUN holds: brokenFigures finds it broken too.
    const broken = await brokenFigures(page);
    const empty = await emptyHeadings(page);
    return [
      ...(r.scroll > r.inner + 1 ? [`${path} at ${width} px: the page is ${r.scroll} px wide, wider than the window`] : []),
      ...r.labels.map((l) => `${path} at ${width} px: chart label ${l} outside its chart`),
      ...r.cut.map((l) => `${path} at ${width} px: chart label ${l} cut with …`),
      ...broken.map((f) => `${path} at ${width} px: ${f}`),
      ...empty.map((f) => `${path} at ${width} px: ${f}`)
    ];
  } finally {
    await page.close();
  }
}

/** Words a sheet prints past its edges. */
const offSheet = (s: Sheet) => s.words.filter((w) => w.xMin < -1 || w.yMin < -1 || w.xMax > s.width + 1 || w.yMax > s.height + 1);

/** A PDF's overprinted words, (nearly) empty sheets and words off the sheet. */
function checkPdf(sheets: Sheet[], name: string, {minLines = 3} = {}): string[] {
  return [
    ...sheets.flatMap((s) => overlappingWords(s)).map((o) => describeOverlap(name, o)),
    ...nearEmptySheets(sheets, {minLines}).map(
      (s) =>
        `${name} p.${s.page}: nearly empty: ${
          contentLines(s)
            .map((l) => l.map((w) => w.text).join(" "))
            .join(" / ") || "(blank)"
        }`
    ),
    ...sheets.flatMap((s) => offSheet(s).map((w) => `${name} p.${s.page}: "${w.text}" off the sheet`))
  ];
}

/** The report's headings (its bookmarks) each followed on its sheet by some of its section. */
function checkHeadings(sheets: Sheet[], file: string, name: string): string[] {
  return strandedHeadings(sheets, readOutline(file)).map(
    (h) => `${name} p.${h.page}: heading "${short(h.title)}" alone at the foot of the sheet`
  );
}

/** Every word of each slide on its handout page, one page per slide. */
function checkHandout(deck: Sheet[], handout: Sheet[], name: string): string[] {
  const out = deck.length === handout.length ? [] : [`${name}: ${handout.length} pages for ${deck.length} slides`];
  deck.forEach((slide, i) => {
    if (!handout[i]) return;
    const missing = missingWords(slide, handout[i]);
    if (missing.length) out.push(`${name} p.${i + 1}: the slide's words missing: ${short(missing.join(" "))}`);
  });
  return out;
}

/** The editable PPTX as LibreOffice prints it: words on the slide, above the footer band, none overprinted. */
function checkEditable(sheets: Sheet[], name: string): string[] {
  const out = [
    ...sheets.flatMap((s) => overlappingWords(s)).map((o) => describeOverlap(name, o)),
    ...sheets.flatMap((s) => offSheet(s).map((w) => `${name} slide ${s.page}: "${w.text}" off the slide`))
  ];
  for (const s of sheets) {
    const top = PPTX_FRAME.footerTop * s.height;
    const low = s.words.filter((w) => w.yMin < top - 2 && w.yMax > top + 2);
    if (low.length) out.push(`${name} slide ${s.page}: runs into the footer band: ${short(low.map((w) => w.text).join(" "))}`);
  }
  return out;
}

/** Whether the data files published with the build (dist/csv) print "…" themselves. */
function dataHasEllipsis(dist: string): boolean {
  const dir = join(dist, DATA_FOLDER);
  return existsSync(dir) && readdirSync(dir).some((f) => readFileSync(join(dir, f), "utf8").includes("\u2026"));
}

export interface CheckOptions {
  /** Progress lines (which output is being checked). */
  log?: (line: string) => void;
}

/** Every finding on the outputs in `dist` (a finished build), one line each; empty when everything fits. */
export async function checkOutputs(dist: string, {log = () => {}}: CheckOptions = {}): Promise<string[]> {
  const findings: string[] = [];
  const need = (file: string) => {
    if (existsSync(join(dist, file))) return true;
    findings.push(`${file}: missing (build with Chromium for PDFs and Marp's PPTX)`);
    return false;
  };
  const cutMark = !dataHasEllipsis(dist);
  const browser = await launch();
  const site = await serve(dist);
  try {
    for (const lang of LANGS) {
      const html = `slides/briefing-${lang}.html`;
      log(`checking ${html} in Chromium`);
      if (need(html)) findings.push(...(await checkMarpHtml(browser, join(dist, html), html, cutMark)));
    }
    // The report's pages a few at a time: each waits mostly on its own scripts and fonts.
    const jobs = LANGS.flatMap((lang) =>
      PAGES.flatMap((p) => WIDTHS.map((width) => ({path: `${lang === "ja" ? "" : "/en"}/${p.name}.html`, width})))
    );
    const results: string[][] = [];
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < jobs.length; i = next++) {
        log(`checking ${jobs[i].path} at ${jobs[i].width} px`);
        results[i] = await checkReportPage(browser, site.url, jobs[i].path, jobs[i].width, cutMark);
      }
    };
    await Promise.all(Array.from({length: PAGE_CONCURRENCY}, worker));
    findings.push(...results.flat());
  } finally {
    await browser.close();
    await site.close();
  }
  for (const lang of LANGS) {
    const deck = `slides/briefing-${lang}.pdf`;
    const handout = `slides/briefing-${lang}-handout.pdf`;
    const report = `report-${lang}.pdf`;
    log(`checking ${deck}, ${handout} and ${report}`);
    const sheets = Object.fromEntries([deck, handout, report].filter(need).map((f) => [f, readSheets(join(dist, f))]));
    for (const [f, s] of Object.entries(sheets)) findings.push(...checkPdf(s, f));
    if (sheets[report]) findings.push(...checkHeadings(sheets[report], join(dist, report), report));
    if (sheets[deck] && sheets[handout]) findings.push(...checkHandout(sheets[deck], sheets[handout], handout));
  }
  const missing = sofficeMissing();
  if (missing) findings.push(`editable PPTX not checked: ${missing}`);
  else {
    const files = LANGS.map((l) => `slides/briefing-${l}-editable.pptx`).filter(need);
    log(`checking ${files.join(" and ")} as LibreOffice prints them`);
    const out = mkdtempSync(join(tmpdir(), "kit-layout-lo-"));
    try {
      const pdfs = libreOfficePdfs(
        files.map((f) => join(dist, f)),
        out
      );
      files.forEach((f, i) => findings.push(...checkEditable(readSheets(pdfs[i]), `${f} (LibreOffice)`)));
    } finally {
      rmSync(out, {recursive: true, force: true});
    }
  }
  return findings;
}

/** pdftotext and pdffonts (poppler) are needed for the PDF checks: a message saying how to get them, if absent. */
export function popplerMissing(): string | undefined {
  try {
    execFileSync("pdftotext", ["-v"], {stdio: "ignore"});
    return undefined;
  } catch {
    return "pdftotext (poppler) is not installed: apt-get install -y poppler-utils";
  }
}
