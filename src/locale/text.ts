// The report's sentences and the document's identity (src/lib/text.ts, src/lib/edition.ts): one function per
// message, taking figures already formatted (and traced) by the library, so the words of both languages sit side
// by side in src/locale/ja/text.ts and src/locale/en/text.ts and a missing one fails `tsc`.
import type {Stage} from "../lib/dataset.js";
import type {Lang} from "../lib/format.js";
import type {Core} from "./core.js";
import {text as en} from "./en/text.js";
import {text as ja} from "./ja/text.js";

/** A programme's change as a sentence needs it: figures formatted, the change as this language writes it. */
export interface ChangeParts {
  name: string;
  up: boolean;
  change: string;
  pct: string;
  cur: string;
  cmpStage: string;
}

export interface TextWords extends Core {
  /** 本資料に記載なし / not in this document: an entity the current edition prints no amount for. */
  notInDocument: string;
  /** うち○○（内数） / of which … (included). */
  includedName(short: string): string;
  /** A 内数 item with its amount, as listed beside its container. */
  includedItem(name: string, amount: string): string;
  /** The 内数 items of a line, after its amount. */
  includedList(items: string[]): string;
  /**
   * 「ほか1事業（○○）は本資料に記載なし」: `names` are the first few (at most NAMES_SPOKEN) of `count` programmes, so
   * a talking point stays speakable when many are missing (「ほか10事業（A、B、Cなど）…」).
   */
  absentClause(names: string[], count: number): string;
  /** A programme's first mention, its full name introducing the short one: 事業A推進事業（事業A）. */
  introduced(full: string, short: string): string;
  /** 新しい名称（旧○○） / New (formerly Old). */
  formerly(name: string, old: string): string;
  /** One former name with the editions that printed it: 旧名: 令和5案・令和6要求. */
  formerEditions(old: string, editions: string[]): string;
  /** A name with its former names and their editions. */
  withHistory(name: string, formers: string[]): string;
  /** A stage as the document names it: 令和X年度予算額（案） / FY20XX draft budget. */
  stageLabel(year: string, label: string): string;
  /** A short stage label for axes and legends: 令和5案 / FY2023 draft. */
  stageShort(fiscalYear: number, stage: Stage | undefined, id: string): string;
  restated(name: string, stage: string, amount: string): string;
  isNew(name: string, cur: string, curStage: string): string;
  noComparison(name: string, cur: string, curStage: string): string;
  flat(name: string, cur: string, cmpStage: string): string;
  changed(p: ChangeParts): string;
  /** An entity without a figure in the current edition, with its last printed amount where there is one. */
  notInDocumentSentence(name: string, last?: string): string;
  /** A budget line's change clause: on the previous year's amount. */
  groupChange(p: {cmpStage: string; cmp: string; diff: string; pct: string}): string;
  /** The document headings a budget line's members sit under, when more than one. */
  groupSpans(headings: string[]): string;
  group(p: {name: string; cur: string; included: string; change: string; names: string[]; spans: string}): string;
  /** 第7節合計（141億円）に占める割合. */
  shareLabel(section: string, total: string): string;
  totalOnly(p: {section: string; number: string; stage: string; cur: string}): string;
  totalWithChange(p: {
    section: string;
    number: string;
    stage: string;
    cur: string;
    cmpStage: string;
    cmp: string;
    change: string;
    pct: string;
  }): string;
  /** Where a supplementary budget goes: all or a share of it to one programme, a fund or not. */
  supplementaryTail(p: {name: string; amount: string; share: string; all: boolean; fund: boolean}): string;
  /** The budget a supplementary stands apart from (the year's last annual stage): 当初予算 / initial budget. */
  initialBudget(stage: Stage | undefined): string;
  supplementary(stage: string, supp: string, tail: string, initial: string): string;
  largestIncrease(sentence: string): string;
  largestDecrease(sentence: string): string;
  itemisation(itemised: string, share: string, remainder: string): string;
  /** Programmes of the section with no amount in this document, named. */
  absentSummary(names: string[]): string;
  statusCounts(c: {up: number; down: number; flat: number; new: number}): string;
  countsHead(total: number, counts: string): string;
  countsHeadAbsent(total: number, shown: number, counts: string, absent: string): string;
  /** The chart summary's lead and its key messages. */
  withMessages(head: string, messages: string): string;
  strandAmount(name: string, amount: string, count: number): string;
  strandAbsent(name: string): string;
  strands(parts: string[], notes: string[]): string;
  /** Facts of a chart as sentences, 「アルファは…。ベータは…。」; none printed says so (never a bare full stop). */
  facts(items: [string, string][]): string;
  spansNote(p: {name: string; total: string; members: number; headings: number}): string;
  roundingNote(p: {name: string; stage: string; printed: string; summed: string; gap: string}): string;
  // --- the document's identity (edition.ts) ---
  /** 第7節 / section 7 (Section 7 when `capital`). */
  sectionLabel(n: string, capital: boolean): string;
  /** The ministry as footers name it (English: its abbreviation). */
  ministryShort(name: string): string;
  documentTitle(p: {ministry: string; edition: string; number: string; section: string; sectionName: string}): string;
  footer(p: {ministry: string; edition: string; section: string}): string;
  briefingTitle(section: string, sectionName: string): string;
  sourceLine(title: string, pages?: string): string;
}

const TEXTS: Record<Lang, TextWords> = {ja, en};
export const textWords = (lang: Lang): TextWords => TEXTS[lang];

/** How many names a sentence lists before it says 「など」 / "and N others": a talking point must stay speakable. */
export const NAMES_SPOKEN = 3;
