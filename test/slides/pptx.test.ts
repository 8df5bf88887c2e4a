// The editable PowerPoint deck (slides/pptx.ts), read back as the zip of XML parts PowerPoint opens.
import JSZip from "jszip";
import {JSDOM} from "jsdom";
import {beforeAll, describe, expect, it} from "vitest";
import type {Briefing} from "../../src/lib/briefing.js";
import type {Lang} from "../../src/lib/format.js";
import {lineCount} from "../../src/lib/measure.js";
import {fullName} from "../../src/lib/text.js";
import {tokens} from "../../src/lib/tokens.js";
import {deckOutline} from "../../slides/outline.js";
import {fixtureBriefing} from "../support/fixtures.js";
import {editablePptx} from "../../slides/pptx.js";

// The fixture edition `two`: FY2031 draft against FY2030 enacted (as of 2030-12), invented names and figures.
const briefing = fixtureBriefing("two");
const programmes = briefing.figures.entities.filter((e) => e.kind === "programme");
const outline = deckOutline(briefing, "ja");
const EXPECTED_SLIDES = outline.slides.length;
/** 1-based slide number of an outline slide. */
// A programme's one slide is its appendix sheet, or the fund slide for the fund's programme (SlideSpec.programme).
// Sheets set together on one slide (slides/sheets.ts) are found on it.
const slideNo = (id: string) =>
  outline.slides.findIndex((s) => s.id === id || (s.sheets ?? [s]).some((x) => x.programme && `programme-${x.programme}` === id)) + 1;

interface Deck {
  bytes: Buffer;
  zip: JSZip;
  /** Every XML part (and .rels), by path. */
  xml: Map<string, string>;
}

async function open(bytes: Buffer): Promise<Deck> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort())
    if (!zip.files[name].dir && /\.(xml|rels)$/.test(name)) xml.set(name, await zip.files[name].async("string"));
  return {bytes, zip, xml};
}

const parts = (deck: Deck, pattern: RegExp) => [...deck.xml.keys()].filter((n) => pattern.test(n));
const slideXml = (deck: Deck, n: number) => deck.xml.get(`ppt/slides/slide${n}.xml`) ?? "";
const allXml = (deck: Deck) => [...deck.xml.values()].join("\n");
/** The text of a part's <a:t> runs, unescaped the way an XML parser would. */
const runsText = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    m[1]
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&")
  );
const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const decks = {} as Record<Lang, Deck>;
beforeAll(async () => {
  for (const lang of ["ja", "en"] as const) decks[lang] = await open(await editablePptx(briefing, lang));
});

describe.each([
  {lang: "ja" as const, amount: "1,500百万円", change: "100百万円減", tag: "ja-JP"},
  {lang: "en" as const, amount: "¥1,500 million", change: "down ¥100 million", tag: "en-US"}
])("the $lang editable deck", ({lang, amount, change, tag}) => {
  it(`has one slide per slide of the outline (${EXPECTED_SLIDES} slides)`, () => {
    expect(parts(decks[lang], /^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(EXPECTED_SLIDES);
  });

  it(`prints Beta's ${amount} and its change ${change} as text`, () => {
    const text = allXml(decks[lang]);
    expect(text).toContain(amount);
    expect(text).toContain(change);
    const slides = Array.from({length: EXPECTED_SLIDES}, (_, i) => slideXml(decks[lang], i + 1)).join("\n");
    expect(slides).toContain(amount);
    expect(slides).toContain(change);
  });

  it("draws every chart of the outline natively, each with an embedded workbook to edit", () => {
    const charts = parts(decks[lang], /^ppt\/charts\/chart\d+\.xml$/);
    expect(charts.length).toBe(outline.slides.filter((s) => s.chart).length);
    expect(charts).toEqual(charts.map((_, i) => `ppt/charts/chart${i + 1}.xml`).sort());
    for (const chart of charts) expect(decks[lang].xml.get(chart)).toContain("<c:barChart>");
    expect(Object.keys(decks[lang].zip.files).filter((n) => /^ppt\/embeddings\/.*\.xlsx$/.test(n))).toHaveLength(charts.length);
  });

  it("shows the multilateral frameworks and the summary as native tables", () => {
    expect(slideXml(decks[lang], slideNo("summary"))).toContain("<a:tbl>");
    const people = slideXml(decks[lang], slideNo("people"));
    expect(people).toContain("<a:tbl>");
    for (const f of briefing.frameworks) expect(runsText(people)).toContain(f.name);
  });

  it("gives every slide speaker notes with its talking points", () => {
    const notes = parts(decks[lang], /^ppt\/notesSlides\/notesSlide\d+\.xml$/);
    expect(notes).toHaveLength(EXPECTED_SLIDES);
    for (const n of notes) {
      const text = runsText(decks[lang].xml.get(n)!).join("");
      // Besides the slide-number field, which is only digits.
      expect(text.replace(/\d+$/, "").trim().length, n).toBeGreaterThan(10);
    }
  });

  it("names each programme in full on its slide, in the document's order", () => {
    programmes.forEach((e) =>
      expect(slideXml(decks[lang], slideNo(`programme-${e.id}`))).toContain(`<a:t>${escapeXml(fullName(e, lang))}</a:t>`)
    );
  });

  it(`is a 16:9 widescreen deck whose text is set in ${lang === "ja" ? "Yu Gothic" : "Arial"} and tagged ${tag}`, () => {
    expect(decks[lang].xml.get("ppt/presentation.xml")).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    const slide = slideXml(decks[lang], 2);
    expect(slide).toContain(`typeface="${tokens.deck.officeFont[lang]}"`);
    expect(slide).toContain(`lang="${tag}"`);
    expect(decks[lang].xml.get("ppt/notesSlides/notesSlide2.xml")).toContain(`lang="${tag}"`);
  });

  // A box set shorter than its text lets the text run out under whatever follows: a programme sheet's
  // description squeezed to make room ran under its facts table, whose cells hid the lower half of the line.
  it("gives every wrapping text box the height its lines take at its type size (office fonts' measure)", () => {
    const EMU = 914400;
    const short = parts(decks[lang], /^ppt\/slides\/slide\d+\.xml$/).flatMap((name) =>
      [...slideXml(decks[lang], Number(/(\d+)\.xml$/.exec(name)![1])).matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].flatMap(([sp]) => {
        const box = /<a:off x="\d+" y="\d+"\/><a:ext cx="(\d+)" cy="(\d+)"/.exec(sp);
        const size = /<a:rPr[^>]* sz="(\d+)"/.exec(sp);
        const paras = [...sp.matchAll(/<a:p>[\s\S]*?<\/a:p>/g)].map(([p]) => runsText(p).join("")).filter(Boolean);
        // One-line values (wrap="none") and the title (shrunk to fit by the suite) are not wrapped boxes.
        if (!box || !size || !paras.length || /wrap="none"|normAutofit/.test(sp)) return [];
        const pt = Number(size[1]) / 100;
        const lines = paras.reduce((t, p) => t + lineCount(p, (Number(box[1]) / EMU) * 72, {size: pt, face: "office-ja"}), 0);
        // 1.2 em a line, the office fonts' own line spacing; a hundredth of an inch for rounding.
        const need = (lines * pt * 1.2) / 72;
        const has = Number(box[2]) / EMU;
        return need > has + 0.01 ? [`${name}: "${paras.join(" ")}" needs ${need.toFixed(2)} in, has ${has.toFixed(2)} in`] : [];
      })
    );
    expect(short).toEqual([]);
  });

  it("consists of well-formed XML parts only", () => {
    const {DOMParser} = new JSDOM("").window;
    for (const [name, xml] of decks[lang].xml) {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      expect(doc.getElementsByTagName("parsererror").length, name).toBe(0);
    }
  });
});

describe("editablePptx output", () => {
  it("is byte-identical when the same briefing is built twice", async () => {
    for (const lang of ["ja", "en"] as const) {
      const again = await editablePptx(briefing, lang);
      expect(again.equals(decks[lang].bytes), lang).toBe(true);
    }
  });

  it("carries a date taken from the data, not the clock, in its metadata and zip entries", async () => {
    const core = decks.ja.xml.get("docProps/core.xml")!;
    expect(core).toContain(">2030-12-01T00:00:00Z</dcterms:created>");
    expect(core).toContain(">2030-12-01T00:00:00Z</dcterms:modified>");
    for (const file of Object.values(decks.ja.zip.files)) expect(file.date.toISOString(), file.name).toBe("2030-12-01T00:00:00.000Z");
  });

  it("keeps markup in a programme name as literal text", async () => {
    const b = structuredClone(briefing) as Briefing;
    const odd = "<b>X</b> & Y";
    for (const e of [...b.entities, ...b.figures.entities].filter((x) => x.id === "alpha")) {
      e.shortJa = odd;
      e.nameJa = odd;
    }
    const deck = await open(await editablePptx(b, "ja"));
    const xml = allXml(deck);
    expect(xml).toContain("&lt;b&gt;X&lt;/b&gt; &amp; Y");
    expect(xml).not.toContain("<b>X</b>");
    // The programme's slide is titled with the name, as plain text.
    expect(runsText(slideXml(deck, slideNo("programme-alpha")))).toContain(odd);
  });
});
