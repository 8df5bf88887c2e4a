// The deck a director-general presents unedited, on fixture editions: what a reviewer's read found and what was
// changed for it, one block per rule (the title slide's tiles, the budget-line sheet, units, the risks slide).
import {changeIn, statementUnit} from "../../slides/kinds/context.js";
import {describe, expect, it} from "vitest";
import {formatAmount, formatMovement, type Lang} from "../../src/lib/format.js";
import {remainderStatement} from "../../src/lib/remainder.js";
import {currentItemisation} from "../../src/lib/story.js";
import {entity, frameworkName, shortName as shortNameOf} from "../../src/lib/text.js";
import {programmeScale} from "../../slides/layout.js";
import {deckOutline} from "../../slides/outline.js";
import {briefingFromInput} from "../../src/lib/files.js";
import {deckWords} from "../../src/locale/deck.js";
import {fixtureBriefing, fixtureInput, fixtureText} from "../support/fixtures.js";

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

describe.each(LANGS)("one figure, one unit: each figure as printed (%s)", (lang) => {
  const it2 = currentItemisation(two)!;
  // Fixture two's total is printed in 億円, its programmes in 百万円: each figure keeps its own unit.
  const stated = remainderStatement(it2, lang);

  // One statement per row, each figure in it as printed: the total in its 億円, a programme's change in its 百万円.
  it("states each key point as one sentence, its figures as printed", () => {
    const rows = slide(lang, "key-points").tables[0].rows.map((r) => r.cells);
    for (const cells of rows) expect(cells).toHaveLength(1);
    expect(rows[0][0]).toContain(formatAmount(it2.total, {lang}));
    // Fixture two's programmes are printed in 百万円: the largest rise is stated exactly, not as 約N億円.
    expect(
      rows.some(([c]) => /百万円|million/.test(c)),
      rows.join(" | ")
    ).toBe(true);
  });

  it("states the unitemised remainder as its bar does, with the total as printed (notes, risks)", () => {
    const composition = slide(lang, "composition");
    expect(composition.chart!.rows.at(-1)!.text).toContain(stated.rest);
    expect(composition.notes.points.join(" ")).toContain(stated.rest);
    const row = slide(lang, "risks").tables[0].rows.find((r) => r.cells.some((c) => c.includes(stated.rest)));
    expect(row, "a risks row states the remainder").toBeDefined();
    expect(row!.cells.join(" ")).toContain(stated.total);
  });
});

/** Fixture two where the new programme delta gets a supplementary amount `fund` (百万円), the section's total with it. */
function withFund(fund: number) {
  const text = fixtureText("two", "budget.csv");
  const alpha = 1_000; // alpha's supplementary amount in fixture two
  const budget =
    text.trimEnd().replace(/^sec,2030,supplementary-1,10,億円/m, `sec,2030,supplementary-1,${(alpha + fund) / 100},億円`) +
    `\ndelta,2030,supplementary-1,"${fund.toLocaleString("en")}",百万円,,,3. > デルタ新規事業\n`;
  return briefingFromInput({...fixtureInput("two"), "budget.csv": budget});
}

describe.each(LANGS)("the issues and risks slide (%s)", (lang) => {
  const w = deckWords(lang);
  const risks = (b = two) => slide(lang, "risks", b).tables[0];

  it("has three columns: the issue, its figures, what the data says of it; no cell empty", () => {
    expect(risks().columns.map((c) => c.label)).toEqual([w.issueColumn, w.detailColumn, w.checkColumn]);
    for (const r of risks().rows) expect(r.cells.every((c) => c.length > 0)).toBe(true);
  });

  it("lists the largest cut with its name and figure, and asks for its reason", () => {
    const beta = entity(two, "beta");
    const row = risks().rows.find((r) => r.cells[0] === w.riskCut)!;
    expect(row.cells[1]).toContain(shortNameOf(beta, lang));
    expect(row.cells[1]).toContain(formatMovement(beta.change!, {lang}));
    // Without the division's answer, what the figures say: from the amount compared with to the current one, and
    // against the section total's own change (a cut while the total rises is what a minister asks about).
    const sec = entity(two, two.figures.section);
    expect(row.cells[2]).toBe(
      w.riskCutKnown(
        formatAmount(beta.comparison!.value, {lang}),
        formatAmount(beta.current!.value, {lang}),
        changeIn(sec, lang, statementUnit(sec.current?.value))
      )
    );
    // Why it fell is asked, and left for the preparation list until answers.csv answers it.
    const why = slide(lang, "risks").notes.questions.find((q) => q.open?.topic === "change" && q.open.programme === "beta");
    expect(why?.q).toBe(w.riskCutQuestion(shortNameOf(beta, lang)));
  });

  it("repeats no key point: no row states a key point's statement or figure again", () => {
    const points = slide(lang, "key-points").tables[0].rows.map((r) => r.cells);
    for (const r of risks().rows)
      for (const p of points) {
        expect(r.cells[0]).not.toBe(p[0]);
        expect(r.cells[1]).not.toBe(p[1]);
      }
  });

  it("has a fund row only when a programme's fund dwarfs its annual amount, with both figures", () => {
    expect(risks().rows.map((r) => r.cells[0])).not.toContain(w.riskFund);
    const b = withFund(30_000);
    const delta = entity(b, "delta");
    const rows = risks(b).rows;
    const row = rows.find((r) => r.cells[0] === w.riskFund)!;
    expect(row, "a fund row").toBeDefined();
    // Each as printed: the fund's 30,000百万円 and the annual 300百万円 (never 300億円 beside 3億円).
    expect(row.cells[1]).toContain(formatAmount(delta.supplementary!.value, {lang}));
    expect(row.cells[1]).toContain(formatAmount(delta.current!.value, {lang}));
    // The fund's programme is not listed again as new.
    expect(rows.map((r) => r.cells[0])).not.toContain(w.riskNew);
  });

  it("asks a question of each row: answered from the data, or open (for the preparation list) with an empty answer", () => {
    const s = slide(lang, "risks");
    expect(s.notes.questions.length).toBeGreaterThanOrEqual(s.tables[0].rows.length - 1);
    for (const q of s.notes.questions) expect(q.open ? q.a === "" : q.a.length > 0, q.q).toBe(true);
    expect(s.notes.questions.some((q) => !q.open)).toBe(true);
  });
});

describe("a framework's name in each language (frameworks.csv nameJa / nameEn)", () => {
  const named = briefingFromInput({
    ...fixtureInput("two"),
    "frameworks.csv": fixtureText("two", "frameworks.csv").replace(
      "fw-one,Fiction Joint Call,,,",
      "fw-one,Fiction Joint Call,架空共同公募,,"
    )
  });
  const cells = (lang: Lang, b = named) =>
    deckOutline(b, lang)
      .slides.flatMap((s) => s.tables)
      .flatMap((t) => t.rows.map((r) => r.cells[0]));

  it("shows the Japanese name in the ja deck, the listed name where there is none", () => {
    expect(cells("ja")).toContain("架空共同公募");
    expect(cells("ja")).toContain("Fiction Open Call");
    expect(cells("ja")).not.toContain("Fiction Joint Call");
  });

  it("shows the listed name in the en deck when nameEn is empty, and reads a folder without the columns", () => {
    expect(cells("en")).toContain("Fiction Joint Call");
    expect(cells("en")).not.toContain("架空共同公募");
    // Without the columns (an older data folder): every framework reads its listed name.
    const old = fixtureText("two", "frameworks.csv")
      .replace("name,nameJa,nameEn,", "name,")
      .replace(/^(fw-[a-z]+,[^,]+),,,/gm, "$1,");
    const b = briefingFromInput({...fixtureInput("two"), "frameworks.csv": old});
    expect(b.frameworks.map((f) => frameworkName(f, "ja"))).toEqual(b.frameworks.map((f) => f.name));
  });
});

describe.each(["two", "report"] as const)("programme sheets at one type scale (fixture %s)", (name) => {
  it.each(LANGS)("sets every appendix sheet at the smallest scale any of them needs (%s)", (lang) => {
    const sheets = deckOutline(fixtureBriefing(name), lang).slides.filter((s) => s.part === "appendix" && s.layout === "programme");
    if (sheets.length < 2) return expect(sheets.every((s) => s.scale === undefined)).toBe(true);
    const scales = new Set(sheets.map((s) => s.scale));
    expect(scales.size).toBe(1);
    expect([...scales][0]).toBe(Math.min(...sheets.map(programmeScale)));
  });
});

describe.each(LANGS)("the fund slide (%s)", (lang) => {
  it("states the fund and the annual amount each as printed, the annual amount as on every other slide", () => {
    const s = slide(lang, "fund");
    const alpha = entity(two, "alpha");
    const section = entity(two, two.figures.section);
    expect(s.figures.map((f) => f.value)).toEqual([
      formatAmount(section.supplementary!.value, {lang}),
      formatAmount(alpha.current!.value, {lang})
    ]);
    // The annual amount reads the same on the summary table.
    const summary = slide(lang, "summary").tables[0].rows.flatMap((r) => r.cells);
    expect(summary).toContain(formatAmount(alpha.current!.value, {lang}));
    // A restated item of the same supplementary budget as printed (百万円).
    const epsilon = entity(two, "epsilon");
    expect(s.footnotes.join(" ")).toContain(formatAmount(epsilon.supplementary!.value, {lang}));
  });
});
