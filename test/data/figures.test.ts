// The figures of the source document (shared/seeds/000_0b1583d91517b07d.txt), checked against data/.
// Every expected value below is copied from the document or worked out by hand from its printed figures;
// none is copied from the code's output.
import {describe, expect, it} from "vitest";
import type {Unit} from "../../src/lib/amount.js";
import type {EntityFigures, KeyMessage, StageRef} from "../../src/lib/derive.js";
import {parseDataset} from "../../src/lib/dataset.js";
import {briefingFromInput} from "../../src/lib/files.js";
import {eraYear} from "../../src/lib/format.js";
import {SOURCES, sourceInput} from "./sources.js";

// data/ as this source printed it: a newer edition added to data/ leaves these checks alone (sources.test.ts
// says that its source is missing).
const input = sourceInput(SOURCES.find((s) => s.file === "000_0b1583d91517b07d.txt")!);
const dataset = parseDataset(input);
const briefing = briefingFromInput(input);
const {figures} = briefing;

const FY2023_DRAFT: StageRef = {fiscalYear: 2023, stage: "draft"};
const FY2022_ENACTED: StageRef = {fiscalYear: 2022, stage: "enacted"};
const FY2022_SUPP2: StageRef = {fiscalYear: 2022, stage: "supplementary-2"};

/** The one budget line for (entity, fiscal year, stage); fails when there is none or more than one. */
function budgetLine(entity: string, {fiscalYear, stage}: StageRef) {
  const lines = dataset.budget.filter((b) => b.entity === entity && b.fiscalYear === fiscalYear && b.stage === stage);
  expect(lines, `${entity} ${fiscalYear} ${stage}`).toHaveLength(1);
  return lines[0];
}

function entityFigures(id: string): EntityFigures {
  const found = figures.entities.find((e) => e.id === id);
  expect(found, `entity ${id}`).toBeDefined();
  return found!;
}

function sameRef(a: StageRef, b: StageRef): boolean {
  return a.fiscalYear === b.fiscalYear && a.stage === b.stage;
}

function message<K extends KeyMessage["kind"]>(kind: K): Extract<KeyMessage, {kind: K}> {
  const found = figures.messages.find((m) => m.kind === kind);
  expect(found, `message ${kind}`).toBeDefined();
  return found as Extract<KeyMessage, {kind: K}>;
}

interface Printed {
  entity: string;
  ref: StageRef;
  amount: number;
  unit: Unit;
  /** Where the document prints it, for the reader of a failing test. */
  printed: string;
}

// Every amount the document prints, in document order.
const PRINTED: Printed[] = [
  {entity: "section7", ref: FY2023_DRAFT, amount: 141, unit: "億円", printed: "令和5年度予算額（案） 141億円"},
  {entity: "section7", ref: FY2022_ENACTED, amount: 138, unit: "億円", printed: "(前年度予算額 138億円)"},
  {entity: "section7", ref: FY2022_SUPP2, amount: 440, unit: "億円", printed: "令和4年度第2次補正予算額 440億円"},
  {entity: "aspire", ref: FY2023_DRAFT, amount: 100, unit: "百万円", printed: "先端国際共同研究推進事業 100百万円（新規）"},
  {entity: "aspire", ref: FY2022_SUPP2, amount: 44_000, unit: "百万円", printed: "先端国際共同研究推進事業 補正 44,000百万円"},
  {entity: "sicorp", ref: FY2023_DRAFT, amount: 1_073, unit: "百万円", printed: "SICORP 1,073百万円"},
  {entity: "sicorp", ref: FY2022_ENACTED, amount: 1_160, unit: "百万円", printed: "SICORP 前年度 1,160百万円"},
  {entity: "satreps", ref: FY2023_DRAFT, amount: 1_878, unit: "百万円", printed: "SATREPS 1,878百万円"},
  {entity: "satreps", ref: FY2022_ENACTED, amount: 1_826, unit: "百万円", printed: "SATREPS 前年度 1,826百万円"},
  {entity: "young-global", ref: FY2023_DRAFT, amount: 7_704, unit: "百万円", printed: "グローバルに活躍する若手研究者の育成等 7,704百万円"},
  {entity: "young-global", ref: FY2022_ENACTED, amount: 7_471, unit: "百万円", printed: "同 前年度 7,471百万円"},
  {entity: "jsps-overseas", ref: FY2023_DRAFT, amount: 2_611, unit: "百万円", printed: "海外特別研究員事業 2,611百万円"},
  {entity: "jsps-overseas", ref: FY2022_ENACTED, amount: 2_422, unit: "百万円", printed: "海外特別研究員事業 前年度 2,422百万円"},
  {entity: "young-challenge", ref: FY2023_DRAFT, amount: 265, unit: "百万円", printed: "若手研究者海外挑戦プログラム 265百万円"},
  {entity: "young-challenge", ref: FY2022_ENACTED, amount: 265, unit: "百万円", printed: "若手研究者海外挑戦プログラム 前年度 265百万円"},
  {entity: "kakenhi-intl", ref: FY2022_SUPP2, amount: 11_000, unit: "百万円", printed: "科研費（国際先導研究）（再掲） 補正 11,000百万円"},
  {entity: "jsps-intl", ref: FY2023_DRAFT, amount: 3_375, unit: "百万円", printed: "外国人研究者招へい事業 3,375百万円"},
  {entity: "jsps-intl", ref: FY2022_ENACTED, amount: 3_414, unit: "百万円", printed: "外国人研究者招へい事業 前年度 3,414百万円"},
  {entity: "sakura", ref: FY2023_DRAFT, amount: 1_454, unit: "百万円", printed: "国際青少年サイエンス交流事業 1,454百万円"},
  {entity: "sakura", ref: FY2022_ENACTED, amount: 1_371, unit: "百万円", printed: "国際青少年サイエンス交流事業 前年度 1,371百万円"}
];

describe("budget.csv holds the document's amounts", () => {
  const cases = PRINTED.map((p) => [`${p.entity} ${p.ref.fiscalYear} ${p.ref.stage} is ${p.amount}${p.unit} (${p.printed})`, p] as const);
  it.each(cases)("%s", (_name, {entity, ref, amount, unit}) => {
    const line = budgetLine(entity, ref);
    expect(line.amount).toBe(amount);
    expect(line.unit).toBe(unit);
  });

  it("holds no amount the document does not print", () => {
    const expected = PRINTED.map((p) => `${p.entity} ${p.ref.fiscalYear} ${p.ref.stage}`).sort();
    const actual = dataset.budget.map((b) => `${b.entity} ${b.fiscalYear} ${b.stage}`).sort();
    expect(actual).toEqual(expected);
  });

  it("marks ASPIRE's FY2023 draft as new (新規)", () => {
    expect(budgetLine("aspire", FY2023_DRAFT).flags).toContain("new");
  });

  it("marks the KAKENHI international line as restated (再掲)", () => {
    expect(budgetLine("kakenhi-intl", FY2022_SUPP2).flags).toContain("restated");
  });

  it.each([
    ["section7", FY2023_DRAFT],
    ["section7", FY2022_ENACTED],
    ["young-global", FY2023_DRAFT],
    ["young-global", FY2022_ENACTED]
  ] as const)("marks %s %j as including an operating-grant estimate (推計額)", (entity, ref) => {
    expect(budgetLine(entity, ref).flags).toContain("includes-estimate");
  });

  it("marks no other amount as new or restated", () => {
    const marked = dataset.budget
      .filter((b) => b.flags.includes("new") || b.flags.includes("restated"))
      .map((b) => `${b.entity} ${b.fiscalYear} ${b.stage}`)
      .sort();
    expect(marked).toEqual(["aspire 2023 draft", "kakenhi-intl 2022 supplementary-2"]);
  });
});

describe("the briefing compares the stages the document compares", () => {
  it("takes the FY2023 draft as current, FY2022 enacted as comparison and the FY2022 second supplementary beside", () => {
    expect(figures.current).toEqual(FY2023_DRAFT);
    expect(figures.comparison).toEqual(FY2022_ENACTED);
    expect(figures.supplementary).toEqual(FY2022_SUPP2);
  });
});

describe("changes against the previous year", () => {
  it("SICORP falls by 87百万円 (1,073 − 1,160), which is −7.5%", () => {
    const sicorp = entityFigures("sicorp");
    expect(sicorp.status).toBe("down");
    expect(sicorp.change?.millionYen).toBe(1_073 - 1_160);
    expect(sicorp.change?.millionYen).toBe(-87);
    expect(sicorp.pctChange).toBeCloseTo(-7.5, 10); // 87 / 1,160 = 0.075 exactly
  });

  it("SATREPS rises by 52百万円 (1,878 − 1,826), which is +2.8% to one decimal", () => {
    const satreps = entityFigures("satreps");
    expect(satreps.status).toBe("up");
    expect(satreps.change?.millionYen).toBe(52);
    expect(satreps.pctChange).toBeCloseTo((52 / 1_826) * 100, 10);
    expect(Math.round(satreps.pctChange! * 10) / 10).toBe(2.8);
  });

  it("the Overseas Challenge Program is flat at 265百万円", () => {
    const flat = entityFigures("young-challenge");
    expect(flat.status).toBe("flat");
    expect(flat.change?.millionYen).toBe(0);
    expect(flat.pctChange).toBe(0);
  });

  it("the section rises by 3億円 (141 − 138), known only to the 億円", () => {
    const section = entityFigures("section7");
    expect(section.change).toEqual({millionYen: 300, step: 100});
    expect(section.pctChange).toBeCloseTo((3 / 138) * 100, 10);
  });

  it("ASPIRE is new: it has a current amount, no change and no percentage", () => {
    const aspire = entityFigures("aspire");
    expect(aspire.status).toBe("new");
    expect(aspire.current?.value.millionYen).toBe(100);
    expect(aspire.change).toBeUndefined();
    expect(aspire.pctChange).toBeNull();
  });

  it("names 海外特別研究員 (+189 = 2,611 − 2,422) the largest increase and SICORP (−87) the largest decrease", () => {
    // Hand-worked changes: SICORP −87, SATREPS +52, 海外特別研究員 +189, 若手海外挑戦 0, 外国人招へい −39, さくら +83.
    const movers = message("movers");
    expect(movers.up).toBe("jsps-overseas");
    expect(movers.down).toBe("sicorp");
    expect(movers.newProgrammes).toEqual(["aspire"]);
  });
});

describe("the printed group total of グローバルに活躍する若手研究者の育成等", () => {
  const check = (ref: StageRef) => {
    const found = figures.groupChecks.find((c) => c.group === "young-global" && sameRef(c.ref, ref));
    expect(found, `group check ${ref.fiscalYear} ${ref.stage}`).toBeDefined();
    return found!;
  };

  it("FY2023: 7,704 printed vs 2,611 + 265 + 3,375 + 1,454 = 7,705 summed is within rounding", () => {
    const c = check(FY2023_DRAFT);
    expect(c.printed.millionYen).toBe(7_704);
    expect(c.membersSum.millionYen).toBe(2_611 + 265 + 3_375 + 1_454);
    expect(c.membersSum.millionYen).toBe(7_705);
    expect(c.difference).toBe(-1);
    // Five figures each rounded to the million: the sum can be off by up to 5 × 0.5.
    expect(c.tolerance).toBe(2.5);
    expect(Math.abs(c.difference)).toBeLessThanOrEqual(c.tolerance);
  });

  it("FY2022: 7,471 printed vs 2,422 + 265 + 3,414 + 1,371 = 7,472 summed is within rounding", () => {
    const c = check(FY2022_ENACTED);
    expect(c.printed.millionYen).toBe(7_471);
    expect(c.membersSum.millionYen).toBe(7_472);
    expect(Math.abs(c.difference)).toBeLessThanOrEqual(c.tolerance);
  });

  it("adds up the four programmes of the group pages, including 外国人研究者招へい and さくらサイエンス", () => {
    expect([...check(FY2023_DRAFT).members].sort()).toEqual(["jsps-intl", "jsps-overseas", "sakura", "young-challenge"]);
  });
});

describe("the part of the section the document itemises", () => {
  const itemisation = (ref: StageRef) => {
    const found = figures.itemisation.find((i) => sameRef(i.ref, ref));
    expect(found, `itemisation ${ref.fiscalYear} ${ref.stage}`).toBeDefined();
    return found!;
  };

  it("FY2023 draft: the programmes add up to 10,756百万円", () => {
    // 100 + 1,073 + 1,878 + 2,611 + 265 + 3,375 + 1,454
    expect(itemisation(FY2023_DRAFT).itemised.millionYen).toBe(10_756);
  });

  it("FY2023 draft: about 33億円 of the 141億円 is not itemised (±0.5億円)", () => {
    const {unitemised, total} = itemisation(FY2023_DRAFT);
    expect(total.millionYen).toBe(14_100);
    expect(Math.abs(unitemised.millionYen - 3_300)).toBeLessThanOrEqual(50);
  });

  it("FY2022 enacted: the programmes add up to 10,458百万円, leaving about 33億円 of 138億円", () => {
    // 1,160 + 1,826 + 2,422 + 265 + 3,414 + 1,371
    const it2022 = itemisation(FY2022_ENACTED);
    expect(it2022.itemised.millionYen).toBe(10_458);
    expect(Math.abs(it2022.unitemised.millionYen - 3_300)).toBeLessThanOrEqual(50);
  });

  it("counts programmes only, not the group total (which would count its members twice)", () => {
    expect(itemisation(FY2023_DRAFT).programmes).not.toContain("young-global");
    expect(itemisation(FY2023_DRAFT).programmes).not.toContain("section7");
  });

  it("does not count the restated KAKENHI line: the 440億円 supplementary is ASPIRE's 44,000 alone", () => {
    const supp = itemisation(FY2022_SUPP2);
    expect(supp.programmes).not.toContain("kakenhi-intl");
    expect(supp.total.millionYen).toBe(44_000);
    expect(supp.itemised.millionYen).toBe(44_000); // 55,000 if KAKENHI's 11,000 were added
    expect(supp.unitemised.millionYen).toBe(0);
  });

  it("gives the restated KAKENHI line no share and the status restated", () => {
    const kakenhi = entityFigures("kakenhi-intl");
    expect(kakenhi.status).toBe("restated");
    expect(kakenhi.restated).toBe(true);
    expect(kakenhi.share).toBeNull();
    expect(kakenhi.supplementary?.value.millionYen).toBe(11_000);
  });

  it("gives each programme its share of 141億円, e.g. SICORP 1,073 / 14,100", () => {
    expect(entityFigures("sicorp").share).toBeCloseTo(1_073 / 14_100, 12);
    expect(entityFigures("aspire").share).toBeCloseTo(100 / 14_100, 12);
    expect(entityFigures("young-global").share).toBeNull();
  });

  it("has programme shares that add up to itemised / total = 10,756 / 14,100", () => {
    const shares = figures.entities.filter((e) => e.share !== null).map((e) => e.share!);
    const total = shares.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(10_756 / 14_100, 12);
    expect(total).toBeCloseTo(itemisation(FY2023_DRAFT).share, 12);
  });
});

describe("the second supplementary budget", () => {
  it("is the section's 440億円 as printed", () => {
    const supp = message("supplementary");
    expect(supp.supplementary.value.millionYen).toBe(44_000);
    expect(supp.supplementary.value.step).toBe(100);
  });

  it("is all ASPIRE's 44,000百万円", () => {
    const supp = message("supplementary");
    expect(supp.largest?.entity).toBe("aspire");
    expect(supp.largest?.share).toBeCloseTo(44_000 / 44_000, 12);
  });
});

describe("scheme facts", () => {
  const fact = (programme: string, attribute: string) => {
    const found = dataset.schemes.filter((s) => s.programme === programme && s.attribute === attribute);
    expect(found, `${programme} ${attribute}`).toHaveLength(1);
    return found[0];
  };

  it.each([
    ["jsps-overseas", "昭和57年度", 1982],
    ["jsps-intl", "昭和63年度", 1988],
    ["sakura", "平成26年度", 2014],
    ["young-challenge", "平成29年度", 2017],
    ["sicorp", "平成21年度", 2009],
    ["satreps", "平成20年度", 2008]
  ] as const)("%s started in %s, which is %i", (programme, era, year) => {
    const start = fact(programme, "startYear");
    expect(start.eraYear).toBe(era);
    expect(start.year).toBe(year);
  });

  it("gives every era year the western year that eraYear() turns back into it", () => {
    const dated = dataset.schemes.filter((s) => s.eraYear !== undefined);
    expect(dated.length).toBeGreaterThan(0);
    for (const s of dated) expect(eraYear(s.year!), `${s.programme} ${s.attribute}`).toBe(s.eraYear);
  });

  it.each([
    ["jsps-overseas", 176, "見込み"],
    ["jsps-intl", 514, "見込み"],
    ["sakura", 2_900, "約"],
    ["young-challenge", 140, "見込み"]
  ] as const)("%s takes %i people (%s)", (programme, people, qualifier) => {
    const f = fact(programme, "people");
    expect(f.low).toBe(people);
    expect(f.high).toBe(people);
    expect(f.unit).toBe("人");
    expect(f.qualifier).toBe(qualifier);
  });

  it.each([
    ["aspire", "supportPerProject", undefined, 100, "百万円", undefined],
    ["aspire", "period", 5, 5, "年", undefined],
    ["sicorp", "supportPerProject", 5, 1, "百万円", "億円"],
    ["sicorp", "countries", 14, 14, "か国・地域", undefined],
    ["sicorp", "projects", 113, 113, "課題", undefined],
    ["sicorp", "jointCallCountries", 41, 41, "か国", undefined],
    ["satreps", "supportPerProject", 35, 35, "百万円", undefined],
    ["satreps", "separateSupport", undefined, 60, "百万円", undefined],
    ["satreps", "period", 3, 5, "年", undefined],
    ["young-challenge", "period", 3, 1, "か月", "年"]
  ] as const)("%s %s runs from %s to %s %s (%s at the top)", (programme, attribute, low, high, unit, unitHigh) => {
    const f = fact(programme, attribute);
    expect(f.low).toBe(low);
    expect(f.high).toBe(high);
    expect(f.unit).toBe(unit);
    expect(f.unitHigh).toBe(unitHigh);
  });

  it("dates SICORP's 14 countries and 113 projects to 令和4年度 (2022)", () => {
    for (const attribute of ["countries", "projects"]) {
      expect(fact("sicorp", attribute).eraYear).toBe("令和4年度");
      expect(fact("sicorp", attribute).year).toBe(2022);
    }
  });
});
