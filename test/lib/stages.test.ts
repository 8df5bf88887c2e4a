// Years and stages grow by rows: on the fixture edition `two` (FY2031 draft against FY2030 enacted), a next fiscal
// year (FY2032 draft, printed in 億円) and a next stage (FY2031 enacted) need no code change; settings.csv can
// choose otherwise.
import {describe, expect, it} from "vitest";
import {buildBriefing} from "../../src/lib/briefing.js";
import {parseDataset, type DataInput} from "../../src/lib/dataset.js";
import {chooseStages} from "../../src/lib/derive.js";
import {formatAmount, formatChange} from "../../src/lib/format.js";
import {changeSentence, entity, messageText, stageLabel} from "../../src/lib/text.js";
import {renderDeck} from "../../slides/deck.js";
import {fixtureInput, fixtureText} from "../support/fixtures.js";

const real = fixtureInput("two");
const text = (file: string) => fixtureText("two", file);

/** The fixture with extra budget rows appended (and a document row for each added edition), and optionally settings. */
function withRows(rows: string[], settings?: string): DataInput {
  const editions = ["2032,draft", "2031,enacted"].map((e) => `${e},架空省,MOF,3,2031-12,fixture,fixture,,,fixture`);
  return {
    ...real,
    "budget.csv": text("budget.csv").trimEnd() + "\n" + rows.join("\n") + "\n",
    "editions.csv": text("editions.csv").trimEnd() + "\n" + editions.join("\n") + "\n",
    ...(settings ? {"settings.csv": settings} : {})
  };
}

const FY2032_DRAFT = [
  "sec,2032,draft,60,億円,,,fixture",
  "alpha,2032,draft,13,億円,,,fixture",
  "grp,2032,draft,25,億円,,,fixture",
  "beta,2032,draft,16,億円,,,fixture",
  "gamma,2032,draft,9,億円,,,fixture",
  "delta,2032,draft,3,億円,,,fixture"
];
const FY2031_ENACTED = [
  "sec,2031,enacted,53,億円,,,fixture",
  'alpha,2031,enacted,"1,250",百万円,,,fixture',
  'grp,2031,enacted,"2,400",百万円,,,fixture',
  'beta,2031,enacted,"1,500",百万円,,,fixture',
  "gamma,2031,enacted,900,百万円,,,fixture",
  "delta,2031,enacted,300,百万円,,,fixture"
];

describe("chooseStages(dataset)", () => {
  it("takes the newest annual stage as current and the previous fiscal year's last stage as comparison", () => {
    const d = parseDataset(real);
    expect(chooseStages(d)).toEqual({
      current: {fiscalYear: 2031, stage: "draft"},
      comparison: {fiscalYear: 2030, stage: "enacted"},
      supplementary: {fiscalYear: 2030, stage: "supplementary-1"}
    });
  });

  it("moves to FY2032 draft against FY2031 draft when FY2032 rows arrive", () => {
    const {current, comparison} = chooseStages(parseDataset(withRows(FY2032_DRAFT)));
    expect(current).toEqual({fiscalYear: 2032, stage: "draft"});
    expect(comparison).toEqual({fiscalYear: 2031, stage: "draft"});
  });

  it("compares with FY2031 enacted once it is added beside the FY2031 draft", () => {
    const {current, comparison} = chooseStages(parseDataset(withRows([...FY2031_ENACTED, ...FY2032_DRAFT])));
    expect(current).toEqual({fiscalYear: 2032, stage: "draft"});
    expect(comparison).toEqual({fiscalYear: 2031, stage: "enacted"});
  });

  it("makes FY2031 enacted current when it is the newest stage", () => {
    const {current, comparison} = chooseStages(parseDataset(withRows(FY2031_ENACTED)));
    expect(current).toEqual({fiscalYear: 2031, stage: "enacted"});
    expect(comparison).toEqual({fiscalYear: 2030, stage: "enacted"});
  });

  it("follows settings.csv when it names the stages", () => {
    const d = parseDataset(withRows(FY2032_DRAFT, "key,value\ncurrent,2031 draft\ncomparison,2030 enacted\n"));
    expect(chooseStages(d).current).toEqual({fiscalYear: 2031, stage: "draft"});
  });

  it("rejects a setting that names a stage with no figures", () => {
    expect(() => chooseStages(parseDataset(withRows([], "key,value\ncurrent,2039 draft\n")))).toThrow(/settings\.csv.*"2039 draft"/s);
  });
});

describe("a briefing on the fixture year", () => {
  const b = buildBriefing(parseDataset(withRows(FY2032_DRAFT)));

  it("computes changes across units at the coarser unit's precision", () => {
    const alpha = entity(b, "alpha");
    expect(alpha.current).toMatchObject({amount: 13, unit: "億円"});
    expect(alpha.comparison).toMatchObject({amount: 1200, unit: "百万円"});
    expect(alpha.change).toEqual({millionYen: 1300 - 1200, step: 100});
    expect(formatChange(alpha.change!, {lang: "ja"})).toBe("+1億円");
    expect(formatAmount(alpha.current!.value, {lang: "en"})).toBe("¥1.3 billion");
  });

  it("names the new stages in sentences, with no code change", () => {
    expect(stageLabel(b, b.figures.current, "ja")).toBe("令和14年度予算額（案）");
    expect(messageText(b, b.figures.messages[0], {lang: "en"})).toContain("FY2032 draft budget");
    expect(changeSentence(b, entity(b, "alpha"), {lang: "ja"})).toContain("令和13年度予算額（案）比");
  });

  it("renders a deck for it", () => {
    const md = renderDeck(b, {lang: "ja", charts: {"section-totals": "", "programme-change": "", strands: "", people: ""}});
    expect(md).toContain("令和14年度予算額（案）");
    expect(md).toContain("60億円");
  });
});
