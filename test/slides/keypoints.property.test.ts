// The key points slide uses its room (issue 17: it filled half the slide): its table is set as large as it fits
// and its rows spread over the room left (layout.ts filledDensity, measured), on small and large generated
// editions alike, and on the fixture editions.
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import type {Briefing} from "../../src/lib/briefing.js";
import {briefingFromInput} from "../../src/lib/files.js";
import {filledDensity, tableHeight, tableRoom} from "../../slides/layout.js";
import {deckOutline} from "../../slides/outline.js";
import {describeEdition, editionArbOf, editionInput} from "../layout/gen.js";
import {fixtureBriefing} from "../support/fixtures.js";

/** The share of its room the key points table takes, as the deck sets it. */
function fullness(b: Briefing, lang: "ja" | "en"): number | undefined {
  const s = deckOutline(b, lang).slides.find((x) => x.id === "key-points");
  if (!s) return undefined;
  const room = tableRoom(s);
  const t = s.tables[0];
  const height = tableHeight(t, room.width, filledDensity(t, room.width, room.height));
  expect(height).toBeLessThanOrEqual(room.height);
  return height / room.height;
}

/** At least this share of its room: a slide of one or two points is set large rather than left in its top half. */
const FULL = 0.75;

describe("the key points slide", () => {
  it.each(["one", "two"] as const)("fills its room on fixture %s", (name) => {
    for (const lang of ["ja", "en"] as const) expect(fullness(fixtureBriefing(name), lang)).toBeGreaterThanOrEqual(FULL);
  });

  it.each([
    ["small", {programmes: {min: 1, max: 2}, names: {min: 2, max: 12}, stages: {min: 1, max: 2}}],
    ["large", {programmes: {min: 25, max: 30}, names: {min: 60, max: 120}, stages: {min: 3, max: 5}}]
  ] as const)(
    "fills its room on %s generated editions",
    (_, shape) => {
      let seen = 0;
      fc.assert(
        fc.property(editionArbOf(shape), (g) => {
          const b = briefingFromInput(editionInput(g));
          for (const lang of ["ja", "en"] as const) {
            const f = fullness(b, lang);
            if (f === undefined) continue;
            seen++;
            expect(f, `${describeEdition(g)} (${lang})`).toBeGreaterThanOrEqual(FULL);
          }
        }),
        {numRuns: 10, seed: 41, endOnFailure: true}
      );
      expect(seen).toBeGreaterThan(0);
    },
    120_000
  );
});
