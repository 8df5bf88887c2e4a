// The editable PPTX as an office suite renders it: LibreOffice converts both decks to PDF, and every slide
// keeps its title, its text above the footer band and on the slide, and its body no more than a third empty.
// CI has no Noto CJK font and neither Yu Gothic nor Arial: LibreOffice substitutes (the test says which), so
// this also checks that the layout survives fonts other than the ones the PPTX names.
// LibreOffice is required: without it these tests fail, saying how to install it (.ci/run installs it).
import {writeFileSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {loadBriefing} from "../../src/lib/files.js";
import type {Lang} from "../../src/lib/format.js";
import {tokens} from "../../src/lib/tokens.js";
import {deckFill, PPTX_FRAME} from "../../slides/fill.js";
import {libreOfficePdfs, pdfFonts, renderedProblems, sofficeMissing} from "../../slides/lo-check.js";
import {deckOutline} from "../../slides/outline.js";
import {editablePptx} from "../../slides/pptx.js";

const briefing = loadBriefing();
const LANGS: Lang[] = ["ja", "en"];
const EMPTY_MAX = 0.4;
const dir = mkdtempSync(join(tmpdir(), "kit-lo-test-"));
const pdfs = {} as Record<Lang, string>;
let seconds = 0;

beforeAll(async () => {
  const missing = sofficeMissing();
  if (missing) throw new Error(missing);
  const files = await Promise.all(
    LANGS.map(async (lang) => {
      const file = join(dir, `briefing-${lang}-editable.pptx`);
      writeFileSync(file, await editablePptx(briefing, lang));
      return file;
    })
  );
  const start = performance.now();
  libreOfficePdfs(files, dir).forEach((pdf, i) => (pdfs[LANGS[i]] = pdf));
  seconds = (performance.now() - start) / 1000;
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe("LibreOffice's rendering of the editable PPTX", () => {
  it("converts both decks within a minute", () => {
    expect(seconds).toBeGreaterThan(0);
    expect(seconds, `${seconds.toFixed(1)} s`).toBeLessThan(60);
  });
});

describe.each(LANGS)("the %s editable PPTX as LibreOffice renders it", (lang) => {
  const slides = deckOutline(briefing, lang).slides;

  it("keeps every title, and no text runs into the footer band or off the slide", () => {
    expect(renderedProblems(pdfs[lang], slides, lang)).toEqual([]);
  });

  it(`sets the text in stand-ins for ${tokens.deck.officeFont[lang]}, none of them Noto`, () => {
    const fonts = pdfFonts(pdfs[lang]);
    // What LibreOffice substituted for the fonts the PPTX names, for whoever reads the test's output.
    console.info(`LibreOffice set the ${lang} PPTX (${tokens.deck.officeFont[lang]}) in: ${fonts.join(", ")}`);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => /noto/i.test(f))).toEqual([]);
  });

  // The cover is the exception, as in the PDF decks (fill.test.ts): a headline set in space, with no body.
  // The bound is 40%, not the PDF decks' third: the editable deck places its boxes from estimates of the
  // office fonts, and LibreOffice sets stand-ins that run narrower, so a slide of short facts ends a little
  // higher than the Marp deck's (the sparsest, Sakura Science, measures 39% in Japanese).
  it("leaves no slide's body more than 40% empty (the cover aside)", () => {
    const fills = deckFill(pdfs[lang], PPTX_FRAME);
    expect(fills).toHaveLength(slides.length);
    const report = fills.map((f, i) => `${i + 1} ${slides[i].id}: ${Math.round(f.empty * 100)}% empty`);
    const tooEmpty = fills.flatMap((f, i) => (slides[i].layout !== "title" && f.empty > EMPTY_MAX ? [report[i]] : []));
    expect(tooEmpty, report.join("\n")).toEqual([]);
  });
});
