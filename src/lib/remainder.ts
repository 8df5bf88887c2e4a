// The part of the section total the document does not itemise, in words: one function for the report's chart,
// table and caption and for the deck's titles, figures, tables and notes, so they never state it differently.
import type {Itemisation} from "./derive.js";
import {formatAmount, type Lang, type UnitMode} from "./format.js";
import {coreWords} from "../locale/core.js";

/**
 * The one unit a composition of the section total is drawn in, and so tabled and titled in: 億円 when the reader
 * chose it, else 百万円, the finest the document prints, so each programme keeps its printed digits.
 */
export const compositionUnit = (unit?: UnitMode): UnitMode => (unit === "large" ? "large" : "million");

/**
 * The one rule for the remainder's unit: the composition's (compositionUnit), wherever it is stated. A reader
 * meets it first as the composition's last bar (約3,300百万円 beside bars in 百万円), so the risks slide, the key
 * points, the summary table, the notes and the report's sentences print that same text, not 約33億円 elsewhere.
 */
export const remainderUnit = (unit?: UnitMode): UnitMode => compositionUnit(unit);

/** A statement of the remainder with the total and the itemised sum it comes from, all in the remainder's unit. */
export interface RemainderStatement {
  unit: UnitMode;
  rest: string;
  total: string;
  itemised: string;
}

/**
 * The remainder, the total and the itemised sum as one statement gives them. In "printed" mode (the default, the
 * one unit rule of figureUnit) each keeps its own unit: the remainder its one unit (remainderUnit, 約3,300百万円),
 * the total as printed (141億円, never 約14,100百万円), the itemised sum as its terms were printed (10,756百万円).
 * A reader's chosen unit (million, large) sets all three in it.
 */
export function remainderStatement(it: Itemisation, lang: Lang, unit: UnitMode = "printed"): RemainderStatement {
  const u = remainderUnit(unit);
  return {
    unit: u,
    rest: remainderText(it, lang, u),
    total: formatAmount(it.total, {lang, unit}),
    itemised: formatAmount(it.itemised, {lang, unit})
  };
}

/**
 * The unitemised remainder in `unit`, by default the one unit it is stated in everywhere (remainderUnit: the
 * composition's, so a deck's chart, title, tables and notes and the report's caption print it alike). Left by a
 * total printed in 億円 it is a difference of rounded figures, known only to that unit: rounded to it and said with
 * 約 once (約3,300百万円, 約33億円, never 約3,344百万円). Left by figures all printed in 百万円 it is exact: 100百万円,
 * not 約1億円.
 */
export function remainderText(it: Itemisation, lang: Lang, unit: UnitMode = remainderUnit()): string {
  const rest = it.unitemised;
  if (rest.step === 1) return formatAmount(rest, {lang, unit});
  const rounded = {...rest, millionYen: Math.round(rest.millionYen / rest.step) * rest.step};
  return coreWords(lang).about(formatAmount(rounded, {lang, unit}));
}
