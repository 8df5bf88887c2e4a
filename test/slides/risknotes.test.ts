// The risks slide's notes that qualify figures are a list, one note to a line, not a run of sentences in one
// cell: in the outline ("\n" between items), in the Marp deck (<br>), in the editable PPTX (a paragraph each),
// and measured so (slides/layout.ts rowLines counts every item's lines). Fixture `two`, two ※ notes on programmes' amounts.
import JSZip from "jszip";
import {describe, expect, it} from "vitest";
import type {Lang} from "../../src/lib/format.js";
import {renderDeck} from "../../slides/deck.js";
import {cellItems, DENSITIES, rowLines} from "../../slides/layout.js";
import {deckOutline} from "../../slides/outline.js";
import {editablePptx} from "../../slides/pptx.js";
import {deckWords} from "../../src/locale/deck.js";
import {briefingFromInput} from "../../src/lib/files.js";
import {fixtureInput, fixtureText} from "../support/fixtures.js";

// Fixture two with a second programme note: gamma's current amount carries the note of the section total too,
// so the row lists two notes (the total's own notes are said in the unitemised row, not again here).
const b = briefingFromInput({
  ...fixtureInput("two"),
  "budget.csv": fixtureText("two", "budget.csv").replace('gamma,2031,draft,"1,000",百万円,,,', 'gamma,2031,draft,"1,000",百万円,,n-est,')
});
const notesRow = (lang: Lang) => {
  const slides = deckOutline(b, lang).slides;
  const n = slides.findIndex((s) => s.id === "risks");
  const table = slides[n].tables[0];
  const row = table.rows.find((r) => r.cells[0] === deckWords(lang).riskNote)!;
  return {n: n + 1, table, row, slide: slides[n]};
};

describe("the risks slide's notes on figures, one to a line", () => {
  it.each(["ja", "en"] as const)("are listed one item per note in the cell (%s)", (lang) => {
    const {row, slide} = notesRow(lang);
    expect(row, "fixture two has notes that qualify figures").toBeDefined();
    const items = cellItems(row.cells[1]);
    expect(items.length).toBe(2);
    for (const item of items) expect(item).toMatch(lang === "ja" ? /^・/ : /^• /);
    // The speaker notes still say them in turn, as sentences (no list marks in speech).
    // (「・」 between names, 架空施策・ガンマ, is not a list mark: none starts a sentence.)
    for (const line of [...slide.notes.points, ...slide.notes.questions.map((q) => q.a)]) expect(line).not.toMatch(/(^|。|\. )[・•]/);
  });

  it.each(["ja", "en"] as const)("are measured as one line or more each, so the table still fits (%s)", (lang) => {
    const {table, row} = notesRow(lang);
    const at = rowLines(table, 1100, DENSITIES[0]);
    const index = table.rows.indexOf(row) + 1;
    expect(at[index]).toBeGreaterThanOrEqual(cellItems(row.cells[1]).length);
  });

  it.each(["ja", "en"] as const)("are set on lines of their own in the Marp deck (%s)", (lang) => {
    const {row} = notesRow(lang);
    const md = renderDeck(b, {lang, charts: {}});
    const second = cellItems(row.cells[1])[1];
    // The text as set, line breaks kept: phrase spans and <wbr> (where a Japanese cell may break) are not lines.
    const set = md.replace(/<(?!br>)[^>]*>/g, "");
    expect(set).toContain(`<br>${second.slice(0, 4)}`);
  });

  it("are a paragraph each in the editable PPTX", async () => {
    const {n, row} = notesRow("ja");
    const zip = await JSZip.loadAsync(await editablePptx(b, "ja"));
    const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async("string");
    const starts = cellItems(row.cells[1]).map((item) => item.slice(1, 9));
    const cells = [...xml.matchAll(/<a:tc>([\s\S]*?)<\/a:tc>/g)].map((m) => m[1]);
    const cell = cells.find((c) => starts.every((t) => c.includes(t)))!;
    expect(cell).toBeDefined();
    const paragraphs = [...cell.matchAll(/<a:p>[\s\S]*?<\/a:p>/g)].filter((p) => /<a:t>/.test(p[0]));
    expect(paragraphs.length).toBe(cellItems(row.cells[1]).length);
  });
});
