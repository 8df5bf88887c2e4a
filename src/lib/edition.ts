// The identity of the document a briefing shows: every title, header, footer and file property is built here
// from data (editions.csv, the section row of programmes.csv, the current stage), so the next document is a
// data change only.
import {textWords} from "../locale/text.js";
import type {Briefing} from "./briefing.js";
import type {Edition} from "./dataset.js";
import type {Lang} from "./format.js";
import {entity, shortName, stageLabel, stageShort} from "./text.js";

/** The document being briefed on: the editions.csv row of the current stage. */
export function edition(b: Briefing): Edition {
  return b.figures.edition;
}

/** The section as the document numbers it: 第7節 / section 7. */
export function sectionLabel(b: Briefing, lang: Lang, {capital = false} = {}): string {
  return textWords(lang).sectionLabel(edition(b).sectionNumber, capital);
}

/** The section's full name: the name programmes.csv gives the section, in the reader's language. */
export function sectionName(b: Briefing, lang: Lang): string {
  const s = entity(b, b.figures.section);
  return textWords(lang).pick(s.nameJa, s.nameEn);
}

/** The edition: 令和5年度予算額（案） / FY2023 draft budget (from the current stage). */
export function editionLabel(b: Briefing, lang: Lang): string {
  return stageLabel(b, b.figures.current, lang);
}

export function ministry(b: Briefing, lang: Lang): string {
  const e = edition(b);
  return textWords(lang).pick(e.ministryJa, e.ministryEn);
}

/** The ministry's short name for English footers: "MEXT" from "… (MEXT)", else the full name. */
function ministryShort(b: Briefing, lang: Lang): string {
  return textWords(lang).ministryShort(ministry(b, lang));
}

/** The document as a reader cites it: 文部科学省 令和5年度予算額（案） 7.科学技術… / MEXT FY2023 draft budget, section 7: … */
export function documentTitle(b: Briefing, lang: Lang): string {
  return textWords(lang).documentTitle({
    ministry: ministryShort(b, lang),
    edition: editionLabel(b, lang),
    number: edition(b).sectionNumber,
    section: sectionLabel(b, lang),
    sectionName: sectionName(b, lang)
  });
}

/**
 * One short line for slide footers: the ministry, the edition and the section by its short name from data
 * (programmes.csv shortJa/shortEn), e.g. 文部科学省 令和N年度予算額（案） 架空施策, not a number the document does not
 * print as one (第N節).
 */
export function footerText(b: Briefing, lang: Lang): string {
  const section = shortName(entity(b, b.figures.section), lang);
  return textWords(lang).footer({ministry: ministryShort(b, lang), edition: editionLabel(b, lang), section});
}

/** The report's and the decks' title: …の予算ブリーフィング / Budget briefing: … (section 7). */
export function briefingTitle(b: Briefing, lang: Lang): string {
  return textWords(lang).briefingTitle(sectionLabel(b, lang), sectionName(b, lang));
}

/** "Figures as of" in the reader's language, as transcribed. */
export function asOfText(b: Briefing, lang: Lang): string {
  const e = edition(b);
  return textWords(lang).pick(e.asOfJa, e.asOfEn);
}

/** The first day of the as-of month (UTC): the fixed date written into generated files, so builds repeat. */
export function asOfDate(b: Briefing): Date {
  const [y, m] = edition(b).asOf.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, 1));
}

/**
 * Where the original document is, when editions.csv knows: its address and the section's pages. Only a web
 * address (https:// or http://) is ever a link: the parser refuses others, and a briefing made elsewhere gets none.
 */
export function documentLink(b: Briefing): {url: string; pages?: string} | null {
  const e = edition(b);
  return e.url && /^https?:\/\/[^\s"'<>`\\]+$/i.test(e.url) ? {url: e.url, pages: e.pages} : null;
}

/** The source line: 出典：<document> (p. 3–5) / Source: <document> (pp. 3–5). */
export function sourceLine(b: Briefing, lang: Lang): string {
  return textWords(lang).sourceLine(documentTitle(b, lang), edition(b).pages || undefined);
}

/**
 * Which edition each short label stands for (「令和X案」 is 令和X年度予算額（案）), as [full, short] pairs: the editions
 * the section total is printed at, in the order the headline shows them (the comparison, the current edition, the
 * supplementary), then any other; a label already the full name needs no key. The report says it before its first
 * chart (EditionKey), the deck under its cover's figures.
 */
export function editionKeyPairs(b: Briefing, lang: Lang): [string, string][] {
  const s = entity(b, b.figures.section);
  const pairs = new Map<string, string>();
  const amounts = [s.comparison, s.current, s.supplementary, ...s.amounts].filter((f): f is NonNullable<typeof f> => !!f);
  for (const f of amounts) {
    const short = stageShort(b, f, lang);
    const full = stageLabel(b, f, lang);
    if (short !== full && !pairs.has(short)) pairs.set(short, full);
  }
  return [...pairs].map(([short, full]) => [full, short]);
}
