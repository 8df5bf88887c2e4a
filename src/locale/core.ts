// Words that every message pack shares: the Intl locale, punctuation and list joining. A message pack
// (src/locale/<domain>.ts) is one typed interface with one ja and one en implementation
// (src/locale/ja/<domain>.ts, src/locale/en/<domain>.ts): one function or string per message, so code asks
// `words.changeTitle(...)` instead of branching on the language, and a translation that is missing fails `tsc`.
import type {Lang} from "../lib/format.js";
import {core as en} from "./en/core.js";
import {core as ja} from "./ja/core.js";

export interface Core {
  lang: Lang;
  /** The Intl locale for numbers and dates. */
  intl: string;
  /** A bracketed aside: （…） / (…). */
  paren(text: string): string;
  /** A quoted name: 「…」 / "…". */
  quote(text: string): string;
  /** Items joined as the language lists them: A、B、C / A, B and C. */
  list(items: readonly string[]): string;
  /** The separator between items of an inline enumeration: 、 / , */
  comma: string;
  /** The end of a sentence: 。 / . */
  stop: string;
  /** 約 / about, before a figure. */
  about(text: string): string;
  /** Whole sentences one after another: no space in Japanese, one in English. */
  sentences(parts: readonly string[]): string;
  /** Of a pair of transcribed columns (nameJa, nameEn), the one in this language. */
  pick<T>(ja: T, en: T): T;
  /** The sign of a decrease: ▲ in Japanese tables, the minus sign in English. */
  minus: string;
  /** A figure that cannot be computed: — / n/a. */
  none: string;
  /** A range of two figures: 51%～61% / 51% to 61%. */
  range(lo: string, hi: string): string;
  /** Between the years of a range (2015–2036): the en dash in English; the source's own ～ is not used for years. */
  yearDash: string;
  /** The large unit in million yen: 億円 = 100, ¥ billion = 1,000. */
  largeUnit: number;
  /**
   * The least figure, in large units, written in the large unit: below it an amount reads in millions. English
   * says "¥300 million", never "¥0.3 billion" (1); Japanese writes 3億円 and 1億円 (0: every figure printed in 億円).
   */
  largeFrom: number;
  /** A unit for axes: 百万円 / 億円, ¥ million / ¥ billion. */
  unitName(million: boolean): string;
  /** Digits with their unit: 1,073百万円 / ¥1,073 million; 141億円 / ¥14.1 billion. */
  money(digits: string, million: boolean): string;
  /** A fiscal year in the era and Western forms (令和N年度 / FY20XX). */
  fiscalYear(year: number): string;
  /**
   * A change as prose states it, from the change's direction, its size without sign (87百万円, 約2億円) and its
   * signed form (▲87百万円): a ministry writes 「87百万円減」 and 「増減なし」; English "up ¥189 million", "down
   * ¥87 million". Prose never carries a sign; charts and tables of figures keep the signed form.
   */
  movement(change: {direction: number; size: string; signed: string}): string;
  /**
   * A percentage change as prose states it, from its direction and its size without sign (7.5%, 約2%, 1%～7%):
   * 「7.5%減」「約2%増」, so a change reads 「87百万円減（7.5%減）」; English "7.5%", the movement before it
   * ("down ¥87 million (7.5%)") giving the direction.
   */
  pctMovement(change: {direction: number; size: string}): string;
}

const CORES: Record<Lang, Core> = {ja, en};
export const coreWords = (lang: Lang): Core => CORES[lang];
