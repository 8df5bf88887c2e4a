// The part of the section total the document does not itemise, in words: one function for the report's chart,
// table and caption and for the deck's titles, figures, tables and notes, so they never state it differently.
import type {Itemisation} from "./derive.js";
import {formatAmount, sentenceUnit, type Lang, type UnitMode} from "./format.js";
import {coreWords} from "../locale/core.js";

/**
 * The one unit a composition of the section total is drawn in, and so tabled and titled in: 億円 when the reader
 * chose it, else 百万円, the finest the document prints, so each programme keeps its printed digits.
 */
export const compositionUnit = (unit?: UnitMode): UnitMode => (unit === "large" ? "large" : "million");

/**
 * The unitemised remainder in `unit` (by default the unit one sentence gives it with the total and the itemised
 * sum: sentenceUnit). Left by a total printed in 億円 it is a difference of rounded figures, known only to that
 * unit: rounded to it and said with 約 once (約3,300百万円, 約33億円, never 約3,344百万円). Left by figures all printed
 * in 百万円 it is exact: 100百万円, not 約1億円.
 */
export function remainderText(
  it: Itemisation,
  lang: Lang,
  unit: UnitMode = sentenceUnit(undefined, [it.total, it.itemised, it.unitemised])
): string {
  const rest = it.unitemised;
  if (rest.step === 1) return formatAmount(rest, {lang, unit});
  const rounded = {...rest, millionYen: Math.round(rest.millionYen / rest.step) * rest.step};
  return coreWords(lang).about(formatAmount(rounded, {lang, unit}));
}
