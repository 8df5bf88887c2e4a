// One figure, one unit, everywhere in the deck (format.ts figureUnit): every figure the document prints reads in
// the unit it is printed in, on every slide and in every note: a programme's 100百万円 never 1億円 / ¥0.1 billion, a
// restated 11,000百万円 never 110億円, a total printed as 141億円 never 約14,100百万円 in a statement; the unitemised
// remainder in its one unit (約3,300百万円) wherever it is stated. Checked on fixture editions over titles, figures,
// table cells, chart texts, captions and speaker notes. The scheme facts are the document's own words (「5百万円～1億円」
// as printed) and are not the deck's figures.
import {describe, expect, it} from "vitest";
import type {Quantity} from "../../src/lib/amount.js";
import type {Briefing} from "../../src/lib/briefing.js";
import {briefingFromInput} from "../../src/lib/files.js";
import {figureUnit, formatAmount, formatChangeSize, type Lang} from "../../src/lib/format.js";
import {remainderText} from "../../src/lib/remainder.js";
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

/** Every printed figure of an edition: each entity's amounts (every edition, stage) and changes. */
function printedFigures(b: Briefing): {what: string; q: Quantity; change: boolean}[] {
  return b.figures.entities.flatMap((e) => [
    ...e.amounts.map((a) => ({what: `${e.id} ${a.fiscalYear} ${a.stage}`, q: a.value, change: false})),
    ...(e.change ? [{what: `${e.id} change`, q: e.change, change: true}] : [])
  ]);
}

/** `form` stands in `text` as a figure of its own (no digit, comma or point just before it: 11億円 is not 1億円). */
const standsIn = (text: string, form: string) => new RegExp(`(?<![0-9,.])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).test(text);

/** The forms a figure never takes in the deck: its amount in the unit it is not printed in (when that reads otherwise). */
function wrongForms(b: Briefing, lang: Lang): {what: string; form: string}[] {
  const figures = printedFigures(b);
  const shown = (q: Quantity, change: boolean, unit?: "million" | "large") =>
    (change ? formatChangeSize : formatAmount)(q, {lang, ...(unit ? {unit} : {})}).replace(/^(約|about )/, "");
  const right = new Set(figures.map(({q, change}) => shown(q, change)));
  return figures.flatMap(({what, q, change}) => {
    const other = figureUnit(q) === "million" ? "large" : "million";
    const form = shown(q, change, other);
    // The same words in either unit (English under ¥1 billion reads in millions), or another figure's printed form.
    return form === shown(q, change) || right.has(form) || q.millionYen === 0 ? [] : [{what, form}];
  });
}

// `two`: a section total printed in 億円 over programmes printed in 百万円, a fund, a restated programme.
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
const EDITIONS = {one: fixtureBriefing("one"), two: two, "two, all in 百万円": allMillions, report: fixtureBriefing("report")};

describe.each(["ja", "en"] as const)("the %s deck's figures", (lang) => {
  it.each(Object.entries(EDITIONS))("read in the unit they are printed in, wherever they appear (%s)", (_, b) => {
    const said = statements(b, lang);
    expect(said.length).toBeGreaterThan(20);
    const wrong = wrongForms(b, lang).flatMap(({what, form}) =>
      said.filter(({text}) => standsIn(text, form)).map(({slide, text}) => `${what} as ${form} on ${slide}: ${text}`)
    );
    expect(wrong).toEqual([]);
  });

  it.each(Object.entries(EDITIONS))("state the unitemised remainder in one form everywhere (%s)", (_, b) => {
    const it = currentItemisation(b);
    if (!it || it.unitemised.millionYen <= 0) return;
    const said = statements(b, lang);
    const one = remainderText(it, lang);
    const other = remainderText(it, lang, figureUnit(it.total) === "large" && it.total.step > 1 ? "large" : "million");
    expect(said.some(({text}) => text.includes(one))).toBe(true);
    if (other !== one) expect(said.filter(({text}) => standsIn(text, other.replace(/^(約|about )/, "")))).toEqual([]);
  });

  it("never read an English amount as ¥0.x billion, nor a Japanese total as 約N百万円", () => {
    for (const b of Object.values(EDITIONS))
      for (const {slide, text} of statements(b, lang)) {
        expect(text, slide).not.toMatch(/¥0\.\d+ billion/);
        const total = entity(b, b.figures.section).current;
        if (total && total.value.step > 1) expect(text, slide).not.toContain(formatAmount(total.value, {lang, unit: "million"}));
      }
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

  it("keep the remainder of a total printed in the large unit approximate, the total as printed", () => {
    const about = lang === "ja" ? "約1,200百万円（合計52億円の" : "about ¥1,200 million (";
    expect(statements(two, lang).some(({slide, text}) => slide === "risks" && text.includes(about))).toBe(true);
  });
});

describe.each(["ja", "en"] as const)("the %s deck's composition slide", (lang) => {
  it.each([
    ["a total printed in the large unit", two],
    ["every figure printed in millions", allMillions]
  ])("titles what is itemised: the programmes' exact sum and its share of the total as printed (%s)", (_, b) => {
    const it2 = currentItemisation(b)!;
    const s = deckOutline(b, lang).slides.find((x) => x.id === "composition")!;
    expect(s.title).toContain(formatAmount(it2.itemised, {lang}));
    expect(s.title).not.toContain(remainderText(it2, lang));
    expect(s.title).not.toMatch(/約[0-9,]+百万円|about ¥[0-9,]+ million/);
  });

  it("colours each programme by the budget line its amount is in, with a swatch for every colour drawn", () => {
    const s = deckOutline(two, lang).slides.find((x) => x.id === "composition")!;
    const chart = s.chart!;
    const colourOf = (id: string) => chart.rows[currentItemisation(two)!.programmes.indexOf(id)].color;
    // beta and gamma are counted in the line grp (its total), whatever heading they are printed under.
    const members = currentItemisation(two)!.programmes.filter((id) => entity(two, id).parent === "grp");
    expect(members.length).toBeGreaterThan(1);
    expect(new Set(members.map(colourOf)).size).toBe(1);
    expect(
      chart.rows
        .filter((r) => r.value !== 0)
        .map((r) => r.color)
        .every((c) => chart.legend!.some((l) => l.color === c))
    ).toBe(true);
    expect(new Set(chart.legend!.map((l) => l.color)).size).toBe(chart.legend!.length);
    expect(chart.legend!.some((l) => l.label.includes(formatAmount(entity(two, "grp").current!.value, {lang})))).toBe(true);
  });

  it("names the total in its axis as printed, not in the bars' unit", () => {
    const s = deckOutline(two, lang).slides.find((x) => x.id === "composition")!;
    expect(s.chart!.axis).toContain(formatAmount(entity(two, two.figures.section).current!.value, {lang}));
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
