// Sentences the report and the slides print, on the fixture edition `two` (FY2031 draft against FY2030 enacted;
// invented names and figures). Expected values are worked out by hand from test/fixtures/editions/two/budget.csv.
import {describe, expect, it} from "vitest";
import type {KeyMessage} from "../../src/lib/derive.js";
import type {Provenance} from "../../src/lib/trace.js";
import {changeSentence, entity, itemisationText, messageText} from "../../src/lib/text.js";
import type {Lang} from "../../src/lib/format.js";
import {fixtureBriefing} from "../support/fixtures.js";

const briefing = fixtureBriefing("two");

const sentence = (id: string, lang: Lang) => changeSentence(briefing, entity(briefing, id), {lang});

function message(kind: KeyMessage["kind"]): KeyMessage {
  const found = briefing.figures.messages.find((m) => m.kind === kind);
  expect(found, `message ${kind}`).toBeDefined();
  return found!;
}

describe("changeSentence", () => {
  it("says in Japanese that Beta falls by 100百万円 (100 / 1,600 = 6.3%減) to 1,500百万円", () => {
    const text = sentence("beta", "ja");
    expect(text).toMatch(/^ベータ/);
    // As a ministry writes it: the amount with 減, the signed percentage in brackets.
    expect(text).toContain("100百万円減（6.3%減）");
    expect(text).toContain("1,500百万円");
  });

  it("says in English that Beta falls by ¥100 million (6.3%) to ¥1,500 million", () => {
    expect(sentence("beta", "en")).toContain("Beta falls by ¥100 million (6.3%)");
    expect(sentence("beta", "en")).toContain("to ¥1,500 million");
  });

  it("says Alpha rises by 200百万円 (20.0%増) to 1,200百万円", () => {
    expect(sentence("alpha", "ja")).toContain("は1,200百万円で、令和12年度当初予算比200百万円増（20.0%増）");
    expect(sentence("alpha", "en")).toBe("Alpha rises by ¥200 million (20.0%) to ¥1,200 million.");
  });

  it("says Delta is new at 300百万円, with no change or percentage", () => {
    const ja = sentence("delta", "ja");
    expect(ja).toContain("新規");
    expect(ja).toContain("300百万円");
    expect(ja).not.toMatch(/%|▲|\+/);
    const en = sentence("delta", "en");
    expect(en).toMatch(/^Delta is new, with ¥300 million in the FY2031 draft/);
    expect(en).not.toContain("%");
  });

  it("says the Epsilon line is restated (再掲) at 500百万円 and not added to this section", () => {
    const ja = sentence("epsilon", "ja");
    expect(ja).toContain("再掲");
    expect(ja).toContain("500百万円");
    expect(ja).toContain("合計には加えない");
    const en = sentence("epsilon", "en");
    expect(en).toContain("restated");
    expect(en).toContain("¥500 million");
    expect(en).toContain("not added to this section's total");
  });

  it("says Gamma is unchanged at 1,000百万円", () => {
    expect(sentence("gamma", "ja")).toContain("同額の1,000百万円");
    expect(sentence("gamma", "en")).toBe("Gamma is unchanged at ¥1,000 million.");
  });

  it("follows the unit option: Alpha in large units rises by 2億円 to 12億円", () => {
    const text = changeSentence(briefing, entity(briefing, "alpha"), {lang: "ja", unit: "large"});
    expect(text).toBe("アルファは12億円で、令和12年度当初予算比2億円増（20.0%増）。");
  });

  it("marks each amount and percentage for tracing when asked, and says where it comes from", () => {
    const trace: Provenance[] = [];
    const text = changeSentence(briefing, entity(briefing, "beta"), {lang: "ja", trace});
    expect(text.replace(/\uE000\d+\uE001|\uE002/g, "")).toBe(changeSentence(briefing, entity(briefing, "beta"), {lang: "ja"}));
    expect(trace.map((p) => p.op ?? "printed")).toEqual(["printed", "ratio", "change"]);
    expect(trace[0].inputs[0].figure).toMatchObject({amount: 1500, unit: "百万円", stage: "draft"});
    expect(trace[1].inputs.map((i) => i.figure.amount)).toEqual([1500, 1600]);
  });
});

describe("messageText", () => {
  it("gives the section total in Japanese as 52億円 against 50億円, +2億円", () => {
    const text = messageText(briefing, message("total"), {lang: "ja"});
    expect(text).toContain("52億円");
    expect(text).toContain("50億円");
    expect(text).toContain("令和12年度当初予算（50億円）比2億円増（1%～7%増）");
    expect(text).toContain("（1%～7%増）"); // 2 / 50 from figures rounded to the 億円: 1.98–6.06%, wider than a 1-point step
  });

  it("gives the section total in English as ¥5.2 billion against ¥5 billion", () => {
    const text = messageText(briefing, message("total"), {lang: "en"});
    expect(text).toContain("¥5.2 billion");
    expect(text).toContain("¥5 billion");
    expect(text).toContain("up ¥200 million (1% to 7%) on the");
  });

  it("shows the section total as approximate in million-yen mode (約5,200百万円)", () => {
    const text = messageText(briefing, message("total"), {lang: "ja", unit: "million"});
    expect(text).toContain("約5,200百万円");
    expect(text).toContain("約5,000百万円");
  });

  it("says the 10億円 supplementary is beside the initial budget, all of it Alpha's, never a multiple of one year's budget", () => {
    const ja = messageText(briefing, message("supplementary"), {lang: "ja"});
    const en = messageText(briefing, message("supplementary"), {lang: "en"});
    expect(ja).toBe("令和12年度第1次補正予算額は10億円で、当初予算とは別枠。うちアルファが10億円（全額）。");
    expect(en).toContain("adds ¥1 billion, separate from the initial budget. All of it goes to Alpha.");
    expect(ja + en).not.toMatch(/倍|times/);
  });

  it("writes the supplementary sentence in one unit, though Alpha's share is printed in 百万円", () => {
    const ja = messageText(briefing, message("supplementary"), {lang: "ja"});
    expect(ja).toContain("うちアルファが10億円");
    expect(ja).not.toContain("百万円");
  });

  it("names the largest increase (Alpha +200百万円), the largest decrease (Beta) and the new programme", () => {
    const ja = messageText(briefing, message("movers"), {lang: "ja"});
    expect(ja).toContain("増額が最も大きいアルファは");
    expect(ja).toContain("200百万円増");
    expect(ja).toContain("減額が最も大きいベータは");
    expect(ja).toContain("100百万円減（6.3%減）");
    expect(ja).toContain("デルタは新規");
    const en = messageText(briefing, message("movers"), {lang: "en"});
    expect(en).toContain("Alpha rises by ¥200 million (20.0%) to ¥1,200 million, the largest increase");
    expect(en).toContain("Beta falls by ¥100 million (6.3%) to ¥1,500 million, the largest decrease");
  });
});

describe("itemisationText", () => {
  it("says, in the remainder's one unit (the composition's 百万円), that the document itemises 4,000百万円 (about 77% of 52億円) and leaves about 1,200百万円", () => {
    const ja = itemisationText(briefing, {lang: "ja"});
    expect(ja).toBe("文書が事業別に示すのは4,000百万円（合計の約77%）。残る約1,200百万円は事業別に記載がない。");
    const en = itemisationText(briefing, {lang: "en"});
    expect(en).toContain("¥4,000 million");
    expect(en).toContain("about ¥1,200 million");
    expect(en).not.toContain("billion");
  });

  it("says both in 億円 when the reader chose 億円", () => {
    const ja = itemisationText(briefing, {lang: "ja", unit: "large"});
    expect(ja).toBe("文書が事業別に示すのは40億円（合計の約77%）。残る約12億円は事業別に記載がない。");
  });

  it("says both in 百万円 when the reader chose 百万円", () => {
    const ja = itemisationText(briefing, {lang: "ja", unit: "million"});
    expect(ja).toContain("4,000百万円");
    expect(ja).toContain("約1,200百万円");
  });
});
