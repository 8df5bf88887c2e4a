// The briefing's story in words: statement titles computed from the figures, and speaker notes as talking
// points and the questions a reader would ask, answered from the document or marked as not in it. Pure text
// functions (text.ts holds the report's sentences; these are the deck's), in the reader's language only.
import {isWhole} from "./amount.js";
import {storyWords} from "../locale/story.js";
import {textWords} from "../locale/text.js";
import {answerTo, type Need} from "./answers.js";
import {editionKey, type Briefing} from "./briefing.js";
import type {EntityFigures, Itemisation} from "./derive.js";
import {formatAmount, formatChange, formatMovement, formatPct, formatShareOf, sentenceUnit, type Lang} from "./format.js";
import {
  absentProgrammes,
  countedIds,
  firstMention,
  formatPctMovement,
  includedClause,
  entity,
  noteText,
  schemeFact,
  shortName,
  stageLabel,
  stageShort
} from "./text.js";
import {textWidth} from "./labels.js";
import {remainderText} from "./remainder.js";
import {emWidth as measuredEm} from "./measure.js";
import {tokens} from "./tokens.js";

/** A slide title's line, in ems of its size: the 1280 px slide less its 64 px side margins, at the deck's title size. */
export const TITLE_MAX_EM = (1280 - 2 * 64) / tokens.deck.title;
/**
 * Width of a title in ems, measured bold in every face a deck sets it in (Noto Sans JP in Marp, Yu Gothic
 * or Arial in the editable PPTX): the widest, so a title that fits fits in all of them.
 */
export const emWidth = (text: string) =>
  Math.max(measuredEm(text, "noto", true), measuredEm(text, "office-ja", true), measuredEm(text, "office-en", true));
/** The label for what the document does not give (a cell, never an answer: unanswered questions go to the preparation list). */
export const NOT_IN_DOCUMENT: Record<Lang, string> = {ja: textWords("ja").notInDocument, en: textWords("en").notInDocument};
/** The label for a programme the current edition prints no amount for. */
export const NOT_IN_THIS_EDITION: Record<Lang, string> = {ja: textWords("ja").notInDocument, en: textWords("en").notInDocument};

/** `text` cut to at most `max` columns, with an ellipsis when cut (names from data can be any length). */
export function clampText(text: string, max: number): string {
  if (textWidth(text) <= max) return text;
  let out = "";
  for (const c of text) {
    if (textWidth(out + c) > max - 1) break;
    out += c;
  }
  // A Latin sentence is cut at a word boundary, not inside a word ("opening the way to…", not "to digita…");
  // short labels keep every character they have room for.
  const word = max >= 60 && /[A-Za-z0-9]$/.test(out) && /[A-Za-z0-9]/.test(text[out.length] ?? "") ? out.replace(/\s+\S*$/, "") : out;
  return `${(word.length > out.length / 2 ? word : out).trimEnd()}…`;
}

/**
 * A title: the first of its statements, preferred first, that fits its one line (TITLE_MAX_EM, measured); if
 * none does, the narrowest. Never cut: callers end with a short form that still carries the figure.
 */
export function title(...forms: string[]): string {
  return forms.find((f) => emWidth(f) <= TITLE_MAX_EM) ?? forms.reduce((a, f) => (emWidth(f) < emWidth(a) ? f : a));
}

/** A programme's name for labels: its short name from data, whole (a slide wraps or continues it, never cuts it). */
export const nameIn = (e: EntityFigures, lang: Lang) => shortName(e, lang);

const pctOf = (e: EntityFigures, lang: Lang) => formatPct(e, lang);

/**
 * A change in ministry form, one form for every title, key point, sheet and note: 「189百万円増（7.8%増）」
 * 「87百万円減（7.5%減）」 / "up ¥189 million (7.8%)", "down ¥87 million (7.5%)"; 同額 / "unchanged" for no change
 * (not 「増減なし（±0.0%）」).
 */
export function changeWithPct(e: EntityFigures, lang: Lang): string {
  if (!e.change) return "";
  if (e.change.millionYen === 0) return storyWords(lang).unchanged;
  return storyWords(lang).changeWithPct(formatMovement(e.change, {lang}), formatPctMovement(e, lang));
}

/**
 * A change as a chart label, a figure tile or a table of figures shows it, signed: 「+189百万円（+7.8%）」
 * 「▲87百万円（▲7.5%）」 / "+¥189 million (+7.8%)"; 同額 / "unchanged" for no change. Sentences use changeWithPct.
 */
export function signedChangeWithPct(e: EntityFigures, lang: Lang): string {
  if (!e.change) return "";
  if (e.change.millionYen === 0) return storyWords(lang).unchanged;
  return storyWords(lang).changeWithPct(formatChange(e.change, {lang}), pctOf(e, lang));
}

export function currentItemisation(b: Briefing): Itemisation | undefined {
  const c = b.figures.current;
  return b.figures.itemisation.find((i) => i.ref.fiscalYear === c.fiscalYear && i.ref.stage === c.stage);
}

// The unitemised remainder: one function for the report and the decks.
export {remainderText} from "./remainder.js";

const counted = (b: Briefing) => countedIds(b).map((id) => entity(b, id));

// --- Titles ---

/** The headline: 令和5年度予算額（案）は141億円、令和4年度当初予算比3億円増（約2%増）; the deck's first mention of both stages. */
export function headlineTitle(b: Briefing, lang: Lang): string {
  const s = entity(b, b.figures.section);
  const stage = stageLabel(b, b.figures.current, lang);
  const short = stageShort(b, b.figures.current, lang);
  if (!s.current) return title(stage, short);
  const words = storyWords(lang);
  const cur = formatAmount(s.current.value, {lang});
  if (!s.change) return title(words.is(stage, cur), words.is(short, cur));
  const change = formatMovement(s.change, {lang});
  const cmp = b.figures.comparison ? stageShort(b, b.figures.comparison, lang) : "";
  const cmpFormal = b.figures.comparison ? stageLabel(b, b.figures.comparison, lang) : "";
  return title(...words.headline({stage, short, cmp, cmpFormal, cur, pct: changeWithPct(s, lang), change}));
}

/**
 * Where the total goes: 事業Aほか6事業で合計の約76%、残る約33億円（約24%）は事業別の記載なし. A title is a statement:
 * the remainder in the unit of the total it is derived from (億円 when the total is printed in 億円, else 百万円),
 * with its share; the chart under it draws its bars in their own unit.
 */
export function compositionTitle(b: Briefing, lang: Lang): string {
  const it = currentItemisation(b);
  const words = storyWords(lang);
  if (!it) return title(words.compositionNone);
  const rest = remainderText(it, lang, it.total.step > 1 ? "large" : "million");
  const share = (q: typeof it.total) => formatShareOf(q, it.total, lang, {within: true});
  const stated = it.unitemised.millionYen > 0 ? `${rest}${words.inBrackets(share(it.unitemised))}` : rest;
  return title(...words.composition(it.programmes.length, share(it.itemised), stated));
}

/** The largest mover: 海外特別研究員が最大の増額 +189百万円（+7.8%）. */
export function changeTitle(b: Briefing, lang: Lang): string {
  const m = b.figures.messages.find((x) => x.kind === "movers");
  const up = m?.kind === "movers" && m.up ? entity(b, m.up) : undefined;
  const down = m?.kind === "movers" && m.down ? entity(b, m.down) : undefined;
  const mover = up ?? down;
  const words = storyWords(lang);
  if (!mover) return title(words.changeNone);
  const [pct, change] = [changeWithPct(mover, lang), formatMovement(mover.change!, {lang})];
  return title(...words.change({name: shortName(mover, lang), rises: mover === up, pct, change}));
}

/**
 * A budget line's sheet: 若手研究者の育成等は7,704百万円、233百万円増（3.1%増） / "Young researchers: ¥7,704
 * million, up ¥233 million (3.1%)". The line's short name from data; its full name is the slide's subtitle.
 */
export function groupTitle(b: Briefing, g: EntityFigures, lang: Lang): string {
  const words = storyWords(lang);
  const name = shortName(g, lang);
  if (!g.current) return title(...words.notInDocument(name));
  const cur = formatAmount(g.current.value, {lang});
  if (!g.change) return title(words.lineAmount(name, cur), cur);
  const [pct, change] = [changeWithPct(g, lang), formatMovement(g.change, {lang})];
  return title(
    words.lineAmount(name, cur, pct),
    words.lineAmount(name, cur, change),
    words.lineAmount(name, cur),
    words.lineAmount("", cur, pct),
    words.lineAmount("", cur, change),
    cur
  );
}

/** A supplementary fund: 令和4第2次補正: 先端国際共同研究の多年度基金に440億円（全額）. */
export function fundTitle(b: Briefing, p: EntityFigures, lang: Lang): string {
  const s = entity(b, b.figures.section);
  const supp = s.supplementary ?? p.supplementary;
  const name = shortName(p, lang);
  const words = storyWords(lang);
  if (!supp || !p.supplementary) return title(...words.fundNone(name));
  const all = isWhole(p.supplementary.value, supp.value);
  const stage = stageShort(b, supp, lang);
  // One unit for the statement: the fund's total and the programme's part in the same unit.
  const fmt = {lang, unit: sentenceUnit(undefined, [p.supplementary.value, supp.value])};
  const amount = formatAmount(supp.value, fmt);
  const part = formatAmount(p.supplementary.value, fmt);
  const pct = formatShareOf(p.supplementary.value, supp.value, lang, {within: true});
  return title(...words.fund({stage, name, amount, part, all, pct}));
}

/** People: 3事業で新規採用830人（見込み）、短期の受入は約2,900人. */
export function peopleTitle(rows: PeopleRow[], lang: Lang): string {
  const fellows = rows.filter((r) => !r.short);
  const visits = rows.filter((r) => r.short);
  const sum = fellows.reduce((t, r) => t + r.count, 0);
  const words = storyWords(lang);
  const fmt = (n: number) => new Intl.NumberFormat(words.intl).format(n);
  const parts: string[] = [];
  if (fellows.length) parts.push(words.fellows(fellows.length, fmt(sum)));
  for (const v of visits) parts.push(words.visits(v.printedCount));
  if (!parts.length) return title(words.peopleNone);
  return title(words.people(parts), parts[0]);
}

/** The summary table: 7事業: 増額3・減額2・同額1・新規1. */
export function summaryTitle(b: Briefing, lang: Lang): string {
  // Only programmes with a figure in this document are tallied; the others are named, never left out.
  const ps = counted(b).filter((e) => e.current);
  const n = (s: string) => ps.filter((e) => e.status === s).length;
  // A count of 0 is left out of the one-line title ("2 up", not "2 up, 0 down, 0 flat, 0 new").
  const words = storyWords(lang);
  const statuses = (["up", "down", "flat", "new"] as const).filter((s) => n(s) > 0);
  const parts = statuses.map((s) => words.status(s, n(s)));
  // The title is one line: it counts the absent programmes, the speaker notes name them (summaryPoint).
  const absent = absentProgrammes(b).length;
  const more = absent ? words.moreAbsent(absent) : "";
  return title(...words.summary(ps.length, parts, more));
}

/** A programme: 事業Aは7.5%減 / Alpha falls 7.5%; new, restated, flat and absent programmes say so. */
export function programmeTitle(b: Briefing, e: EntityFigures, lang: Lang): string {
  // The slide's subtitle gives the full name: a name too long for the line leaves the title its statement.
  const name = firstMention(b, e, lang);
  const words = storyWords(lang);
  if (e.status === "restated") return title(...words.restated(name));
  if (!e.current) return title(...words.notInDocument(name));
  if (e.status === "new") return title(...words.isNew(name));
  const cmp = b.figures.comparison ? stageShort(b, b.figures.comparison, lang) : "";
  if (e.status === "flat") return title(...words.flat(name, cmp));
  const cur = e.current ? formatAmount(e.current.value, {lang}) : "";
  if (!e.change) return title(name, cur);
  const pct = pctOf(e, lang).replace(/^(約|about )?[+▲−]/, "$1");
  return title(...words.moved(name, e.status === "up", pct, cmp));
}

// --- People ---

export interface PeopleRow {
  programme: string;
  name: string;
  /** As printed: 新規採用人数（見込み）176人 / 176 new fellows (expected). */
  printed: string;
  /** Only the count as printed, 約 kept: 176人, 約2,900人. */
  printedCount: string;
  count: number;
  /** How long each person stays, as printed (the period fact), or "". */
  stay: string;
  /** Stays counted in weeks or days: visits, not fellowships. */
  short: boolean;
}

/** People supported per programme (the `people` scheme facts), with how long each stays. */
export function peopleRows(b: Briefing, lang: Lang): PeopleRow[] {
  const words = storyWords(lang);
  return b.schemes
    .filter((s) => s.attribute === "people" && s.high !== undefined)
    .map((s) => {
      const e = entity(b, s.programme);
      const period = schemeFact(b, s.programme, "period");
      const approx = s.qualifier === "約";
      const count = new Intl.NumberFormat(words.intl).format(s.high!);
      return {
        programme: s.programme,
        name: nameIn(e, lang),
        printed: words.pick(s.printed, s.printedEn),
        printedCount: words.peopleCount(count, approx),
        count: s.high!,
        stay: period ? words.pick(period.printed, period.printedEn) : "",
        short: !!period?.unit && /週|日|week|day/.test(`${period.unit}${period.unitHigh ?? ""}`) && !period.unitHigh
      };
    })
    .sort((x, y) => entity(b, x.programme).order - entity(b, y.programme).order);
}

// --- Speaker notes ---

export interface Question {
  q: string;
  /** The answer, from the data (figures, notes, schemes, texts, answers.csv with its source); "" while `open`. */
  a: string;
  /**
   * Set when the data does not answer the question: it is left out of the speaker notes and listed in the
   * presenter's preparation list (slides/questions.ts) with the answers.csv row that would answer it.
   */
  open?: Need;
}
export interface SpeakerNotes {
  /** Two or three points to say, from the figures and the document's own text. */
  points: string[];
  /** What a director-general would ask: answered from the data, or open (Question.open) for the preparation list. */
  questions: Question[];
}

/** Notes as plain lines: the points, then the questions the data answers, with their answers. */
export function notesLines(n: SpeakerNotes, lang: Lang): string[] {
  const words = storyWords(lang);
  const qa = answered(n).map((x) => words.question(x.q, x.a));
  return [...n.points.map(words.point), ...(qa.length ? [words.questionsHeading, ...qa] : [])];
}

/** The questions of a slide's notes that the data answers (the others are in the preparation list). */
export const answered = (n: SpeakerNotes) => n.questions.filter((x) => !x.open);

/**
 * A question answered from answers.csv when the division gave an answer for the current edition (its source
 * cited), else by `fromData` (what the figures, notes and texts say), else open: listed for the presenter to
 * prepare, with the row that would answer it.
 */
export function ask(b: Briefing, lang: Lang, q: string, need: Need, fromData?: string): Question {
  const given = answerTo(b.answers ?? [], editionKey(b.figures.current), need);
  const words = storyWords(lang);
  if (given) return {q, a: words.answered(words.pick(given.answerJa, given.answerEn), given.source)};
  return fromData ? {q, a: fromData} : {q, a: "", open: need};
}

/** The answers.csv answer to a need in the current edition, in the reader's language with its source, if any. */
export function givenAnswer(b: Briefing, lang: Lang, need: Need): string | undefined {
  const given = answerTo(b.answers ?? [], editionKey(b.figures.current), need);
  const words = storyWords(lang);
  return given && words.answered(words.pick(given.answerJa, given.answerEn), given.source);
}

/**
 * A note's text for the reader's language: English text drops bracketed Japanese glosses such as "(再掲)", so
 * the English notes are English only.
 */
export function noteIn(b: Briefing, id: string, lang: Lang): string {
  return storyWords(lang).noteForReader(noteText(b, id, lang));
}

/** ※ notes as one answer: what they mean for the figure they are printed with, the marks dropped. */
export const noteAnswer = (b: Briefing, ids: string[], lang: Lang) => storyWords(lang).qualifiedBy(noteMarksDropped(b, ids, lang));

const noteMarksDropped = (b: Briefing, ids: string[], lang: Lang) => ids.map((id) => noteIn(b, id, lang).replace(/^※/, ""));

/**
 * Why an amount changed. The document states no reasons (a ※ note on the new amount says what it includes, which
 * is context, not a cause): answered from answers.csv when the division gave a reason, else open.
 */
export function whyAsked(b: Briefing, e: EntityFigures, lang: Lang, q: string): Question {
  return ask(b, lang, q, {topic: "change", programme: e.id});
}

/**
 * A programme's amount as a presenter says it: 「事業Aは1,073百万円、87百万円減（7.5%減）。」, new 「新規で100百万円」,
 * unchanged 「同額の265百万円」; "" for a programme with no current amount or a restated one (its sheet says where
 * it is counted).
 */
export function amountPoint(b: Briefing, e: EntityFigures, lang: Lang): string {
  if (!e.current || e.restated) return "";
  const words = storyWords(lang);
  const name = shortName(e, lang);
  const amount = formatAmount(e.current.value, {lang});
  if (e.status === "new") return words.newAmountPoint(name, amount);
  if (e.status === "flat") return words.flatAmountPoint(name, amount);
  return words.amountPoint(name, amount, changeWithPct(e, lang));
}

/**
 * Talking points and questions for one programme, short enough to say: its amount and change, the scheme in one
 * clause, the people or awards when printed (the document's purpose and summary stay on the slide). `purpose` is
 * the document's purpose text (data/texts.csv); `described`: the slide shows the document's description, so
 * "what is it for?" is answered there.
 */
export function programmeNotes(
  b: Briefing,
  e: EntityFigures,
  lang: Lang,
  {purpose, described = false}: {purpose?: string; described?: boolean} = {}
): SpeakerNotes {
  const words = storyWords(lang);
  const name = shortName(e, lang);
  const fact = (a: string) => {
    const f = schemeFact(b, e.id, a);
    return f ? words.pick(f.printed, f.printedEn) : undefined;
  };
  const points: string[] = [];
  const amount = amountPoint(b, e, lang);
  if (amount) points.push(amount);
  // A 内数 item is told with its container, and never as one more programme.
  const included = includedClause(b, e, {lang}).replace(/^（|）$|^ \(|\)$/g, "");
  if (included) points.push(words.includedPoint(included));
  const support = fact("supportPerProject");
  const period = fact("period");
  if (support || period) points.push(words.supportPeriod(support, period));
  else if (fact("target")) points.push(words.target(fact("target")!));
  const people = fact("people") ?? fact("projects");
  if (people) points.push(words.peoplePoint(people));
  const questions: Question[] = [];
  if (e.status === "up" || e.status === "down") questions.push(whyAsked(b, e, lang, words.whyQuestion(e.status === "up")));
  // Asked only of what the data marks as a fund (its `fund` scheme fact): supplementary money alone is no fund
  // (a restated programme's share of a supplementary budget is not one unless the document says so). What the
  // document says of it (the fund, each project's period) is said; its year-by-year plan is the division's.
  const fund = fact("fund");
  if (fund) {
    // Each project's period once: after the support, when that point gave it already.
    points.push(words.fundPoint(fund, support ? undefined : period));
    questions.push(ask(b, lang, words.fundQuestion, {topic: "fund", programme: e.id}));
  }
  // A restated item is said where it is counted (its ※ note); what it supports is its own section's question.
  if (e.restated) points.push(words.restatedPoint(name, noteMarksDropped(b, e.notes, lang)));
  else if (!people) questions.push(ask(b, lang, words.howManyQuestion, {topic: "people", programme: e.id}));
  if (!described) questions.push(ask(b, lang, words.purposeQuestion, {topic: "purpose", programme: e.id}, purpose));
  if (!points.length) points.push(words.noScheme(name));
  return {points: points.slice(0, 3), questions};
}

/** The notes that explain a change: the ※ notes printed with the current amounts of programmes that changed. */
export function changeNotes(b: Briefing, lang: Lang): {text: string; programmes: string[]}[] {
  const byNote = new Map<string, string[]>();
  for (const e of counted(b))
    if (e.status === "up" || e.status === "down" || e.status === "flat")
      for (const n of e.current?.notes ?? []) byNote.set(n, [...(byNote.get(n) ?? []), nameIn(e, lang)]);
  return [...byNote].map(([id, programmes]) => ({text: noteIn(b, id, lang), programmes}));
}
