// The editable PowerPoint deck (slides/pptx.ts), read back as the zip of XML parts PowerPoint opens.
import JSZip from "jszip";
import {JSDOM} from "jsdom";
import {beforeAll, describe, expect, it} from "vitest";
import type {Briefing} from "../../src/lib/briefing.js";
import type {Lang} from "../../src/lib/format.js";
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
  {lang: "en" as const, amount: "¥1,500 million", change: "−¥100 million", tag: "en-US"}
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
