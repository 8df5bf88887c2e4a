// The editable PPTX as an office suite renders it: LibreOffice converts both decks to PDF, and every slide
// keeps its title, its text above the footer band and on the slide, and its body no more than a third empty.
// The machine's fonts are not the test's business: CI has neither Yu Gothic nor Arial, a desktop may have Noto CJK.
// LibreOffice substitutes (the test says which), so this checks what the PPTX names, that every character it
// sets reaches the rendered page (a character no installed font holds comes out as an empty box, with no text),
// and that the layout survives whatever fonts stand in.
// LibreOffice is required: without it these tests fail, saying how to install it (.ci/run installs it).
import {execFileSync} from "node:child_process";
import {readFileSync, writeFileSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import JSZip from "jszip";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {loadBriefing} from "../../src/lib/files.js";
import type {Lang} from "../../src/lib/format.js";
import {tokens} from "../../src/lib/tokens.js";
import {deckFill, PPTX_FRAME} from "../../slides/fill.js";
import {unescapeXml} from "../../scripts/pdfcheck.js";
import {libreOfficePdfs, pdfFonts, renderedProblems, sofficeMissing} from "../../slides/lo-check.js";
import {deckOutline} from "../../slides/outline.js";
import {editablePptx} from "../../slides/pptx.js";
import {fixtureDir} from "../support/fixtures.js";

// A fixture edition with a budget line, notes and a supplementary budget (never this document's data/).
const briefing = loadBriefing(fixtureDir("two"));
const LANGS: Lang[] = ["ja", "en"];
const EMPTY_MAX = 0.4;
const dir = mkdtempSync(join(tmpdir(), "kit-lo-test-"));
const pdfs = {} as Record<Lang, string>;
const pptxs = {} as Record<Lang, string>;

/** The text of every slide of a PPTX (its <a:t> runs), and the typefaces it names. */
async function pptxText(file: string): Promise<{text: string; typefaces: string[]}> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = (
    await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async("string"))
    )
  ).join("");
  const text = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1])).join("");
  const typefaces = [...new Set([...xml.matchAll(/typeface="([^"]*)"/g)].map((m) => m[1]))].sort();
  return {text, typefaces};
}

beforeAll(async () => {
  const missing = sofficeMissing();
  if (missing) throw new Error(missing);
  const files = await Promise.all(
    LANGS.map(async (lang) => {
      const file = join(dir, `briefing-${lang}-editable.pptx`);
      writeFileSync(file, await editablePptx(briefing, lang));
      pptxs[lang] = file;
      return file;
    })
  );
  libreOfficePdfs(files, dir).forEach((pdf, i) => (pdfs[LANGS[i]] = pdf));
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe.each(LANGS)("the %s editable PPTX as LibreOffice renders it", (lang) => {
  const slides = deckOutline(briefing, lang).slides;

  it("keeps every title, and no text runs into the footer band or off the slide", () => {
    expect(renderedProblems(pdfs[lang], slides, lang)).toEqual([]);
  });

  it(`names ${tokens.deck.officeFont[lang]}, a font office installs have, and no other`, async () => {
    const {typefaces} = await pptxText(pptxs[lang]);
    expect(typefaces).toContain(tokens.deck.officeFont[lang]);
    // Theme placeholders (+mj-lt, +mn-ea…) follow the theme; every font named outright is the office font.
    expect(typefaces.filter((t) => !t.startsWith("+") && t !== tokens.deck.officeFont[lang])).toEqual([]);
  });

  it("renders every character the PPTX sets, with no missing glyph (tofu)", async () => {
    // What LibreOffice substituted for the font the PPTX names, for whoever reads the test's output.
    console.info(`LibreOffice set the ${lang} PPTX (${tokens.deck.officeFont[lang]}) in: ${pdfFonts(pdfs[lang]).join(", ")}`);
    const set = new Set([...(await pptxText(pptxs[lang])).text.replace(/\s/g, "")]);
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", pdfs[lang], "-"], {encoding: "utf8", maxBuffer: 64 << 20});
    // Compatibility forms (full-width digits, ligatures) may come back from the PDF in either form.
    const rendered = new Set([...text, ...text.normalize("NFKC")]);
    expect(set.size).toBeGreaterThan(20);
    const missing = [...set].filter((c) => !rendered.has(c) && !rendered.has(c.normalize("NFKC")));
    expect(missing, "characters of the PPTX that no font rendered").toEqual([]);
  });

  // The cover is the exception, as in the PDF decks (fill.test.ts): a headline set in space, with no body.
  // The bound is 40%, not the PDF decks' third: the editable deck places its boxes from estimates of the
  // office fonts, and LibreOffice sets stand-ins that run narrower, so a slide of short facts ends a little
  // higher than the Marp deck's. On a small edition (the fixture's five programmes) the short tables fill as the
  // Marp deck's do: the same columns (slides/layout.ts columnWidths), rows spread over their room, every cell
  // ruled and every second row on the surface colour, as the Marp theme sets them.
  it("leaves no slide's body more than 40% empty (the cover aside)", () => {
    const fills = deckFill(pdfs[lang], PPTX_FRAME);
    expect(fills).toHaveLength(slides.length);
    const report = fills.map((f, i) => `${i + 1} ${slides[i].id}: ${Math.round(f.empty * 100)}% empty`);
    const tooEmpty = fills.flatMap((f, i) => (slides[i].layout !== "title" && f.empty > EMPTY_MAX ? [report[i]] : []));
    expect(tooEmpty, report.join("\n")).toEqual([]);
  });
});
