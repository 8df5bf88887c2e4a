// No slide of the PDF decks leaves more than a third of its body empty, as measured on the rendered pages
// (slides/fill.ts says how), and the measure itself finds what it should on drawn test images.
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {loadBriefing} from "../../src/lib/files.js";
import {deckFill, MARP_FRAME, measureFill, parsePgm, type Fill, type Grey} from "../../slides/fill.js";
import {deckOutline} from "../../slides/outline.js";
import {BUILT, ensureBuilt} from "../support/built.js";
import {fixtureDir} from "../support/fixtures.js";

/** A white 1280×720 image with a 3 px title rule at y 100 and the given dark boxes [x0, y0, x1, y1]. */
function drawn(boxes: [number, number, number, number][]): Grey {
  const [width, height] = [1280, 720];
  const data = new Uint8Array(width * height).fill(255);
  const fill = ([x0, y0, x1, y1]: number[]) => {
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * width + x] = 40;
  };
  fill([64, 100, 1216, 103]);
  boxes.forEach(fill);
  return {width, height, data};
}

describe("measureFill(image, frame)", () => {
  it("counts a body with nothing in it as empty, and one covered edge to edge as full", () => {
    expect(measureFill(drawn([]), MARP_FRAME).empty).toBeCloseTo(1, 2);
    expect(measureFill(drawn([[64, 103, 1216, 656]]), MARP_FRAME).empty).toBe(0);
  });

  it("starts the body below the title's rule and ends it at the footer band", () => {
    expect(measureFill(drawn([]), MARP_FRAME).body).toEqual([103, 656]);
  });

  it("counts lines of text spaced like a paragraph as full, and the bare lower part of the slide as empty", () => {
    // Lines 20 px tall every 34 px from the rule down to y 380, across the body: then nothing.
    const lines: [number, number, number, number][] = [];
    for (let y = 110; y < 380; y += 34) lines.push([64, y, 1216, y + 20]);
    const f = measureFill(drawn(lines), MARP_FRAME);
    const bare = (656 - (lines[lines.length - 1][3] as number)) / (656 - 103);
    expect(f.empty).toBeCloseTo(bare, 2);
  });

  it("sees a slide full on its left third and bare on the rest as two thirds empty", () => {
    const f = measureFill(drawn([[64, 103, 448, 656]]), MARP_FRAME);
    expect(f.strips.map((s) => Math.round(s * 100))).toEqual([0, 100, 100]);
    expect(f.empty).toBeCloseTo(2 / 3, 2);
  });

  it("reads the binary PGM pdftoppm writes", () => {
    const header = new TextEncoder().encode("P5\n# a comment\n3 2\n255\n");
    const img = parsePgm(new Uint8Array([...header, 0, 128, 255, 1, 2, 3]));
    expect(img).toMatchObject({width: 3, height: 2});
    expect([...img.data]).toEqual([0, 128, 255, 1, 2, 3]);
    expect(() => parsePgm(new TextEncoder().encode("P2\n1 1\n255\n0"))).toThrow(/not an 8-bit binary PGM/);
  });
});

describe.each(["ja", "en"] as const)("the built %s PDF deck", (lang) => {
  const slides = deckOutline(loadBriefing(fixtureDir(BUILT)), lang).slides;
  let fills: Fill[];
  beforeAll(async () => {
    fills = deckFill(join(await ensureBuilt(), "slides", `briefing-${lang}.pdf`), MARP_FRAME);
  });

  it("has a measurement per slide", () => {
    expect(fills).toHaveLength(slides.length);
  });

  // The cover is the exception: it has no title band and no body, only the headline set in space, centred.
  // On a small edition (the fixture's five programmes) this is what the measured layouts are for: short tables
  // set larger with their rows spread over their room, two short tables one under the other, sparse programme
  // sheets set together on one slide (slides/layout.ts, slides/sheets.ts).
  it("leaves no slide's body more than a third empty (the cover aside)", () => {
    const report = fills.map((f, i) => `${i + 1} ${slides[i].id}: ${Math.round(f.empty * 100)}% empty`);
    const tooEmpty = fills.flatMap((f, i) => (slides[i].layout !== "title" && f.empty > 1 / 3 ? [report[i]] : []));
    expect(tooEmpty, report.join("\n")).toEqual([]);
  });
});
