// The document's words as displayed (src/lib/display.ts) and the runs a line never breaks (phrases.ts keepRuns):
// か月 and ～ in one form in Japanese, a year range with an en dash, English amounts in millions kept whole.
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {keepRuns, wrapPhrases} from "../../src/components/phrases.js";
import {quantity} from "../../src/lib/amount.js";
import {displayText} from "../../src/lib/display.js";
import {formatAmount, formatChange, formatMovement, type UnitMode} from "../../src/lib/format.js";

describe("displayText", () => {
  it.each([
    ["3ヶ月~1年程度", "3か月～1年程度"],
    ["渡航期間 3ヵ月〜1年", "渡航期間 3か月～1年"],
    ["受入期間 約1~3週間", "受入期間 約1～3週間"],
    ["5百万円～1億円／年・課題", "5百万円～1億円／年・課題"],
    ["開発計画（2015-2036）", "開発計画（2015–2036）"]
  ])("shows %s as %s", (printed, shown) => {
    expect(displayText(printed, "ja")).toBe(shown);
  });

  it("gives an English year range the en dash and leaves other hyphens and tildes alone", () => {
    expect(displayText("Alternative Energy Development Plan (2015-2036).", "en")).toBe("Alternative Energy Development Plan (2015–2036).");
    expect(displayText("e-ASIA joint research, 1-3 weeks, ~2,900 visitors", "en")).toBe(
      "e-ASIA joint research, 1-3 weeks, ~2,900 visitors"
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom(..."0123456789~〜～ヶヵカか月年-–（）a ")}), (t) => {
        for (const lang of ["ja", "en"] as const) expect(displayText(displayText(t, lang), lang)).toBe(displayText(t, lang));
      })
    );
  });
});

describe("English amounts under ¥1 billion", () => {
  const MODES: UnitMode[] = ["printed", "million", "large"];
  it("never read ¥0.x billion, in any unit mode, as an amount, a change or a movement", () => {
    fc.assert(
      fc.property(
        fc.integer({min: -200_000, max: 200_000}),
        fc.constantFrom("百万円", "億円") as fc.Arbitrary<"百万円" | "億円">,
        fc.constantFrom(...MODES),
        (n, unit, mode) => {
          const q = quantity(unit === "億円" ? Math.round(n / 100) : n, unit);
          for (const text of [
            formatAmount(q, {lang: "en", unit: mode}),
            formatChange(q, {lang: "en", unit: mode}),
            formatMovement(q, {lang: "en", unit: mode})
          ])
            expect(text).not.toMatch(/¥0\.\d+ billion/);
        }
      )
    );
  });

  it("reads 3億円 as exactly ¥300 million, with no about", () => {
    expect(formatAmount(quantity(3, "億円"), {lang: "en"})).toBe("¥300 million");
    expect(formatMovement(quantity(3, "億円"), {lang: "en"})).toBe("up ¥300 million");
  });

  it("keep the figure and its scale word on one line, and a year range whole", () => {
    expect(keepRuns("¥14.1 billion, up ¥300 million (about 2%)")).toContain('">¥300 million</span>');
    expect(keepRuns("(2015–2036)")).toContain('">2015–2036</span>');
    // Wrapped narrow, the run never splits.
    for (const line of wrapPhrases("FY20XX draft: ¥14.1 billion, up ¥300 million (about 2%)", 260, {size: 32, bold: true}))
      expect(line).not.toMatch(/¥300$|^million/);
  });
});
