// The start-year chart's caption names the rows the chart draws (issue #17: a caption said one programme was the
// newest while the chart drew a newer one). Fixture edition `two` has a programme with a printed start year and
// a new programme with none, which the chart places at its first budget amount.
import {describe, expect, it} from "vitest";
import {startRows} from "../../src/components/chartrows.js";
import {startCaption} from "../../src/components/startcaption.js";
import type {Lang} from "../../src/lib/format.js";
import {fixtureBriefing} from "../support/fixtures.js";

describe("startCaption(b, lang)", () => {
  for (const name of ["one", "two"] as const)
    for (const lang of ["ja", "en"] as Lang[])
      it(`names the chart's oldest and newest rows (${name}, ${lang})`, () => {
        const b = fixtureBriefing(name);
        const rows = startRows(b, {lang});
        const caption = startCaption(b, lang);
        if (!rows.length) return expect(caption).toBe("");
        const oldest = rows[0],
          newest = rows[rows.length - 1];
        expect(caption).toContain(oldest.name);
        expect(caption).toContain(newest.name);
        expect(caption).toContain(String(newest.year));
        // The oldest is named before the newest, as the chart reads left to right.
        expect(caption.indexOf(oldest.name)).toBeLessThanOrEqual(caption.lastIndexOf(newest.name));
      });

  it("says a new programme has no printed start year rather than giving it one", () => {
    const b = fixtureBriefing("two");
    const fresh = startRows(b, {lang: "ja"}).filter((r) => r.isNew);
    expect(fresh.length).toBeGreaterThan(0);
    const ja = startCaption(b, "ja");
    const en = startCaption(b, "en");
    expect(ja).toContain("開始年度の記載がない新規事業");
    expect(en).toContain("no printed start year");
  });
});
