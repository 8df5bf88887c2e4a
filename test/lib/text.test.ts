// Sentences the report and the slides print, built from the real data.
import {describe, expect, it} from "vitest";
import type {KeyMessage} from "../../src/lib/derive.js";
import type {Provenance} from "../../src/lib/trace.js";
import {loadBriefing} from "../../src/lib/files.js";
import {changeSentence, entity, itemisationText, messageText} from "../../src/lib/text.js";
import type {Lang} from "../../src/lib/format.js";

const briefing = loadBriefing();

const sentence = (id: string, lang: Lang) => changeSentence(briefing, entity(briefing, id), {lang});

function message(kind: KeyMessage["kind"]): KeyMessage {
  const found = briefing.figures.messages.find((m) => m.kind === kind);
  expect(found, `message ${kind}`).toBeDefined();
  return found!;
}

describe("changeSentence", () => {
  it("says in Japanese that SICORP falls by ▲87百万円 (▲7.5%) to 1,073百万円", () => {
    const text = sentence("sicorp", "ja");
    expect(text).toMatch(/^SICORP/);
    expect(text).toContain("▲87百万円");
    expect(text).toContain("▲7.5%");
    expect(text).toContain("1,073百万円");
  });

  it("says in English that SICORP falls by ¥87 million (−7.5%) to ¥1,073 million", () => {
    expect(sentence("sicorp", "en")).toContain("SICORP falls by ¥87 million (−7.5%)");
    expect(sentence("sicorp", "en")).toContain("to ¥1,073 million");
  });

  it("says SATREPS rises by 52百万円 (+2.8%) to 1,878百万円", () => {
    expect(sentence("satreps", "ja")).toContain("+52百万円（+2.8%）の1,878百万円");
    expect(sentence("satreps", "en")).toBe("SATREPS rises by ¥52 million (+2.8%) to ¥1,878 million.");
  });

  it("says ASPIRE is new at 100百万円, with no change or percentage", () => {
    const ja = sentence("aspire", "ja");
    expect(ja).toContain("新規");
    expect(ja).toContain("100百万円");
    expect(ja).not.toMatch(/%|▲|\+/);
    const en = sentence("aspire", "en");
    expect(en).toMatch(/^ASPIRE is new: ¥100 million in the FY2023 draft/);
    expect(en).not.toContain("%");
  });

  it("says the KAKENHI line is restated (再掲) at 11,000百万円 and not added to this section", () => {
    const ja = sentence("kakenhi-intl", "ja");
    expect(ja).toContain("再掲");
    expect(ja).toContain("11,000百万円");
    expect(ja).toContain("合計には加えない");
    const en = sentence("kakenhi-intl", "en");
    expect(en).toContain("restated");
    expect(en).toContain("¥11,000 million");
    expect(en).toContain("not added to this section's total");
  });

  it("says the Overseas Challenge Program is unchanged at 265百万円", () => {
    expect(sentence("young-challenge", "ja")).toContain("同額の265百万円");
    expect(sentence("young-challenge", "en")).toBe("Overseas Challenge is unchanged at ¥265 million.");
  });

  it("follows the unit option: SICORP in large units falls by about 0.9億円 to about 10.7億円", () => {
    const text = changeSentence(briefing, entity(briefing, "sicorp"), {lang: "ja", unit: "large"});
    expect(text).toBe("SICORPは令和4当初比約▲0.9億円（▲7.5%）の約10.7億円。");
  });

  it("marks each amount and percentage for tracing when asked, and says where it comes from", () => {
    const trace: Provenance[] = [];
    const text = changeSentence(briefing, entity(briefing, "sicorp"), {lang: "ja", trace});
    expect(text.replace(/\uE000\d+\uE001|\uE002/g, "")).toBe(changeSentence(briefing, entity(briefing, "sicorp"), {lang: "ja"}));
    expect(trace.map((p) => p.op ?? "printed")).toEqual(["printed", "ratio", "change"]);
    expect(trace[0].inputs[0].figure).toMatchObject({amount: 1073, unit: "百万円", stage: "draft"});
    expect(trace[1].inputs.map((i) => i.figure.amount)).toEqual([1073, 1160]);
  });
});

describe("messageText", () => {
  it("gives the section total in Japanese as 141億円 against 138億円, +3億円", () => {
    const text = messageText(briefing, message("total"), {lang: "ja"});
    expect(text).toContain("141億円");
    expect(text).toContain("138億円");
    expect(text).toContain("+3億円");
    expect(text).toContain("約+2.2%"); // 3 / 138, from figures rounded to the 億円
  });

  it("gives the section total in English as ¥14.1 billion against ¥13.8 billion", () => {
    const text = messageText(briefing, message("total"), {lang: "en"});
    expect(text).toContain("¥14.1 billion");
    expect(text).toContain("¥13.8 billion");
    expect(text).toContain("about +2.2%");
  });

  it("shows the section total as approximate in million-yen mode (約14,100百万円)", () => {
    const text = messageText(briefing, message("total"), {lang: "ja", unit: "million"});
    expect(text).toContain("約14,100百万円");
    expect(text).toContain("約13,800百万円");
  });

  it("says the 440億円 supplementary is a multi-year fund beside the initial budget, all of it ASPIRE's, never a multiple of one year's budget", () => {
    const ja = messageText(briefing, message("supplementary"), {lang: "ja"});
    const en = messageText(briefing, message("supplementary"), {lang: "en"});
    expect(ja).toBe(
      "令和4年度第2次補正予算額は440億円で、当初予算とは別枠。うち先端国際共同研究が440億円（全額）で、複数年度にわたって使う基金。"
    );
    expect(en).toContain(
      "adds ¥44 billion, separate from the initial budget. All of it goes to ASPIRE, as a fund spent over several years."
    );
    expect(ja + en).not.toMatch(/倍|times/);
  });

  it("writes the supplementary sentence in one unit, though ASPIRE's share is printed in 百万円", () => {
    const ja = messageText(briefing, message("supplementary"), {lang: "ja"});
    expect(ja).toContain("うち先端国際共同研究が440億円");
    expect(ja).not.toContain("百万円");
  });

  it("names the largest increase (海外特別研究員 +189百万円), the largest decrease (SICORP) and the new programme", () => {
    const ja = messageText(briefing, message("movers"), {lang: "ja"});
    expect(ja).toContain("海外特別研究員");
    expect(ja).toContain("+189百万円");
    expect(ja).toContain("▲87百万円");
    expect(ja).toContain("新規");
    const en = messageText(briefing, message("movers"), {lang: "en"});
    expect(en).toContain("Largest increase: Overseas Fellowships rises by ¥189 million (+7.8%)");
    expect(en).toContain("Largest decrease: SICORP falls by ¥87 million (−7.5%)");
  });
});

describe("itemisationText", () => {
  it("says, in one unit, that the document itemises about 107.6億円 (about 76%) and leaves about 33億円 unitemised", () => {
    const ja = itemisationText(briefing, {lang: "ja"});
    expect(ja).toBe("文書が事業別に示すのは約107.6億円（合計の約76%）。残る約33億円は事業別に記載がない。");
    const en = itemisationText(briefing, {lang: "en"});
    expect(en).toContain("about ¥10.76 billion");
    expect(en).toContain("about ¥3.3 billion");
    expect(en).not.toContain("million");
  });

  it("says both in 百万円 when the reader chose 百万円", () => {
    const ja = itemisationText(briefing, {lang: "ja", unit: "million"});
    expect(ja).toContain("10,756百万円");
    expect(ja).toContain("約3,344百万円");
  });
});
