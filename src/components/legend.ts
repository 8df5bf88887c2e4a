// What each colour of a chart means, from the design tokens (the one source of colour meanings) and the data:
// a document heading's colour is named by strands.csv, a status colour by the charts' words. Slide charts, whose
// bars carry only a colour, draw these as a swatch legend (slides/svg.ts), so no colour is left to be guessed.
import type {Briefing} from "../lib/briefing.js";
import type {Lang} from "../lib/format.js";
import {stageShort} from "../lib/text.js";
import {strandColour, tokens} from "../lib/tokens.js";
import {chartWords} from "../locale/charts.js";

export interface LegendEntry {
  label: string;
  color: string;
}

/** The meaning of each distinct colour in `colours` (first appearance first); a colour with no meaning is left out. */
export function colourLegend(b: Briefing, lang: Lang, colours: readonly string[]): LegendEntry[] {
  const C = tokens.color;
  const w = chartWords(lang);
  const meaning = new Map<string, string[]>();
  const add = (colour: string, label: string) => meaning.set(colour.toLowerCase(), [...(meaning.get(colour.toLowerCase()) ?? []), label]);
  // Headings first: a document with more headings than colours cycles them, and a shared colour names every heading.
  b.strands.forEach((s, i) => add(strandColour(i), w.pick(s.nameJa, s.nameEn)));
  for (const [colour, label] of [
    [C.increase, w.statusLegend.up],
    [C.decrease, w.statusLegend.down],
    [C.flat, w.statusLegend.flat],
    [C.new, w.statusLegend.new],
    [C.unitemised, w.remainder],
    [C.external, w.supportLegend.external],
    [C.comparison, b.figures.comparison ? stageShort(b, b.figures.comparison, lang) : ""],
    [C.current, stageShort(b, b.figures.current, lang)]
  ] as const)
    if (label && !meaning.has(colour.toLowerCase())) add(colour, label);
  const seen = [...new Set(colours.map((c) => c.toLowerCase()))];
  return seen.filter((c) => meaning.has(c)).map((c) => ({color: c, label: meaning.get(c)!.join(w.listSeparator)}));
}

/**
 * The legend of a bar chart: the meanings of the colours of the bars it draws. A bar of length 0 (no change, a new
 * programme shown by its text) draws no colour, so its meaning is not listed: a swatch with no bar is a key to nothing.
 */
export function barLegend(b: Briefing, lang: Lang, bars: readonly {color: string; value: number}[]): LegendEntry[] {
  return colourLegend(
    b,
    lang,
    bars.filter((r) => r.value !== 0).map((r) => r.color)
  );
}
