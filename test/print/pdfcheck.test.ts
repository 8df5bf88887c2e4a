// The PDF checker's own tests, on small synthetic sheets: each finding it must report, and the near misses
// (neighbours on a line, tight lines, Japanese punctuation set in half an em) it must not.
import {describe, expect, it} from "vitest";
import {contentLines, missingWords, nearEmptySheets, overlappingWords, parseBbox, type Sheet, type Word} from "../support/pdfcheck.js";

/** A word at (x, y), `size` points high, as wide as its characters at `size`/2 each (Latin) or `size` (CJK). */
function word(text: string, x: number, y: number, size = 10): Word {
  const width = [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? size : size / 2), 0);
  return {text, xMin: x, yMin: y, xMax: x + width, yMax: y + size};
}
/** A line of words from x = 50, a space (3 pt) apart. */
function line(texts: string[], y: number, size = 10): Word[] {
  let x = 50;
  return texts.map((t) => {
    const w = word(t, x, y, size);
    x = w.xMax + 3;
    return w;
  });
}
const sheet = (words: Word[], page = 1): Sheet => ({page, width: 600, height: 840, words});

describe("parseBbox", () => {
  it("reads sheets, sizes and words with their boxes, unescaping the text", () => {
    const xml = `<doc><page width="595.9" height="842.8">
<word xMin="10.5" yMin="20" xMax="30" yMax="32">A&amp;B</word>
<word xMin="31" yMin="20" xMax="40" yMax="32">&lt;1&gt;</word>
</page><page width="595.9" height="842.8"></page></doc>`;
    const s = parseBbox(xml);
    expect(s.map((p) => [p.page, p.width, p.height, p.words.length])).toEqual([
      [1, 595.9, 842.8, 2],
      [2, 595.9, 842.8, 0]
    ]);
    expect(s[0].words[0]).toEqual({text: "A&B", xMin: 10.5, yMin: 20, xMax: 30, yMax: 32});
    expect(s[0].words[1].text).toBe("<1>");
  });
});

describe("overlappingWords", () => {
  it("finds a label printed across another", () => {
    const found = overlappingWords(sheet([word("billion", 62, 77, 14), word("FY2022", 81, 82, 14)]));
    expect(found.map((o) => [o.a.text, o.b.text])).toEqual([["billion", "FY2022"]]);
  });

  it("finds the same word painted twice in one place", () => {
    expect(overlappingWords(sheet([word("Table", 50, 50), word("Table", 50.5, 50.5)]))).toHaveLength(1);
  });

  it("passes words side by side, touching or a hair into each other", () => {
    const touching = [word("abc", 50, 50), word("def", 65, 50), word("ghi", 79.5, 50)];
    expect(overlappingWords(sheet([...line(["one", "two", "three"], 100), ...touching]))).toEqual([]);
  });

  it("passes lines set tight, whose boxes share a sliver of height", () => {
    expect(overlappingWords(sheet([...line(["first", "line"], 100), ...line(["second", "line"], 108)]))).toEqual([]);
  });

  it("passes Japanese brackets and stops set in half an em, but not other Japanese text half over a word", () => {
    const trimmed = [word("経費は、", 50, 50), word("「1.", 85, 50), word("（案）", 50, 80), word("。", 75, 80)];
    expect(overlappingWords(sheet(trimmed))).toEqual([]);
    expect(overlappingWords(sheet([word("予算額", 50, 120), word("億円", 75, 120)]))).toHaveLength(1);
  });
});

describe("contentLines and nearEmptySheets", () => {
  const full = sheet([...line(["a", "b"], 100), ...line(["c"], 120), ...line(["d"], 140), word("3", 300, 820)], 1);
  const oneLine = sheet([...line(["settings.csv", "display"], 60), word("4", 300, 820)], 2);
  const blank = sheet([word("5", 300, 820)], 3);

  it("counts lines of content, leaving out the running foot", () => {
    expect(contentLines(full).map((l) => l.map((w) => w.text).join(" "))).toEqual(["a b", "c", "d"]);
    expect(contentLines(blank)).toEqual([]);
  });

  it("reports blank and one-line sheets, except those named", () => {
    expect(nearEmptySheets([full, oneLine, blank]).map((s) => s.page)).toEqual([2, 3]);
    expect(nearEmptySheets([full, oneLine, blank], {except: [3]}).map((s) => s.page)).toEqual([2]);
  });
});

describe("missingWords", () => {
  const slide = sheet(line(["令和5案", "2,611百万円", "265百万円", "265百万円", "Change"], 100));

  it("passes a handout that shows every word, however its lines break", () => {
    const handout = sheet([...line(["令和", "5案", "2,611百万円", "265百万円"], 100), ...line(["265百万円", "Change", "notes"], 120)]);
    expect(missingWords(slide, handout)).toEqual([]);
  });

  it("names words cut off the handout, and a word shown fewer times than on the slide", () => {
    const handout = sheet(line(["令和5案", "2,611百…", "265百万円"], 100));
    expect(missingWords(slide, handout)).toEqual(["2,611百万円", "265百万円", "Change"]);
  });
});
