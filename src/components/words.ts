// The document's own words on the page (texts.csv): objectives, backgrounds with the policy documents they cite,
// and each programme's summary. Corrected typos carry their note; English pages say the English is the kit's.
import {html} from "htl";
import type {Briefing} from "../lib/briefing.js";
import type {Lang} from "../lib/format.js";
import type {DocumentText, TextKind} from "../lib/texts.js";
import {reportWords} from "../locale/report.js";
import {keepFigures} from "./quantity.js";

interface Opts {
  lang: Lang;
}

/** Passages of one entity and kind, in the document's order. */
export function passages(b: Briefing, entity: string, kind: TextKind): DocumentText[] {
  return b.texts.filter((t) => t.entity === entity && t.kind === kind).sort((x, y) => x.order - y.order);
}

/** The citations of a passage: 「第6期科学技術・イノベーション基本計画」（令和3年3月） / The 6th … (March 2021). */
export function citationText(b: Briefing, t: DocumentText, lang: Lang): string {
  const w = reportWords(lang);
  return t.cites
    .map((id) => b.citations.find((c) => c.id === id))
    .filter((c) => c !== undefined)
    .map((c) => w.citation(w.pick(c.nameJa, c.nameEn), w.pick(c.datePrinted, monthYear(c.date))))
    .join(w.citationSeparator);
}

/** 2021-03 as a reader writes it: March 2021 (a bare year or other forms stay as they are). */
function monthYear(date: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(date);
  return m
    ? new Intl.DateTimeFormat("en-GB", {month: "long", year: "numeric", timeZone: "UTC"}).format(Date.UTC(+m[1], +m[2] - 1, 1))
    : date;
}

function passage(b: Briefing, t: DocumentText, {lang}: Opts) {
  const w = reportWords(lang);
  const cites = citationText(b, t, lang);
  const correction = t.printed ? w.pick(t.correctionJa, t.correctionEn ?? t.correctionJa) : "";
  return html`${t.headingJa || t.headingEn ? html`<strong>${w.pick(t.headingJa, t.headingEn ?? t.headingJa)}</strong> ` : ""}${keepFigures(w.pick(t.textJa, t.textEn))}${cites ? html` <span class="kit-note">${w.core.paren(cites)}</span>` : ""}${correction ? html` <span class="kit-note">${correction}</span>` : ""}`;
}

/** Passages as a paragraph (one) or a list (several); nothing when the document has none. */
export function Passages(
  b: Briefing,
  entity: string,
  kind: TextKind,
  {lang, credit = true}: Opts & {credit?: boolean}
): HTMLElement | string {
  const list = passages(b, entity, kind);
  if (!list.length) return "";
  // Say once where it is read that the English is ours (cards in a grid leave it to the page).
  const translation = reportWords(lang).translationCredit;
  const note = translation && credit ? html`<p class="kit-note">${translation}</p>` : "";
  if (list.length === 1)
    return html`<div class="kit-passage">
      <p>${passage(b, list[0], {lang})}</p>
      ${note}
    </div>` as HTMLElement;
  return html`<div class="kit-passage">
    <ul>
      ${list.map((t) => html`<li>${passage(b, t, {lang})}</li>`)}
    </ul>
    ${note}
  </div>` as HTMLElement;
}
