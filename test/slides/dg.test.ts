// The deck a director-general presents unedited, on fixture editions: what a reviewer's read found and what was
// changed for it, one block per rule (the title slide's tiles, the budget-line sheet, units, the risks slide).
import {describe, expect, it} from "vitest";
import {formatAmount, type Lang} from "../../src/lib/format.js";
import {remainderStatement} from "../../src/lib/remainder.js";
import {currentItemisation} from "../../src/lib/story.js";
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

/** The money units a text uses: 百万円 / 億円, ¥ million / ¥ billion. */
const units = (text: string) => new Set(text.match(/百万円|億円|million|billion/g) ?? []);

describe.each(LANGS)("one unit per table of statements and per statement (%s)", (lang) => {
  const it2 = currentItemisation(two)!;
  // Fixture two's total is printed in 億円: a figure derived from it is stated in 億円.
  const stated = remainderStatement(it2, lang, "large");

  it("states every key point in one unit, the total's", () => {
    const cells = slide(lang, "key-points").tables[0].rows.map((r) => r.cells[1]);
    expect(units(cells.join(" ")), cells.join(" | ")).toEqual(units(formatAmount(it2.total, {lang})));
  });

  it("states the unitemised remainder in the unit of the total it is derived from (title, notes, risks)", () => {
    const composition = slide(lang, "composition");
    expect(composition.title).toContain(stated.rest);
    for (const line of composition.notes.points) expect(units(line).size, line).toBe(1);
    const row = slide(lang, "risks").tables[0].rows.find((r) => r.cells.some((c) => c.includes(stated.rest)));
    expect(row, "a risks row states the remainder").toBeDefined();
    for (const c of row!.cells) expect(units(c).size, c).toBeLessThanOrEqual(1);
  });
});
