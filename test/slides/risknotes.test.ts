// The risks slide's notes that qualify figures are a list, one note to a line, not a run of sentences in one
// cell: in the outline ("\n" between items), in the Marp deck (<br>), in the editable PPTX (a paragraph each),
// and measured so (slides/layout.ts rowLines counts every item's lines). Fixture `two`: two ※ notes on amounts.
import JSZip from "jszip";
import {describe, expect, it} from "vitest";
import type {Lang} from "../../src/lib/format.js";
import {renderDeck} from "../../slides/deck.js";
import {cellItems, DENSITIES, rowLines} from "../../slides/layout.js";
import {deckOutline} from "../../slides/outline.js";
import {editablePptx} from "../../slides/pptx.js";
import {deckWords} from "../../src/locale/deck.js";
import {fixtureBriefing} from "../support/fixtures.js";

const b = fixtureBriefing("two");
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
    expect(items.length).toBe(b.notes.filter((n) => n.scope === "amount").length);
    for (const item of items) expect(item).toMatch(lang === "ja" ? /^・/ : /^• /);
    // The speaker notes still say them in turn, as sentences (no list marks in speech).
    expect(JSON.stringify(slide.notes)).not.toMatch(/・|•/);
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
    expect(md).toContain(`<br>${second.slice(0, 4)}`);
  });

  it("are a paragraph each in the editable PPTX", async () => {
    const {n, row} = notesRow("ja");
    const zip = await JSZip.loadAsync(await editablePptx(b, "ja"));
    const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async("string");
    const cell = [...xml.matchAll(/<a:tc>([\s\S]*?)<\/a:tc>/g)].map((m) => m[1]).find((c) => c.includes("・"))!;
    expect(cell).toBeDefined();
    const paragraphs = [...cell.matchAll(/<a:p>[\s\S]*?<\/a:p>/g)].filter((p) => /<a:t>/.test(p[0]));
    expect(paragraphs.length).toBe(cellItems(row.cells[1]).length);
  });
});
