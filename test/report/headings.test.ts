// The English report's headings and chart titles name what the reader sees: amounts by budget year and stage
// (FY2022 initial budget, FY2023 draft budget), not "editions", a word of the kit's data model (editions.csv) that
// read as if the document had been reissued.
import {readFileSync, readdirSync} from "node:fs";
import {join, resolve} from "node:path";
import {describe, expect, it} from "vitest";
import {chartWords} from "../../src/locale/charts.js";
import {reportWords} from "../../src/locale/report.js";

const EN = resolve(import.meta.dirname, "..", "..", "src", "en");
const EDITION = /\beditions?\b/i;

describe("the English report's headings", () => {
  it("never call budget years and stages editions", () => {
    const headings = readdirSync(EN)
      .filter((f) => f.endsWith(".md"))
      .flatMap((f) =>
        readFileSync(join(EN, f), "utf8")
          .split("\n")
          .filter((l) => /^#{1,4} /.test(l))
          .map((l) => `${f}: ${l}`)
      );
    expect(headings.length).toBeGreaterThan(10);
    const titles = Object.entries(chartWords("en").title).map(([k, v]) => `title.${k}: ${v}`);
    const captions = [`historyCaption: ${reportWords("en").historyCaption}`];
    expect([...headings, ...titles, ...captions].filter((t) => EDITION.test(t.split(": ").slice(1).join(": ")))).toEqual([]);
  });
});
