// A figure with its 約 and unit is one unbreakable run in a table cell as in prose (issue #16: the schemes table at
// 390 px broke 「約｜2,900人」 inside a cell). Cells are set as the report sets them: the page's CSS (src/style.css)
// and the figure spans of src/components/quantity.ts (what DataTable puts in a text cell), in a column narrowed step
// by step, in Chromium; the layout checker's own test for broken figures (scripts/layoutcheck.ts) reads each
// width. The same cells as bare text show that the test can fail: Chromium's phrase breaking splits them.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {brokenFigures} from "../../scripts/layoutcheck.js";
import {FIGURE_CLASS, figureRuns} from "../../src/components/quantity.js";
import {root} from "../support/built.js";
import {checkerPage} from "../support/checkpage.js";

const CSS = readFileSync(join(root, "src", "style.css"), "utf8");
/** Cells as a scheme table prints them: a fact's words with its figure (invented, not this document's). */
const CELLS = ["受入人数 約2,900人", "支援期間 最長5年度、約1,200万円", "About 2,900 visitors a year"];
const WIDTHS = Array.from({length: 15}, (_, i) => 40 + i * 12);

const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
/** A cell's text with each figure in the span keepFigures makes (src/components/quantity.ts). */
const spanned = (t: string) =>
  figureRuns(t)
    .map((r) => (r.figure ? `<span class="${FIGURE_CLASS}">${escape(r.text)}</span>` : escape(r.text)))
    .join("");

/** Every figure broken across lines, over the widths, for the cells drawn by `cell`. */
async function findings(page: Page, cell: (t: string) => string): Promise<string[]> {
  const out: string[] = [];
  for (const width of WIDTHS) {
    const rows = CELLS.map((t) => `<tr><td lang="${/[ぁ-ん一-龯]/.test(t) ? "ja" : "en"}">${cell(t)}</td></tr>`).join("");
    await page.setContent(
      `<!DOCTYPE html><html lang="ja"><head><style>${CSS}</style></head><body><main><table class="kit-table" style="width:${width}px;table-layout:fixed">${rows}</table></main></body></html>`
    );
    out.push(...(await brokenFigures(page)).map((f) => `${width} px: ${f}`));
  }
  return out;
}

const tab = checkerPage();

describe("a figure in a narrow table cell", () => {
  it("breaks when set as bare text (the check sees it)", async () => {
    const found = await findings(tab(), escape);
    expect(found.some((f) => f.includes('"約2,900人" broken'))).toBe(true);
  });

  it("stays on one line in the report's figure spans, at every width", async () => {
    expect(await findings(tab(), spanned)).toEqual([]);
  });
});
