// The document's words as the kit displays them: data/ keeps every character as printed (the transcription tests
// check it against the source), while a reader meets one form of what the source prints two ways. One function,
// for the report and the decks alike.
import {coreWords} from "../locale/core.js";
import type {Lang} from "./format.js";

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/**
 * A printed text as displayed. Japanese text: 「ヶ月」「ヵ月」「カ月」 read 「か月」, and a tilde between figures
 * (「3ヶ月~1年」「約1~3週間」「5百万円〜1億円」) the full-width 「～」 the source prints elsewhere, so a slide does not
 * mix 「3ヶ月~1年」 and 「3か月～1年」. Any language: a range of years (2015-2036) takes the en dash (2015–2036),
 * which keepRuns and the measure keep unbroken. Numbers, words and punctuation are otherwise untouched.
 */
export function displayText(text: string, lang: Lang): string {
  let out = text.replace(/(?<![0-9])([0-9]{4})[-~〜～]([0-9]{4})(?![0-9])/gu, `$1${coreWords(lang).yearDash}$2`);
  if (JAPANESE.test(out)) out = out.replace(/[ヶヵカ]月/gu, "か月").replace(/(?<=[0-9０-９年月日週間度人円])[~〜](?=[0-9０-９約])/gu, "～");
  return out;
}
