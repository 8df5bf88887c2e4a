// The one measure (src/lib/measure.ts) on generated text in Japanese, Latin and characters beyond the BMP: a
// text's width is the sum of its characters' advances however the cache is keyed (by code point and face), and a
// column's stacked height (stackHeight, which the handout's notes are fitted by) is its blocks' wrapped lines.
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {advance, emWidth, lineCount, stackHeight, type Face} from "../../src/lib/measure.js";

const CHARS = [..."abcXYZ 0123,.()¥あいうカタカナ漢字国際、。「」▲％😀𠮷é—…・ー"];
const text = fc.array(fc.constantFrom(...CHARS), {maxLength: 60}).map((cs) => cs.join(""));
const face = fc.constantFrom<Face>("noto", "office-en", "office-ja");
const SEED = 16;

describe("emWidth", () => {
  it("is the sum of its characters' advances, in every face and weight", () => {
    fc.assert(
      fc.property(text, face, fc.boolean(), (t, f, bold) => {
        const sum = [...t].reduce((w, c) => w + advance(c, f, bold), 0) / 1000;
        expect(emWidth(t, f, bold)).toBe(sum);
      }),
      {seed: SEED, numRuns: 300}
    );
  });

  it("keeps faces and weights apart in its cache, whichever is asked first", () => {
    const all = (order: [Face, boolean][]) => order.flatMap(([f, b]) => CHARS.map((c) => `${f}${b}${c}${advance(c, f, b)}`)).sort();
    const order: [Face, boolean][] = (["noto", "office-en", "office-ja"] as Face[]).flatMap(
      (f) =>
        [
          [f, false],
          [f, true]
        ] as [Face, boolean][]
    );
    expect(all(order.slice().reverse())).toEqual(all(order));
    // Arial's and Noto's Latin differ, as do a bold and a regular W: a key that dropped the face would merge them.
    expect(advance("a", "office-en")).not.toBe(advance("a", "noto"));
    expect(advance("W", "noto", true)).not.toBe(advance("W", "noto"));
  });

  it("counts a character beyond the BMP once, not as its two halves", () => {
    expect(emWidth("𠮷")).toBe(advance("𠮷") / 1000);
    expect(advance("𠮷")).toBe(1000);
  });
});

describe("stackHeight", () => {
  const block = fc.record({
    text,
    width: fc.integer({min: 40, max: 700}),
    size: fc.integer({min: 8, max: 24}),
    margin: fc.integer({min: 0, max: 16})
  });

  it("is each block's wrapped lines times its line height, plus its margins; narrower never lowers it", () => {
    fc.assert(
      fc.property(fc.array(block, {maxLength: 8}), (bs) => {
        const blocks = bs.map((b) => ({text: b.text, width: b.width, type: {size: b.size}, lineHeight: 1.5, margin: b.margin}));
        const expected = blocks.reduce((h, b) => h + lineCount(b.text, b.width, b.type) * b.type.size * 1.5 + b.margin, 0);
        expect(stackHeight(blocks)).toBeCloseTo(expected, 9);
        const narrower = blocks.map((b) => ({...b, width: b.width / 2}));
        expect(stackHeight(narrower)).toBeGreaterThanOrEqual(stackHeight(blocks));
      }),
      {seed: SEED, numRuns: 200}
    );
  });
});
