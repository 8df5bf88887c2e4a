// What people see in the PDFs of a build (test/support/pdfcheck.ts on `pdftotext -bbox`): in the decks, the
// handouts and the two reports no word is printed over another and no sheet is (nearly) empty, and every word
// of each slide is on its handout page.
import {describe, expect, it} from "vitest";
import {describeOverlap, missingWords, nearEmptySheets, overlappingWords, contentLines} from "../support/pdfcheck.js";
import {builtSheets} from "../support/built.js";

const LANGS = ["ja", "en"] as const;
const FILES = LANGS.flatMap((l) => [`slides/briefing-${l}.pdf`, `slides/briefing-${l}-handout.pdf`, `report-${l}.pdf`]);

const sheets = builtSheets(FILES);

describe.each(FILES)("%s", (file) => {
  it("prints no word over another", () => {
    const found = sheets[file].flatMap((s) => overlappingWords(s)).map((o) => describeOverlap(file, o));
    expect(found).toEqual([]);
  });

  it("has no blank or nearly empty sheet", () => {
    expect(sheets[file].length).toBeGreaterThan(1);
    // Every sheet of these files carries content: the report's cover holds its title, document and dates.
    const found = nearEmptySheets(sheets[file]).map(
      (s) =>
        `${file} p.${s.page}: ${
          contentLines(s)
            .map((l) => l.map((w) => w.text).join(" "))
            .join(" / ") || "(blank)"
        }`
    );
    expect(found).toEqual([]);
  });
});

describe.each(LANGS)("the %s handout", (lang) => {
  it("has one page per slide, each showing every word of its slide", () => {
    const deck = sheets[`slides/briefing-${lang}.pdf`];
    const handout = sheets[`slides/briefing-${lang}-handout.pdf`];
    expect(handout.length).toBe(deck.length);
    const missing = deck.flatMap((slide, i) => {
      const words = missingWords(slide, handout[i]);
      return words.length ? [`slide ${slide.page}: ${words.join(" ")}`] : [];
    });
    expect(missing).toEqual([]);
  });
});
