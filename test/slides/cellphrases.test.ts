// Japanese table cells break between phrases on the slides (the theme's auto-phrase on td, th and li), and the
// layout counts their rows' lines the same way, so a row that needs one more line for it is still given its room.
import {describe, expect, it} from "vitest";
import {wrapPhrases} from "../../src/components/phrases.js";
import {lineCount} from "../../src/lib/measure.js";
import {DENSITIES, phraseLines, phrasesWhole, rowLines, tableDensity} from "../../slides/layout.js";
import {marpTheme} from "../../slides/theme.js";
import type {TableSpec} from "../../slides/outline.js";

describe("Japanese table cells", () => {
  it("the theme breaks list items between phrases and table cells only where the deck marks them (keep-all)", () => {
    const css = marpTheme({});
    const rule = (what: string) => css.split("\n").find((l) => l.includes(what))!;
    expect(rule("word-break: auto-phrase")).toContain("section li");
    for (const sel of ["section td", "section th"]) expect(rule("word-break: keep-all")).toContain(sel);
  });

  it("counts a cell's lines as phrase breaking takes them, never fewer than breaking at any character", () => {
    const text = "外国人研究者招へいを行う事業の東南アジアが主な相手国";
    const size = 20;
    for (let width = 60; width <= 600; width += 7) {
      const n = phraseLines(text, size, width);
      expect(n).toBeGreaterThanOrEqual(wrapPhrases(text, width, {size}).length);
      expect(n).toBeGreaterThanOrEqual(lineCount(text, width, {size}));
    }
    // Somewhere in that range phrases need more lines than characters would: the case this guards.
    const more = Array.from({length: 78}, (_, i) => 60 + 7 * i).some(
      (w) => wrapPhrases(text, w, {size}).length > lineCount(text, w, {size})
    );
    expect(more).toBe(true);
  });

  it("gives a row the lines its Japanese cell takes between phrases", () => {
    const d = DENSITIES.find((x) => x.name === "dense") ?? DENSITIES[0];
    const cell = "南アフリカ1か国以上と東南アジアが主の共同研究を外国人研究者招へいで行う";
    const t: TableSpec = {columns: [{label: "区分", align: "left"}], rows: [{cells: [cell]}]};
    for (let width = 300; width <= 900; width += 50) {
      const inner = width - 2 * d.padX - 1;
      const [, row] = rowLines(t, width, d);
      expect(row).toBeGreaterThanOrEqual(wrapPhrases(cell, inner, {size: d.size}).length);
    }
  });

  it("sets a table a few px smaller rather than break a Japanese word in its column", () => {
    // A half-slide table whose first column, at the roomiest size, is narrower than its longest word.
    const t: TableSpec = {
      columns: [
        {label: "事業", align: "left"},
        {label: "人数", align: "right"},
        {label: "滞在期間", align: "left"}
      ],
      rows: [{cells: ["外国人研究者招へい", "514人", "2年以内"]}, {cells: ["若手海外挑戦", "140人", "渡航期間3ヶ月~1年程度"]}]
    };
    const width = 558;
    expect(phrasesWhole(t, width, DENSITIES[0])).toBe(false);
    const d = tableDensity(t, width, 1000)!;
    expect(phrasesWhole(t, width, d)).toBe(true);
    expect(d.size).toBeGreaterThanOrEqual(DENSITIES[0].size - 4);
  });
});
