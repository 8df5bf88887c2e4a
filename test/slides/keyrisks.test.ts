// The key points and risks tables read as a director-general reads them, on the fixture edition `two`: the header
// names the columns (not the slide's title again), the total is the section's own short label, English statements
// carry no colon construction, and the notes that qualify figures are one row, not one row each under one label.
import {describe, expect, it} from "vitest";
import {sectionLabel} from "../../src/lib/edition.js";
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
    expect(t.rows[0].cells[0]).toContain(sectionLabel(b, lang));
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
