// A share of its own total never reads above 100% or below 0%, on the page or in its popup: the itemised sum, a
// programme and the remainder are parts of the section total, so when the total is printed in 億円 and its parts
// in 百万円 the rounding range is clamped (sharePercent's `within`). Generated editions: fixture `two` with the
// section total and each programme's amount drawn, the itemised sum up to the total's upper bound.
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {buildBriefing} from "../../src/lib/briefing.js";
import {CHARTS} from "../../src/components/specs.js";
import {compositionRows} from "../../src/components/composition.js";
import {parseDataset} from "../../src/lib/dataset.js";
import type {Lang} from "../../src/lib/format.js";
import {itemisationText} from "../../src/lib/text.js";
import {provenanceLines, ratioPercentOf, untraced, type Provenance} from "../../src/lib/trace.js";
import {editRow, fixtureInput, fixtureText} from "../support/fixtures.js";

const percents = (text: string) => [...text.matchAll(/([0-9][0-9,]*(?:\.[0-9]+)?)%/g)].map((m) => Number(m[1].replace(/,/g, "")));
const money = (n: number) => `"${n.toLocaleString("en-US")}"`;

/** Fixture `two` with the section total `oku`億円 and alpha, beta, gamma, delta in 百万円 (the budget line beta + gamma). */
function edition(oku: number, [alpha, beta, gamma, delta]: number[]) {
  let budget = fixtureText("two", "budget.csv");
  // A row left as it is (the drawn figure is the fixture's own) is kept; editRow refuses an edit that changes nothing.
  const set = (prefix: string, from: string, to: string) => {
    if (from !== to) budget = editRow(budget, prefix, (r) => r.replace(from, to));
  };
  set("sec,2031,draft,", "52,億円", `${oku},億円`);
  set("alpha,2031,draft,", '"1,200"', money(alpha));
  set("beta,2031,draft,", '"1,500"', money(beta));
  set("gamma,2031,draft,", '"1,000"', money(gamma));
  set("grp,2031,draft,", '"2,500"', money(beta + gamma));
  set("delta,2031,draft,", "300", money(delta));
  return buildBriefing(parseDataset({...fixtureInput("two"), "budget.csv": budget} as Parameters<typeof parseDataset>[0]));
}

// A total of 5–80億円 and four programmes whose sum lies anywhere up to the total's upper bound (its printed
// figure + 0.5億円 − 1百万円), the case where an unclamped share read 99%〜101%.
const editions = fc.integer({min: 5, max: 80}).chain((oku) =>
  fc
    .tuple(fc.double({min: 0.5, max: 1, noNaN: true}), fc.array(fc.double({min: 0.05, max: 1, noNaN: true}), {minLength: 4, maxLength: 4}))
    .map(([fill, weights]) => {
      const sum = Math.floor(fill * (oku * 100 + 49));
      const total = weights.reduce((a, x) => a + x, 0);
      const parts = weights.map((x) => Math.max(1, Math.floor((x / total) * sum)));
      return {oku, parts};
    })
);

describe("a share of its own total, on generated editions", () => {
  it("the itemised share, each programme's and the remainder's, and their popups' ranges stay within 0–100%", () => {
    fc.assert(
      fc.property(editions, fc.constantFrom<Lang>("ja", "en"), ({oku, parts}, lang) => {
        const b = edition(oku, parts);
        const trace: Provenance[] = [];
        const said = [
          untraced(itemisationText(b, {lang, trace}) ?? ""),
          untraced(CHARTS.composition.summary(b, {lang, trace})),
          ...compositionRows(b, {lang}).map((r) => r.shareText)
        ];
        for (const x of said.flatMap(percents)) {
          expect(x, said.join(" | ")).toBeGreaterThanOrEqual(0);
          expect(x, said.join(" | ")).toBeLessThanOrEqual(100);
        }
        const shares = trace.filter((p) => p.ratio?.kind === "share");
        expect(shares.length).toBeGreaterThan(0);
        for (const p of shares) {
          const pct = ratioPercentOf(p)!;
          expect(pct.lo).toBeGreaterThanOrEqual(0);
          expect(pct.hi).toBeLessThanOrEqual(100);
          // The popup's words: its formula ends on the figure shown, its precision line gives the clamped range.
          for (const x of provenanceLines(b, p, lang).slice(0, 2).flatMap(percents)) expect(x).toBeLessThanOrEqual(100);
        }
      }),
      {numRuns: 60, seed: 17}
    );
  });

  it("an itemised sum at the total's upper bound reads no more than 100%, as its popup does (the case seen)", () => {
    // 52億円 may be anything up to 5,249百万円; programmes printed as 5,240百万円 in all are within it.
    const b = edition(52, [2000, 1500, 1000, 740]);
    const trace: Provenance[] = [];
    const text = untraced(itemisationText(b, {lang: "ja", trace})!);
    expect(Math.max(...percents(text))).toBeLessThanOrEqual(100);
    const share = trace.find((p) => p.ratio?.kind === "share")!;
    expect(ratioPercentOf(share)!.hi).toBe(100);
  });
});
