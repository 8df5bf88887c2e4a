// What a composition's bar colour means: the budget line a programme's amount is appropriated under, where the
// document prints one (a group of programmes.csv with its own total), else the document heading it is printed
// under. A programme printed under one heading but counted in another heading's budget line (its amount inside
// the line's total) takes the line's colour, so the composition and the line's own sheet give it one home.
import type {Briefing} from "./briefing.js";
import {coreWords} from "../locale/core.js";
import {unitWords} from "../locale/units.js";
import {formatAmount, type Lang} from "./format.js";
import {entity, shortName} from "./text.js";
import {lineColour, strandColour, tokens} from "./tokens.js";

export interface ColourKey {
  /** The colour's meaning, as a swatch legend names it. */
  label: string;
  color: string;
}

/** The colour of a programme's bar and what it means: its budget line (with the line's printed total) or its heading. */
export function lineKey(b: Briefing, id: string, lang: Lang): ColourKey {
  const e = entity(b, id);
  const groups = b.figures.entities.filter((g) => g.kind === "group");
  const line = groups.find((g) => g.id === e.parent);
  if (line) {
    const total = line.current ? formatAmount(line.current.value, {lang}) : "";
    return {label: unitWords(lang).lineLegend(shortName(line, lang), total), color: lineColour(groups.indexOf(line))};
  }
  const i = b.strands.findIndex((s) => s.id === e.strand);
  const s = b.strands[i];
  return s ? {label: coreWords(lang).pick(s.nameJa, s.nameEn), color: strandColour(i)} : {label: "", color: tokens.color.flat};
}
