// The presenter's handout: A4 pages, each with one slide (its body, at reduced size) and its speaker notes.
// Lays out the same outline as the deck, so the handout and the deck say the same things.
import type {Briefing} from "../src/lib/briefing.js";
import {briefingTitle, documentTitle, footerText} from "../src/lib/edition.js";
import {escapeHtmlLine, escapeMarkdown, oneLine} from "../src/lib/escape.js";
import {stackHeight} from "../src/lib/measure.js";
import type {Lang} from "../src/lib/format.js";
import {noteLines, slideBody, type DeckCharts} from "./deck.js";
import {deckOutline, slideNotes, type DeckOutline} from "./outline.js";
import {HANDOUT_THEME_NAME} from "./theme.js";
import {deckWords} from "../src/locale/deck.js";
import {storyWords} from "../src/locale/story.js";

// Data text in HTML blocks: escaped and on one line (see escape.ts).
const h = escapeHtmlLine;

/** The notes' column (A4 at 794 px less the page's side padding) and its height under the slide (theme.ts handoutTheme). */
const NOTES_WIDTH = 794 - 2 * 48;
const NOTES_ROOM = 1123 - 40 - 56 - (Math.ceil((720 * (NOTES_WIDTH - 2)) / 1280) + 2) - 16;

/**
 * The zoom that fits a page's notes in the room under its slide: their measured height in the theme's sizes
 * (17 px points, 18 px heading, 16 px questions, line height 1.55, with margins), 5% to spare. Notes that run past
 * the page printed over its footer (two programmes' questions on one slide).
 */
function notesZoom(points: string[], questions: {q: string; a: string}[], heading: string): number {
  const block = (text: string, size: number, {indent = 0, bold = false, margin = 8} = {}) => ({
    text,
    width: NOTES_WIDTH - indent,
    type: {size, bold},
    lineHeight: 1.55,
    margin
  });
  const height = stackHeight([
    block("0 / 0", 13),
    ...points.map((p) => block(p, 17, {indent: 1.2 * 17})),
    ...(questions.length ? [block(heading, 18, {bold: true, margin: 16})] : []),
    ...questions.flatMap((q) => [block(q.q, 16, {bold: true, margin: 6}), block(q.a, 16, {indent: 16, margin: 4})])
  ]);
  // The list's own margins (1em above and below).
  return Math.min(1, NOTES_ROOM / ((height + 2 * 17) * 1.05));
}

const zoomStyle = (zoom: number) => (zoom < 1 ? ` style="zoom: ${zoom.toFixed(3)}"` : "");

export function renderHandout(b: Briefing, {lang, charts, outline}: {lang: Lang; charts: DeckCharts; outline?: DeckOutline}): string {
  const o = outline ?? deckOutline(b, lang);
  const pages = o.slides.map((s, i) => {
    const [points, questions] = [s.notes.points, s.notes.questions];
    const lines = slideNotes(s, lang);
    return `<div class="mini"><div class="slide${s.layout === "title" ? " title-slide" : ""}">

${slideBody(s, charts)}

</div></div>

<div class="handout-notes"${zoomStyle(notesZoom(points, questions, storyWords(lang).questionsHeading))}>
<p class="page">${i + 1} / ${o.slides.length}</p>
<ul>${points.map((p) => `<li>${h(p)}</li>`).join("")}</ul>
${questions.length ? `<h3>${storyWords(lang).questionsHeading}</h3><dl>${questions.map((q) => `<dt>${h(q.q)}</dt><dd>${h(q.a)}</dd>`).join("")}</dl>` : ""}
</div>

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
