// One slide per programme (the appendix): its amounts in every edition, its change, the scheme facts a reader
// asks for, a result or alumnus, and the document's own summary.
import type {EntityFigures, StageRef} from "../../src/lib/derive.js";
import {formatAmount} from "../../src/lib/format.js";
import {
  changeWithPct,
  emWidth,
  signedChangeWithPct,
  nameIn,
  noteIn,
  NOT_IN_THIS_EDITION,
  programmeNotes,
  programmeTitle,
  TITLE_MAX_EM
} from "../../src/lib/story.js";
import {storyWords} from "../../src/locale/story.js";
import {ATTRIBUTES, firstMention, fullName, stageShort} from "../../src/lib/text.js";
import {sheetWords, type SheetWords} from "../../src/locale/sheets.js";
import type {FactSpec, FigureSpec, SlideSpec} from "../outline.js";
import {aboutOf, blank, purposeOf, toneOf, type DeckContext} from "./context.js";

/** Scheme facts a programme slide shows, in ATTRIBUTES order: who is supported, with what, how long, how many. */
export const SLIDE_FACTS = [
  "target",
  "supportPerProject",
  "separateSupport",
  "costs",
  "period",
  "startYear",
  "people",
  "countries",
  "projects",
  "fund"
];

/** One slide per programme, but none for the fund's programme: the fund slide of the main flow is its sheet. */
export const programmeSlides = (ctx: DeckContext): SlideSpec[] =>
  ctx.b.figures.entities
    .filter((x) => x.kind === "programme" && !(ctx.fund?.supplementary && x.id === ctx.fund.id))
    .map((e) => programmeSlide(ctx, e));

function programmeSlide(ctx: DeckContext, e: EntityFigures): SlideSpec {
  const {b, lang, w, fmt} = ctx;
  const order = Object.keys(ATTRIBUTES);
  const facts = b.schemes
    .filter((s) => s.programme === e.id && SLIDE_FACTS.includes(s.attribute))
    .sort((x, y) => order.indexOf(x.attribute) - order.indexOf(y.attribute))
    .map((f) => factRow(sheetWords(lang), f.attribute, ATTRIBUTES[f.attribute]?.[lang] ?? f.attribute, w.printed(f)));
  const highlight = b.results.find((r) => r.programme === e.id);
  if (highlight) facts.push({term: sheetWords(lang).highlight(highlight.kind), value: w.highlightOf(highlight)});
  // A restated programme's slide is about where it is counted: its ※ note is its first fact, not a footnote.
  const counted = e.restated ? e.notes.map((n) => noteIn(b, n, lang).replace(/^※/, "")) : [];
  if (counted.length) facts.unshift({term: w.countedTerm, value: counted.join(" ")});
  const same = (x: StageRef, y: StageRef) => x.fiscalYear === y.fiscalYear && x.stage === y.stage;
  // An unchanged amount is one figure for both years, not the same number twice.
  const flat = e.status === "flat" && e.comparison && e.current;
  const figures: FigureSpec[] = e.amounts
    .filter((f) => !flat || !same(f, e.comparison!))
    .map((f) => ({
      label:
        flat && same(f, e.current!)
          ? w.sameAmount(stageShort(b, e.comparison!, lang), stageShort(b, f, lang))
          : `${stageShort(b, f, lang)}${e.current && same(f, e.current) && e.status === "new" ? w.isNew : ""}${f.flags.includes("restated") ? w.restated : ""}`,
      value: formatAmount(f.value, fmt),
      tone: "plain"
    }));
  if (!e.current && !e.restated)
    figures.push({label: stageShort(b, b.figures.current, lang), value: NOT_IN_THIS_EDITION[lang], tone: "muted"});
  if (e.change && e.status !== "new" && !flat) figures.push({label: w.changeRow, value: signedChangeWithPct(e, lang), tone: toneOf(e)});
  return {
    id: `programme-${e.id}`,
    part: "appendix",
    layout: "programme",
    title: sheetTitle(ctx, e),
    subtitle: fullName(e, lang),
    ...blank(),
    figures,
    facts,
    about: aboutOf(ctx, e.id),
    footnotes: counted.length ? [] : e.notes.map((n) => noteIn(b, n, lang)),
    notes: programmeNotes(b, e, lang, {purpose: purposeOf(ctx, e.id), described: !!aboutOf(ctx, e.id)}),
    sources: [...new Set(e.amounts.map((a) => a.source))],
    programme: e.id
  };
}

/**
 * A scheme fact's row, its term not repeating its value: a value printed with its own term in front (受入期間
 * 約1~3週間) gives the row that term, the kind of period or place the document names; else the sheet's term.
 */
export function factRow(sw: SheetWords, attribute: string, term: string, value: string): FactSpec {
  const own = sw.terms[attribute] ?? term;
  return sw.leadingTerm(own, value) ?? {term: own, value};
}

/**
 * A sheet's title as a message, computed: 「事業Aは87百万円減（7.5%減）」「事業Bは新規、100百万円」「事業Cは同額の265百万円」.
 * The name at first mention where the line has room, else the short name; when no message fits, the name alone
 * (the tiles give the amounts). A restated or absent programme keeps its own statement.
 */
function sheetTitle({b, lang}: DeckContext, e: EntityFigures): string {
  if (e.restated || !e.current) return programmeTitle(b, e, lang);
  const words = storyWords(lang);
  const amount = formatAmount(e.current.value, {lang});
  const message = (name: string) =>
    e.status === "new"
      ? words.sheetNew(name, amount)
      : e.status === "flat"
        ? words.sheetFlat(name, amount)
        : e.change
          ? words.sheetMoved(name, e.status === "up", changeWithPct(e, lang))
          : name;
  const first = firstMention(b, e, lang);
  const short = nameIn(e, lang);
  const fits = (t: string) => emWidth(t) <= TITLE_MAX_EM;
  // No message fits: the name, else the programme's statement, whose shortest forms carry no name.
  return [message(first), message(short), first, short].find(fits) ?? programmeTitle(b, e, lang);
}
