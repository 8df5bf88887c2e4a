// How amounts, changes, percentages and years read in Japanese and English.
import {describe, expect, it} from "vitest";
import {quantity, type Quantity, type Unit} from "../../src/lib/amount.js";
import {
  eraYear,
  fiscalYearLabel,
  formatAmount,
  formatChange,
  formatMovement,
  formatCount,
  formatPct,
  formatShare,
  formatShareOf,
  sentenceUnit,
  showPercent,
  changePercent,
  formatPercent,
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
    ["100百万円", "en", "large", "¥100 million", q(100, "百万円")],
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

  it("writes an English amount under ¥1 billion in millions, exactly as printed, in any unit mode", () => {
    expect(formatAmount(q(265, "百万円"), {lang: "en", unit: "large"})).toBe("¥265 million");
    expect(formatChange(change(-39), {lang: "en", unit: "large"})).toBe("−¥39 million");
    // 3億円 in millions is the printed figure itself: no "about".
    expect(formatAmount(q(3, "億円"), {lang: "en"})).toBe("¥300 million");
    expect(formatAmount(q(3, "億円"), {lang: "en", unit: "large"})).toBe("¥300 million");
    // From ¥1 billion on, billions to ¥10 million, as 億円 is to one decimal.
    expect(formatAmount(q(1_073, "百万円"), {lang: "en", unit: "large"})).toBe("about ¥1.07 billion");
  });

  it("never shows more than one decimal in 億円 for a figure printed in 百万円 (of 5百万円 or more)", () => {
    for (const v of [5, 87, 265, 1_073, 1_878, 2_611, 7_704, 10_756])
      expect(formatAmount(q(v, "百万円"), {lang: "ja", unit: "large"})).toMatch(/^(約)?[\d,]+(\.\d)?億円$/);
  });

  it("never shows a figure that is not zero as 0 in the large unit", () => {
    expect(formatAmount(q(4, "百万円"), {lang: "ja", unit: "large"})).toBe("0.04億円");
    expect(formatChange(change(-4), {lang: "ja", unit: "large"})).toBe("▲0.04億円");
    expect(formatAmount(q(4, "百万円"), {lang: "en", unit: "large"})).toBe("¥4 million");
    expect(formatAmount(q(5, "百万円"), {lang: "ja", unit: "large"})).toBe("約0.1億円");
  });

  it("defaults to the printed unit", () => {
    expect(formatAmount(q(141, "億円"), {lang: "ja"})).toBe("141億円");
    expect(formatAmount(q(1_073, "百万円"), {lang: "ja"})).toBe("1,073百万円");
  });

  it.each<[number, Lang, string]>([
    [1.5, "ja", "1.5億円"],
    [1.5, "en", "¥150 million"],
    [14.1, "en", "¥1.41 billion"],
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
    ["section +3億円", "en", "printed", "+¥300 million", change(300, 100)],
    ["section +3億円", "ja", "million", "約+300百万円", change(300, 100)],
    ["SICORP −87", "ja", "large", "約▲0.9億円", change(-87)],
    ["no change", "ja", "large", "±0億円", change(0)],
    ["young researchers +233", "ja", "large", "約+2.3億円", change(233)]
  ])("shows %s in %s, %s units, as %s", (_what, lang, unit, expected, value) => {
    expect(formatChange(value, {lang, unit})).toBe(expected);
  });
});

describe("formatMovement: a change as prose states it", () => {
  it.each<[string, Lang, UnitMode, string, Quantity]>([
    ["a cut", "ja", "printed", "87百万円減", change(-87)],
    ["a rise", "ja", "printed", "52百万円増", change(52)],
    ["no change", "ja", "printed", "増減なし", change(0)],
    ["a rise shown finer than printed", "ja", "million", "約300百万円増", change(300, 100)],
    ["a cut shown coarser than printed", "ja", "large", "約0.9億円減", change(-87)],
    ["a cut", "en", "printed", "down ¥87 million", change(-87)],
    ["no change", "en", "printed", "unchanged", change(0)],
    ["a rise shown finer than printed", "en", "million", "up about ¥300 million", change(300, 100)]
  ])("writes %s in %s, %s units, as %s", (_what, lang, unit, expected, value) => {
    expect(formatMovement(value, {lang, unit})).toBe(expected);
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
    ["海外特別研究員 189 / 2,422", "ja", false, "+7.8%", (189 / 2_422) * 100],
    ["no change", "ja", false, "±0.0%", 0],
    ["a new programme (no base)", "ja", false, "—", null],
    ["a new programme (no base)", "en", false, "n/a", null]
  ])("shows a computed percentage, %s, in %s (approximate: %s) as %s", (_what, lang, approximate, expected, pct) => {
    expect(formatPct(pct, lang, approximate)).toBe(expected);
  });

  /** An entity's printed current and comparison, as formatPct takes them. */
  const figures = (current: number, comparison: number, unit: Unit) => ({
    current: {value: q(current, unit)},
    comparison: {value: q(comparison, unit)}
  });

  it.each<[string, [number, number, Unit], Lang, string]>([
    // 1,160 → 1,073百万円: figures in 百万円 are taken as printed, so −7.5% exactly, to 0.1 and without 約.
    ["1,160 → 1,073百万円", [1_073, 1_160, "百万円"], "ja", "▲7.5%"],
    ["1,160 → 1,073百万円", [1_073, 1_160, "百万円"], "en", "−7.5%"],
    ["1,826 → 1,878百万円", [1_878, 1_826, "百万円"], "ja", "+2.8%"],
    // 138 → 141億円: 1.44% … 2.91%. Not to 0.1 (2.2 ± 0.1 cannot hold it); to 1 point, 2 ± 1 does.
    ["138 → 141億円", [141, 138, "億円"], "ja", "約+2%"],
    ["138 → 141億円", [141, 138, "億円"], "en", "about +2%"],
    // 25 → 39億円: 51% … 61%, wider than a 1-point step holds: the range is printed.
    ["25 → 39億円", [39, 25, "億円"], "ja", "+50%～+62%"],
    ["25 → 39億円", [39, 25, "億円"], "en", "+50% to +62%"],
    // 50 → 52億円: 1.98% … 6.06%; a 10-point step would print 約+0% for a rise, so the range is printed.
    ["50 → 52億円", [52, 50, "億円"], "ja", "+1%～+7%"],
    // 3 → 3億円: anything from −29% to +40%; no single figure is honest, so the range is printed.
    ["3 → 3億円", [3, 3, "億円"], "ja", "▲29%～+40%"],
    ["3 → 3億円", [3, 3, "億円"], "en", "−29% to +40%"],
    ["0 → 5億円 (no base)", [5, 0, "億円"], "ja", "—"]
  ])("shows the change %s as its printed figures support: %s %s", (_what, [c, b, unit], lang, expected) => {
    expect(formatPct(figures(c, b, unit), lang)).toBe(expected);
  });

  it("has nothing to show when the entity has no comparison", () => {
    expect(formatPct({current: {value: q(100, "百万円")}}, "ja")).toBe("—");
    expect(formatPct({current: {value: q(100, "百万円")}, comparison: null}, "en")).toBe("n/a");
  });

  it("rounds a percentage of printed 百万円 figures half away from zero, as 四捨五入", () => {
    expect(formatPct(7.55, "ja")).toBe("+7.6%");
    expect(formatPct(-7.55, "ja")).toBe("▲7.6%");
  });
});

describe("formatShareOf and formatPct: one rule", () => {
  it.each<[string, Quantity, Quantity, Lang, string]>([
    ["1,073百万円 of 7,704百万円, both as printed", q(1_073, "百万円"), q(7_704, "百万円"), "ja", "14%"],
    ["2,611百万円 of 7,704百万円, both as printed", q(2_611, "百万円"), q(7_704, "百万円"), "en", "34%"],
    ["1,073百万円 of 141億円 (7.58–7.64%)", q(1_073, "百万円"), q(141, "億円"), "ja", "約7.6%"],
    ["100百万円 of 141億円 (0.707–0.712%)", q(100, "百万円"), q(141, "億円"), "ja", "約0.7%"],
    ["1,878百万円 of 141億円 (13.27–13.37%): a tenth the total does not give", q(1_878, "百万円"), q(141, "億円"), "ja", "約13%"],
    ["2,611百万円 of 141億円 (18.45–18.58%)", q(2_611, "百万円"), q(141, "億円"), "en", "about 19%"],
    ["the remainder 約33億円 of 141億円 (23.3–24.2%)", {millionYen: 3_344, step: 100}, q(141, "億円"), "ja", "約24%"],
    ["the remainder in English", {millionYen: 3_344, step: 100}, q(141, "億円"), "en", "about 24%"],
    ["anything of a zero total", q(5, "百万円"), q(0, "億円"), "en", "n/a"]
  ])("shows the share %s as the printed precision allows: %s", (_what, part, whole, lang, expected) => {
    expect(formatShareOf(part, whole, lang)).toBe(expected);
  });

  it("marks every share of a total printed in 億円 with 約, whether or not its range crosses a rounding boundary", () => {
    // 0.707–0.712% stays 0.7 and 13.27–13.37% stays 13: a reader cannot see the range, so both carry 約.
    const whole = q(141, "億円");
    for (const part of [100, 265, 1_073, 1_878, 2_611]) expect(formatShareOf(q(part, "百万円"), whole, "ja")).toMatch(/^約/);
  });

  it("treats a change and a share alike: the same step and 約 for the same range", () => {
    for (const range of [
      {value: 2.17, lo: 1.44, hi: 2.91},
      {value: 56, lo: 51, hi: 61.2},
      {value: 7.5, lo: 7.5, hi: 7.5}
    ])
      expect(formatPercent(range, "ja", {signed: true}).replace(/[+▲±]/g, "")).toBe(formatPercent(range, "ja"));
  });
});

/** A generator of reproducible numbers (mulberry32), so a failing case can be run again. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a printed percentage claims: its value, the step its digits show, whether it says 約. */
function readPercent(text: string): {value: number; decimals: number; approx: boolean} | null {
  const m = /^(約|about )?([+▲−±]?)([\d,]+(?:\.(\d))?)%$/.exec(text);
  if (!m) return null;
  const magnitude = Number(m[3].replaceAll(",", ""));
  return {value: m[2] === "▲" || m[2] === "−" ? -magnitude : magnitude, decimals: m[4] ? 1 : 0, approx: !!m[1]};
}

describe("every printed percentage is honest about its inputs' printed precision", () => {
  // True amounts (million yen), printed as the document would: in 百万円 as they are, in 億円 rounded to the 億円.
  const next = random(17);
  const cases = Array.from({length: 4_000}, () => {
    const unitOf = (): Unit => (next() < 0.5 ? "億円" : "百万円");
    const amount = () => Math.round(10 ** (1 + next() * 4)); // 10 … 100,000 million yen
    const [a, b] = [amount(), Math.max(1, Math.round(amount() * (0.3 + next() * 1.5)))];
    return {a, b, ua: unitOf(), ub: unitOf()};
  });
  const printedAs = (millionYen: number, unit: Unit) => (unit === "億円" ? Math.round(millionYen / 100) : millionYen);

  for (const kind of ["change", "share"] as const)
    it(`${kind}: a tenth shown is the true value's rounding; with 約 a whole point lies within one point of it`, () => {
      let approximate = 0;
      for (const {a, b, ua, ub} of cases) {
        const [pa, pb] = [printedAs(a, ua), printedAs(b, ub)];
        if (pb === 0) continue;
        const [qa, qb] = [q(pa, ua), q(pb, ub)];
        const text = kind === "change" ? formatPct({current: {value: qa}, comparison: {value: qb}}, "en") : formatShareOf(qa, qb, "en");
        const truth = kind === "change" ? (a / b - 1) * 100 : (100 * a) / b;
        const coarse = ua === "億円" || ub === "億円";
        const shown = readPercent(text);
        const where = `${kind} ${pa}${ua} vs ${pb}${ub} (true ${a} vs ${b}): ${text}`;
        if (!shown) {
          // Too wide for a 1-point step: the range printed must hold the truth.
          const [lo, hi] = text.split(" to ").map((x) => readPercent(x)!.value);
          expect(truth >= lo && truth <= hi, where).toBe(true);
          continue;
        }
        // 約 exactly when a figure is rounded to the 億円 (its range is not a single value).
        expect(shown.approx, where).toBe(coarse);
        if (!shown.approx) {
          // Exact figures: a change to the tenth; a share to the tenth below 10%, in whole points (rounded) from 10%.
          const whole = kind === "share" && Math.round(truth) >= 10;
          expect(Math.abs(truth - shown.value), where).toBeLessThanOrEqual((whole ? 0.5 : 0.05) + 1e-9);
          expect(shown.decimals, where).toBe(whole ? 0 : 1);
        } else {
          approximate++;
          // A tenth is shown only when every value the printed figures allow rounds to it; a whole point is 約.
          const reach = shown.decimals === 1 ? 0.05 : 1;
          expect(Math.abs(truth - shown.value), where).toBeLessThanOrEqual(reach + 1e-9);
        }
      }
      expect(approximate).toBeGreaterThan(500); // the generator does exercise rounded inputs
    });

  it("shows a tenth only when the whole range rounds to it, else whole points within one point", () => {
    for (const {a, b, ua, ub} of cases.slice(0, 1_000)) {
      const [qa, qb] = [q(printedAs(a, ua), ua), q(printedAs(b, ub), ub)];
      const p = changePercent(qa, qb);
      if (!p) continue;
      const shown = showPercent(p);
      if (shown.kind === "range") {
        // No 1-point band holds it (the finest step's rounding, ± one step).
        const at = Math.sign(p.value) * Math.round(Math.abs(p.value));
        expect(p.lo >= at - 1 - 1e-9 && p.hi <= at + 1 + 1e-9, `${p.lo}…${p.hi}`).toBe(false);
        continue;
      }
      const reach = shown.step === 0.1 ? 0.05 : 1;
      expect(p.lo).toBeGreaterThanOrEqual(shown.value - reach - 1e-9);
      expect(p.hi).toBeLessThanOrEqual(shown.value + reach + 1e-9);
      // Shown in whole points: the range does not round to one tenth (it is not within half a tenth of one).
      if (shown.step > 0.1) {
        const at = (Math.sign(p.value) * Math.round(Math.abs(p.value) * 10)) / 10;
        expect(p.lo >= at - 0.05 + 1e-9 && p.hi <= at + 0.05 - 1e-9, `${p.lo}…${p.hi} at 0.1`).toBe(false);
      }
    }
  });
});

describe("shares and counts", () => {
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
