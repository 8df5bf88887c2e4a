// A share of a total is a part of it: whatever the printed units' ranges, no value it shows lies below 0% or
// above 100% (a remainder computed from a total in 億円 once read 「合計2億円の60%〜167%」).
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {add, quantity} from "../../src/lib/amount.js";
import {formatShareOf, sharePercent} from "../../src/lib/format.js";

const percents = (text: string) => [...text.matchAll(/([0-9][0-9,]*(?:\.[0-9]+)?)%/g)].map((m) => Number(m[1].replace(/,/g, "")));

describe("a share of its total", () => {
  it("stays within 0%–100% for a part no larger than the total, printed in any unit", () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 400}),
        fc.integer({min: 0, max: 40_000}),
        fc.constantFrom("億円" as const, "百万円" as const),
        fc.constantFrom("ja" as const, "en" as const),
        (totalOku, itemisedMillion, unit, lang) => {
          const total = quantity(unit === "億円" ? totalOku : totalOku * 100, unit);
          const itemised = quantity(Math.min(itemisedMillion, total.millionYen), "百万円");
          // The remainder, as derive.ts computes it: the total less what is itemised (ranges widen).
          const part = add(total, itemised, -1);
          const p = sharePercent(part, total, {within: true});
          if (!p) return;
          expect(p.lo).toBeGreaterThanOrEqual(0);
          expect(p.hi).toBeLessThanOrEqual(100);
          for (const x of percents(formatShareOf(part, total, lang, {within: true}))) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(100);
          }
        }
      )
    );
  });

  it("clamps the range of a remainder as large as its total in 億円 (the case seen)", () => {
    const total = quantity(2, "億円");
    const part = add(total, quantity(0, "百万円"), -1);
    expect(sharePercent(part, total, {within: true})!.hi).toBe(100);
    expect(Math.max(...percents(formatShareOf(part, total, "ja", {within: true})))).toBeLessThanOrEqual(100);
  });

  it("leaves a share of figures printed apart unclamped (their true values may put the part above the total)", () => {
    const p = sharePercent(quantity(1, "億円"), quantity(1, "億円"))!;
    expect(p.hi).toBeGreaterThan(100);
  });
});
