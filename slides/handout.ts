// The presenter's handout: A4 pages, each with one slide (its body, at reduced size) and its speaker notes.
// Lays out the same outline as the deck, so the handout and the deck say the same things.
import type {Briefing} from "../src/lib/briefing.js";
import {briefingTitle, documentTitle, footerText} from "../src/lib/edition.js";
import {escapeHtmlLine, escapeMarkdown, oneLine} from "../src/lib/escape.js";
import {wrapText} from "../src/lib/measure.js";
import {answered} from "../src/lib/story.js";
import {wrapPhrases} from "../src/components/phrases.js";
import type {Lang} from "../src/lib/format.js";
import {noteLines, slideBody, type DeckCharts} from "./deck.js";
import {deckOutline, slideNotes, type DeckOutline} from "./outline.js";
import {HANDOUT, HANDOUT_THEME_NAME, handoutSlide} from "./theme.js";
import {deckWords} from "../src/locale/deck.js";
import {storyWords} from "../src/locale/story.js";

// Data text in HTML blocks: escaped and on one line (see escape.ts).
const h = escapeHtmlLine;

/** The notes' column: the page's text width. */
const NOTES_WIDTH = HANDOUT.page.width - 2 * HANDOUT.padding.side;
/** Their room: the page's content box (above its bottom padding, where the footer sits) under the slide. */
const NOTES_ROOM = HANDOUT.page.height - HANDOUT.padding.top - HANDOUT.padding.bottom - handoutSlide().height - HANDOUT.slideGap;

/** Of two adjoining vertical margins, CSS keeps the larger. */
const collapse = Math.max;

/**
 * Height of a page's notes in a column `width` wide, in CSS px: every block wrapped in its measured width and the
 * theme's sizes (theme.ts HANDOUT), as Chromium sets it: talking points broken between phrases (the theme's
 * `word-break: auto-phrase` on list items), questions and answers between characters; adjoining margins
 * collapsed. From the top of the page number to the last line.
 */
export function notesHeight(points: string[], questions: {q: string; a: string}[], heading: string, width = NOTES_WIDTH): number {
  const {pageNumber, points: pt, heading: hd, questions: qs} = HANDOUT;
  const lines = (n: number, size: number, lineHeight: number) => n * size * lineHeight;
  const pointWidth = width - pt.indent * pt.size;
  let h = lines(1, pageNumber.size, pt.lineHeight) + collapse(pageNumber.gap, points.length ? pt.gap : pt.after);
  h += points.reduce((sum, p) => sum + lines(wrapPhrases(p, pointWidth, {size: pt.size}).length, pt.size, pt.lineHeight), 0);
  h += Math.max(0, points.length - 1) * pt.gap;
  if (!questions.length) return h;
  h += collapse(points.length ? pt.gap : 0, pt.after, hd.top);
  h += lines(wrapPhrases(heading, width, {size: hd.size, bold: true}).length, hd.size, hd.lineHeight);
  questions.forEach((q, i) => {
    h += i ? collapse(qs.bottom, qs.top) : collapse(hd.bottom, qs.top);
    h += lines(wrapText(q.q, width, {size: qs.size, bold: true}).length, qs.size, qs.lineHeight);
    h += lines(wrapText(q.a, width - qs.indent * qs.size, {size: qs.size}).length, qs.size, qs.lineHeight);
  });
  return h;
}

/**
 * The zoom that fits a page's notes in the room under its slide: 100% when they fit, else the largest that does,
 * to a thousandth (as written in the page). CSS zoom scales the type and margins but not the column, which stays
 * the page's width: zoomed to z, the notes wrap in a column 1/z as wide in their own units, into fewer lines, so
 * their height is z × their height in that wider column, found by halving. Notes that ran past the page printed
 * over its footer; notes shrunk by a fixed estimate were smaller than they needed to be.
 */
export function notesZoom(points: string[], questions: {q: string; a: string}[], heading: string): number {
  const fits = (z: number) => z * notesHeight(points, questions, heading, NOTES_WIDTH / z) <= NOTES_ROOM;
  if (fits(1)) return 1;
  let [lo, hi] = [0, 1000];
  // The height only falls as the zoom does (a wider column never needs more lines): the largest thousandth that fits.
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fits(mid / 1000)) lo = mid;
    else hi = mid;
  }
  return Math.max(lo, 1) / 1000;
}

const zoomStyle = (zoom: number) => (zoom < 1 ? ` style="zoom: ${zoom.toFixed(3)}"` : "");

/** A page's notes: its number, the talking points and the questions under their heading, zoomed to fit (notesZoom). */
export function notesHtml(page: string, points: string[], questions: {q: string; a: string}[], heading: string): string {
  return `<div class="handout-notes"${zoomStyle(notesZoom(points, questions, heading))}>
<p class="page">${h(page)}</p>
<ul>${points.map((p) => `<li>${h(p)}</li>`).join("")}</ul>
${questions.length ? `<h3>${h(heading)}</h3><dl>${questions.map((q) => `<dt>${h(q.q)}</dt><dd>${h(q.a)}</dd>`).join("")}</dl>` : ""}
</div>`;
}

export function renderHandout(b: Briefing, {lang, charts, outline}: {lang: Lang; charts: DeckCharts; outline?: DeckOutline}): string {
  const o = outline ?? deckOutline(b, lang);
  const pages = o.slides.map((s, i) => {
    // The questions the data answers, as the speaker notes give them: an open one is in the preparation list
    // (slides/questions.ts), not printed with nothing under it.
    const [points, questions] = [s.notes.points, answered(s.notes)];
    const lines = slideNotes(s, lang);
    return `<div class="mini"><div class="slide${s.layout === "title" ? " title-slide" : ""}">

${slideBody(s, charts)}

</div></div>

${notesHtml(`${i + 1} / ${o.slides.length}`, points, questions, storyWords(lang).questionsHeading)}

<!--
${noteLines(lines).join("\n")}
-->`;
  });
  const front = `---
marp: true
theme: ${HANDOUT_THEME_NAME}
lang: ${lang}
title: ${JSON.stringify(oneLine(`${briefingTitle(b, lang)} (${deckWords(lang).handout})`))}
description: ${JSON.stringify(oneLine(documentTitle(b, lang)))}
paginate: true
size: A4
footer: ${JSON.stringify(escapeMarkdown(footerText(b, lang)))}
---
`;
  return `${front}\n${pages.join("\n\n---\n\n")}\n`;
}
