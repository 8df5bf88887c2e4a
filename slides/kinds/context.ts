// What every slide builder reads: the briefing, the language's deck words, and the figures several slides share
// (the section, the counted programmes, the itemisation, the stage labels, the fund), computed once per deck.
import type {Quantity} from "../../src/lib/amount.js";
import type {Briefing} from "../../src/lib/briefing.js";
import type {EntityFigures} from "../../src/lib/derive.js";
import type {Itemisation} from "../../src/lib/derive.js";
import {formatMovement, type Lang, type UnitMode} from "../../src/lib/format.js";
import {currentItemisation, noteIn} from "../../src/lib/story.js";
import {remainderStatement} from "../../src/lib/remainder.js";
import {countedIds, entity, formatPctMovement, schemeFact, stageShort} from "../../src/lib/text.js";
import {strandColour, tokens} from "../../src/lib/tokens.js";
import {deckWords, type DeckWords} from "../../src/locale/deck.js";
import {storyWords} from "../../src/locale/story.js";
import type {SlideSpec, Tone} from "../outline.js";

export interface DeckContext {
  b: Briefing;
  lang: Lang;
  w: DeckWords;
  fmt: {lang: Lang};
  section: EntityFigures;
  /** The programmes counted in the section total, in the document's order. */
  programmes: EntityFigures[];
  it: ReturnType<typeof currentItemisation>;
  cmpLabel: string;
  curLabel: string;
  /** The supplementary fund the deck presents: the programme whose scheme facts name a fund, else the largest supplementary amount. */
  fund?: EntityFigures;
}

/** One kind of slide: a pure function of the deck's context, giving none, one or several slides. */
export type SlideKind = (ctx: DeckContext) => SlideSpec[];

export function deckContext(b: Briefing, lang: Lang): DeckContext {
  const programmes = countedIds(b).map((id) => entity(b, id));
  const fundProgramme = b.figures.entities.find(
    (e) => e.kind === "programme" && !e.restated && e.supplementary && schemeFact(b, e.id, "fund")
  );
  const biggestSupp = programmes
    .filter((e) => e.supplementary)
    .sort((x, y) => y.supplementary!.value.millionYen - x.supplementary!.value.millionYen)[0];
  return {
    b,
    lang,
    w: deckWords(lang),
    fmt: {lang},
    section: entity(b, b.figures.section),
    programmes,
    it: currentItemisation(b),
    cmpLabel: b.figures.comparison ? stageShort(b, b.figures.comparison, lang) : "",
    curLabel: stageShort(b, b.figures.current, lang),
    fund: fundProgramme ?? biggestSupp
  };
}

export const blank = (): Pick<SlideSpec, "figures" | "tables" | "facts" | "footnotes" | "sources"> => ({
  figures: [],
  tables: [],
  facts: [],
  footnotes: [],
  sources: []
});

export const toneOf = (e: EntityFigures): Tone =>
  e.status === "up" ? "up" : e.status === "down" ? "down" : e.status === "new" ? "new" : "plain";

const C = tokens.color;
/** A programme's colour: its document heading's, by the heading's position in strands.csv. */
export const strandColourOf = (b: Briefing, strand?: string) =>
  strand ? strandColour(b.strands.findIndex((s) => s.id === strand)) : C.current;
export const changeColor = (e: EntityFigures) =>
  e.status === "up" ? C.increase : e.status === "down" ? C.decrease : e.status === "new" ? C.new : C.flat;

/** What the document notes of the section total (where other costs are counted): the answer to what the unitemised part is. */
export function totalNotes({b, lang, section}: DeckContext): string[] {
  return [...new Set([...(section.current?.notes ?? []), ...section.notes])].map((id) => noteIn(b, id, lang).replace(/^※/, ""));
}

/** The section's objective (texts.csv, kind "objective", of the section). */
export function objectiveOf({b, w}: DeckContext): SlideSpec["about"] {
  const t = b.texts.find((x) => x.entity === b.figures.section && x.kind === "objective");
  return t ? {label: w.objective, text: w.text(t)} : undefined;
}

/** The document's own summary of a programme (texts.csv, kind "summary"): shown on its slide, in its words. */
export function aboutOf({b, w}: DeckContext, id: string): SlideSpec["about"] {
  const t = b.texts.find((x) => x.entity === id && x.kind === "summary");
  return t ? {label: w.about, text: w.text(t)} : undefined;
}

/**
 * The document's statement of a programme's purpose (texts.csv, kind "purpose", the first): the first talking
 * point, rather than the summary the slide already shows; the summary when the document states no purpose.
 */
export function purposeOf({b, w}: DeckContext, id: string): string | undefined {
  const t =
    b.texts.filter((x) => x.entity === id && x.kind === "purpose").sort((x, y) => x.order - y.order)[0] ??
    b.texts.find((x) => x.entity === id && x.kind === "summary");
  return t && w.text(t);
}

/**
 * The unit a deck states figures in: each figure in the unit the document prints it in (figureUnit, the
 * "printed" mode), on every slide and in every note, so one figure never reads in two units: a programme's
 * 100百万円 is not 1億円 on the fund slide, a restated 11,000百万円 is not 110億円 on the risks slide, while the
 * total printed as 141億円 and its change 3億円増 stay in 億円. The argument is ignored: the unit belongs to each
 * figure, not to the statement (callers pass the statement's main figure).
 */
export const statementUnit = (_main?: Quantity): UnitMode => "printed";

/**
 * The unitemised remainder and the total it is part of, as one statement gives them: the remainder in its one
 * unit (remainderUnit, as on the composition's bar: 約3,300百万円), the total and the itemised sum each in its
 * printed unit (合計141億円, 10,756百万円), or all in the one unit a visual is drawn in.
 */
export function remainderAndTotal(
  it: Itemisation,
  lang: Lang,
  unit: UnitMode = "printed"
): {rest: string; total: string; itemised: string} {
  const {rest, total, itemised} = remainderStatement(it, lang, unit);
  return {rest, total, itemised};
}

/** A programme's change as a statement in `unit` (1.89億円増（7.8%増）), for a table of statements in one unit. */
export function changeIn(e: EntityFigures, lang: Lang, unit: UnitMode): string {
  if (!e.change) return "";
  if (e.change.millionYen === 0) return storyWords(lang).unchanged;
  return storyWords(lang).changeWithPct(formatMovement(e.change, {lang, unit}), formatPctMovement(e, lang));
}
