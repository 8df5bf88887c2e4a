// A multi-year fund is never ranked against annual budgets (issue #17: "a fund cannot be compared with one year's
// budget"): the answer to "which programme is largest?" names the largest annual amount and mentions a fund only
// as separate, never as the larger or the largest.
import {describe, expect, it} from "vitest";
import type {Lang} from "../../src/lib/format.js";
import {deckWords} from "../../src/locale/deck.js";

describe.each<Lang>(["ja", "en"])("the largest-programme answer (%s)", (lang) => {
  const w = deckWords(lang);
  const fund = {name: "Alpha", amount: lang === "ja" ? "440億円" : "¥44 billion"};
  const answer = w.largestAnswer("Stage", "Beta", "3,375", "24%", fund);

  it("does not bring the fund into an answer about annual amounts", () => {
    expect(answer).toContain("Beta");
    expect(answer).not.toContain(fund.amount);
    expect(answer).not.toContain(fund.name);
  });

  it("never ranks the fund above the annual amounts", () => {
    expect(answer).not.toMatch(lang === "ja" ? /基金[^。]*最大|最大[^。]*基金/ : /fund is larger|largest fund/);
  });
});
