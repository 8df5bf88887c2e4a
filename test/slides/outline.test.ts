// The deck's outline (slides/outline.ts) and the two renderers that lay it out: the Marp deck and the editable
// PPTX must show the same slides, titles, figures and notes; titles are statements within a length; notes are
// talking points in the slide's language only; long names and many programmes still fit.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {Marp} from "@marp-team/marp-core";
import JSZip from "jszip";
import {JSDOM} from "jsdom";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launch} from "../../scripts/browser.js";
import {fontFileName, prepare} from "../../scripts/prepare.js";
import {tmpRoot} from "../support/built.js";
import {compositionRows} from "../../src/components/composition.js";
import type {Briefing} from "../../src/lib/briefing.js";
import type {EntityFigures} from "../../src/lib/derive.js";
import {formatAmount, type Lang} from "../../src/lib/format.js";
import {changeWithPct, currentItemisation, emWidth, peopleRows, programmeNotes, remainderText, TITLE_MAX_EM} from "../../src/lib/story.js";
import {risks} from "../../src/lib/risks.js";
import {countedIds, entity, shortName} from "../../src/lib/text.js";
import {deckWords} from "../../src/locale/deck.js";
import {tokens} from "../../src/lib/tokens.js";
import {deckCharts} from "../../slides/build.js";
import {renderDeck} from "../../slides/deck.js";
import {deckOutline, slideNotes, type SlideSpec} from "../../slides/outline.js";
import {editablePptx} from "../../slides/pptx.js";
import {marpTheme} from "../../slides/theme.js";
import {unescapeXml} from "../../scripts/pdfcheck.js";
import {fixtureBriefing} from "../support/fixtures.js";

// The fixture edition with every kind of slide (a group, a fund, people, notes, a restated and a new programme),
// never data/: the figures expected below are computed from it, so the next document changes nothing here.
const briefing = fixtureBriefing("report");
const movers = briefing.figures.messages.find((m) => m.kind === "movers");
const mover = (dir: "up" | "down") => {
  const id = movers?.kind === "movers" ? movers[dir] : undefined;
  if (!id) throw new Error(`the fixture edition has no largest ${dir === "up" ? "rise" : "cut"}`);
  return entity(briefing, id);
};
const LANGS = ["ja", "en"] as const;
const squash = (s: string) => s.replace(/\s+/g, "");

/** The Marp deck's slides: the visible text of each <section> and its speaker notes. */
function marpSlides(b: Briefing, lang: Lang, charts: Record<string, string> = {}) {
  const {html, comments} = new Marp({html: true}).render(renderDeck(b, {lang, charts}));
  const doc = new JSDOM(html).window.document;
  return [...doc.querySelectorAll("section")].map((s, i) => ({text: s.textContent ?? "", notes: comments[i].join("\n")}));
}

/** The editable deck's slides: the text of each slide's runs and of its notes. */
async function pptxSlides(b: Briefing, lang: Lang) {
  const zip = await JSZip.loadAsync(await editablePptx(b, lang));
  const count = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1]));
  const slides = [];
  for (let i = 1; i <= count; i++) {
    const xml = await zip.file(`ppt/slides/slide${i}.xml`)!.async("string");
    const rels = await zip.file(`ppt/slides/_rels/slide${i}.xml.rels`)!.async("string");
    const charts = [...rels.matchAll(/charts\/(chart\d+\.xml)/g)].map((m) => m[1]);
    const chartText = (await Promise.all(charts.map((c) => zip.file(`ppt/charts/${c}`)!.async("string")))).flatMap(runs);
    const notes = await zip.file(`ppt/notesSlides/notesSlide${i}.xml`)!.async("string");
    slides.push({
      xml,
      text: [...runs(xml), ...chartText].join("\n"),
      notes: runs(notes).join("\n").replace(/\d+$/, ""),
      chartXml: charts.length
    });
  }
  return {zip, slides};
}

/** Amounts in a text: 1,073百万円, ▲87百万円, 約33億円, ¥1,073 million, about ¥3.3 billion. */
const amounts = (text: string) => text.match(/(?:約|about )?[+▲−±]?¥?[\d,.]+(?:百万円|億円| million| billion)/g) ?? [];
/** The amounts a slide's tiles and bars show (tables repeat equal amounts in different columns, legitimately). */
const bodyAmounts = (s: SlideSpec) => [
  ...s.figures.flatMap((f) => amounts(f.value)),
  ...(s.chart?.rows.flatMap((r) => amounts(r.text)) ?? [])
];
const tableAmounts = (s: SlideSpec) => new Set(s.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap(amounts))));

describe.each(LANGS)("deckOutline(briefing, %s)", (lang) => {
  const outline = deckOutline(briefing, lang);
  const main = outline.slides.filter((s) => s.part === "main");

  it("tells the story in at most 8 main slides, then the appendix: its 参考 divider, the summary table, the sources last", () => {
    expect(main.length).toBeLessThanOrEqual(8);
    expect(outline.slides.slice(0, main.length).every((s) => s.part === "main")).toBe(true);
    expect(main.map((s) => s.id)).toEqual(["headline", "key-points", "composition", "changes", "fund", "people", "risks"]);
    const divider = outline.slides[main.length];
    expect(divider).toMatchObject({id: "appendix", part: "appendix", layout: "table", title: deckWords(lang).appendixTitle});
    expect(divider.figures.length + divider.footnotes.length).toBe(0);
    expect(divider.tables).toHaveLength(1);
    expect(outline.slides[main.length + 1].id).toBe("summary");
    expect(outline.slides[outline.slides.length - 1].id).toBe("sources");
    const appendix = outline.slides.slice(main.length).map((s) => s.id);
    expect(appendix).toEqual(
      expect.arrayContaining(["summary", ...outline.slides.filter((s) => s.id.startsWith("group-")).map((s) => s.id)])
    );
  });

  it("gives each programme at most one slide: the fund's programme is the fund slide, every other one a sheet in the appendix", () => {
    const programmes = briefing.figures.entities.filter((e) => e.kind === "programme");
    // Sheets set together on one slide (slides/sheets.ts) count each.
    const sheets = outline.slides.flatMap((s) => s.sheets ?? [s]).filter((s) => s.programme);
    expect(sheets.filter((s) => s.id.startsWith("programme-")).every((s) => s.part === "appendix")).toBe(true);
    const shown = sheets.map((s) => s.programme!);
    expect(shown.sort()).toEqual(programmes.map((e) => e.id).sort());
  });

  it("states three or four key points, each with its figure", () => {
    const rows = outline.slides.find((s) => s.id === "key-points")!.tables[0].rows;
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.length).toBeLessThanOrEqual(4);
    // One statement per row, its figure inside it (no column of figures to read down as one series).
    for (const r of rows) {
      expect(r.cells).toHaveLength(1);
      expect(amounts(r.cells[0]).length, r.cells[0]).toBeGreaterThan(0);
    }
  });

  it("lists one issue per risk the figures raise, in their order (the notes on the figures in one row)", () => {
    const rows = outline.slides.find((s) => s.id === "risks")!.tables[0].rows;
    const expected = risks(briefing).flatMap((r) => (r.kind === "notes" ? (r.notes.length ? ["notes"] : []) : [r.kind]));
    expect(rows).toHaveLength(expected.length);
  });

  it(`gives every slide a title of at most ${TITLE_MAX_EM} ems, each different`, () => {
    for (const s of outline.slides) expect(emWidth(s.title), s.title).toBeLessThanOrEqual(TITLE_MAX_EM);
    expect(new Set(outline.slides.map((s) => s.title)).size).toBe(outline.slides.length);
  });

  it("states figures in the titles of the story: the total, the largest mover, the fund", () => {
    const section = entity(briefing, briefing.figures.section);
    const byId = (id: string) => outline.slides.find((s) => s.id === id)!;
    expect(byId("headline").title).toContain(formatAmount(section.current!.value, {lang}));
    const rise = formatAmount(mover("up").change!, {lang});
    // A ministry writes a rise as 「189百万円増」; English as "rises most, by ¥189 million".
    expect(byId("changes").title).toContain(lang === "ja" ? `${rise}増` : `by ${rise}`);
    // The fund's total is the fund slide's big number; the programme's annual budget comes second.
    expect(byId("fund").figures[0].value).toBe(formatAmount(section.supplementary!.value, {lang}));
  });

  it("shows each amount once in a slide's body, and no tile repeats an amount of the title", () => {
    for (const s of outline.slides) {
      const body = bodyAmounts(s);
      expect(body.length, s.id).toBe(new Set(body).size);
      // The title slide and a budget line's sheet show the current amount as their first tile, as every sheet
      // does (a reader looks figures up in the tiles), though their title states it too.
      // A programme's sheet states its amount in its title too (「事業Cは同額の265百万円」).
      const title = new Set(s.id === "headline" || /^(group|programme)-/.test(s.id) ? [] : amounts(s.title));
      const cells = tableAmounts(s);
      for (const f of s.figures)
        for (const a of amounts(f.value)) {
          expect(title.has(a), `${s.id}: ${a} in the title`).toBe(false);
          expect(cells.has(a), `${s.id}: ${a} in the table`).toBe(false);
        }
    }
  });

  it("shows the group's budget line with its members and computed change", () => {
    const group = briefing.figures.entities.find((e) => e.kind === "group")!;
    const slide = outline.slides.find((s) => s.id === `group-${group.id}`)!;
    expect(slide.tables[0].rows).toHaveLength(briefing.figures.entities.filter((e) => e.parent === group.id).length);
    expect(slide.title).toContain(formatAmount(group.current!.value, {lang}));
    expect(slide.title).toContain(changeWithPct(group, lang));
    expect(changeWithPct(group, lang)).toMatch(
      lang === "ja" ? /^[\d,]+百万円(増|減)（[\d.]+%\1）$/ : /^(up|down) ¥[\d,]+ million \([\d.]+%\)$/
    );
  });

  it("includes the unitemised remainder in the composition of the section total", () => {
    const slide = outline.slides.find((s) => s.id === "composition")!;
    const last = slide.chart!.rows[slide.chart!.rows.length - 1];
    // Labelled in the bars' own unit, as the report's composition chart labels it, and marked as approximate.
    const rest = compositionRows(briefing, {lang}).at(-1)!;
    expect(rest.remainder).toBe(true);
    expect(rest.barText).toMatch(lang === "ja" ? /^約/ : /^about /);
    expect(last.text.startsWith(rest.barText), last.text).toBe(true);
    // The axis note names the total as printed (合計52億円に対する割合), never rewritten in the bars' unit (約5,200百万円).
    const total = formatAmount(entity(briefing, briefing.figures.section).current!.value, {lang});
    expect(slide.chart!.axis).toContain(lang === "ja" ? `合計${total}に対する割合` : `share of the ${total} total`);
  });

  it("puts fellows and short visits in a table with their lengths of stay, not on one axis", () => {
    const slide = outline.slides.find((s) => s.id === "people")!;
    expect(slide.chart).toBeUndefined();
    const rows = slide.tables[0].rows.map((r) => r.cells);
    const people = peopleRows(briefing, lang);
    expect(people.length).toBeGreaterThan(0);
    for (const p of people) expect(rows).toContainEqual(expect.arrayContaining([p.printedCount]));
    for (const r of rows) expect(r[2]).not.toBe("");
  });

  it("rounds every chart's axis to whole steps that contain every bar", () => {
    for (const s of outline.slides.filter((x) => x.chart)) {
      const {domain, step, rows} = s.chart!;
      expect(Number.isInteger(domain[0] / step) && Number.isInteger(domain[1] / step), s.id).toBe(true);
      for (const r of rows) expect(r.value >= domain[0] && r.value <= domain[1], r.label).toBe(true);
    }
  });

  it("writes notes as talking points and questions in the slide's language only, without build jargon", () => {
    for (const s of outline.slides) {
      const text = slideNotes(s, lang).join("\n");
      expect(s.notes.points.length, s.id).toBeGreaterThanOrEqual(1);
      // Three talking points at most; the key points slide speaks each of its rows (at most four).
      expect(s.notes.points.length, s.id).toBeLessThanOrEqual(s.id === "key-points" ? 4 : 3);
      expect(text).not.toMatch(/data\/|CSV|\.csv/);
      if (lang === "en") expect(text, s.id).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      else expect(text, s.id).not.toMatch(/\b(for|the|and|of|with) [a-z]/);
    }
  });
});

describe("programmeNotes(briefing, programme, lang, {purpose})", () => {
  // The fixture's largest cut carries a ※ note on its current amount; its largest rise carries none.
  const cut = mover("down");
  const rise = mover("up");
  it("leaves why a programme changed open (for the preparation list): a note on the amount is no reason", () => {
    expect(cut.current!.notes.length).toBeGreaterThan(0);
    for (const [e, word] of [
      [rise, "増えた"],
      [cut, "減った"]
    ] as const) {
      const why = programmeNotes(briefing, e, "ja").questions.find((q) => q.q.includes(word));
      expect(why).toEqual({q: expect.any(String), a: "", open: {topic: "change", programme: e.id}});
    }
  });
  it("opens with the amount and its change as a presenter says it, not the document's purpose paragraph", () => {
    const purpose = "To build joint calls with partner agencies.";
    const notes = programmeNotes(briefing, cut, "en", {purpose});
    expect(notes.points[0]).toBe(
      `${shortName(cut, "en")} is ${formatAmount(cut.current!.value, {lang: "en"})}, ${changeWithPct(cut, "en")}.`
    );
    expect(notes.points.join(" ")).not.toContain(purpose);
    expect(notes.points.length).toBeLessThanOrEqual(3);
    // Asked only where the slide shows no description: then the purpose answers it.
    const asked = notes.questions.find((q) => q.q === "What is it for?");
    expect(asked === undefined || asked.a === purpose).toBe(true);
  });
});

describe.each(LANGS)("the %s Marp deck and editable PPTX, laid out from one outline", (lang) => {
  const outline = deckOutline(briefing, lang);
  let marp: ReturnType<typeof marpSlides>;
  let pptx: Awaited<ReturnType<typeof pptxSlides>>;
  beforeAll(async () => {
    marp = marpSlides(
      briefing,
      lang,
      Object.fromEntries(
        outline.slides.filter((s) => s.chart).map((s) => [s.chart!.id, `<p>${s.chart!.rows.map((r) => r.text).join(" ")}</p>`])
      )
    );
    pptx = await pptxSlides(briefing, lang);
  });

  it("have the same number of slides as the outline", () => {
    expect(marp).toHaveLength(outline.slides.length);
    expect(pptx.slides).toHaveLength(outline.slides.length);
  });

  it("show each slide's title, figures, bar texts and table cells on the same slide", () => {
    outline.slides.forEach((s, i) => {
      const shown = [
        s.title,
        ...s.figures.map((f) => f.value),
        ...(s.chart?.rows.map((r) => r.text) ?? []),
        ...s.tables.flatMap((t) => t.rows.flatMap((r) => r.cells))
      ];
      for (const text of shown) {
        expect(squash(marp[i].text), `Marp slide ${i + 1}: ${text}`).toContain(squash(text));
        expect(squash(pptx.slides[i].text), `PPTX slide ${i + 1}: ${text}`).toContain(squash(text));
      }
    });
  });

  it("carry the same speaker notes on every slide", () => {
    outline.slides.forEach((s, i) => {
      const expected = squash(slideNotes(s, lang).join(""));
      expect(squash(marp[i].notes).replace(/-\s?-/g, "--").replace(/＞/g, ">"), `Marp slide ${i + 1}`).toBe(expected.replace(/＞/g, ">"));
      expect(squash(pptx.slides[i].notes), `PPTX slide ${i + 1}`).toBe(expected);
    });
  });

  it("draw every chart natively in the PPTX with its alt text, and as an image with alt text in Marp", async () => {
    const charted = outline.slides.map((s, i) => ({s, i})).filter(({s}) => s.chart);
    expect(charted.length).toBeGreaterThan(0);
    for (const {s, i} of charted) {
      expect(pptx.slides[i].chartXml, s.id).toBe(1);
      expect(pptx.slides[i].xml).toContain(
        `descr="${s.chart!.alt.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}"`
      );
    }
    const charts = await deckCharts(briefing, lang, outline);
    for (const {s} of charted) expect(charts[s.chart!.id]).toMatch(/^<img class="chart" [^>]*alt="[^"]{20,}"/);
  });

  it(`sets the PPTX in ${tokens.deck.officeFont[lang]}, a font office installs have, and no Noto`, () => {
    const all = pptx.slides.map((s) => s.xml).join("");
    expect(all).toContain(`typeface="${tokens.deck.officeFont[lang]}"`);
    expect(all).not.toMatch(/typeface="Noto/);
  });

  it("keeps 約 / about on approximate figures in the PPTX charts", () => {
    const rest = remainderText(currentItemisation(briefing)!, lang);
    expect(rest).toMatch(lang === "ja" ? /^約/ : /^about /);
    expect(pptx.slides.map((s) => s.text).join("\n")).toContain(rest);
  });
});

// --- Long names and many programmes ---

/** The briefing with every name 300 characters long and the counted programmes copied up to 20. */
function stressed(): Briefing {
  const b = structuredClone(briefing);
  const long = (s: string) =>
    (s + " 国際共同研究の推進と若手研究者の育成等に関する事業 International joint research programme ").repeat(10).slice(0, 300);
  const ids = countedIds(b);
  const base = ids.map((id) => b.figures.entities.find((e) => e.id === id)!);
  for (let n = ids.length; n < 20; n++) {
    const copy: EntityFigures = {...structuredClone(base[n % base.length]), id: `extra-${n}`, order: 100 + n};
    b.figures.entities.push(copy);
    b.entities.push(copy);
    for (const it of b.figures.itemisation) it.programmes.push(copy.id);
  }
  for (const list of [b.entities, b.figures.entities])
    for (const e of list)
      Object.assign(e, {nameJa: long(e.nameJa), nameEn: long(e.nameEn), shortJa: long(e.shortJa), shortEn: long(e.shortEn)});
  return b;
}

describe("a briefing with 300-character names and 20 programmes", () => {
  const b = stressed();
  let browser: Browser;
  // The deck's font subsets, in a folder of this suite's own (kept, and made again only when the texts need
  // other glyphs): the checkout's src/_generated/ is left to the builds, so this suite neither waits for their
  // lock nor changes what they read.
  const fontDir = join(tmpRoot, "fonts-outline");
  beforeAll(async () => {
    [browser] = await Promise.all([launch(), prepare({quiet: true, dir: fontDir})]);
  });
  afterAll(() => browser?.close());

  it.each(LANGS)("keeps every %s title within its length", (lang) => {
    for (const s of deckOutline(b, lang).slides) expect(emWidth(s.title), s.title).toBeLessThanOrEqual(TITLE_MAX_EM);
  });

  it.each(LANGS)("overflows no slide of the %s Marp deck", async (lang) => {
    const fonts = Object.fromEntries(tokens.font.weights.map((w) => [w, readFileSync(join(fontDir, fontFileName(w)))]));
    const marp = new Marp({html: true});
    marp.themeSet.add(marpTheme(fonts));
    const outline = deckOutline(b, lang);
    const {html, css} = marp.render(renderDeck(b, {lang, charts: await deckCharts(b, lang, outline), outline}));
    const page = await browser.newPage({viewport: {width: 1280, height: 720}});
    await page.setContent(`<!DOCTYPE html><html><head><style>${css}</style></head><body>${html}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll("section")].flatMap((s, i) => {
        const box = s.getBoundingClientRect();
        const bad = [...s.querySelectorAll("*")].filter((c) => {
          if (c.closest("footer")) return false;
          const r = c.getBoundingClientRect();
          return r.height > 0 && (r.bottom > box.bottom - 30 || r.right > box.right + 1);
        });
        return bad.length ? [`slide ${i + 1}: ${bad[0].tagName} ${bad[0].textContent?.slice(0, 40)}`] : [];
      })
    );
    await page.close();
    expect(overflowing).toEqual([]);
  });

  it.each(LANGS)("keeps every shape of the %s editable PPTX on its slide", async (lang) => {
    const {slides} = await pptxSlides(b, lang);
    const W = 12192000,
      H = 6858000;
    slides.forEach((s, i) => {
      for (const m of s.xml.matchAll(/<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/g)) {
        const [x, y, cx, cy] = m.slice(1).map(Number);
        expect(x >= 0 && y >= 0 && x + cx <= W + 1 && y + cy <= H + 1, `slide ${i + 1}: ${m[0]}`).toBe(true);
      }
    });
  });
});
