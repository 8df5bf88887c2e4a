// The appendix as a director-general reads it (issue 17, the DG read of session 10), on the fixture edition `two`
// (a group, a fund, a new and a restated programme): no contents page repeating the slides that follow, sheets
// whose rows do not say a thing twice, one type scale, titles that are not the main flow's statements, a group
// sheet with both years' amounts, legends of the colours drawn, and English stage names a native official writes.
import {describe, expect, it} from "vitest";
import {deckOutline} from "../../slides/outline.js";
import {fixtureBriefing} from "../support/fixtures.js";

const briefing = fixtureBriefing("two");
const LANGS = ["ja", "en"] as const;

describe.each(LANGS)("the appendix of the %s deck", (lang) => {
  const slides = deckOutline(briefing, lang).slides;
  const appendix = slides.filter((s) => s.part === "appendix");

  it("opens with the summary table, with no contents page listing the slides after it", () => {
    expect(appendix[0].id).toBe("summary");
    const titles = new Set(appendix.map((s) => s.title));
    for (const s of appendix)
      for (const t of s.tables)
        expect(
          t.rows.filter((r) => r.cells.some((c) => titles.has(c))),
          s.id
        ).toEqual([]);
  });
});
