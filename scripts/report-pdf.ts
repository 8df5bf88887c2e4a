// The report as one printable PDF per language (report-ja.pdf, report-en.pdf): every page of the built site,
// rendered in Chromium exactly as a reader sees it, gathered behind a cover into one long print document, and
// printed on A4 with page numbers and bookmarks (Chromium's outline from the headings). The print stylesheet
// (src/style.css, @media print) hides the controls, keeps each chart on one page and repeats table headers.
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import type {Briefing} from "../src/lib/briefing.js";
import {asOfText, briefingTitle, documentTitle, editionLabel, sourceLine} from "../src/lib/edition.js";
import {escapeHtml} from "../src/lib/escape.js";
import type {Lang} from "../src/lib/format.js";
import {PAGES} from "../src/lib/site.js";
import {chromePath, launch} from "./browser.js";
import {serve} from "./serve.js";

export const REPORT_LANGS: Lang[] = ["ja", "en"];
export const reportPdfName = (lang: Lang) => `report-${lang}.pdf`;

/** Width of the browser window the pages are drawn in: the A4 text width (210 mm less 2 × 16 mm) in CSS px, plus Framework's page padding. */
const PRINT_WIDTH = 740;

/** The cover: the briefing's title, the document, its edition and as-of date, all from the data. */
export function coverHtml(b: Briefing, lang: Lang): string {
  const e = escapeHtml;
  return `<section class="kit-cover">
<p class="kit-cover-title">${e(briefingTitle(b, lang))}</p>
<p class="kit-cover-document">${e(documentTitle(b, lang))}</p>
<dl class="kit-cover-facts">
<dt>${lang === "ja" ? "版" : "Edition"}</dt><dd>${e(editionLabel(b, lang))}</dd>
<dt>${lang === "ja" ? "数値の時点" : "Figures as of"}</dt><dd>${e(asOfText(b, lang))}</dd>
</dl>
<p class="kit-cover-source">${e(sourceLine(b, lang))}</p>
</section>`;
}

/** Page numbers at the foot of every sheet. Chromium draws it apart from the page, without its fonts: digits only. */
const FOOTER = `<div style="width:100%;font-size:8px;text-align:center;color:#444;font-family:sans-serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`;

/** Opens a page and waits until its cells, charts and fonts are drawn. */
async function rendered(tab: Page, url: string): Promise<void> {
  const response = await tab.goto(url, {waitUntil: "networkidle"});
  if (!response?.ok()) throw new Error(`report PDF: ${url} answered ${response?.status()}`);
  await tab.evaluate(() => document.fonts.ready);
  const failed = await tab.locator(".observablehq--error").count();
  if (failed) throw new Error(`report PDF: ${failed} cell(s) failed on ${url}`);
}

async function printLanguage(browser: Browser, base: string, b: Briefing, lang: Lang, path: string): Promise<void> {
  const tab = await browser.newPage({viewport: {width: PRINT_WIDTH, height: 1200}});
  try {
    const prefix = lang === "en" ? "/en/" : "/";
    const parts: string[] = [];
    for (const page of PAGES) {
      await rendered(tab, `${base}${prefix}${page.name}.html`);
      // The rendered main column, as drawn: charts are SVG by now, so no script has to run again.
      parts.push(
        await tab.evaluate(
          ({name, label}) => {
            const main = document.querySelector("#observablehq-main")!;
            // The page's name above its title, like a running head. It also keeps the title from being the
            // first text on its sheet, which Chromium 156 would name twice in the bookmark.
            return `<section class="kit-print-page" data-page="${name}"><p class="kit-print-label">${label}</p>${main.innerHTML}</section>`;
          },
          {name: page.name, label: escapeHtml(page[lang])}
        )
      );
    }
    // The first page lends the combined document its stylesheets and fonts; its body becomes cover + pages.
    await rendered(tab, `${base}${prefix}index.html`);
    await tab.evaluate(
      ({cover, parts, title}) => {
        document.title = title;
        document.body.innerHTML = `<main id="observablehq-main" class="kit-print">${cover}${parts.join("")}</main>`;
        // Headings lose Framework's self-links: Chromium names a bookmark twice when the heading holds one.
        for (const a of document.querySelectorAll("a.observablehq-header-anchor")) a.replaceWith(...a.childNodes);
        // A heading and the block after it stay on one sheet (Chromium ignores break-after: avoid here): one
        // unbreakable wrapper, which Chromium still breaks when the pair is taller than a sheet.
        for (const h of document.querySelectorAll("main h2, main h3")) {
          const next = h.nextElementSibling;
          if (!next || /^H[1-6]$/.test(next.tagName)) continue;
          const keep = document.createElement("div");
          keep.className = "kit-keep";
          h.before(keep);
          keep.append(h, next);
        }
        // Details (chart tables, raw data files) print closed: their summaries are hidden by the print stylesheet.
        for (const d of document.querySelectorAll("details")) d.open = false;
      },
      {cover: coverHtml(b, lang), parts, title: briefingTitle(b, lang)}
    );
    await tab.evaluate(() => document.fonts.ready);
    await tab.emulateMedia({media: "print"});
    await tab.pdf({
      path,
      format: "A4",
      printBackground: true,
      margin: {top: "16mm", bottom: "18mm", left: "16mm", right: "16mm"},
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: FOOTER,
      outline: true,
      tagged: true
    });
  } finally {
    await tab.close();
  }
}

/**
 * Prints report-ja.pdf and report-en.pdf of the built site in `siteDir` into `outDir`. Without Chromium it
 * writes nothing and says so (like the slide PDFs); any other failure throws, naming the page.
 */
export async function buildReportPdfs(
  siteDir: string,
  outDir: string,
  briefing: Briefing,
  {log = (line: string) => console.error(line)}: {log?: (line: string) => void} = {}
): Promise<{written: string[]; skipped: string | null}> {
  if (!chromePath()) {
    const reason = "no Chromium found (install chromium or set CHROME_PATH)";
    log(`report: skipped the report PDFs: ${reason}`);
    return {written: [], skipped: reason};
  }
  const server = await serve(siteDir);
  let browser: Browser | undefined;
  try {
    browser = await launch();
    const written: string[] = [];
    for (const lang of REPORT_LANGS) {
      const path = join(outDir, reportPdfName(lang));
      await printLanguage(browser, server.url, briefing, lang, path);
      written.push(path);
    }
    log(`report: wrote ${REPORT_LANGS.map(reportPdfName).join(", ")}`);
    return {written, skipped: null};
  } finally {
    await browser?.close();
    await server.close();
  }
}
