// The briefing deck as Marp Markdown: lays out the outline (outline.ts) and nothing else, so this deck and the
// editable PPTX show the same slides, titles, figures and notes. Pure, so it can be snapshot-tested.
import type {Briefing} from "../src/lib/briefing.js";
import {briefingTitle, documentTitle, footerText} from "../src/lib/edition.js";
import {escapeHtmlLine, escapeMarkdown, oneLine} from "../src/lib/escape.js";
import type {Lang} from "../src/lib/format.js";
import {textWidth} from "../src/lib/labels.js";
import {tokens} from "../src/lib/tokens.js";
import {deckOutline, slideNotes, type DeckOutline, type FigureSpec, type SlideSpec, type TableSpec} from "./outline.js";
import {THEME_NAME} from "./theme.js";

/** Charts as ready <img> HTML (see svg.ts), keyed by the chart spec's id. */
export type DeckCharts = Record<string, string>;

const md = escapeMarkdown;
// Data text goes into HTML blocks escaped and on one line (a blank line would end the block: see escape.ts).
const h = escapeHtmlLine;

/**
 * Speaker notes lines, safe inside an HTML comment: "--" would end the comment early, and each line is one line
 * (data never adds a line of its own). Marp also reads a comment that parses as a YAML mapping as directives (a
 * background image, a class) rather than notes: a mapping starts on its first line with `key: value`, or a line
 * starts a flow collection or another YAML indicator. Only then the notes are neutralised: every ": " gets a
 * no-break space after the colon (not YAML's separator, looks the same) and an indicator at a line's start a
 * zero-width space before it (JavaScript's trim would drop a no-break space).
 */
export function noteLines(lines: string[]): string[] {
  const safe = lines.filter(Boolean).map((l) => oneLine(l).replace(/--/g, "- -").replace(/>/g, "＞"));
  const indicator = /^\s*[[\]{}?&!*%|'"@`,#]/;
  const atRisk = /:(\s|$)/.test(safe[0] ?? "") || safe.some((l) => indicator.test(l));
  return atRisk ? safe.map((l) => (indicator.test(l) ? `\u200b${l}` : l).replace(/:(\s+|$)/g, ":\u00a0")) : safe;
}
/** Speaker notes live in HTML comments. */
const notes = (lines: string[]) => `<!--\n${noteLines(lines).join("\n")}\n-->`;

const S = tokens.deck;
/** The slide body's height in px below the title (720 minus padding, title, rule and footer). */
const BODY = 720 - 48 - 64 - 70;
const WIDTH = 1280 - 2 * 64;
/** Lines a footnote takes at the note size across the body. */
const footLines = (text: string) => Math.max(1, Math.ceil((textWidth(text) * S.note * 0.55) / WIDTH));

/** The size to draw a slide's chart so it fills the body left by its figures and footnotes. */
export function chartSize(s: SlideSpec): {width: number; height: number} {
  const used = (s.figures.length ? 96 : 0) + s.footnotes.reduce((t, f) => t + footLines(f) * S.note * 1.45 + 4, 0) + 12;
  return {width: WIDTH, height: Math.max(200, Math.floor(BODY - used))};
}

const toneClass = (f: {tone: string}) => (f.tone === "plain" ? "" : f.tone);

function figuresHtml(figures: FigureSpec[], cls = "figures"): string {
  return `<div class="${cls}">${figures
    .map((f) => `<div><div class="label">${h(f.label)}</div><div class="value ${toneClass(f)}">${h(f.value)}</div></div>`)
    .join("")}</div>`;
}

/** Rows beyond this many make a table dense: smaller type so 20 programmes still fit. */
const tableClass = (t: TableSpec, room: number, wide: boolean) => {
  const text = textWidth(t.rows.flatMap((r) => r.cells).join(""));
  return t.rows.length > room || text > HEAVY_TABLE
    ? ` class="dense${t.rows.length > room * 1.8 || text > TINY_TABLE ? " tiny" : ""}"`
    : wide && t.rows.length <= ROOMY_ROWS
      ? ` class="roomy"`
      : "";
};

/** A half-width table holding at most this many columns of text (a CJK character is two), none of its first cells over 24, may be set roomy. */
export const LIGHT_TABLE = 200;
export const lightTable = (t: TableSpec) =>
  textWidth(t.rows.flatMap((r) => r.cells).join("")) <= LIGHT_TABLE && t.rows.every((r) => textWidth(r.cells[0] ?? "") <= 24);

/** A table holding more text than this many columns (a CJK character is two) is set dense, however few its rows. */
const HEAVY_TABLE = 650;
/** …and tiny, over this many. */
const TINY_TABLE = 1100;

/** Tables of at most this many rows are set at body size with more padding, so they fill the slide. */
export const ROOMY_ROWS = 5;

function tableHtml(t: TableSpec, room = 9, wide = true): string {
  const cell = (tag: string, text: string, align: string, cls = "") =>
    `<${tag}${align === "right" ? ` class="num${cls ? ` ${cls}` : ""}"` : cls ? ` class="${cls}"` : ""}>${h(text)}</${tag}>`;
  return `<table${tableClass(t, room, wide)}><thead><tr>${t.columns.map((c) => cell("th", c.label, c.align)).join("")}</tr></thead><tbody>${t.rows
    .map(
      (r) =>
        `<tr${r.strong ? ' class="strong"' : ""}>${r.cells.map((c, i) => cell("td", c, t.columns[i]?.align ?? "left", r.tones?.[i] && r.tones[i] !== "plain" ? r.tones[i] : "")).join("")}</tr>`
    )
    .join("")}</tbody></table>`;
}

/** The share of the body's width a fact's value takes (its term takes the rest). */
export const FACT_VALUE = 0.7;

/** The type scales a programme slide may take, smallest first. */
const SCALES = [0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4];

/**
 * How much larger a programme slide sets its tiles, description and facts: the largest scale at which they
 * still fit the body with some room (estimated here; the overflow and emptiness tests check the rendering),
 * or the smallest. A slide with few words sets them large rather than leaving the lower half of the slide
 * empty; one with many sets them smaller. The editable PPTX uses the same scale.
 */
export function programmeScale(s: SlideSpec): number {
  const lines = (text: string, size: number, width: number) => Math.max(1, Math.ceil((textWidth(text) * size * 0.54) / width));
  const room = BODY - (s.subtitle ? 44 : 0) - s.footnotes.reduce((t, f) => t + footLines(f) * S.note * 1.45 + 4, 14);
  const used = (k: number) => {
    const tiles = s.figures.length ? (S.figureLabel * 1.45 + S.figure * 1.2 + 16) * k + 20 : 0;
    const size = (s.about && textWidth(s.about.text) > ABOUT_LONG ? S.table : S.body) * k;
    const about = s.about ? S.figureLabel * 1.45 * k + lines(s.about.text, size, WIDTH - 20) * size * 1.5 + 22 : 0;
    const facts = s.facts.reduce(
      (t, f) => t + Math.min(3, lines(f.value, S.table * k, WIDTH * FACT_VALUE)) * S.table * k * 1.45 + 12 * k + 1,
      0
    );
    return tiles + about + facts;
  };
  if (process.env.DBG) console.log(s.id, Math.round(room), SCALES.map((k) => Math.round(used(k))).join(" "));
  // The tiles' values do not wrap: their row must fit the width at the scale.
  // (Bold figures: a CJK character 1 em, others about 0.54 em; each tile's padding, bar and the gap, 52 px.)
  const tilesWidth = (k: number) =>
    s.figures.reduce((t, f) => t + [...f.value].reduce((w, c) => w + (/[\u1100-\uffff]/.test(c) ? 1 : 0.54), 0) * S.figure * k + 52, -20);
  return SCALES.filter((k) => k === SCALES[0] || (used(k) <= room && tilesWidth(k) <= WIDTH)).pop()!;
}

/** Descriptions longer than this many columns (a CJK character is two) are set at table size to fit. */
export const ABOUT_LONG = 400;

const aboutHtml = (s: SlideSpec) =>
  s.about
    ? `<div class="about${textWidth(s.about.text) > ABOUT_LONG ? " long" : ""}"><div class="label">${h(s.about.label)}</div><p>${h(s.about.text)}</p></div>`
    : "";

const footnotesHtml = (s: SlideSpec) =>
  s.footnotes.length ? `<div class="foot">${s.footnotes.map((f) => `<p>${h(f)}</p>`).join("")}</div>` : "";

/** The body of one slide, as HTML (no notes): used by the deck and by the handout. */
export function slideBody(s: SlideSpec, charts: DeckCharts): string {
  const sub = s.subtitle ? `<p class="subtitle">${h(s.subtitle)}</p>\n\n` : "";
  switch (s.layout) {
    case "title":
      return `# ${md(s.title)}\n\n${sub}${figuresHtml(s.figures)}\n\n${aboutHtml(s)}\n\n${footnotesHtml(s)}`;
    case "chart":
      return `## ${md(s.title)}\n\n${sub}${s.figures.length ? figuresHtml(s.figures) + "\n\n" : ""}${s.chart ? (charts[s.chart.id] ?? "") : ""}\n\n${footnotesHtml(s)}`;
    case "two-tables":
      return `## ${md(s.title)}\n\n${sub}<div class="cols">${s.tables.map((t) => `<div>${tableHtml(t, 7, lightTable(t))}</div>`).join("")}</div>\n\n${footnotesHtml(s)}`;
    case "programme":
      // Figures in a row across the top, the document's own description, then the scheme's facts in two
      // columns: the body is filled by what a presenter needs, not by larger boxes.
      return `## ${md(s.title)}\n\n${sub}<div class="programme" style="--scale: ${programmeScale(s)}">${s.figures.length ? figuresHtml(s.figures, "figures row") : ""}${aboutHtml(s)}${
        s.facts.length
          ? `<table class="facts"><tbody>${s.facts.map((f) => `<tr><th>${h(f.term)}</th><td>${h(f.value)}</td></tr>`).join("")}</tbody></table>`
          : ""
      }</div>\n\n${footnotesHtml(s)}`;
    default:
      return `## ${md(s.title)}\n\n${sub}${s.figures.length ? figuresHtml(s.figures) + "\n\n" : ""}${s.tables
        .map((t) => tableHtml(t, s.figures.length ? 6 : 10, !s.figures.length))
        .join("\n\n")}\n\n${footnotesHtml(s)}`;
  }
}

export function renderDeck(b: Briefing, {lang, charts, outline}: {lang: Lang; charts: DeckCharts; outline?: DeckOutline}): string {
  const o = outline ?? deckOutline(b, lang);
  const slides = o.slides.map((s) => {
    const directives = s.layout === "title" ? "<!-- _class: title -->\n<!-- _paginate: false -->" : "";
    return `${directives ? directives + "\n\n" : ""}${slideBody(s, charts)}\n\n${notes(slideNotes(s, lang))}`;
  });
  const front = `---
marp: true
theme: ${THEME_NAME}
lang: ${lang}
title: ${JSON.stringify(oneLine(briefingTitle(b, lang)))}
description: ${JSON.stringify(oneLine(documentTitle(b, lang)))}
paginate: true
size: 16:9
footer: ${JSON.stringify(md(footerText(b, lang)))}
---
`;
  return `${front}\n${slides.join("\n\n---\n\n")}\n`;
}
