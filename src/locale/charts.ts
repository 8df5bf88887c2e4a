// The charts' words: titles, axis labels, column headers of the CSV downloads, the labels drawn beside marks and
// the composition and history captions. One interface, one ja and one en implementation (see core.ts).
import type {Lang} from "../lib/format.js";
import {chartWords as en} from "./en/charts.js";
import {chartWords as ja} from "./ja/charts.js";

/** The title of each chart, by its spec's key in src/components/specs.ts. */
export interface ChartTitles {
  composition: string;
  sectionHistory: string;
  sectionTotals: string;
  programmeDumbbell: string;
  programmeChange: string;
  strands: string;
  timeline: string;
  support: string;
  people: string;
  frameworks: string;
}

export interface ChartWords {
  lang: Lang;
  /** Of a pair of transcribed columns (nameJa, nameEn; printed, printedEn), the one in this language. */
  pick<T>(ja: T, en: T): T;
  title: ChartTitles;
  /** Column headers of the charts' data (tables and CSV downloads). */
  column: {
    part: string;
    amount: string;
    shown: string;
    fiscalYear: string;
    stage: string;
    printed: string;
    programme: string;
    change: string;
    pctChange: string;
    strand: string;
    startYear: string;
    era: string;
    low: string;
    high: string;
    asPrinted: string;
    peoplePerYear: string;
    /** What a people count counts (the document's words before the number). */
    counted: string;
    /** How long each person stays, as printed. */
    stay: string;
    framework: string;
    partners: string;
    members: string;
  };
  /** Units of columns that are not amounts. */
  unit: {perProject: string; people: string; countries: string};
  /** The unit line under a downloaded chart's title: 単位：百万円、% / Unit: ¥ million, %. */
  unitLine(units: readonly string[]): string;
  /** The as-of line under a downloaded chart: 数値の時点は令和4年12月 / Figures as of December 2022. */
  asOf(text: string): string;
  /** The change axis, naming the edition compared with when there is one: 令和4当初からの増減（百万円）. */
  changeAxis(unit: string, comparison: string): string;
  /**
   * The change beside a programme's bar: signed amount and percentage, +83百万円（+6.1%）; `movement` is the change as
   * prose states it (formatMovement), which a change of zero reads: 増減なし.
   */
  changeLabel(p: {signed: string; pct: string; movement: string; direction: number}): string;
  startAxis: string;
  supportAxis: string;
  peopleAxis: string;
  partnersAxis: string;
  /** A programme without a comparison amount: 新規 / new. */
  newLabel: string;
  /** A new programme on the start-year timeline: （新規、令和X補正～）. */
  newSince(stage: string): string;
  /** The label of a start year on the timeline (era for ja, Western year for en unless new). */
  startLabel(name: string, era: string, year: number, isNew: boolean): string;
  /**
   * The row of support another body gives beside a programme's own (schemes.csv `separateSupport`): 「（名称）（別途支援）」.
   * The body is named by the data (the row's printed text, shown in the chart's table), never by the code.
   */
  externalRow(name: string): string;
  /** The label at a support mark: a range 5–100, a cap 上限60 or maximum 最大100 (程度 kept), one amount 35程度. */
  supportMark(m: {kind: "range" | "cap" | "point"; low: number; high: number; upper: boolean; about: boolean}): string;
  /** The support chart's legend: the programme's own support, another body's beside it. */
  supportLegend: {own: string; external: string};
  /** A count the document does not print, drawn where its bar would start: 記載なし. */
  unknownCount(printed: string): string;
  /**
   * A supplementary budget told beside an annual chart instead of drawn on its axis: a multi-year fund and one
   * year's budget are not comparable.
   */
  separately(stage: string, amount: string): string;
  /** The change chart's legend: what each colour of a bar means. */
  statusLegend: {up: string; down: string; flat: string; new: string};
  /**
   * The heading of one panel of the people chart: what its counts count, in the document's words (each kind of
   * count has its own panel and axis); `kinds` may be several English renderings of one Japanese phrase.
   */
  peoplePanel(kinds: readonly string[]): string;
  /** A people count beside its bar: 約2,900人 / c. 2,900. */
  peopleCount(count: string, about: boolean): string;
  /** The separator of segment names listed under a bar on a phone. */
  listSeparator: string;
  /** The legend's name for programmes under no document heading. */
  noHeading: string;
  /** The composition's remainder: 内訳記載なし. */
  remainder: string;
  /** An amount known to the coarser unit: 約33億円. */
  about(text: string): string;
  /** An amount with its share beside a bar: 1,073百万円（7.6%）. */
  withShare(amount: string, share: string): string;
  noSectionTotal: string;
  /** The composition's caption. */
  compositionSummary(p: {
    stage: string;
    total: string;
    count: number;
    itemised: string;
    itemisedShare: string;
    remainder: string;
    remainderText: string;
    remainderShare: string;
  }): string;
  /**
   * The people chart's caption, one clause per row: what is counted (the printed words before the number, 受入人数)
   * and the count as printed (約2,900人); `printed` whole (in this language) when the document gives no number.
   */
  peopleSummary(rows: readonly {name: string; what: string; count?: string; printed: string}[]): string;
  /** A mark's tooltip: 令和X案 Y億円 / FY20XX draft: ¥Y billion. */
  tip(name: string, value: string): string;
  /** A start year's tooltip: a programme's name, its era year and the Western year (「名称 昭和57年度（1982年度）」). */
  startTip(name: string, era: string, year: number): string;
  /** One entity's history: 〇〇は、stageがamount、… / name amounts to amount in the stage, … */
  historyLine(name: string, parts: readonly string[]): string;
  /** One amount of a history line: 令和5年度予算額（案）が141億円 / ¥14.1 billion in the FY2023 draft budget. */
  historyPart(stage: string, amount: string): string;
  /** The join between entities' history lines. */
  historyJoin: string;
}

const PACKS: Record<Lang, ChartWords> = {ja, en};
export const chartWords = (lang: Lang): ChartWords => PACKS[lang];
