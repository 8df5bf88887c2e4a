// Figures kept whole on a line: a figure with its sign, 約 / "about", unit and 増/減 (約+2.2%, 189百万円増,
// ¥14.1 billion, +50%〜+62%) is one unbreakable run, so a narrow column or a printed sheet never breaks it as
// 「189百｜万円増」 or 「（約｜+2.2%）」. The rest of the text breaks between phrases (word-break: auto-phrase in
// src/style.css). The pattern is plain text so the report PDF (scripts/report-pdf.ts) applies the same rule in the
// browser to whatever text a page printed without these spans.
import {ERAS} from "../locale/ja/core.js";

/** One figure: prefix (約, about, sign, ¥), digits, and the unit words that belong to it. */
const FIGURE =
  // An era year keeps its era name (令和N年度 never breaks as 令和｜N年度): the names from the one era table.
  `(?:約|about |${ERAS.map((e) => e.name).join("|")})?[▲△+−±-]?¥?[0-9０-９][0-9０-９,，.．]*` +
  "(?: (?:million|billion|trillion)|百万円|億円|万円|千円|円|%|％|ポイント|か国|カ国|ヶ国|課題|人|件|行|年度|か月|カ月|ヶ月)?" +
  "(?:増|減)?";

/** Japanese characters (kana, kanji, full-width forms and punctuation), without the `u` flag the pattern is used with. */
const JA = "[\\u3000-\\u30ff\\u3400-\\u9fff\\uff00-\\uffef]";
/**
 * A Latin word with an inner hyphen beside Japanese (日越共同研究（e-ASIA共同研究）): kept whole like a figure, since
 * a line may break after a hyphen and 「e-｜ASIA」 splits a name; an id or English text breaks as it may.
 */
export const HYPHENATED = `(?<=${JA} ?)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?= ?${JA})`;

/** A figure or a range of figures (+50%〜+62%, +1% to +7%), or a hyphenated word in Japanese text. */
export const FIGURE_RUN = `${HYPHENATED}|${FIGURE}(?:(?:[〜～–]| to )${FIGURE})*`;

/** The class of a figure's unbreakable span (white-space: nowrap in src/style.css). */
export const FIGURE_CLASS = "kit-figure-run";

export interface Run {
  text: string;
  figure: boolean;
}

/** `text` cut into figures and the text between them, in order; runs without a digit are never figures. */
export function figureRuns(text: string): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const m of text.matchAll(new RegExp(FIGURE_RUN, "g"))) {
    // A bare one-digit figure (第1, 3つ) cannot break inside: no span needed.
    if (m[0].length < 2) continue;
    if (m.index > at) runs.push({text: text.slice(at, m.index), figure: false});
    runs.push({text: m[0], figure: true});
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({text: text.slice(at), figure: false});
  return runs;
}

/** The words at the start of `text` that belong to the figure before it: 増 / 減 after a change (189百万円｜増). */
export function figureTail(text: string): string {
  return /^(?:増|減)(?!減)/.exec(text)?.[0] ?? "";
}

/** `text` in one unbreakable span. */
export function figureSpan(text: string): HTMLElement {
  const span = document.createElement("span");
  span.className = FIGURE_CLASS;
  span.textContent = text;
  return span;
}

/** `text` as strings and unbreakable spans around its figures, for htl templates in the browser. */
export function keepFigures(text: string): (Node | string)[] {
  return figureRuns(text).map(({text: t, figure}) => (figure ? figureSpan(t) : t));
}

/**
 * A column header's pieces: each word of ASCII letters, digits and signs (%, FY20XX) is kept whole, so a narrow
 * printed column breaks "% change" at its space, never inside "change"; Japanese runs and figures as in prose.
 */
export function headerRuns(text: string): Run[] {
  return text
    .split(/(\s+)/)
    .filter(Boolean)
    .flatMap((t) => (/^[\x21-\x7e]+$/.test(t) ? [{text: t, figure: true}] : figureRuns(t)));
}

/** A header as strings and unbreakable spans (headerRuns), for htl templates in the browser. */
export function keepHeader(text: string): (Node | string)[] {
  return headerRuns(text).map(({text: t, figure}) => (figure ? figureSpan(t) : t));
}
