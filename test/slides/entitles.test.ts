// English slide titles are plain sentences, not headlines with a colon ("SATREPS rises most: +¥189 million" reads
// "SATREPS rises most, by ¥189 million"), on every slide of the fixture editions' decks; chart tooltips may name
// a value after a colon in English, the standard there, but never in Japanese (「SICORP 1,073百万円」).
import {describe, expect, it} from "vitest";
import {deckOutline} from "../../slides/outline.js";
import {chartWords} from "../../src/locale/charts.js";
import {fixtureBriefing, type FixtureName} from "../support/fixtures.js";

/** A colon between words, as in "At a glance: …" (not in a time, a ratio or a URL). */
const COLON = /[A-Za-z0-9)"”]: /;

describe.each(["one", "two", "report"] as FixtureName[])("English titles on fixture %s", (name) => {
  const b = fixtureBriefing(name);
  const slides = deckOutline(b, "en").slides;
  // A budget line's sheet is the one exception: it names its line and states the figures, as a ministry table's
  // heading does ("Young researchers: ¥7,704 million, up ¥233 million (3.1%)"), the lead's wording (s11).
  const line = (id: string) => id.startsWith("group-");
  it("read as sentences, with no colon construction", () => {
    const titles = slides
      .flatMap((s) => [s, ...(s.sheets ?? [])])
      .filter((s) => !line(s.id))
      .map((s) => s.title);
    expect(titles.length).toBeGreaterThan(3);
    for (const t of titles) expect(t, t).not.toMatch(COLON);
  });
  it("name a budget line before a colon only on its sheet, once", () => {
    for (const s of slides.filter((x) => line(x.id))) expect(s.title.match(new RegExp(COLON, "g")) ?? [], s.title).toHaveLength(1);
  });
});

describe("the largest mover's title", () => {
  it("says the change after 'by', unsigned, the verb giving its direction", () => {
    const title = deckOutline(fixtureBriefing("two"), "en").slides.find((s) => s.id === "changes")!.title;
    expect(title).toMatch(/ (rises|falls) most, by (about )?¥[\d,.]+ (million|billion)/);
    expect(title).not.toMatch(/by [+−]/);
  });
});

describe("chart tooltips", () => {
  it("in Japanese set the name and the value apart without a colon", () => {
    expect(chartWords("ja").tip("アルファ", "1,200百万円")).not.toMatch(/[:：]/);
  });
});
