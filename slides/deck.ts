// The briefing deck as Marp Markdown: lays out the outline (outline.ts) and nothing else, so this deck and the
// editable PPTX show the same slides, titles, figures and notes. Pure, so it can be snapshot-tested.
import type {Briefing} from "../src/lib/briefing.js";
import {briefingTitle, documentTitle, footerText} from "../src/lib/edition.js";
import {escapeHtmlLine, escapeMarkdown, oneLine} from "../src/lib/escape.js";
import {KEPT_RUN, keepRuns, phraseHtml, WHOLE_WORD_CLASS} from "../src/components/phrases.js";
import type {Lang} from "../src/lib/format.js";
import {textWidth} from "../src/lib/labels.js";
import {measure} from "../src/lib/measure.js";
import {
  BODY_HEIGHT,
  BODY_WIDTH,
  classSize,
  cellItems,
  columnWidths,
  DENSITIES,
  filledDensity,
  footnotesHeight,
  lines,
  programmeBoxes,
  programmeScale,
  ABOUT_LONG,
  subtitleHeight,
  tableDensity,
  tableRoom,
  tableWidth,
  tilesFit,
  tilesHeight,
  tilesInOneRow
} from "./layout.js";
import {tokens} from "../src/lib/tokens.js";
import {deckOutline, slideNotes, type DeckOutline, type FigureSpec, type SlideSpec, type TableSpec} from "./outline.js";
import {THEME_NAME} from "./theme.js";

/** Charts as ready <img> HTML (see svg.ts), keyed by the chart spec's id. */
export type DeckCharts = Record<string, string>;

const md = escapeMarkdown;
// Data text goes into HTML blocks escaped and on one line (a blank line would end the block: see escape.ts).
// A figure with its unit (¥0.3 billion), a year range and a hyphenated word stay in one unbreakable span (keepRuns).
const h = (text: string) => keepRuns(escapeHtmlLine(text));
/** A table cell's text: Japanese with a <wbr> between the measure's phrases (the theme's td and th keep-all). */
const hc = (text: string) => phraseHtml(text, escapeHtmlLine);
/** A title in Markdown, each kept run (¥0.3 billion) in an unbreakable span as the measure keeps it whole. */
const mdTitle = (text: string) =>
  text
    .split(new RegExp(`(${KEPT_RUN.source})`, "u"))
    .map((piece, i) => (i % 2 ? `<span class="${WHOLE_WORD_CLASS}">${md(piece)}</span>` : md(piece)))
    .join("");

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
const BODY = BODY_HEIGHT;
const WIDTH = BODY_WIDTH;

export {chartSize} from "./layout.js";

const toneClass = (f: {tone: string}) => (f.tone === "plain" ? "" : f.tone);

/** The tiles, as many to a row as fit their measured widths (the rest wrap to further rows). */
function figuresHtml(figures: FigureSpec[], cls = "figures", k = 1): string {
  // Tiles that do not fit one row wrap as a flex row: each as wide as its text, the rows filled out.
  const wrap = !tilesInOneRow(figures, WIDTH, k);
  const style = wrap ? ` style="display: flex; flex-wrap: wrap"` : "";
  const tile = wrap ? ` style="flex: 1 1 auto"` : "";
  return `<div class="${cls}"${style}>${figures
    .map((f) => `<div${tile}><div class="label">${h(f.label)}</div><div class="value ${toneClass(f)}">${h(f.value)}</div></div>`)
    .join("")}</div>`;
}

/** The density that fills the table's room, measured (the tiniest if none fits: see continueTables). */
const tableDensityIn = (t: TableSpec, room: {width: number; height: number}, roomy: boolean) =>
  filledDensity(t, room.width, room.height, roomy && t.rows.length <= ROOMY_ROWS);

/** A half-width table may be set roomy when, at that size, every column still gets its widest text (measured). */
export const lightTable = (t: TableSpec, width = (BODY_WIDTH - 36) / 2) => tableWidth(t, width, DENSITIES[0]) <= width;

/** Tables of at most this many rows are set at body size with more padding, so they fill the slide. */
export const ROOMY_ROWS = 5;

function tableHtml(t: TableSpec, room: {width: number; height: number}, wide = true): string {
  // The columns are set to the widths the measure gave (fixed layout), so the browser wraps the cells as the
  // height was measured rather than by its own distribution.
  const d = tableDensityIn(t, room, wide);
  const widths = columnWidths(t, room.width, d);
  // A Japanese phrase that fits its column's line (measured bold, as a header is set) is kept whole.
  const fits = (i: number) => (phrase: string) => measure(phrase, {size: d.size, bold: true}) <= widths[i] - 2 * d.padX - 1;
  const cell = (tag: string, text: string, align: string, i: number, cls = "") =>
    `<${tag}${align === "right" ? ` class="num${cls ? ` ${cls}` : ""}"` : cls ? ` class="${cls}"` : ""}>${cellItems(text)
      // A right-aligned cell never wraps (the theme's td.num): its kept runs only.
      .map((x) => (align === "right" ? h(x) : phraseHtml(x, escapeHtmlLine, fits(i))))
      .join("<br>")}</${tag}>`;
  const cols = widths.map((w) => `<col style="width: ${w.toFixed(1)}px">`).join("");
  const size = classSize(d) ? "" : ` font-size: ${d.size}px;`;
  // Rows spread over the room (filledDensity) take their padding from the measure, not the class.
  const spread = d.padY !== DENSITIES.find((x) => x.name === d.name)!.padY;
  const cls = [d.name, spread ? "filled" : ""].filter(Boolean).join(" ");
  const pad = spread ? ` --pad-y: ${d.padY}px; --pad-x: ${d.padX}px;` : "";
  return `<table${cls ? ` class="${cls}"` : ""} style="table-layout: fixed;${size}${pad}"><colgroup>${cols}</colgroup><thead><tr>${t.columns.map((c, i) => cell("th", c.label, c.align, i)).join("")}</tr></thead><tbody>${t.rows
    .map(
      (r) =>
        `<tr${r.strong ? ' class="strong"' : ""}>${r.cells.map((c, i) => cell("td", c, t.columns[i]?.align ?? "left", i, r.tones?.[i] && r.tones[i] !== "plain" ? r.tones[i] : "")).join("")}</tr>`
    )
    .join("")}</tbody></table>`;
}

export {ABOUT_LONG, FACT_VALUE, programmeBoxes, programmeScale} from "./layout.js";

const aboutHtml = (s: SlideSpec) =>
  s.about
    ? `<div class="about${textWidth(s.about.text) > ABOUT_LONG ? " long" : ""}"><div class="label">${h(s.about.label)}</div><p>${h(s.about.text)}</p></div>`
    : "";

const footnotesHtml = (s: SlideSpec) =>
  // Broken between the measure's phrases, as table cells are (the theme's keep-all on .foot p), so a note never
  // breaks inside a word (「プロ｜グラム」) and takes the lines footnotesHeight counted.
  s.footnotes.length ? `<div class="foot">${s.footnotes.map((f) => `<p>${hc(f)}</p>`).join("")}</div>` : "";

/** The body of one slide, as HTML (no notes): used by the deck and by the handout. */
export function slideBody(s: SlideSpec, charts: DeckCharts): string {
  const sub = s.subtitle ? `<p class="subtitle">${h(s.subtitle)}</p>\n\n` : "";
  switch (s.layout) {
    case "title":
      return `# ${mdTitle(s.title)}\n\n${sub}${figuresHtml(s.figures)}\n\n${aboutHtml(s)}\n\n${footnotesHtml(s)}`;
    case "chart":
      return `## ${md(s.title)}\n\n${sub}${s.figures.length ? figuresHtml(s.figures) + "\n\n" : ""}${s.chart ? (charts[s.chart.id] ?? "") : ""}\n\n${footnotesHtml(s)}`;
    case "two-tables":
      return `## ${md(s.title)}\n\n${sub}<div class="cols">${s.tables.map((t) => `<div>${tableHtml(t, tableRoom(s), lightTable(t))}</div>`).join("")}</div>\n\n${footnotesHtml(s)}`;
    case "programme": {
      // Figures in a row across the top, the document's own description, then the scheme's facts in two
      // columns: the body is filled by what a presenter needs, not by larger boxes. Sheets set together on one
      // slide come one under another, each under its full name, at one scale.
      // The scale the appendix's sheets share (slides/sheets.ts), else this slide's own.
      const k = s.scale ?? programmeScale(s);
      // A sheet set smaller than its own scale (one scale for all sheets) fills its room by layout: the sheet takes
      // the body's measured room and its facts table grows into what is left, its rows spread over it.
      const {room, used} = programmeBoxes(s);
      const spread = !s.sheets && s.facts.length > 0 && k < programmeScale(s) && used(k) < room;
      // Rows spread over the room set their words in the middle of each row, not at its top over a bare box.
      const mid = spread ? ' style="vertical-align: middle"' : "";
      const box = spread ? `; display: flex; flex-direction: column; min-height: ${Math.floor(room)}px` : "";
      const sheet = (p: SlideSpec) =>
        `<div class="programme" style="--scale: ${k}${box}">${p.figures.length ? figuresHtml(p.figures, "figures row", k) : ""}${aboutHtml(p)}${
          p.facts.length
            ? `<table class="facts"${spread ? ' style="flex: 1 1 auto"' : ""}><tbody>${p.facts.map((f) => `<tr><th${mid}>${hc(f.term)}</th><td${mid}>${hc(f.value)}</td></tr>`).join("")}</tbody></table>`
            : ""
        }</div>`;
      const body = s.sheets
        ? s.sheets.map((p) => `<div class="sheet"><p class="subtitle">${h(p.subtitle ?? p.title)}</p>${sheet(p)}</div>`).join("")
        : sheet(s);
      return `## ${md(s.title)}\n\n${sub}${body}\n\n${footnotesHtml(s)}`;
    }
    default:
      return `## ${md(s.title)}\n\n${sub}${s.figures.length ? figuresHtml(s.figures) + "\n\n" : ""}${s.tables
        .map((t) => tableHtml(t, {...tableRoom(s), height: tableRoom(s).height / s.tables.length}, !s.figures.length))
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
