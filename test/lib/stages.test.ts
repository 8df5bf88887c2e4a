// Years and stages grow by rows: a fixture fiscal year (FY2024 draft, printed in 億円) and a fixture stage
// (FY2023 enacted) need no code change; settings.csv can choose otherwise.
import {describe, expect, it} from "vitest";
import {buildBriefing} from "../../src/lib/briefing.js";
import {parseDataset, type DataInput} from "../../src/lib/dataset.js";
import {chooseStages} from "../../src/lib/derive.js";
import {readDataFiles} from "../../src/lib/files.js";
import {formatAmount, formatChange} from "../../src/lib/format.js";
import {changeSentence, entity, messageText, stageLabel} from "../../src/lib/text.js";
import {renderDeck} from "../../slides/deck.js";

const real = readDataFiles();
const text = (file: keyof DataInput) => new TextDecoder().decode(real[file] as Uint8Array);

/** The real data with extra budget rows appended (and a fixture document row for each fixture edition), and optionally settings. */
function withRows(rows: string[], settings?: string): DataInput {
  const editions = ["2024,draft", "2023,enacted"].map((e) => `${e},文部科学省,MEXT,7,2023-12,fixture,fixture,,,fixture`);
  return {
    ...real,
    "budget.csv": text("budget.csv").trimEnd() + "\n" + rows.join("\n") + "\n",
    "editions.csv": text("editions.csv").trimEnd() + "\n" + editions.join("\n") + "\n",
    ...(settings ? {"settings.csv": settings} : {})
  };
}

const FY2024_DRAFT = [
  "section7,2024,draft,150,億円,,,fixture",
  "aspire,2024,draft,1,億円,,,fixture",
  "sicorp,2024,draft,12,億円,,,fixture",
  "satreps,2024,draft,19,億円,,,fixture",
  "young-global,2024,draft,77,億円,,,fixture",
  "jsps-overseas,2024,draft,26,億円,,,fixture",
  "young-challenge,2024,draft,3,億円,,,fixture",
  "jsps-intl,2024,draft,34,億円,,,fixture",
  "sakura,2024,draft,15,億円,,,fixture"
];
const FY2023_ENACTED = [
  "section7,2023,enacted,142,億円,,,fixture",
  "aspire,2023,enacted,100,百万円,,,fixture",
  'sicorp,2023,enacted,"1,080",百万円,,,fixture',
  'satreps,2023,enacted,"1,878",百万円,,,fixture',
  'young-global,2023,enacted,"7,704",百万円,,,fixture',
  'jsps-overseas,2023,enacted,"2,611",百万円,,,fixture',
  "young-challenge,2023,enacted,265,百万円,,,fixture",
  'jsps-intl,2023,enacted,"3,375",百万円,,,fixture',
  'sakura,2023,enacted,"1,454",百万円,,,fixture'
];

describe("chooseStages(dataset)", () => {
  it("takes the newest annual stage as current and the previous fiscal year's last stage as comparison", () => {
    const d = parseDataset(real);
    expect(chooseStages(d)).toEqual({
      current: {fiscalYear: 2023, stage: "draft"},
      comparison: {fiscalYear: 2022, stage: "enacted"},
      supplementary: {fiscalYear: 2022, stage: "supplementary-2"}
    });
  });

  it("moves to FY2024 draft against FY2023 draft when FY2024 rows arrive", () => {
    const {current, comparison} = chooseStages(parseDataset(withRows(FY2024_DRAFT)));
    expect(current).toEqual({fiscalYear: 2024, stage: "draft"});
    expect(comparison).toEqual({fiscalYear: 2023, stage: "draft"});
  });

  it("compares with FY2023 enacted once it is added beside the FY2023 draft", () => {
    const {current, comparison} = chooseStages(parseDataset(withRows([...FY2023_ENACTED, ...FY2024_DRAFT])));
    expect(current).toEqual({fiscalYear: 2024, stage: "draft"});
    expect(comparison).toEqual({fiscalYear: 2023, stage: "enacted"});
  });

  it("makes FY2023 enacted current when it is the newest stage", () => {
    const {current, comparison} = chooseStages(parseDataset(withRows(FY2023_ENACTED)));
    expect(current).toEqual({fiscalYear: 2023, stage: "enacted"});
    expect(comparison).toEqual({fiscalYear: 2022, stage: "enacted"});
  });

  it("follows settings.csv when it names the stages", () => {
    const d = parseDataset(withRows(FY2024_DRAFT, "key,value\ncurrent,2023 draft\ncomparison,2022 enacted\n"));
    expect(chooseStages(d).current).toEqual({fiscalYear: 2023, stage: "draft"});
  });

  it("rejects a setting that names a stage with no figures", () => {
    expect(() => chooseStages(parseDataset(withRows([], "key,value\ncurrent,2031 draft\n")))).toThrow(/settings\.csv.*"2031 draft"/s);
  });
});

describe("a briefing on the fixture year", () => {
  const b = buildBriefing(parseDataset(withRows(FY2024_DRAFT)));

  it("computes changes across units at the coarser unit's precision", () => {
    const sicorp = entity(b, "sicorp");
    expect(sicorp.current).toMatchObject({amount: 12, unit: "億円"});
    expect(sicorp.comparison).toMatchObject({amount: 1073, unit: "百万円"});
    expect(sicorp.change).toEqual({millionYen: 1200 - 1073, step: 100});
    expect(formatChange(sicorp.change!, {lang: "ja"})).toBe("+1億円");
    expect(formatAmount(sicorp.current!.value, {lang: "en"})).toBe("¥1.2 billion");
  });

  it("names the new stages in sentences, with no code change", () => {
    expect(stageLabel(b, b.figures.current, "ja")).toBe("令和6年度予算額（案）");
    expect(messageText(b, b.figures.messages[0], {lang: "en"})).toContain("FY2024 draft budget");
    expect(changeSentence(b, entity(b, "sicorp"), {lang: "ja"})).toContain("令和5案比");
  });

  it("renders a deck for it", () => {
    const md = renderDeck(b, {lang: "ja", charts: {"section-totals": "", "programme-change": "", strands: "", people: ""}});
    expect(md).toContain("令和6年度予算額（案）");
    expect(md).toContain("150億円");
  });
});
