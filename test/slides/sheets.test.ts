// The appendix as a director-general reads it (issue 17, the DG read of session 10), on the fixture edition `two`
// (a group, a fund, a new and a restated programme): no contents page repeating the titles that follow (the divider
// names the appendix's parts and their slide numbers, not its titles), sheets
// whose rows do not say a thing twice, titles that are not the main flow's statements, a group
// sheet with both years' amounts, legends of the colours drawn, and English stage names a native official writes.
import {describe, expect, it} from "vitest";
import {deckCharts} from "../../slides/build.js";
import {barLegend} from "../../src/components/legend.js";
import {tokens} from "../../src/lib/tokens.js";
import {chartWords} from "../../src/locale/charts.js";
import {deckOutline} from "../../slides/outline.js";
import {sheetWords} from "../../src/locale/sheets.js";
import {briefingFromInput} from "../../src/lib/files.js";
import {formatAmount} from "../../src/lib/format.js";
import {entity, shortName, stageShort} from "../../src/lib/text.js";
import {slideNotes} from "../../slides/outline.js";
import type {SlideSpec} from "../../slides/outline.js";
import {fixtureBriefing, fixtureInput, fixtureText} from "../support/fixtures.js";

const briefing = fixtureBriefing("two");
const LANGS = ["ja", "en"] as const;

describe.each(LANGS)("the appendix of the %s deck", (lang) => {
  const slides = deckOutline(briefing, lang).slides;
  const appendix = slides.filter((s) => s.part === "appendix");

  it("opens with its 参考 divider, then the summary table, with no contents page listing the slides after it", () => {
    expect(appendix[0]).toMatchObject({id: "appendix", layout: "table"});
    expect(appendix[1].id).toBe("summary");
    const titles = new Set(appendix.map((s) => s.title));
    for (const s of appendix)
      for (const t of s.tables)
        expect(
          // A contents page's rows are titles; the summary's rows name programmes beside their figures.
          t.rows.filter((r) => r.cells.every((c) => titles.has(c))),
          s.id
        ).toEqual([]);
  });
});

// `two` with facts printed as the document prints some: with their own term in front (受入期間, 対象国・地域), a
// separate support saying 別途, and a result and an alumnus on sheets of the appendix.
const SCHEMES = [
  "beta,period,受入期間 約1~3週間,Stays of about 1 to 3 weeks,1,3,週間,,約,,,3. > 若手育成の束 > ベータ派遣事業",
  "beta,countries,対象国・地域 全世界,Countries and regions: the whole world,,,,,,,,3. > 若手育成の束 > ベータ派遣事業",
  "gamma,period,原則2年,2 years in principle,2,2,年,,原則,,,3. > 若手育成の束 > ガンマ招へい事業",
  "gamma,separateSupport,別途架空機構が10百万円／年を上限に支援,The Fiction Agency separately provides up to ¥10 million per year,,10,百万円,,上限,,,3. > 若手育成の束 > ガンマ招へい事業"
];
const results = fixtureText("two", "results.csv").trimEnd().split("\n");
const row = (id: string, kind: string) =>
  results[1]
    .replace(/^alpha-one,alpha,result,/, `${id}-one,${id},${kind},`)
    .replace("架空の成果,", "架空センサーの開発,")
    .replace("A fictitious result of fictitious research.", "Fictitious sensors that mimic cells.");
const RESULTS = [row("beta", "result"), row("gamma", "alumnus")];
const printedTwice = briefingFromInput({
  ...fixtureInput("two"),
  "schemes.csv": `${fixtureText("two", "schemes.csv").trimEnd()}\n${SCHEMES.join("\n")}\n`,
  "results.csv": `${results.join("\n")}\n${RESULTS.join("\n")}\n`
});
const sheetsOf = (slides: SlideSpec[]) => slides.flatMap((s) => s.sheets ?? [s]).filter((s) => s.part === "appendix" && s.programme);

/** The term's words that its value repeats before its figures: 2 characters in a row in Japanese, a word's stem in English. */
function repeated(term: string, value: string, lang: "ja" | "en"): string[] {
  const head = value.split(/\d/)[0];
  if (lang === "ja") {
    const t = term.replace(/[・\s]/g, "");
    return [...t.slice(1)].map((c, i) => t[i] + c).filter((w) => head.replace(/[・\s]/g, "").includes(w));
  }
  const words = head.toLowerCase().split(/\W+/);
  return term
    .toLowerCase()
    .split(/\W+/)
    .filter((w) => w.length >= 5 && words.some((x) => x.startsWith(w.slice(0, 6))));
}

describe.each(LANGS)("the programme sheets of the %s deck", (lang) => {
  const sheets = sheetsOf(deckOutline(printedTwice, lang).slides);
  const facts = (id: string) => sheets.find((s) => s.programme === id)!.facts;

  it("never say in a row's term what its value says", () => {
    expect(sheets.flatMap((s) => s.facts).length).toBeGreaterThan(4);
    // A result's row shows the document's own summary, which may use the term's word (成果): its words are not the kit's.
    const highlights = new Set((["result", "alumnus"] as const).map((k) => sheetWords(lang).highlight(k)));
    for (const s of sheets)
      for (const f of s.facts.filter((x) => !highlights.has(x.term)))
        expect(repeated(f.term, f.value, lang), `${s.id}: ${f.term} | ${f.value}`).toEqual([]);
  });

  it("name a period by its own kind: the term printed with it, else the support period", () => {
    const period = (id: string) => facts(id).find((f) => /期間|Period/.test(f.term))!;
    if (lang === "ja") {
      // The value as displayed (src/lib/display.ts): the source's 「~」 as 「～」.
      expect(period("beta")).toEqual({term: "受入期間", value: "約1～3週間"});
      expect(period("gamma")).toEqual({term: "支援期間", value: "原則2年"});
      expect(facts("beta")).toContainEqual({term: "対象国・地域", value: "全世界"});
    } else expect(facts("beta")).toContainEqual({term: "Countries and regions", value: "The whole world"});
  });

  it("name only terms a programme prints: no combined 支援・受入期間, on a sheet or on the fund slide", () => {
    const slides = deckOutline(printedTwice, lang).slides;
    const terms = slides.flatMap((s) => [...(s.sheets ?? [s]).flatMap((x) => x.facts.map((f) => `${s.id}: ${f.term}`))]);
    expect(terms.length).toBeGreaterThan(4);
    expect(terms.filter((t) => /・受入|支援・/.test(t))).toEqual([]);
  });

  it("show the document's か月 and ～ in one form (ヶ月 and ~ as か月 and ～), data kept as printed", () => {
    const schemes = `${fixtureText("two", "schemes.csv").trimEnd()}\nbeta,period,渡航期間 3ヶ月~1年程度,Stays of 3 months to a year,3,1,,,,,,3. > 若手育成の束 > ベータ派遣事業\n`;
    const b = briefingFromInput({...fixtureInput("two"), "schemes.csv": schemes});
    expect(b.schemes.some((x) => x.printed.includes("3ヶ月~1年"))).toBe(true);
    const text = JSON.stringify(deckOutline(b, lang).slides);
    if (lang === "ja") expect(text).toContain("3か月～1年程度");
    expect(text).not.toMatch(/ヶ月|[0-9月]~[0-9]/);
  });

  it("label a result and an alumnus by what the row holds", () => {
    const term = (id: string) => facts(id).at(-1)!.term;
    expect([term("beta"), term("gamma")]).toEqual(lang === "ja" ? ["主な成果", "主な経験者"] : ["Example result", "Notable alumnus"]);
  });
});

describe.each(LANGS)("the titles of the %s deck's sheets", (lang) => {
  const slides = deckOutline(briefing, lang).slides;
  const main = slides.filter((s) => s.part === "main");
  // The main flow's statements: its titles and the table cells that state a figure (a cell that only names a
  // programme is a name, as a sheet's title is).
  const statements = [
    ...main.map((s) => s.title),
    ...main.flatMap((s) => s.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => /\d/.test(c)))))
  ];
  const sheets = sheetsOf(slides).filter((s) => !entity(briefing, s.programme!).restated);

  it("state the programme's message with its name (「事業Aは87百万円減（7.5%減）」), the tiles its amounts, never a main-flow title", () => {
    expect(sheets.length).toBeGreaterThan(2);
    for (const s of sheets) {
      const e = entity(briefing, s.programme!);
      expect(s.title).toContain(shortName(e, lang));
      expect(s.figures.map((f) => f.value)).toContain(formatAmount(e.current!.value, {lang}));
      // A risks row may state the same cut (「事業Aは87百万円減（7.5%減）」): a sheet is where it is looked up.
      expect(main.map((x) => x.title)).not.toContain(s.title);
      expect(statements.length).toBeGreaterThan(0);
      for (const t of main.map((x) => x.title)) expect(s.title.includes(t) || t.includes(s.title), `${s.title} / ${t}`).toBe(false);
    }
  });
});

// `two` with the budget line's second programme described under the other heading.
const split = briefingFromInput({
  ...fixtureInput("two"),
  "programmes.csv": fixtureText("two", "programmes.csv").replace(
    "gamma,programme,ガンマ招へい事業,Gamma invitation programme,ガンマ,Gamma,架空会,Fiction Society,s-two,",
    "gamma,programme,ガンマ招へい事業,Gamma invitation programme,ガンマ,Gamma,架空会,Fiction Society,s-one,"
  )
});

describe.each(LANGS)("the %s deck's budget line sheet", (lang) => {
  const group = (b: typeof briefing) => deckOutline(b, lang).slides.find((s) => s.id.startsWith("group-"))!;
  const heading = (b: typeof briefing, id: string) => {
    const s = b.strands.find((x) => x.id === id)!;
    return lang === "ja" ? s.nameJa : s.nameEn;
  };

  it("shows the line's amount in both years, and no column repeating one text on every row", () => {
    const s = group(briefing);
    const g = entity(briefing, s.id.slice("group-".length));
    // Both years: the current in the title (with the change) and, as on a programme sheet, the current, the
    // comparison and the change in the tiles.
    expect(s.title).toContain(formatAmount(g.current!.value, {lang}));
    expect(s.figures.map((f) => f.value).slice(0, 2)).toEqual([
      formatAmount(g.current!.value, {lang}),
      formatAmount(g.comparison!.value, {lang})
    ]);
    expect(s.figures).toHaveLength(3);
    const rows = s.tables[0].rows;
    expect(rows.length).toBeGreaterThan(1);
    for (let c = 0; c < s.tables[0].columns.length; c++)
      expect(new Set(rows.map((r) => r.cells[c])).size, s.tables[0].columns[c].label).toBeGreaterThan(1);
  });

  it("names the heading its programmes are described under once, in a footnote per heading", () => {
    const one = group(briefing);
    expect(one.footnotes.filter((f) => f.includes(heading(briefing, "s-two")))).toHaveLength(1);
    const two = group(split);
    for (const [id, name] of [
      ["s-one", "ガンマ"],
      ["s-two", "ベータ"]
    ]) {
      const notes = two.footnotes.filter((f) => f.includes(heading(split, id)));
      expect(notes).toHaveLength(1);
      expect(notes[0]).toContain(lang === "ja" ? name : entity(split, name === "ガンマ" ? "gamma" : "beta").shortEn);
    }
  });
});

describe.each(LANGS)("the %s deck's colour legends", (lang) => {
  const C = tokens.color;
  const outline = deckOutline(briefing, lang);
  const changes = outline.slides.find((s) => s.id === "changes")!.chart!;

  it("list the colours of the bars drawn: none for a change of 0 or a new programme shown by its text", () => {
    // The fixture's change chart has both kinds of bar of length 0.
    expect(changes.rows.filter((r) => r.value === 0).map((r) => r.color)).toEqual(expect.arrayContaining([C.flat, C.new]));
    const legend = barLegend(briefing, lang, changes.rows);
    expect(legend.map((e) => e.color).sort()).toEqual([C.increase, C.decrease].sort());
  });

  it("draw no swatch of a colour the chart's bars do not show, in the slide's SVG", async () => {
    const img = (await deckCharts(briefing, lang, outline))[changes.id];
    const svg = Buffer.from(/base64,([^"]+)/.exec(img)![1], "base64").toString();
    // A legend entry is a text of its own, its meaning alone (a bar's text says more: 新規 300百万円).
    // A bar may read as a legend entry does (同額): an entry is a text beyond the bars' own.
    const texts = (label: string) => svg.split(`>${label}</text>`).length - 1;
    const entry = (label: string) => texts(label) > changes.rows.filter((r) => r.text === label).length;
    const {up, down, flat, new: isNew} = chartWords(lang).statusLegend;
    expect([up, down, flat, isNew].map(entry)).toEqual([true, true, false, false]);
  });
});

describe("the English deck's stage names", () => {
  const b = briefing;
  const supplementary = b.figures.entities.find((e) => e.supplementary)!.supplementary!;

  it("are budgets a native official names: initial, draft, supplementary budget", () => {
    expect(stageShort(b, b.figures.comparison!, "en")).toMatch(/^FY\d{4} initial budget$/);
    expect(stageShort(b, b.figures.current, "en")).toMatch(/^FY\d{4} draft budget$/);
    expect(stageShort(b, supplementary, "en")).toMatch(/^FY\d{4} first supplementary budget$/);
  });

  it("never use a stage's adjective as a noun anywhere in the deck", () => {
    const slides = deckOutline(b, "en").slides;
    const texts = slides.flatMap((s) => [
      s.title,
      s.subtitle ?? "",
      ...s.figures.map((f) => f.label),
      ...s.tables.flatMap((t) => [...t.columns.map((c) => c.label), ...t.rows.flatMap((r) => r.cells)]),
      ...s.footnotes,
      ...slideNotes(s, "en")
    ]);
    const bare = texts.filter((t) => /FY\d{4} (enacted|draft|(first|second|third) supplementary)\b(?! budget)/.test(t));
    expect(bare).toEqual([]);
  });
});
