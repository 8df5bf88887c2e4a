// The key points and risks tables read as a director-general reads them, on the fixture edition `two`: the header
// names the columns (not the slide's title again), the total is the section's own short label, English statements
// carry no colon construction, and the notes that qualify figures are one row, not one row each under one label.
import {describe, expect, it} from "vitest";
import {footerText, sectionLabel} from "../../src/lib/edition.js";
import {entity, shortName} from "../../src/lib/text.js";
import type {Lang} from "../../src/lib/format.js";
import {deckOutline} from "../../slides/outline.js";
import {fixtureBriefing} from "../support/fixtures.js";

const b = fixtureBriefing("two");
const slide = (lang: Lang, id: string) => deckOutline(b, lang).slides.find((s) => s.id === id);

describe.each(["ja", "en"] as const)("key points and risks (%s)", (lang) => {
  it("names the key points' columns, not the title again, and the total by the section's label", () => {
    const s = slide(lang, "key-points")!;
    const t = s.tables[0];
    expect(t.columns.map((c) => c.label)).not.toContain(s.title);
    expect(t.rows[0].cells[0]).toContain(shortName(entity(b, b.figures.section), lang));
  });

  it("names the section by its name from data, never by a number the document does not print (第3節 / section 3)", () => {
    const label = sectionLabel(b, lang);
    expect(footerText(b, lang)).toContain(shortName(entity(b, b.figures.section), lang));
    expect(footerText(b, lang)).not.toContain(label);
    for (const s of deckOutline(b, lang).slides) {
      const cells = s.tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
      // The sources slide cites the document as it numbers the section (3. / section 3): that one line may.
      const footnotes = s.id === "sources" ? [] : s.footnotes;
      for (const text of [s.title, ...cells, ...footnotes, ...s.notes.points]) expect(text, s.id).not.toContain(label);
    }
  });

  it("writes every key point without a colon", () => {
    for (const r of slide(lang, "key-points")!.tables[0].rows) expect(r.cells[0]).not.toMatch(/[:：]/);
  });

  it("gives the risks' labels once each: the notes on the figures share one row", () => {
    const s = slide(lang, "risks")!;
    const labels = s.tables[0].rows.map((r) => r.cells[0]);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
