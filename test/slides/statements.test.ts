// The decks' statements read one unit each (issue 17: 「10,756百万円で、合計141億円の約76%」 mixed 百万円 and 億円
// in one sentence): titles, figures, table cells, captions and speaker notes, on fixture editions. The scheme
// facts are the document's own words (「5百万円～1億円」 as printed) and are not the deck's statements.
import {describe, expect, it} from "vitest";
import type {Briefing} from "../../src/lib/briefing.js";
import {briefingFromInput} from "../../src/lib/files.js";
import {formatAmount, type Lang} from "../../src/lib/format.js";
import {remainderStatement} from "../../src/lib/remainder.js";
import {currentItemisation} from "../../src/lib/story.js";
import {entity} from "../../src/lib/text.js";
import {deckOutline, slideNotes} from "../../slides/outline.js";
import {editRow, fixtureBriefing, fixtureInput, fixtureText} from "../support/fixtures.js";

/** Every statement the deck makes (sentences of its notes, and each title, figure, cell, bar and caption), with its slide. */
function statements(b: Briefing, lang: Lang): {slide: string; text: string}[] {
  return deckOutline(b, lang).slides.flatMap((s) => {
    const facts = new Set(s.facts.map((f) => f.value));
    const texts = [
      s.title,
      s.subtitle ?? "",
      ...s.figures.map((f) => f.value),
      ...s.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)),
      ...(s.chart ? [s.chart.axis, s.chart.alt, ...s.chart.rows.map((r) => r.text)] : []),
      ...s.footnotes,
      ...slideNotes(s, lang)
    ];
    return texts
      .flatMap((t) => t.split(lang === "ja" ? /(?<=。)/ : /(?<=\.)\s+/))
      .filter((t) => t && ![...facts].some((f) => t.includes(f)))
      .map((text) => ({slide: s.id, text}));
  });
}

/** An amount in each unit (a figure with its unit: a bare unit word, as an axis title's 百万円, states no amount). */
const UNITS: Record<Lang, [RegExp, RegExp]> = {ja: [/\d百万円/, /\d億円/], en: [/\d million/, /\d billion/]};
const mixed = (b: Briefing, lang: Lang) =>
  statements(b, lang)
    .filter(({text}) => UNITS[lang].every((u) => u.test(text)))
    .map(({slide, text}) => `${slide}: ${text}`);

// `two`: a section total printed in 億円 over programmes printed in 百万円.
const two = fixtureBriefing("two");
// The same edition with every figure of the section printed in 百万円: its remainder is exact.
const allMillions = briefingFromInput({
  ...fixtureInput("two"),
  "budget.csv": ["sec,2031,draft", "sec,2030,enacted", "sec,2030,supplementary-1"].reduce(
    (text, row) =>
      editRow(text, row, (r) => r.replace(/,(\d+),億円,/, (_, n: string) => `,"${(Number(n) * 100).toLocaleString("en")}",百万円,`)),
    fixtureText("two", "budget.csv")
  )
});

describe.each(["ja", "en"] as const)("the %s deck's statements", (lang) => {
  it("use one unit each where the total is printed in the large unit and the programmes in millions", () => {
    expect(statements(two, lang).length).toBeGreaterThan(40);
    expect(mixed(two, lang)).toEqual([]);
  });

  it("use one unit each where every figure is printed in millions", () => {
    expect(mixed(allMillions, lang)).toEqual([]);
  });

  // The remainder is stated in the composition's unit (its bars' millions) wherever it appears (remainder.ts).
  it("state an exact remainder exactly (no 約 / about), in the composition's unit", () => {
    const rest = statements(allMillions, lang).filter(({slide}) => slide === "risks" || slide === "key-points");
    const remainder =
      lang === "ja" ? /約?1,200百万円（合計約?5,200百万円の/ : /(about )?¥1,200 million \(.*of the total of (about )?¥5,200 million\)/;
    const found = rest.filter(({text}) => remainder.test(text)).map(({text}) => text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((t) => /約|about/.test(t))).toEqual([]);
  });

  it("keep the remainder of a total printed in the large unit approximate, in the unit of that total", () => {
    const about = lang === "ja" ? "約12億円（合計52億円の" : "about ¥1.2 billion (";
    expect(statements(two, lang).some(({slide, text}) => slide === "risks" && text.includes(about))).toBe(true);
  });
});

// One statement, one unit: a title states a figure derived from a total in that total's unit (issue 17, the
// reviewer's list: 「残る約33億円（約24%）は事業別の記載なし」 over bars labelled in 百万円, whose unit is the chart's).
const unitsOf = (text: string, lang: Lang) => UNITS[lang].filter((u) => u.test(text)).map(String);

describe.each(["ja", "en"] as const)("the %s deck's chart slides", (lang) => {
  it.each([
    ["a total printed in the large unit", two],
    ["every figure printed in millions", allMillions]
  ])("state a title's amounts in one unit, the total's (%s)", (_, b) => {
    const slides = deckOutline(b, lang).slides.filter((s) => s.chart && unitsOf(s.title, lang).length);
    expect(slides.map((s) => s.id)).toContain("composition");
    const composition = slides.find((s) => s.id === "composition")!;
    expect(unitsOf(composition.title, lang)).toEqual(unitsOf(formatAmount(entity(b, b.figures.section).current!.value, {lang}), lang));
    for (const s of slides) expect(unitsOf(s.title, lang).length, `${s.id}: ${s.title}`).toBe(1);
  });

  it("titles the composition with the remainder in the total's unit and its share", () => {
    const it2 = currentItemisation(two)!;
    const s = deckOutline(two, lang).slides.find((x) => x.id === "composition")!;
    expect(s.title).toContain(remainderStatement(it2, lang, "large").rest);
  });

  it("titles an exact remainder exactly: no 約 / about, not rounded to the large unit", () => {
    const s = deckOutline(allMillions, lang).slides.find((x) => x.id === "composition")!;
    expect(s.title).toContain(lang === "ja" ? "ほか1,200百万円（" : "¥1,200 million");
    expect(s.title).not.toMatch(/約1,200|about ¥1,200|億円|billion/);
  });
});

// An edition that prints no people and no frameworks (`two` with those rows taken out), and one with no ※ notes
// (`one`): a table is shown only with rows, never as its headers alone.
describe("slides of an edition that prints no people, frameworks or notes", () => {
  const input = fixtureInput("two");
  const header = (file: "schemes.csv" | "frameworks.csv") => fixtureText("two", file).split("\n")[0];
  const schemes = fixtureText("two", "schemes.csv")
    .split("\n")
    .filter((row, i) => i === 0 || !/^[^,]*,people,/.test(row))
    .join("\n");
  const noPeople = briefingFromInput({...input, "schemes.csv": schemes, "frameworks.csv": header("frameworks.csv") + "\n"});
  const noNotes = fixtureBriefing("one");

  it.each(["ja", "en"] as const)("show no table without rows (%s)", (lang) => {
    for (const b of [noPeople, noNotes]) {
      const empty = deckOutline(b, lang).slides.flatMap((s) => s.tables.filter((t) => !t.rows.length).map(() => s.id));
      expect(empty).toEqual([]);
    }
    // The notes slide keeps its source and as-of lines.
    expect(deckOutline(noNotes, lang).slides.find((s) => s.id === "sources")?.footnotes.length).toBe(2);
    expect(deckOutline(noPeople, lang).slides.some((s) => s.id === "people")).toBe(false);
  });
});
