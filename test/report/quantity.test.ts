// Figures are kept whole on a line (issue #16: the report broke 「189百｜万円増」 and 「（約｜+2.2%）」): every
// figure the formatters print, in a sentence of either language, is found as one run with its sign, 約 and unit.
// Read on the fixture editions' own figures, in every unit mode.
import {describe, expect, it} from "vitest";
import {figureRuns, figureTail} from "../../src/components/quantity.js";
import {formatAmount, formatChange, formatMovement, formatPct, formatShareOf, UNIT_MODES, type Lang} from "../../src/lib/format.js";
import {ERAS} from "../../src/locale/ja/core.js";
import {fixtureBriefing} from "../support/fixtures.js";

const LANGS: Lang[] = ["ja", "en"];

/** Every figure the report prints for the fixture's entities: amounts, changes, percentages, shares. */
function printedFigures(name: "one" | "two", lang: Lang): string[] {
  const b = fixtureBriefing(name);
  const section = b.figures.entities.find((e) => e.id === b.figures.section)!;
  const out = new Set<string>();
  for (const unit of UNIT_MODES)
    for (const e of b.figures.entities) {
      for (const f of e.amounts) out.add(formatAmount(f.value, {lang, unit}));
      if (e.change) {
        out.add(formatChange(e.change, {lang, unit}));
        // English prose says the direction as a word before the figure ("up ¥0.2 billion"); the figure is the rest.
        out.add(formatMovement(e.change, {lang, unit}).replace(/^(up|down) /, ""));
        out.add(formatPct(e, lang));
      }
      if (e.current && section.current) out.add(formatShareOf(e.current.value, section.current.value, lang));
    }
  return [...out].filter((f) => /\d/.test(f));
}

describe("figureRuns(text)", () => {
  for (const name of ["one", "two"] as const)
    for (const lang of LANGS)
      it(`finds each printed figure of edition ${name} whole in a sentence (${lang})`, () => {
        const figures = printedFigures(name, lang);
        expect(figures.length).toBeGreaterThan(2);
        for (const figure of figures) {
          const sentence = lang === "ja" ? `合計は（${figure}）となり、前の版と比べた。` : `The total (${figure}) was compared.`;
          const runs = figureRuns(sentence);
          expect(runs.map((r) => r.text).join("")).toBe(sentence);
          expect(runs.filter((r) => r.figure).map((r) => r.text)).toEqual([figure]);
        }
      });

  it("keeps a range of percentages as one run, and the text around it as it was", () => {
    expect(figureRuns("増減率は+50%〜+62%の範囲。")).toEqual([
      {text: "増減率は", figure: false},
      {text: "+50%〜+62%", figure: true},
      {text: "の範囲。", figure: false}
    ]);
    expect(
      figureRuns("約189百万円増（約+2.2%）")
        .filter((r) => r.figure)
        .map((r) => r.text)
    ).toEqual(["約189百万円増", "約+2.2%"]);
  });

  it("keeps an era year with its era name, so 令和4年度 never breaks after 令和", () => {
    for (const era of ERAS) {
      const runs = figureRuns(`${era.name}4年度予算額（138億円）`);
      expect(runs.find((r) => r.figure)?.text).toBe(`${era.name}4年度`);
    }
  });

  it("leaves text without figures, and one-digit ordinals, as plain text", () => {
    expect(figureRuns("国際ネットワーク")).toEqual([{text: "国際ネットワーク", figure: false}]);
    expect(figureRuns("第1階層").every((r) => !r.figure)).toBe(true);
    expect(figureRuns("")).toEqual([]);
  });
});

describe("figureTail(text)", () => {
  it("takes the 増 or 減 written after a traced change, and nothing else", () => {
    expect(figureTail("増（+2.2%）")).toBe("増");
    expect(figureTail("減。")).toBe("減");
    expect(figureTail("増減なし")).toBe("");
    expect(figureTail("、増えた")).toBe("");
  });
});
