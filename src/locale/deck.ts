// The deck's words (slides/outline.ts and slides/kinds/): labels, column heads, the sentences of titles' tiles,
// footnotes and speaker notes the deck builds around the figures. One function or string per message, taking
// figures already formatted; which of a data row's two languages a slide shows is chosen here too, so the slide
// builders never branch on the language. A message missing from a language fails `tsc`.
import type {AnswerTopic} from "../lib/answers.js";
import type {Framework, Result, SchemeFact, Strand} from "../lib/dataset.js";
import type {Lang} from "../lib/format.js";
import {deck as en} from "./en/deck.js";
import {deck as ja} from "./ja/deck.js";

/** A person count row of the people slide, formatted. */
export interface PeopleLine {
  name: string;
  count: string;
  stay: string;
}

/** How a key point's or risk's statement reads (DeckWords.spoken). */
export type SpokenForm = "topic" | "named" | "action";

export interface DeckWords {
  // --- A data row in the deck's language ---
  /** A strand's (document heading's) name. */
  named(s: Pick<Strand, "nameJa" | "nameEn">): string;
  /** A passage of texts.csv: the document's words, or the kit's English rendering. */
  text(t: {textJa: string; textEn: string}): string;
  /** A scheme fact as printed, or its English rendering. */
  printed(f: Pick<SchemeFact, "printed" | "printedEn">): string;
  /** A framework's members as printed, or in English. */
  members(f: Pick<Framework, "membersPrinted" | "membersEn">): string;
  /** What a programme slide shows of a result: the document's summary (ja) or its English rendering. */
  highlightOf(r: Pick<Result, "summaryJa" | "summaryEn">): string;
  /** Programme names listed in a footnote or a table cell: A・B / A, B. */
  nameList(names: readonly string[]): string;

  // --- Labels ---
  /** When the figures are as of, as a footnote: 「数値の時点は令和4年12月」 / "Figures as of December 2022". */
  asOfLine(when: string): string;
  highlight: string;
  frameworks: string;
  changeLabel: string;
  /** The change column's header when there is a comparison: 「令和4当初比」, naming the edition compared with. */
  changeOn(comparison: string): string;
  changeRow: string;
  isNew: string;
  restated: string;
  newBar: string;
  about: string;
  objective: string;
  programmeColumn: string;

  // --- The headline ---
  /** Marks the supplementary figure as a fund. */
  fundMark: string;
  /** The cover's first point; `comparisonStage` names the edition compared with (never 前年度 / "the previous year"). */
  headlinePoint(stage: string, current: string, comparison: string, change: string, comparisonStage: string): string;
  separateFund(stage: string, amount: string, fund: string): string;
  totalQuestion: string;

  // --- Where the total goes ---
  /** A bar's amount with its share of the total. */
  withShare(amount: string, share: string): string;
  compositionAlt(stage: string, total: string, bars: readonly string[]): string;
  compositionAxis(unit: string, total: string): string;
  itemisedPoint(itemised: string, share: string, total: string): string;
  remainderPoint(rest: string): string;
  remainderQuestion(rest: string): string;

  // --- What changed ---
  changesAlt(comparison: string, current: string, bars: readonly string[]): string;
  changesAxis(comparison: string, unit: string): string;
  moverPoint(name: string, change: string, amount: string): string;
  whyQuestion(name: string, up: boolean): string;

  // --- A budget line and its programmes ---
  rounding(printed: string, sum: string): string;
  budgetLinePoint(line: string, count: number): string;
  elsewherePoint(names: readonly string[], heading: string): string;
  roundingQuestion: string;

  // --- The fund ---
  annualBudget(stage: string, isNew: boolean): string;
  fundNotAnnual: string;
  restatedInSupplementary(name: string, amount: string, note: string): string;

  // --- People and network ---
  peopleColumn: string;
  stayColumn: string;
  membersColumn: string;
  countsDiffer: string;
  appointmentsPoint(lines: readonly PeopleLine[]): string;
  shortVisitPoint(line: PeopleLine): string;
  /** Whether more people are supported than in the edition compared with ('' when there is none). */
  peopleQuestion(comparison: string): string;
  /** The partner counts of the programme the document counts a network for. */
  networkLine(name: string, ever: SchemeFact, now: SchemeFact, projects?: SchemeFact): string;

  // --- The summary table ---
  notInTotal: string;
  summaryFootnote: string;
  summaryPoint(counts: {all: number; up: number; down: number; flat: number; new: number}, absent: string): string;
  largestQuestion: string;
  /** The largest annual amount (a multi-year fund is never ranked with annual budgets: `_fund` is not said). */
  largestAnswer(stage: string, name: string, amount: string, share: string, _fund?: {name: string; amount: string}): string;

  // --- A programme ---
  countedTerm: string;
  sameAmount(comparison: string, current: string): string;

  // --- Key points ---
  keyPointsTitle: string;
  keyPointColumn: string;
  figureColumn: string;
  /** An amount with its change on the comparison. */
  amountAndChange(amount: string, change: string): string;
  /** The section total's statement, by the section's own short label (第N節 / section N). */
  kpTotal(section: string): string;
  kpFund(name: string, stage: string): string;
  kpRise(name: string): string;
  kpCut(name: string): string;
  kpNew(count: number): string;
  kpUnitemised: string;
  /**
   * A key point or risk as a spoken sentence, by the statement's form: a topic (「節の合計」: 「…は141億円。」), one
   * that names already (「最大の増額は…」: 「…で、189百万円増。」) or an action (「…基金を造成」: 「…（440億円）。」).
   */
  spoken(form: SpokenForm, statement: string, figure: string): string;

  // --- Issues and risks ---
  risksTitle: string;
  issueColumn: string;
  detailColumn: string;
  /** The third column: what the data says of the row (a note, where an item is counted, the division's answer). */
  checkColumn: string;
  riskCut: string;
  /** The largest cut with its change. */
  riskCutDetail(name: string, change: string): string;
  /** What the figures say of the cut without an answer: from the amount compared with to the current one. */
  /** The cut as the figures place it: from its amount to its amount, and, when the total moved, against the total's change. */
  riskCutKnown(from: string, to: string, total?: string): string;
  /** Asked of the largest cut: why. */
  riskCutQuestion(name: string): string;
  /** A programme's multi-year supplementary fund far larger than its annual amount. */
  riskFund: string;
  riskFundDetail(p: {name: string; fundStage: string; fund: string; stage: string; annual: string}): string;
  /** The fund's separate, multi-year character (and each project's period when printed). */
  riskFundKnown(p: {stage: string; annual: string; period: string}): string;
  riskFundQuestion(name: string, fund: string, annual: string): string;
  riskNew: string;
  /** A new programme without an answer: the edition it is first budgeted in. */
  riskNewKnown(stage: string): string;
  riskNewQuestion(name: string): string;
  riskUnitemised: string;
  /** What the data says of the remainder: the total's notes, else what it is the rest of. */
  riskRemainderKnown(notes: readonly string[], itemised: string): string;
  riskRestatedCheck: string;
  riskRestatedQuestion(names: string): string;
  riskRestatedAnswer(notes: readonly string[]): string;
  /** The notes row without an answer: how the amounts are read. */
  riskNoteKnown: string;
  riskNoteQuestion: string;
  unitemisedDetail(rest: string, share: string, total: string): string;
  riskRestated: string;
  riskNote: string;
  /** The notes that qualify figures, in one cell: each as a sentence. */
  notesTogether(notes: string[]): string;
  /** The notes as a table cell's list: one item to a line ("\n" between them, slides/layout.ts cellItems), each marked. */
  notesList(notes: string[]): string;
  /** A ※ note with the amounts it is printed with. */
  noteWith(note: string, names: string): string;
  /** A name with its amount: 事業A 1,000百万円. */
  nameAmount(name: string, amount: string): string;
  /** An amount with the stage that printed it, when that is not the current one. */
  amountAt(amount: string, stage: string): string;
  unitemisedQuestion(rest: string): string;

  // --- The fund (story) ---
  /**
   * The fund slide's titles, preferred first: the programme and the stage the fund comes from (its amount is the
   * slide's big number, and a title repeats no tile's amount).
   */
  fundTitles(name: string, stage: string): string[];
  fundTotalLabel(stage: string, all: boolean): string;
  fundRelation(stage: string, annual: string): string;

  // --- Appendix ---
  /** Under a main chart showing its largest bars: how many more the appendix's whole chart shows. */
  moreInAppendix(count: number): string;
  /** The title of a slide holding several programme sheets: their titles, joined. */
  sheetsTitle(titles: readonly string[]): string;
  /** The same when the joined titles do not fit the title's line: the sheets' names. */
  sheetsNamed(names: readonly string[]): string;
  /** A talking point, question or note of one of the sheets set together, marked with its programme. */
  onSheet(name: string, text: string): string;

  // --- Notes and sources ---
  /** A term and its value in a slide's alt text: 件数：3 / Projects: 3. */
  altPair(term: string, value: string): string;
  /** Between the items of one part of a slide's alt text: 、 / ; */
  altItems: string;
  /** The parts of a slide's alt text as sentences (each without its full stop). */
  altSentences(parts: readonly string[]): string;
  /** The handout's name after the briefing's title: 配布資料 / handout. */
  handout: string;
  sourcesTitle: string;
  noteColumn: string;
  printedWithColumn: string;
  namesAndMore(names: readonly string[], more: number): string;
  sourcesPoint: string;
  /** The appendix's divider slide: 参考 / Reference. */
  appendixTitle: string;
  /** What the presenter says over the divider. */
  appendixPoint: string;
  /** The divider's contents table: its columns, and a row for several slides of one kind (programme sheets, budget lines). */
  contentsColumns: [string, string];
  contentsGroup(kind: string, count: number, first: string): string;
  /** Slide numbers: one, or a range. */
  slidePages(from: number, to: number): string;
  // --- The presenter's preparation list (slides/questions.ts) ---
  /** The list's title, after the briefing's. */
  questionsTitle(briefing: string): string;
  /** What the list is: the questions the notes leave out, and how to answer them. */
  questionsIntro: string;
  /** No open question. */
  questionsNone: string;
  /** The slides a question belongs to, with their titles: 「スライド3、7（…／…）」. */
  questionSlides(slides: readonly string[], titles: readonly string[]): string;
  /** The answers.csv row that answers it, as code. */
  questionRow(row: string): string;
  /** What answer a topic of answers.csv needs: 増減の理由 / "the reason for the change". */
  questionNeeds(topic: AnswerTopic): string;
}

const PACKS: Record<Lang, DeckWords> = {ja, en};
export const deckWords = (lang: Lang): DeckWords => PACKS[lang];
