// The decks' statement titles and speaker notes (src/lib/story.ts): one function per message. A title message
// returns its forms, preferred first; story.ts keeps the first that fits the slide's line.
import type {Lang} from "../lib/format.js";
import type {Core} from "./core.js";
import {story as en} from "./en/story.js";
import {story as ja} from "./ja/story.js";

export interface StoryWords extends Core {
  /** An answer from answers.csv with its source: 「…。（国際課、12月20日）」. */
  answered(text: string, source: string): string;
  /** A change with its percentage: +189百万円（+7.8%）. */
  changeWithPct(change: string, pct: string): string;
  /** A change of nothing, in place of 「増減なし（±0.0%）」: 同額 / unchanged. */
  unchanged: string;
  /** A stage (or a name) and its amount: 令和5年度予算額（案）は141億円. */
  is(subject: string, amount: string): string;
  /** The headline's forms, with its change; `cmpFormal` names the comparison in full (its first mention in the deck). */
  headline(p: {stage: string; short: string; cmp: string; cmpFormal: string; cur: string; pct: string; change: string}): string[];
  compositionNone: string;
  /** A figure in brackets after another: 約33億円（約24%） / about ¥3.3 billion (about 24%). */
  inBrackets(s: string): string;
  composition(count: number, share: string, remainder: string): string[];
  changeNone: string;
  change(p: {name: string; rises: boolean; pct: string; change: string}): string[];
  /** An entity with no amount in this document: its forms. */
  notInDocument(name: string): string[];
  /**
   * A budget line's amount and change as a sheet's title: 予算の項目Aは1,000百万円、50百万円増（5.3%増） /
   * "Budget line A: ¥1,000 million, up ¥50 million (5.3%)"; without `name`, the amount and change alone.
   */
  lineAmount(name: string, amount: string, change?: string): string;
  /** Between a statement and its change: 、 / , . */
  and: string;
  fundNone(name: string): string[];
  /** A supplementary fund: `amount` is the supplementary's total, `part` the programme's share of it in money. */
  fund(p: {stage: string; name: string; amount: string; part: string; all: boolean; pct: string}): string[];
  fellows(programmes: number, count: string): string;
  visits(count: string): string;
  peopleNone: string;
  /** The people title's parts joined. */
  people(parts: string[]): string;
  status(status: "up" | "down" | "flat" | "new", count: number): string;
  moreAbsent(count: number): string;
  summary(count: number, parts: string[], more: string): string[];
  restated(name: string): string[];
  isNew(name: string): string[];
  flat(name: string, cmp: string): string[];
  /** A programme's change in its title: the percentage without its sign, the verb says which way. */
  moved(name: string, up: boolean, pct: string, cmp: string): string[];
  /** A programme sheet's title as a message: 事業Aは87百万円減（7.5%減） / "Alpha falls by ¥87 million (7.5%)". */
  sheetMoved(name: string, up: boolean, change: string): string;
  sheetNew(name: string, amount: string): string;
  sheetFlat(name: string, amount: string): string;
  /** The number of people as printed: 176人 / 176. */
  peopleCount(count: string, approx: boolean): string;
  question(q: string, a: string): string;
  point(text: string): string;
  questionsHeading: string;
  /** A ※ note's text for this language (English drops bracketed Japanese glosses). */
  noteForReader(text: string): string;
  /** A note as a sentence of an answer. */
  asSentence(text: string): string;
  /** A programme's amount and change as said: 事業Aは1,073百万円、87百万円減（7.5%減）。 */
  amountPoint(name: string, amount: string, change: string): string;
  newAmountPoint(name: string, amount: string): string;
  flatAmountPoint(name: string, amount: string): string;
  /** What a figure's ※ notes mean for it, as the answer to "is there anything to note about the figure?". */
  qualifiedBy(notes: string[]): string;
  target(target: string): string;
  supportPeriod(support?: string, period?: string): string;
  peoplePoint(people: string): string;
  includedPoint(clause: string): string;
  whyQuestion(up: boolean): string;
  fundQuestion: string;
  /** A restated item: outside this total, counted where its notes say. */
  restatedPoint(name: string, notes: string[]): string;
  /** The fund as the document describes it, with each project's period when printed. */
  fundPoint(fund: string, period?: string): string;
  howManyQuestion: string;
  purposeQuestion: string;
  noScheme(name: string): string;
}

const STORIES: Record<Lang, StoryWords> = {ja, en};
export const storyWords = (lang: Lang): StoryWords => STORIES[lang];
