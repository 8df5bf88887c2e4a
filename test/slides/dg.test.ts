// The deck a director-general presents unedited, on fixture editions: what a reviewer's read found and what was
// changed for it, one block per rule (the title slide's tiles, the budget-line sheet, units, the risks slide).
import {describe, expect, it} from "vitest";
import {formatAmount, type Lang} from "../../src/lib/format.js";
import {entity} from "../../src/lib/text.js";
import {deckOutline} from "../../slides/outline.js";
import {fixtureBriefing} from "../support/fixtures.js";

const LANGS = ["ja", "en"] as const;
const two = fixtureBriefing("two");
const slide = (lang: Lang, id: string, b = two) => deckOutline(b, lang).slides.find((s) => s.id === id)!;

describe.each(LANGS)("the title slide (%s)", (lang) => {
  it("shows the current total first, then the total it is compared with", () => {
    const s = entity(two, two.figures.section);
    const values = slide(lang, "headline").figures.map((f) => f.value);
    expect(values[0]).toBe(formatAmount(s.current!.value, {lang}));
    expect(values[1]).toBe(formatAmount(s.comparison!.value, {lang}));
  });
});

describe.each(LANGS)("a budget line's sheet (%s)", (lang) => {
  it("shows the current amount, the comparison and the change, as a programme sheet does", () => {
    const g = two.figures.entities.find((e) => e.kind === "group")!;
    const figures = slide(lang, `group-${g.id}`).figures;
    expect(figures.map((f) => f.value).slice(0, 2)).toEqual([
      formatAmount(g.current!.value, {lang}),
      formatAmount(g.comparison!.value, {lang})
    ]);
    expect(figures[2].tone).toBe(g.status === "up" ? "up" : "down");
    expect(figures).toHaveLength(3);
  });
});
