// No line break inside a word or a figure on the slides: a figure with its scale word (¥300 million) and a year
// range (2015–2036, as displayed; 2015-2036 as printed) are kept in one unbreakable span in the deck's HTML, titles and cells alike, and a Japanese
// cell offers the browser breaks only between the measure's phrases (<wbr>, the theme's keep-all), its phrases
// that fit their column in unbreakable spans. Fixture editions.
import {describe, expect, it} from "vitest";
import {KEPT_RUN, phraseHtml, phrases, WHOLE_WORD_CLASS} from "../../src/components/phrases.js";
import {escapeHtmlLine, escapeMarkdown} from "../../src/lib/escape.js";
import {renderDeck, slideBody} from "../../slides/deck.js";
import {deckOutline, type SlideSpec} from "../../slides/outline.js";
import {marpTheme} from "../../slides/theme.js";
import {fixtureBriefing} from "../support/fixtures.js";

const span = (html: string) => `<span class="${WHOLE_WORD_CLASS}">${html}</span>`;

describe("kept runs in the deck's HTML", () => {
  const b = fixtureBriefing("report");

  it("the English title slide keeps each figure with its scale word in one span", () => {
    const o = deckOutline(b, "en");
    const title = o.slides[0].title;
    const runs = [...title.matchAll(KEPT_RUN)].map((m) => m[0]);
    // The fixture's headline prints amounts in billions: the case this guards is there.
    expect(runs.length).toBeGreaterThan(0);
    const md = renderDeck(b, {lang: "en", charts: {}, outline: o});
    const heading = md.split("\n").find((l) => l.startsWith("# "))!;
    for (const r of runs) expect(heading).toContain(span(escapeMarkdown(r)));
  });

  it("a cell's year range and figure stay in one span, in either language", () => {
    for (const lang of ["ja", "en"] as const) {
      const o = deckOutline(b, lang);
      const s = o.slides.find((x) => x.tables.length > 0 && x.tables[0].columns.length > 1)!;
      const cells = ["事業期間（2015-2036）", "up ¥300 million in 2015–2036, about ¥14.1 billion"];
      const edited = {...s, tables: s.tables.map((t, i) => (i ? t : {...t, rows: [{cells}, ...t.rows]}))};
      const html = slideBody(edited, {});
      // Each range inside one unbreakable span (alone, or a phrase that fits its column whole: （2015-2036）).
      const whole = (run: string) => new RegExp(`<span class="${WHOLE_WORD_CLASS}">[^<]*${run}[^<]*</span>`);
      expect(html).toMatch(whole("2015-2036"));
      expect(html).toMatch(whole("2015–2036"));
      expect(html).toContain(span("¥300 million"));
      expect(html).toContain(span("about ¥14.1 billion"));
    }
  });
});

describe("Japanese cells break where the measure does", () => {
  it("puts a <wbr> between phrases and keeps the text", () => {
    const text = "e-ASIA共同研究プログラム";
    const html = phraseHtml(text, escapeHtmlLine);
    expect(html.split("<wbr>").length).toBe(phrases(text).length);
    expect(html.replace(/<[^>]+>/g, "")).toBe(text);
  });

  it("a phrase that fits its line is one span; one that does not is left to break", () => {
    const text = "渡航期間 3ヶ月~1年程度";
    expect(phraseHtml(text, escapeHtmlLine, () => true)).toContain(span("3ヶ月~1年程度"));
    expect(phraseHtml(text, escapeHtmlLine, () => false)).not.toContain(span("3ヶ月~1年程度"));
  });

  it("a slide's footnotes offer breaks only between phrases, as cells do", () => {
    const s: SlideSpec = {
      id: "x",
      part: "main",
      layout: "table",
      title: "表題",
      figures: [],
      tables: [],
      facts: [],
      footnotes: ["※事業アルファ・若手研究者海外挑戦プログラムの額を含む"],
      notes: {points: [], questions: []},
      sources: []
    };
    const html = slideBody(s, {});
    expect(html).toContain("<wbr>");
    // No break offered inside a katakana word: 「プロ｜グラム」 is one phrase piece.
    for (const piece of html.replace(/<[^>]+>/g, (tag) => (tag === "<wbr>" ? "|" : "")).split("|")) expect(piece).not.toMatch(/^グラム/);
  });

  it("the theme takes Chromium's own breaks from cells (keep-all) and keeps spans whole", () => {
    const css = marpTheme({});
    expect(css).toMatch(/section td, section th, section \.foot p \{ word-break: keep-all; \}/);
    expect(css).toContain(`section .${WHOLE_WORD_CLASS} { white-space: nowrap; }`);
  });

  it("a part joined by + and a one-kanji abbreviation stay whole (日+南ア+アフリカ, never 南｜ア)", () => {
    expect(phrases("日+南ア+アフリカ1か国以上")).toEqual(["日+", "南ア+", "アフリカ1か国以上"]);
    expect(phrases("東南アジアが主")[0]).toBe("東南");
  });
});
