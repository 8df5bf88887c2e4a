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
}

const CORES: Record<Lang, Core> = {ja, en};
export const coreWords = (lang: Lang): Core => CORES[lang];
