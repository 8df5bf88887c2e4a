// The deck's words for figures and their units: key points read as statements, the composition's title and axis,
// the summary table's total row. One interface, one ja and one en implementation (see core.ts).
import type {Lang} from "../lib/format.js";
import type {SpokenForm} from "./deck.js";
import {units as en} from "./en/units.js";
import {units as ja} from "./ja/units.js";

export interface UnitWords {
  /**
   * The key points' one column: statements, each with its figures in the unit the document prints them in (a
   * total in 億円 beside a programme's change in 百万円). The header names the column only: a DG read the earlier
   * 「事項（金額は資料の表記単位）」 as the slide admitting a mix; each statement is whole in its own unit.
   */
  keyPointsHeader: string;
  /**
   * A key point as a row of the table of statements: the statement with its figure inside it, read as the notes
   * say it but with no closing stop and no colon (「…は141億円、3億円増（約2%増）」, "Total for X – ¥14.1 billion, …").
   */
  keyPointRow(form: SpokenForm, statement: string, figure: string): string;
  /** The composition's titles, longest first: what is itemised, its sum (as printed) and its share of the total. */
  compositionTitles(p: {count: number; itemised: string; share: string; total: string}): string[];
  /** The composition's axis: its bars' unit and what the shares in brackets are of (the total as printed). */
  compositionAxis(unit: string, total: string): string;
  /** A budget line in a composition's legend: its name and its printed total, 「予算の項目A（1,000百万円）」. */
  lineLegend(name: string, total: string): string;
  /** The summary table's total row: the section's name and that its figures are printed in the large unit. */
  totalRow(name: string, unit: string): string;
}

const UNITS: Record<Lang, UnitWords> = {ja, en};
export const unitWords = (lang: Lang): UnitWords => UNITS[lang];
