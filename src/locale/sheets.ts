// The appendix's sheets (slides/kinds/programme.ts, group.ts): their titles, the terms of their facts and the
// note on the document heading a budget line's programmes sit under. A fact's term never says what its value
// already says: a value printed with its own term in front (受入期間 約1~3週間, "Countries and regions: …") gives
// that term to the row and keeps the rest as the value.
import type {Lang} from "../lib/format.js";
import type {Core} from "./core.js";
import {sheets as en} from "./en/sheets.js";
import {sheets as ja} from "./ja/sheets.js";

export interface SheetWords extends Core {
  /** Terms of scheme facts where the shared ATTRIBUTES term would repeat or misname its value. */
  terms: Partial<Record<string, string>>;
  /** A value printed with a term in front that names the row (else undefined): the term and the rest. */
  leadingTerm(term: string, value: string): {term: string; value: string} | undefined;
  /** The term of a programme's highlighted result or alumnus, by what the row holds. */
  highlight(kind: "result" | "alumnus"): string;
  /** The document heading a budget line's programmes are printed under: every one of them (`all`) or those named. */
  headingNote(heading: string, names: readonly string[], all: boolean): string;
}

const SHEETS: Record<Lang, SheetWords> = {ja, en};
export const sheetWords = (lang: Lang): SheetWords => SHEETS[lang];
