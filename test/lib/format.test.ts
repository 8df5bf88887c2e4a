// How amounts, changes, percentages and years read in Japanese and English.
import {describe, expect, it} from "vitest";
import {quantity, type Quantity, type Unit} from "../../src/lib/amount.js";
import {
  eraYear,
  fiscalYearLabel,
  formatAmount,
  formatChange,
  formatCount,
  formatPct,
  formatShare,
  formatShareOf,
  sentenceUnit,
  type Lang,
  type UnitMode
} from "../../src/lib/format.js";

/** A printed figure, e.g. q(1073, "百万円"), q(141, "億円"). */
const q = (value: number, unit: Unit): Quantity => quantity(value, unit);
/** A change in million yen, known to `step`. */
const change = (millionYen: number, step = 1): Quantity => ({millionYen, step});

describe("formatAmount", () => {
  it.each<[string, Lang, UnitMode, string, Quantity]>([
    ["1,073百万円", "ja", "printed", "1,073百万円", q(1_073, "百万円")],
    ["1,073百万円", "en", "printed", "¥1,073 million", q(1_073, "百万円")],
    ["141億円", "ja", "printed", "141億円", q(141, "億円")],
    ["141億円", "en", "printed", "¥14.1 billion", q(141, "億円")],
    ["440億円", "en", "printed", "¥44 billion", q(440, "億円")],
    ["44,000百万円", "en", "large", "¥44 billion", q(44_000, "百万円")],
    ["44,000百万円", "ja", "printed", "44,000百万円", q(44_000, "百万円")],
    ["141億円", "ja", "million", "約14,100百万円", q(141, "億円")],
    ["141億円", "en", "million", "about ¥14,100 million", q(141, "億円")],
    ["1,073百万円", "ja", "million", "1,073百万円", q(1_073, "百万円")],
    ["1,073百万円", "ja", "large", "約10.7億円", q(1_073, "百万円")],
    ["1,073百万円", "en", "large", "about ¥1.07 billion", q(1_073, "百万円")],
    ["100百万円", "en", "large", "¥0.1 billion", q(100, "百万円")],
    ["141億円", "ja", "large", "141億円", q(141, "億円")],
    ["100百万円", "ja", "large", "1億円", q(100, "百万円")],
    ["150百万円", "ja", "large", "1.5億円", q(150, "百万円")],
    ["44,000百万円", "ja", "large", "440億円", q(44_000, "百万円")],
    ["▲87百万円", "ja", "printed", "▲87百万円", change(-87)],
    ["▲87百万円", "en", "printed", "−¥87 million", change(-87)]
  ])("shows %s in %s, %s units, as %s", (_printed, lang, unit, expected, value) => {
    expect(formatAmount(value, {lang, unit})).toBe(expected);
  });

  it("marks a figure shown finer than it was printed as approximate", () => {
    expect(formatAmount(q(141, "億円"), {lang: "ja", unit: "million"})).toMatch(/^約/);
    expect(formatAmount(q(141, "億円"), {lang: "ja", unit: "large"})).not.toMatch(/^約/);
  });

  it("marks a figure rounded to one decimal in 億円 as approximate, and an exact one not", () => {
    expect(formatAmount(q(1_073, "百万円"), {lang: "ja", unit: "large"})).toBe("約10.7億円");
    expect(formatAmount(q(1_070, "百万円"), {lang: "ja", unit: "large"})).toBe("10.7億円");
  });

  it("writes an English amount in billions to ¥10 million, as 億円 is to one decimal", () => {
    expect(formatAmount(q(265, "百万円"), {lang: "en", unit: "large"})).toBe("about ¥0.27 billion");
    expect(formatChange(change(-39), {lang: "en", unit: "large"})).toBe("about −¥0.04 billion");
  });

  it("never shows more than one decimal in 億円 for a figure printed in 百万円", () => {
    for (const v of [1, 87, 265, 1_073, 1_878, 2_611, 7_704, 10_756])
      expect(formatAmount(q(v, "百万円"), {lang: "ja", unit: "large"})).toMatch(/^(約)?[\d,]+(\.\d)?億円$/);
  });

  it("defaults to the printed unit", () => {
    expect(formatAmount(q(141, "億円"), {lang: "ja"})).toBe("141億円");
    expect(formatAmount(q(1_073, "百万円"), {lang: "ja"})).toBe("1,073百万円");
  });

  it.each<[number, Lang, string]>([
    [1.5, "ja", "1.5億円"],
    [1.5, "en", "¥0.15 billion"],
    [2.3, "ja", "2.3億円"]
  ])("shows an amount printed with a decimal, %s億円, in %s as %s (not rounded to whole 億円)", (value, lang, expected) => {
    expect(formatAmount(q(value, "億円"), {lang})).toBe(expected);
  });
});

describe("formatChange", () => {
  it.each<[string, Lang, UnitMode, string, Quantity]>([
    ["SICORP −87", "ja", "printed", "▲87百万円", change(-87)],
    ["SICORP −87", "en", "printed", "−¥87 million", change(-87)],
    ["SATREPS +52", "ja", "printed", "+52百万円", change(52)],
    ["SATREPS +52", "en", "printed", "+¥52 million", change(52)],
    ["no change", "ja", "printed", "±0百万円", change(0)],
    ["section +3億円", "ja", "printed", "+3億円", change(300, 100)],
    ["section +3億円", "en", "printed", "+¥0.3 billion", change(300, 100)],
    ["section +3億円", "ja", "million", "約+300百万円", change(300, 100)],
    ["SICORP −87", "ja", "large", "約▲0.9億円", change(-87)],
    ["no change", "ja", "large", "±0億円", change(0)],
    ["young researchers +233", "ja", "large", "約+2.3億円", change(233)]
  ])("shows %s in %s, %s units, as %s", (_what, lang, unit, expected, value) => {
    expect(formatChange(value, {lang, unit})).toBe(expected);
  });
});

describe("sentenceUnit", () => {
  it("keeps the printed unit when every figure of a sentence was printed in the same unit", () => {
    expect(sentenceUnit("printed", [q(1_073, "百万円"), change(-87)])).toBe("printed");
    expect(sentenceUnit(undefined, [q(141, "億円"), q(138, "億円")])).toBe("printed");
  });

  it("shows a sentence that mixes 億円 and 百万円 figures all in 億円", () => {
    expect(sentenceUnit("printed", [q(440, "億円"), q(44_000, "百万円")])).toBe("large");
  });

  it("leaves a unit the reader chose alone", () => {
    expect(sentenceUnit("million", [q(440, "億円"), q(44_000, "百万円")])).toBe("million");
  });
});

describe("formatPct", () => {
  it.each<[string, Lang, boolean, string, number | null]>([
    ["SICORP −87 / 1,160", "ja", false, "▲7.5%", (-87 / 1_160) * 100],
    ["SICORP −87 / 1,160", "en", false, "−7.5%", (-87 / 1_160) * 100],
    ["SATREPS 52 / 1,826", "ja", false, "+2.8%", (52 / 1_826) * 100],
    ["SATREPS 52 / 1,826", "en", false, "+2.8%", (52 / 1_826) * 100],
    ["海外特別研究員 189 / 2,422", "ja", false, "+7.8%", (189 / 2_422) * 100],
    ["no change", "ja", false, "±0.0%", 0],
    ["section 3億 / 138億 (rounded figures)", "ja", true, "約+2.2%", (3 / 138) * 100],
    ["section 3億 / 138億 (rounded figures)", "en", true, "about +2.2%", (3 / 138) * 100],
    ["a new programme (no base)", "ja", false, "—", null],
    ["a new programme (no base)", "en", false, "n/a", null]
  ])("shows %s in %s (approximate: %s) as %s", (_what, lang, approximate, expected, pct) => {
    expect(formatPct(pct, lang, approximate)).toBe(expected);
  });
});

describe("shares and counts", () => {
  it.each<[string, Quantity, Quantity, Lang, string]>([
    ["1,073百万円 of 141億円 (7.58–7.64%)", q(1_073, "百万円"), q(141, "億円"), "ja", "7.6%"],
    ["2,611百万円 of 141億円 (18.45–18.59%)", q(2_611, "百万円"), q(141, "億円"), "ja", "約18.5%"],
    ["the remainder 約33億円 of 141億円 (23.3–24.2%)", {millionYen: 3_344, step: 100}, q(141, "億円"), "ja", "約24%"],
    ["the remainder in English", {millionYen: 3_344, step: 100}, q(141, "億円"), "en", "about 24%"],
    ["2,611百万円 of 7,704百万円, both exact", q(2_611, "百万円"), q(7_704, "百万円"), "en", "33.9%"]
  ])("shows the share %s as the printed precision allows", (_what, part, whole, lang, expected) => {
    expect(formatShareOf(part, whole, lang)).toBe(expected);
  });

  it("shows the itemised share 10,756 / 14,100 as 76% or 76.3%", () => {
    expect(formatShare(10_756 / 14_100, "ja", 0)).toBe("76%");
    expect(formatShare(10_756 / 14_100, "en")).toBe("76.3%");
  });

  it("shows the Sakura Science count as 2,900", () => {
    expect(formatCount(2_900, "ja")).toBe("2,900");
    expect(formatCount(2_900, "en")).toBe("2,900");
  });
});

describe("eraYear", () => {
  it.each([
    [2023, "令和5年度"],
    [2022, "令和4年度"],
    [2020, "令和2年度"],
    [2019, "令和元年度"],
    [2018, "平成30年度"],
    [2017, "平成29年度"],
    [2014, "平成26年度"],
    [2009, "平成21年度"],
    [2008, "平成20年度"],
    [1989, "平成元年度"],
    [1988, "昭和63年度"],
    [1982, "昭和57年度"]
  ])("names fiscal year %i %s", (year, expected) => {
    expect(eraYear(year)).toBe(expected);
  });
});

describe("fiscalYearLabel", () => {
  it.each<[number, Lang, string]>([
    [2023, "ja", "令和5年度"],
    [2023, "en", "FY2023"],
    [2019, "ja", "令和元年度"],
    [2022, "en", "FY2022"]
  ])("labels %i in %s as %s", (year, lang, expected) => {
    expect(fiscalYearLabel(year, lang)).toBe(expected);
  });
});
