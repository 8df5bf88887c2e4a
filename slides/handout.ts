// The presenter's handout: A4 pages, each with one slide (its body, at reduced size) and its speaker notes.
// Lays out the same outline as the deck, so the handout and the deck say the same things.
import type {Briefing} from "../src/lib/briefing.js";
import {briefingTitle, documentTitle, footerText} from "../src/lib/edition.js";
import {escapeHtmlLine, escapeMarkdown, oneLine} from "../src/lib/escape.js";
import type {Lang} from "../src/lib/format.js";
import {noteLines, slideBody, type DeckCharts} from "./deck.js";
import {deckOutline, slideNotes, type DeckOutline} from "./outline.js";
import {HANDOUT_THEME_NAME} from "./theme.js";
import {deckWords} from "../src/locale/deck.js";
import {storyWords} from "../src/locale/story.js";

// Data text in HTML blocks: escaped and on one line (see escape.ts).
const h = escapeHtmlLine;

export function renderHandout(b: Briefing, {lang, charts, outline}: {lang: Lang; charts: DeckCharts; outline?: DeckOutline}): string {
  const o = outline ?? deckOutline(b, lang);
  const pages = o.slides.map((s, i) => {
    const [points, questions] = [s.notes.points, s.notes.questions];
    const lines = slideNotes(s, lang);
    return `<div class="mini"><div class="slide${s.layout === "title" ? " title-slide" : ""}">

${slideBody(s, charts)}

</div></div>

<div class="handout-notes">
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
