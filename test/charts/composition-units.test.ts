// The composition's caption is one sentence, so it gives its three amounts (the total, the itemised sum and the
// remainder) in one unit: 億円 when the total is printed in 億円, 百万円 when every figure is known to 百万円, and in
// the unit the reader chose otherwise. Drawn from the fixture edition `two`, edited where a case needs it.
import {describe, expect, it} from "vitest";
import {CHARTS} from "../../src/components/specs.js";
import {compositionRows} from "../../src/components/composition.js";
import type {Lang, UnitMode} from "../../src/lib/format.js";
import {briefingFromInput} from "../../src/lib/files.js";
import {editRow, fixtureInput, fixtureText} from "../support/fixtures.js";

/** The units a sentence names: 百万円 / 億円, ¥ … million / ¥ … billion. */
const units = (text: string, lang: Lang): Set<string> =>
  new Set((lang === "ja" ? text.match(/百万円|億円/g) : text.match(/\b(million|billion)\b/g)) ?? []);

/** Fixture `two` with beta's current amount moved by `delta` 百万円 (its budget line moved with it). */
function withBeta(delta: number) {
  if (delta === 0) return briefingFromInput(fixtureInput("two"));
  const amount = (n: number) => `"${n.toLocaleString("en-US")}"`;
  let budget = editRow(fixtureText("two", "budget.csv"), "beta,2031,draft,", (r) => r.replace('"1,500"', amount(1500 + delta)));
  budget = editRow(budget, "grp,2031,draft,", (r) => r.replace('"2,500"', amount(2500 + delta)));
  return briefingFromInput({...fixtureInput("two"), "budget.csv": budget});
}

/** Fixture `two` with the section total printed in 百万円, so every figure of the sentence is known to 百万円. */
function totalInMillions() {
  const budget = editRow(fixtureText("two", "budget.csv"), "sec,2031,draft,", (r) => r.replace("52,億円", '"5,234",百万円'));
  return briefingFromInput({...fixtureInput("two"), "budget.csv": budget});
}

const LANGS: Lang[] = ["ja", "en"];
const MODES: UnitMode[] = ["printed", "million", "large"];

describe("composition caption: one unit per sentence", () => {
  const editions = {"as is": withBeta(0), "itemised sum not a whole 億円": withBeta(28), "total in 百万円": totalInMillions()};
  for (const [name, b] of Object.entries(editions))
    it.each(LANGS.flatMap((lang) => MODES.map((unit) => [lang, unit] as const)))(`${name}: %s, %s`, (lang, unit) => {
      const summary = CHARTS.composition.summary(b, {lang, unit});
      expect(units(summary, lang).size).toBe(1);
    });

  it("a total printed in 億円 puts the itemised sum in 億円 too, with 約 when that drops printed digits", () => {
    const summary = CHARTS.composition.summary(withBeta(28), {lang: "ja"});
    // 1,200 + 1,528 + 1,000 + 300 = 4,028百万円 → 約40.3億円; the remainder 52億円 − 4,028百万円 → 約12億円.
    expect(summary).toContain("計約40.3億円");
    expect(summary).toContain("合計52億円");
    expect(summary).not.toContain("百万円");
  });

  it("a total known to 百万円 keeps every amount in 百万円, as printed", () => {
    const summary = CHARTS.composition.summary(totalInMillions(), {lang: "ja"});
    expect(summary).toContain("合計5,234百万円");
    expect(summary).toContain("計4,000百万円");
    expect(summary).not.toContain("億円");
  });

  it("the remainder in 百万円 is rounded to the unit it is known to, as its bar is", () => {
    const b = withBeta(28);
    const summary = CHARTS.composition.summary(b, {lang: "ja", unit: "million"});
    const rest = compositionRows(b, {lang: "ja", unit: "million"}).at(-1)!;
    expect(summary).toContain("約1,200百万円");
    expect(summary).toContain(rest.text);
    expect(rest.barText).toBe("約1,200百万円");
  });
});
