// No sheet of the printed reports is nearly empty: each page of the site starting a sheet of its own once left a
// sheet holding only the overview's notes, or a list's last two items (scripts/report-pdf.ts avoidNearEmptySheets
// now lets a page follow on, or moves a block over). How full a sheet is: how far down its text box its words
// reach (pdftotext -bbox), the page number in the margin left out. The checker is tested on synthetic sheets,
// then run on both reports of the shared fixture build (test/support/built.ts).
import {describe, expect, it} from "vitest";
import {type Sheet, type Word} from "../support/pdfcheck.js";
import {builtSheets} from "../support/built.js";

/** The sheet's text box: A4 less the margins scripts/report-pdf.ts prints with (top 16 mm, bottom 18 mm), as shares. */
const TOP = 16 / 297;
const BOTTOM = (297 - 18) / 297;
/** A sheet filled to less than this share of its text box reads as a mistake, except the document's last. */
const MIN_FILL = 0.2;

/** How far down its text box a sheet's words reach, 0–1 (words in the margins, the page number, left out). */
function sheetFill(sheet: Sheet): number {
  const top = sheet.height * TOP;
  const bottom = sheet.height * BOTTOM;
  const inside = sheet.words.filter((w) => w.yMin >= top - 2 && w.yMax <= bottom + 2);
  if (!inside.length) return 0;
  return Math.min(1, (Math.max(...inside.map((w) => w.yMax)) - top) / (bottom - top));
}

/** The sheets, but the last, filled to less than MIN_FILL, named with their fill and first words. */
function sparseSheets(file: string, sheets: Sheet[]): string[] {
  return sheets
    .slice(0, -1)
    .filter((s) => sheetFill(s) < MIN_FILL)
    .map(
      (s) =>
        `${file} p.${s.page}: ${Math.round(sheetFill(s) * 100)}% (${s.words
          .slice(0, 8)
          .map((w) => w.text)
          .join(" ")})`
    );
}

const word = (y: number, text = "語"): Word => ({text, xMin: 60, xMax: 70, yMin: y, yMax: y + 10});
const a4 = (words: Word[], page = 1): Sheet => ({page, width: 595, height: 842, words});

describe("sheetFill", () => {
  it("measures how far down the text box the words reach, not counting the page number", () => {
    const top = 842 * TOP;
    const bottom = 842 * BOTTOM;
    expect(sheetFill(a4([]))).toBe(0);
    expect(sheetFill(a4([word(top), word(bottom - 10)]))).toBeCloseTo(1, 2);
    // Three notes at the head of a sheet, and the page number at its foot.
    const notes = a4([word(top), word(top + 14), word(top + 28), word(815, "4")]);
    expect(sheetFill(notes)).toBeCloseTo(38 / (bottom - top), 3);
    expect(sparseSheets("x.pdf", [notes, a4([word(bottom - 10)], 2)])).toEqual(["x.pdf p.1: 5% (語 語 語 4)"]);
    // The last sheet may be short.
    expect(sparseSheets("x.pdf", [a4([word(bottom - 10)]), notes])).toEqual([]);
  });
});

const FILES = ["report-ja.pdf", "report-en.pdf"];
const sheets = builtSheets(FILES);

describe.each(FILES)("%s", (file) => {
  it(`fills every sheet but the last to at least ${MIN_FILL * 100}%`, () => {
    expect(sheets[file].length).toBeGreaterThan(2);
    expect(sparseSheets(file, sheets[file])).toEqual([]);
  });
});
