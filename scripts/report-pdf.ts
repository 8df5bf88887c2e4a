// The report as one printable PDF per language (report-ja.pdf, report-en.pdf): every page of the built site,
// rendered in Chromium exactly as a reader sees it, gathered behind a cover into one long print document, and
// printed on A4 with page numbers and bookmarks (Chromium's outline from the headings). The print stylesheet
// (src/style.css, @media print) hides the controls, keeps each chart on one page and repeats table headers.
import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import type {Browser, Page, Request} from "playwright-core";
import type {Briefing} from "../src/lib/briefing.js";
import {asOfText, briefingTitle, documentLink, documentTitle, editionLabel, sourceLine} from "../src/lib/edition.js";
import {escapeHtml} from "../src/lib/escape.js";
import {stableJson} from "../src/lib/json.js";
import type {Lang} from "../src/lib/format.js";
import {PAGES} from "../src/lib/site.js";
import {reportWords} from "../src/locale/report.js";
import {FIGURE_CLASS, FIGURE_RUN} from "../src/components/quantity.js";
import {chromePath, launch, PAGE_PARALLELISM} from "./browser.js";
import {cachedOutputs, codeVersion, outputKey, storeOutputs, toolchainParts, treeParts} from "./outputcache.js";
import {serve} from "./serve.js";

export const REPORT_LANGS: Lang[] = ["ja", "en"];
export const reportPdfName = (lang: Lang) => `report-${lang}.pdf`;

/** Width of the browser window the pages are drawn in: the A4 text width (210 mm less 2 × 16 mm) in CSS px, plus Framework's page padding. */
const PRINT_WIDTH = 740;

/** The cover: the briefing's title, the document, its edition and as-of date, all from the data. */
export function coverHtml(b: Briefing, lang: Lang): string {
  const e = escapeHtml;
  const w = reportWords(lang);
  const link = documentLink(b);
  const original = link ? `${e(w.linkSeparator)}<a href="${e(link.url)}">${e(w.originalDocument)}</a>` : "";
  // From the site's root: the PDF sits there, and its links are written relative to it (see `relativeLinks`).
  const deck = `/slides/briefing-${lang}`;
  const slides = [
    ["HTML", ".html"],
    ["PDF", ".pdf"],
    [w.cover.handoutPdf, "-handout.pdf"],
    ["PPTX", ".pptx"],
    [w.editablePptx, "-editable.pptx"]
  ]
    .map(([label, ext]) => `<a href="${deck}${ext}">${e(label)}</a>`)
    .join(e(w.linkSeparator));
  return `<section class="kit-cover">
<p class="kit-cover-title">${e(briefingTitle(b, lang))}</p>
<p class="kit-cover-document">${e(documentTitle(b, lang))}</p>
<dl class="kit-cover-facts">
<dt>${e(w.cover.edition)}</dt><dd>${e(editionLabel(b, lang))}</dd>
<dt>${e(w.figuresAsOf)}</dt><dd>${e(asOfText(b, lang))}</dd>
</dl>
<p class="kit-cover-source">${e(sourceLine(b, lang))}${original}</p>
<p class="kit-cover-slides">${w.cover.slides(slides)}</p>
</section>`;
}

/** Page numbers at the foot of every sheet. Chromium draws it apart from the page, without its fonts: digits only. */
const FOOTER = `<div style="width:100%;font-size:8px;text-align:center;color:#444;font-family:sans-serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`;

/** How long a page may take to be drawn before the report PDF gives up on it. */
const DRAW_TIMEOUT_MS = 120_000;

/**
 * Opens a page and waits until its cells, charts and fonts are drawn: the page loaded, no request of it still
 * unanswered, no cell showing Framework's loading placeholder, the fonts ready, and nothing in the document
 * changed for a moment, twice in a row (a chart drawn by `resize` lands in the frame after its container is laid
 * out, well within it). Waiting for readiness rather than for `networkidle` (half a second without a request on
 * every page, about 3.5 s per language; issue #21) ends as soon as the page is drawn.
 */
async function rendered(tab: Page, url: string): Promise<void> {
  // By request, not a count: a request the previous page left behind that ends now is no request of this one.
  const pending = new Set<Request>();
  const started = (r: Request) => pending.add(r);
  const ended = (r: Request) => pending.delete(r);
  tab.on("request", started);
  tab.on("requestfinished", ended);
  tab.on("requestfailed", ended);
  try {
    const response = await tab.goto(url, {waitUntil: "load"});
    if (!response?.ok()) throw new Error(`report PDF: ${url} answered ${response?.status()}`);
    const deadline = Date.now() + DRAW_TIMEOUT_MS;
    // Two quiet checks in a row: a cell that goes on after a fetch has made its request by the second.
    for (let quiet = 0; quiet < 2;) {
      if (Date.now() > deadline) throw new Error(`report PDF: ${url} was still being drawn after ${DRAW_TIMEOUT_MS / 1000} s`);
      // Asked every time, even with requests pending: the wait in the page lets their events arrive meanwhile.
      const still = await tab.evaluate(STILL_IN_PAGE);
      quiet = still && pending.size === 0 ? quiet + 1 : 0;
    }
  } finally {
    tab.off("request", started);
    tab.off("requestfinished", ended);
    tab.off("requestfailed", ended);
  }
  const failed = await tab.locator(".observablehq--error").count();
  if (failed) throw new Error(`report PDF: ${failed} cell(s) failed on ${url}`);
}

/** How long the document must stay unchanged, with no request pending, to count as drawn (twice in a row). */
const STILL_MS = 50;

/**
 * In the page: true when its fonts are loaded, no cell shows Framework's loading placeholder, and the document
 * did not change for STILL_MS. A timer, not animation frames: asking for frames would make Chromium draw the page
 * again and again while it waits, work that competes with the build for the cores. A string, so that no
 * bundler's helper ends up in the page.
 */
const STILL_IN_PAGE = `(async () => {
  const wait = () => new Promise((resolve) => setTimeout(resolve, ${STILL_MS}));
  await document.fonts.ready;
  if (document.readyState !== "complete" || document.querySelector("observablehq-loading, .observablehq--loading")) {
    await wait();
    return false;
  }
  let changed = false;
  const watch = new MutationObserver(() => (changed = true));
  watch.observe(document.documentElement, {subtree: true, childList: true, attributes: true, characterData: true});
  await wait();
  watch.disconnect();
  return !changed && document.fonts.status === "loaded";
})()`;

async function printLanguage(browser: Browser, base: string, b: Briefing, lang: Lang, path: string): Promise<void> {
  // A context of its own (not browser.newPage's), so that composePrintDocument can open a second tab in it.
  const context = await browser.newContext({viewport: {width: PRINT_WIDTH, height: 1200}});
  try {
    const tab = await context.newPage();
    await composePrintDocument(tab, base, b, lang);
    await printPdf(tab, path);
  } finally {
    await context.close();
  }
}

/** Prints the composed document in `tab` to `path`: A4, page numbers, bookmarks, tagged. */
export async function printPdf(tab: Page, path: string): Promise<void> {
  const pdf = await tab.pdf({
    format: "A4",
    printBackground: true,
    margin: {top: "16mm", bottom: "18mm", left: "16mm", right: "16mm"},
    displayHeaderFooter: true,
    headerTemplate: "<span></span>",
    footerTemplate: FOOTER,
    outline: true,
    tagged: true
  });
  writeFileSync(path, reproducible(relativeLinks(pdf, LINK_ORIGIN)));
}

/**
 * The PDF as a function of its pages alone, so two builds of the same data give the same bytes (issue #16 item 7):
 * - Chromium writes /CreationDate and /ModDate (the print time) into the document information: each entry is
 *   overwritten with spaces of its own length (no object moves, the cross-reference offsets stay right; a reader
 *   shows no date rather than a made-up one);
 * - the tagged PDF's structure elements carry IDs from Chromium's DOM node counter ((node00002811)), which starts
 *   wherever the browser's earlier work left it: they are renumbered 1, 2, … in their numeric order, at the same
 *   width, so the ID tree stays sorted and every reference still matches.
 */
export function reproducible(pdf: Buffer): Buffer {
  const text = pdf.toString("latin1");
  const ids = [...new Set([...text.matchAll(/\(node(\d{8})\)/g)].map((m) => m[1]))].sort();
  const renumbered = new Map(ids.map((id, i) => [id, String(i + 1).padStart(8, "0")]));
  const out = text
    .replace(/\/(?:CreationDate|ModDate) ?\(D:[^)]*\)/g, (entry) => " ".repeat(entry.length))
    .replace(/\(node(\d{8})\)/g, (_, id: string) => `(node${renumbered.get(id)})`);
  return out === text ? pdf : Buffer.from(out, "latin1");
}

/** The origin links to the site's own files are written against while printing (never a real address). */
export const LINK_ORIGIN = "http://kit-report.invalid";

/**
 * Makes the PDF's links to `origin` relative (`(http://…/csv/budget.csv)` → `(csv/budget.csv)`): a PDF reader
 * resolves a relative URI against the PDF's own location, the site's root, where those files sit. The objects
 * after each shortened link move up, so the cross-reference table's offsets and `startxref` are rewritten;
 * Chromium (Skia) writes one classic table and keeps link annotations out of compressed streams.
 */
export function relativeLinks(pdf: Uint8Array, origin: string): Buffer {
  const text = Buffer.from(pdf).toString("latin1");
  const startxref = text.lastIndexOf("startxref");
  const xrefAt = Number(/startxref\s+(\d+)/.exec(text.slice(startxref))?.[1]);
  if (startxref < 0 || !Number.isFinite(xrefAt) || !text.startsWith("xref", xrefAt))
    throw new Error("report PDF: no cross-reference table where startxref points");
  const needle = `(${origin}/`;
  const cuts: number[] = [];
  for (let at = text.indexOf(needle); at >= 0 && at < xrefAt; at = text.indexOf(needle, at + needle.length)) cuts.push(at);
  if (!cuts.length) return Buffer.from(pdf);
  const shift = needle.length - 1;
  const moved = (offset: number) => offset - shift * cuts.filter((c) => c < offset).length;
  const body = text.slice(0, xrefAt).split(needle).join("(");
  // Entries are "oooooooooo ggggg n" + a two-byte end: only in-use (n) entries hold offsets.
  const xref = text
    .slice(xrefAt, startxref)
    .replace(/^(\d{10}) (\d{5}) n/gm, (_, offset: string, gen: string) => `${String(moved(Number(offset))).padStart(10, "0")} ${gen} n`);
  const tail = text.slice(startxref).replace(/startxref\s+\d+/, `startxref\n${moved(xrefAt)}`);
  return Buffer.from(body + xref + tail, "latin1");
}

/**
 * Loads every page of the site at `base` in `tab` and leaves there the one print document: cover, then the pages.
 * `tab` must be in a context that can open another page (browser.newContext(), not browser.newPage()).
 */
export async function composePrintDocument(tab: Page, base: string, b: Briefing, lang: Lang): Promise<void> {
  {
    const prefix = `/${reportWords(lang).pathPrefix}`;
    // The first page lends the combined document its stylesheets and fonts: it is drawn in `tab`, where it stays,
    // while the others are drawn one after another in a second tab, so that no page is loaded twice.
    const read = async (reader: Page, page: (typeof PAGES)[number]) => {
      await rendered(reader, `${base}${prefix}${page.name}.html`);
      // The rendered main column, as drawn: charts are SVG by now, so no script has to run again.
      return reader.evaluate(
        ({name, label}) => {
          const main = document.querySelector("#observablehq-main")!;
          // The page's name above its title, like a running head. It also keeps the title from being the
          // first text on its sheet, which Chromium 156 would name twice in the bookmark.
          return `<section class="kit-print-page" data-page="${name}"><p class="kit-print-label">${label}</p>${main.innerHTML}</section>`;
        },
        {name: page.name, label: escapeHtml(page[lang])}
      );
    };
    const [first, ...rest] = PAGES;
    const others = await tab.context().newPage();
    const parts: string[] = [];
    try {
      const readRest = async () => {
        const out: string[] = [];
        for (const page of rest) out.push(await read(others, page));
        return out;
      };
      const [head, tail] = await Promise.all([read(tab, first), readRest()]);
      parts.push(head, ...tail);
    } finally {
      await others.close();
    }
    // tsx (esbuild, keepNames) wraps named functions in __name(), which the page does not define.
    await tab.evaluate("globalThis.__name ??= (f) => f");
    await tab.evaluate(
      ({cover, parts, title, origin, chartMax, figureRun, figureClass}) => {
        document.title = title;
        document.body.innerHTML = `<main id="observablehq-main" class="kit-print">${cover}${parts.join("")}</main>`;
        // Headings lose Framework's self-links: Chromium names a bookmark twice when the heading holds one.
        for (const a of document.querySelectorAll("a.observablehq-header-anchor")) a.replaceWith(...a.childNodes);
        // A block written as ${…} in Markdown sits in a <p>; re-parsed here it follows that <p>, left empty. An
        // empty paragraph still has margins: at the foot of a sheet they spilled onto a blank sheet of their own,
        // and after a heading they kept the heading apart from its block.
        for (const p of document.querySelectorAll("main p"))
          if (!p.childNodes.length || (!p.textContent?.trim() && !p.children.length)) p.remove();
        // A heading and the block after it stay on one sheet (Chromium ignores break-after: avoid here): one
        // unbreakable wrapper, which Chromium still breaks when the pair is taller than a sheet.
        // A page's running head, its title and the block under it likewise: a page that follows on from the one
        // before on the same sheet (avoidNearEmptySheets) must not leave its head alone at the foot of that sheet.
        for (const label of document.querySelectorAll(".kit-print-label")) {
          const h1 = label.nextElementSibling;
          if (h1?.tagName !== "H1") continue;
          const keep = document.createElement("div");
          keep.className = "kit-keep kit-page-head";
          label.before(keep);
          const next = h1.nextElementSibling;
          keep.append(label, h1, ...(next && !/^H[1-6]$/.test(next.tagName) ? [next] : []));
        }
        for (const h of document.querySelectorAll("main h2, main h3")) {
          const next = h.nextElementSibling;
          if (!next || /^H[1-6]$/.test(next.tagName)) continue;
          const keep = document.createElement("div");
          keep.className = "kit-keep";
          h.before(keep);
          keep.append(h, next);
        }
        // Links to the site's own files (downloads, slides, other pages) point from the PDF to the file beside
        // it: Chromium writes every link as an absolute URL, so they are written against LINK_ORIGIN, which
        // relativeLinks() then removes from the PDF (the local server's address would be dead, and vary).
        for (const a of document.querySelectorAll<HTMLAnchorElement>("main a[href]")) {
          if (a.getAttribute("href")!.startsWith("#")) continue;
          const url = new URL(a.href);
          if (url.origin === location.origin) a.href = `${origin}${url.pathname}${url.search}${url.hash}`;
        }
        // A figure keeps its sign, 約 and unit on one line wherever a page printed it as plain text (a chart's
        // summary, a passage of the document): the rule of components/quantity.ts, applied to every text node.
        const walker = document.createTreeWalker(document.querySelector("main")!, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) =>
            n.parentElement?.closest(`svg, style, script, .kit-amount, .kit-tip, .${figureClass}`)
              ? NodeFilter.FILTER_REJECT
              : NodeFilter.FILTER_ACCEPT
        });
        const texts: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
        for (const t of texts) {
          const value = t.nodeValue ?? "";
          const parts: (string | Node)[] = [];
          let at = 0;
          for (const m of value.matchAll(new RegExp(figureRun, "g"))) {
            if (m[0].length < 2) continue;
            parts.push(value.slice(at, m.index));
            const span = document.createElement("span");
            span.className = figureClass;
            span.textContent = m[0];
            parts.push(span);
            at = m.index + m[0].length;
          }
          if (!at) continue;
          parts.push(value.slice(at));
          t.replaceWith(...parts.filter((p) => p !== ""));
        }
        // Details (chart tables, raw data files) print closed: their summaries are hidden by the print stylesheet.
        for (const d of document.querySelectorAll("details")) d.open = false;
        // A chart is one unbreakable picture: one taller than a sheet less its heading and caption went to a
        // sheet of its own and left its heading alone on the sheet before (30 programmes). Scaled down to fit.
        const fit = document.createElement("style");
        fit.textContent = `@media print { .kit-figure svg { max-height: ${chartMax}px; width: auto; } }`;
        document.head.append(fit);
      },
      {
        cover: coverHtml(b, lang),
        parts,
        title: briefingTitle(b, lang),
        origin: LINK_ORIGIN,
        chartMax: Math.floor(SHEET.height * CHART_SHARE),
        figureRun: FIGURE_RUN,
        figureClass: FIGURE_CLASS
      }
    );
    await tab.evaluate(() => document.fonts.ready);
    await tab.emulateMedia({media: "print"});
    await avoidNearEmptySheets(tab);
  }
}

/** A4 less the margins of `printPdf`, in CSS px: the box each sheet's content is laid out in. */
const MM = 96 / 25.4;
const SHEET = {width: (210 - 16 - 16) * MM, height: (297 - 16 - 18) * MM};
/** The share of a sheet a chart's picture may take: the rest holds its heading, caption and summary. */
const CHART_SHARE = 0.7;
/** A sheet holding fewer lines than this at the end of a page of the report reads as a mistake. */
const MIN_LINES = 4;
/**
 * Nor does a sheet filled to less than this share of its height: a page's last sheet as short as that lets the
 * next page follow on, under its running head, instead of starting a sheet of its own.
 */
export const MIN_FILL = 0.25;

/**
 * No sheet is left nearly empty where a page of the report ends. Each page starts a new sheet unless the sheet
 * its predecessor ends on would then be filled to less than MIN_FILL: there it follows on (kit-flow). A page's
 * last sheet holding a line or two that no next page can join (the end of the report) takes the block before it
 * too (kit-break), so that sheet carries a few blocks instead. Where the sheets break is measured, not guessed:
 * the document is laid out once in columns one sheet wide and high, which Chromium fragments with the same
 * rules as printed sheets, and the lines and the depth of ink in each column are measured.
 */
async function avoidNearEmptySheets(tab: Page): Promise<void> {
  // tsx (esbuild, keepNames) wraps the named helpers below in __name(), which the page does not define.
  await tab.evaluate("globalThis.__name ??= (f) => f");
  for (let round = 0; round < 16; round++) {
    const moved = await tab.evaluate(
      ({sheet, minLines, minFill}) => {
        const main = document.querySelector<HTMLElement>("main.kit-print")!;
        const measuring = document.createElement("style");
        measuring.textContent = `main.kit-print { column-width: ${sheet.width}px; column-gap: 0; column-fill: auto; width: ${sheet.width}px !important; height: ${sheet.height}px; max-width: none !important; padding: 0 !important; margin: 0 !important; }
.kit-print-page:not(.kit-flow), .kit-break { break-before: column !important; } .kit-cover { break-after: column !important; }`;
        document.head.append(measuring);
        try {
          const box = main.getBoundingClientRect();
          const column = (r: DOMRect) => Math.floor((r.left + 1 - box.left) / sheet.width);
          // How far down each column the ink reaches (text and pictures), over the whole document.
          const depth = new Map<number, number>();
          const inked = (r: DOMRect) => {
            if (!r.width || !r.height) return;
            const c = column(r);
            depth.set(c, Math.max(depth.get(c) ?? 0, r.bottom - box.top));
          };
          // Each page of the report: the lines in each column it reaches.
          const pages = [...document.querySelectorAll<HTMLElement>(".kit-print-page")];
          const lines = new Map<HTMLElement, Map<number, Set<number>>>();
          const range = document.createRange();
          for (const section of pages) {
            const own = new Map<number, Set<number>>();
            lines.set(section, own);
            const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              if (!n.textContent?.trim()) continue;
              range.selectNodeContents(n);
              for (const r of range.getClientRects()) {
                if (!r.width || !r.height) continue;
                inked(r);
                const c = column(r);
                if (!own.has(c)) own.set(c, new Set());
                own.get(c)!.add(Math.round(r.top / 4));
              }
            }
            for (const pic of section.querySelectorAll("svg, img")) for (const r of pic.getClientRects()) inked(r);
          }
          // Sheets by their column: the pages with lines on each (a page may follow on from the one before).
          const columns = [...depth.keys()].sort((x, y) => x - y);
          const lastColumn = columns.at(-1);
          const starts = (el: Element) => {
            const r = el.getClientRects()[0];
            return r ? column(r) : -1;
          };
          for (const c of columns) {
            const here = pages.filter((p) => lines.get(p)!.has(c));
            const section = here.at(-1);
            if (!section) continue;
            // The last sheet of the report may be short, unless it holds only a line or two.
            const sparse = c === lastColumn ? lines.get(section)!.get(c)!.size < minLines : (depth.get(c) ?? 0) < sheet.height * minFill;
            if (!sparse) continue;
            const next = pages[pages.indexOf(section) + 1];
            const ends = Math.max(...lines.get(section)!.keys()) === c;
            // The sheet a page ends on: the next page follows on, under its running head.
            if (ends && next && !next.classList.contains("kit-flow")) {
              next.classList.add("kit-flow");
              return true;
            }
            // A sheet within a page (or the report's last): the block before the one that starts this sheet goes
            // to a new sheet too, if the sheet it leaves stays filled to MIN_FILL. The outermost block that starts
            // here; the block before it (or before its nearest ancestor that has one).
            let block: Element | null = [...section.querySelectorAll("*")].find((el) => starts(el) === c) ?? null;
            // A sheet break falls between blocks: a span that starts the sheet in a line broken across two is no block.
            while (block && block !== section && getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
            while (block && block.parentElement !== section && starts(block.parentElement!) === c) block = block.parentElement;
            while (block && block !== section && !block.previousElementSibling) block = block.parentElement;
            const before = block && block !== section ? block.previousElementSibling : null;
            if (!before || before.classList.contains("kit-page-head") || before.classList.contains("kit-break")) continue;
            const top = before.getClientRects()[0];
            if (!top || column(top) !== c - 1 || top.top - box.top < sheet.height * minFill) continue;
            before.classList.add("kit-break");
            return true;
          }
          return false;
        } finally {
          measuring.remove();
        }
      },
      {sheet: SHEET, minLines: MIN_LINES, minFill: MIN_FILL}
    );
    if (!moved) return;
  }
}

/**
 * The key of each language's report PDF: every file of the site it prints (pages, scripts, styles, fonts, the
 * briefing the pages load, the CSV downloads it links), the briefing the cover is made from, the code that prints
 * it (this module and its imports, scripts/browser.ts among them), and the packages, Node, the environment, the
 * browser and the system's fonts (toolchainParts).
 */
export function reportPdfKeys(siteDir: string, briefing: Briefing, browser = chromePath()): (lang: Lang) => string {
  const site = treeParts(siteDir, (rel) => REPORT_LANGS.some((l) => rel === reportPdfName(l)));
  const code = codeVersion(["scripts/report-pdf.ts"]);
  const toolchain = toolchainParts(browser);
  const briefingJson = stableJson(briefing);
  return (lang: Lang) => outputKey(["report-pdf", lang, code, ...toolchain, briefingJson, ...site]);
}

/**
 * A browser and a server for the report PDFs, started while Framework is still writing the site (the server
 * reads each file when it is asked for, so it can start before they exist): Chromium's start-up then overlaps
 * the build instead of following it (issue #21). Whoever starts it closes it.
 */
export interface ReportPrinter {
  server: Promise<{url: string; close: () => Promise<void>}>;
  browser: Promise<Browser>;
  close: () => Promise<void>;
}

/** Starts a ReportPrinter for the site that will be in `siteDir`; undefined without Chromium (nothing to start). */
export function startReportPrinter(siteDir: string): ReportPrinter | undefined {
  if (!chromePath()) return undefined;
  const server = serve(siteDir);
  const browser = launch();
  // A failure is reported where the printer is used (buildReportPdfs), not as an unhandled rejection meanwhile.
  server.catch(() => {});
  browser.catch(() => {});
  return {
    server,
    browser,
    close: async () => {
      await Promise.allSettled([browser.then((b) => b.close()), server.then((s) => s.close())]);
    }
  };
}

/**
 * Prints report-ja.pdf and report-en.pdf of the built site in `siteDir` into `outDir`. Without Chromium it
 * writes nothing and says so (like the slide PDFs); any other failure throws, naming the page.
 */
export async function buildReportPdfs(
  siteDir: string,
  outDir: string,
  briefing: Briefing,
  {
    log = (line: string) => console.error(line),
    printer
  }: {
    log?: (line: string) => void;
    /** Started before `siteDir` was written (startReportPrinter) and closed by the caller; otherwise one is started here. */
    printer?: ReportPrinter;
  } = {}
): Promise<{written: string[]; skipped: string | null}> {
  if (!chromePath()) {
    const reason = "no Chromium found (install chromium or set CHROME_PATH)";
    log(`report: skipped the report PDFs: ${reason}`);
    return {written: [], skipped: reason};
  }
  // Each language's PDF is a function of the site it prints (every file of it), the briefing, this module and
  // what it imports, and the toolchain: one printed before from the same is reused (scripts/outputcache.ts).
  const key = reportPdfKeys(siteDir, briefing);
  const written = REPORT_LANGS.map((lang) => join(outDir, reportPdfName(lang)));
  const missing: Lang[] = [];
  const reused: string[] = [];
  REPORT_LANGS.forEach((lang, i) => {
    const hit = cachedOutputs(key(lang), [reportPdfName(lang)]);
    if (hit) {
      writeFileSync(written[i], hit.get(reportPdfName(lang))!);
      reused.push(reportPdfName(lang));
    } else missing.push(lang);
  });
  if (missing.length) {
    const own = printer ? undefined : startReportPrinter(siteDir);
    const {server, browser} = (printer ?? own)!;
    try {
      const [{url}, chromium] = await Promise.all([server, browser]);
      // The languages side by side, as many at once as there are cores.
      for (let i = 0; i < missing.length; i += PAGE_PARALLELISM)
        await Promise.all(
          missing
            .slice(i, i + PAGE_PARALLELISM)
            .map((lang) => printLanguage(chromium, url, briefing, lang, join(outDir, reportPdfName(lang))))
        );
    } finally {
      await own?.close();
    }
    for (const lang of missing) storeOutputs(key(lang), new Map([[reportPdfName(lang), readFileSync(join(outDir, reportPdfName(lang)))]]));
  }
  log(
    `report: wrote ${REPORT_LANGS.map(reportPdfName).join(", ")}${reused.length ? ` (reused ${reused.join(", ")}, made before from the same site)` : ""}`
  );
  return {written, skipped: null};
}
