// The PDF checker finds a heading left alone at the foot of its sheet (scripts/pdfcheck.ts strandedHeadings, run
// on the report PDFs by scripts/layoutcheck.ts). Small fixture documents are printed by Chromium as the report is
// (A4, the report's margins, bookmarks from the headings), with a spacer of measured height that leaves room on the
// first sheet for the heading alone, or for the heading and the block after it; then the report's own print
// stylesheet (src/style.css) is shown to carry the heading over to the sheet of its block.
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launch} from "../../scripts/browser.js";
import {parseOutline, readOutline, readSheets, strandedHeadings, type Heading} from "../../scripts/pdfcheck.js";
import {root} from "../support/built.js";

const CSS = readFileSync(join(root, "src", "style.css"), "utf8");
/** The height of an A4 sheet's content box with the report's margins (scripts/report-pdf.ts printPdf), in CSS px. */
const SHEET_PX = ((297 - 16 - 18) * 96) / 25.4;
const HEADING = "大学の国際共同研究の見通し";
/** A few lines of body text (the spacer's content, so the first sheet is no empty sheet). */
const LINES = Array.from({length: 6}, (_, i) => `<p style="margin:0 0 8px">本文の${i + 1}行目。Body text of the fixture.</p>`).join("");

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), "kit-headings-"));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, {recursive: true, force: true});
});

/** `body` in the report's print document, printed as the report is; the headings the checker finds alone. */
async function strandedIn(body: string, css: string, name: string): Promise<Heading[]> {
  const page = await browser.newPage();
  try {
    await page.setContent(`<!DOCTYPE html><html lang="ja"><head><style>${css}
body { margin: 0; font-size: 16px; line-height: 1.5; }
h2 { font-size: 24px; line-height: 32px; margin: 0; }
.block { break-inside: avoid; margin: 0; }
</style></head><body><main id="observablehq-main" class="kit-print">${body}</main></body></html>`);
    await page.emulateMedia({media: "print"});
    const file = join(dir, `${name}.pdf`);
    await page.pdf({
      path: file,
      format: "A4",
      margin: {top: "16mm", bottom: "18mm", left: "16mm", right: "16mm"},
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: `<div style="width:100%;font-size:8px;text-align:center"><span class="pageNumber"></span></div>`,
      outline: true,
      tagged: true
    });
    return strandedHeadings(readSheets(file), readOutline(file));
  } finally {
    await page.close();
  }
}

/**
 * A first sheet that leaves `room` px under a spacer, then an h2 (32 px, with the report's padding about 40) and
 * a paragraph that cannot be broken (about 80 px).
 */
async function stranded(room: number, {css = ""}: {css?: string} = {}): Promise<Heading[]> {
  const body = `<div style="height:${SHEET_PX - room}px;overflow:hidden">${LINES}</div>
<h2>${HEADING}</h2><p class="block">見出しの後の段落。${"続く文章。".repeat(40)}</p>${LINES}`;
  return strandedIn(body, css, `room-${room}-${css ? "kit" : "plain"}`);
}

/**
 * Two report pages as scripts/report-pdf.ts composes them, the first ending in a section the edition leaves empty
 * (a group with no cards): its heading, in the keep wrapper with the empty container, and nothing after it.
 */
const EMPTY_SECTION = `<section class="kit-print-page"><p class="kit-print-label">成果</p><h1>これまでの成果</h1>${LINES}
<div class="kit-keep"><h2>${HEADING}</h2><div class="kit-cards">
  </div></div></section><section class="kit-print-page"><p class="kit-print-label">次</p><h1>次のページ</h1>${LINES}</section>`;

describe("a heading alone at the foot of its sheet", () => {
  it("is found when its block goes to the next sheet", async () => {
    expect(await stranded(60)).toEqual([{page: 1, title: HEADING}]);
  });

  it("is not found when its block follows it on the sheet", async () => {
    expect(await stranded(400)).toEqual([]);
  });

  it("is carried to its block's sheet by the report's print stylesheet", async () => {
    expect(await stranded(60, {css: CSS})).toEqual([]);
  });

  it("is found over an empty section at the end of a report page", async () => {
    expect(await strandedIn(EMPTY_SECTION, ".kit-print-page { break-before: page; }", "empty-plain")).toEqual([{page: 1, title: HEADING}]);
  });

  it("is left out, with its empty section, by the report's print stylesheet", async () => {
    expect(await strandedIn(EMPTY_SECTION, CSS, "empty-kit")).toEqual([]);
  });
});

describe("parseOutline", () => {
  it("reads every level of pdftohtml's outline with its sheet, unescaping the title", () => {
    const xml = `<pdf2xml><page number="1"><text>x</text></page><outline><item page="1">A &amp; B</item><outline><item page="3">&lt;C&gt;</item></outline></outline></pdf2xml>`;
    expect(parseOutline(xml)).toEqual([
      {page: 1, title: "A & B"},
      {page: 3, title: "<C>"}
    ]);
  });
});
