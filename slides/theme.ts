// The Marp theme, built from the same design tokens as the report. Fonts are embedded so the HTML deck,
// the PDF and the PPTX render Japanese without any system font.
import {tokens, tokensCss} from "../src/lib/tokens.js";

export const THEME_NAME = "kit";
export const HANDOUT_THEME_NAME = "kit-handout";

/** `fonts`: weight → woff2 bytes (the report's subsets). */
export function marpTheme(fonts: Record<number, Uint8Array>): string {
  const c = tokens.color;
  const d = tokens.deck;
  const r = tokens.size.radius;
  const faces = Object.entries(fonts)
    .map(
      ([weight, bytes]) =>
        `@font-face { font-family: "${tokens.font.family}"; font-weight: ${weight}; src: url(data:font/woff2;base64,${Buffer.from(bytes).toString("base64")}) format("woff2"); }`
    )
    .join("\n");
  return `/* @theme ${THEME_NAME} */
@import "default";
${faces}
${tokensCss().replace(":root", ":root, section")}
section {
  font-family: var(--kit-font);
  font-size: ${d.body}px;
  line-height: 1.45;
  color: ${c.text};
  background: ${c.background};
  padding: 48px 64px 64px;
  /* Block layout: content starts at the top on every slide (the default theme centres it vertically). */
  display: block !important;
  align-content: start !important;
  line-break: strict;
  word-break: normal;
  overflow-wrap: anywhere;
}
section h1 { font-size: ${d.headline}px; color: ${c.accent}; margin: 0 0 16px; line-height: 1.25; }
section h2 { font-size: ${d.title}px; color: ${c.accent}; margin: 0 0 14px; line-height: 1.3; border-bottom: 3px solid ${c.rule}; padding-bottom: 8px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
/* Japanese titles and list items break between phrases (文節), never inside a word (「招へ｜い」): Chromium 119+
   does it for lang ja (other languages break as normal). Table cells break only where the measure broke them
   (slides/layout.ts counts their lines with src/components/phrases.ts wrapPhrases): the deck puts a <wbr> between
   the measure's phrases and keep-all takes Chromium's own breaks away (its phrase model read
   「e-ASIA共同研究プロ｜グラム」); a phrase wider than its column still breaks (overflow-wrap: anywhere). */
section h1, section h2, section h3, section .subtitle, section li { word-break: auto-phrase; }
section td, section th, section .foot p { word-break: keep-all; }
section p, section li { margin: 4px 0; }
section .subtitle { font-size: ${d.subtitle}px; color: ${c.muted}; margin: -6px 0 10px; }
/* A hyphenated Latin word in Japanese text, a figure with its unit (¥0.3 billion) and a year range (2015-2036) stay
   whole (src/components/phrases.ts keepRuns), as the measure keeps them. */
section .kit-word { white-space: nowrap; }
section .up { color: ${c.increase}; }
section .down { color: ${c.decrease}; }
section .new { color: ${c.new}; }
section .muted { color: ${c.muted}; }
/* Tiles wrap as slides/layout.ts tileRows measures them: content widths and gaps, a new row when full. */
section .figures { display: flex; flex-wrap: wrap; gap: 20px; margin: 8px 0 12px; }
section .figures > div { flex: 1 1 auto; }
section .figures > div, section .stack > div { background: ${c.surface}; border-left: 8px solid ${c.accent}; border-radius: ${r}px; padding: 8px 16px; }
section .label { font-size: ${d.figureLabel}px; color: ${c.muted}; }
section .figures .value { font-size: ${d.figure}px; font-weight: 700; line-height: 1.2; white-space: nowrap; }
section .stack { display: grid; gap: 12px; }
section .stack .value { font-size: ${Math.round(d.figure * 0.8)}px; font-weight: 700; line-height: 1.2; }
section img.chart { display: block; margin: 0 auto; }
section .about { border-left: 4px solid ${c.rule}; padding: 2px 0 2px 16px; margin: 4px 0 14px; }
section .about p { margin: 2px 0 0; line-height: 1.5; }
section .about.long p { font-size: ${d.table}px; }
/* A programme slide scales its type by --scale (deck.ts programmeScale) so few words fill the body. */
section .programme { --scale: 1; }
section .programme .figures .value { font-size: calc(${d.figure}px * var(--scale)); }
section .programme .label { font-size: calc(${d.figureLabel}px * var(--scale)); }
/* A sheet's description on the tiles' surface, as a card across the body: the document's words set apart. */
section .programme .about { background: ${c.surface}; padding-right: 16px; border-radius: 0 ${r}px ${r}px 0; }
section .programme .about p { font-size: calc(${d.body}px * var(--scale)); }
section .programme .about.long p { font-size: calc(${d.table}px * var(--scale)); }
section .programme table.facts { font-size: calc(${d.table}px * var(--scale)); margin-top: 6px; }
section table.facts th { width: 30%; color: ${c.muted}; font-weight: 400; border-bottom: 1px solid ${c.rule}; background: ${c.surface}; padding: calc(6px * var(--scale)) 10px; }
section table.facts td { padding: calc(6px * var(--scale)) 10px; }
/* Programme sheets set together on one slide (slides/sheets.ts): each under its full name, one after another. */
section .sheet > .subtitle { color: ${c.accent}; margin: 0 0 4px; }
section .sheet + .sheet { margin-top: 12px; }
section .cols { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 36px; }
section .cols.wide-right { grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); }
section dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 18px; margin: 0; font-size: ${d.body}px; line-height: 1.4; }
section dl dt { color: ${c.muted}; font-style: normal; font-weight: 400; margin: 0; }
section dl dd { margin: 0; }
section table { font-size: ${d.table}px; border-collapse: collapse; width: 100%; display: table; }
section table.roomy { font-size: ${d.body}px; }
section table.roomy td, section table.roomy th { padding: 8px 12px; }
section table.dense { font-size: ${Math.round(d.table * 0.8)}px; }
section table.dense td, section table.dense th { padding: 2px 8px; }
section table.tiny { font-size: ${Math.round(d.table * 0.6)}px; }
section table.tiny td, section table.tiny th { padding: 0 6px; }
section th, section td { padding: 6px 10px; border-bottom: 1px solid ${c.rule}; text-align: left; background: transparent; vertical-align: top; }
/* A table whose rows are spread over its room (slides/layout.ts filledDensity): the measured padding. */
section table.filled td, section table.filled th { padding: var(--pad-y) var(--pad-x); }
section thead th { color: ${c.muted}; font-weight: 400; border-bottom: 2px solid ${c.text}; }
section table td:first-child { min-width: 240px; }
section td.num, section th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
section tr.strong td { font-weight: 700; border-top: 2px solid ${c.text}; }
section .foot { margin-top: 10px; }
section .foot p { font-size: ${d.note}px; color: ${c.muted}; line-height: 1.45; margin: 2px 0; }
/* Footnotes are shown whole: the layout (slides/layout.ts) measures every line and gives the body what is left. */
section.title { display: flex !important; flex-direction: column; justify-content: center !important; }
section.title .subtitle { font-size: ${d.body}px; margin: 0 0 24px; }
section footer, section header { font-size: ${d.footer}px; color: ${c.muted}; }
section::after { font-size: ${d.footer}px; color: ${c.muted}; }
`;
}

/**
 * The handout's page and its notes, in CSS px: the one source of the sizes the theme sets (handoutTheme) and
 * slides/handout.ts measures the notes with. Line heights are multiples of the type size.
 */
export const HANDOUT = {
  page: {width: 794, height: 1123},
  padding: {top: 40, side: 48, bottom: 56},
  /** Space under the slide's picture. */
  slideGap: 16,
  /** The page number over the notes, `gap` above and below. */
  pageNumber: {size: 13, gap: 4},
  /** Talking points: a list indented by `indent` em, items `gap` apart, `after` under the list. */
  points: {size: 17, lineHeight: 1.55, indent: 1.2, gap: 4, after: 16},
  /** The questions' heading. */
  heading: {size: 18, lineHeight: 1.55, top: 12, bottom: 4},
  /** Questions (bold, `top` above each) and answers (`bottom` under each, indented by `indent` em). */
  questions: {size: 16, lineHeight: 1.4, top: 6, bottom: 4, indent: 1}
} as const;

/** The slide's picture on a handout page: the deck's 1280×720 slide scaled to the page's text width, with its border. */
export const handoutSlide = () => {
  const width = HANDOUT.page.width - 2 * HANDOUT.padding.side;
  const scale = (width - 2) / 1280;
  return {width, scale, height: Math.ceil(720 * scale) + 2};
};

/**
 * The handout's theme: A4 portrait pages; each holds one slide drawn at 1280×720 and scaled to the page width
 * (the slide's own rules apply inside .mini), and its speaker notes below.
 */
export function handoutTheme(fonts: Record<number, Uint8Array>): string {
  const c = tokens.color;
  const {page, padding: pad, pageNumber, points, heading, questions} = HANDOUT;
  const mini = handoutSlide();
  return marpTheme(fonts).replace(
    `/* @theme ${THEME_NAME} */`,
    `/* @theme ${HANDOUT_THEME_NAME} */\n/* @size A4 ${page.width}px ${page.height}px */`
  ).concat(`
section { padding: ${pad.top}px ${pad.side}px ${pad.bottom}px; }
section .mini { box-sizing: border-box; width: ${mini.width}px; height: ${mini.height}px; overflow: hidden; border: 1px solid ${c.rule}; margin-bottom: ${HANDOUT.slideGap}px; }
/* The slide box is the deck's section box exactly (border-box 1280×720, same padding, clipped like the deck), so
   every line wraps as it does on the slide; scaled as a picture, the whole slide fits the page width. */
section .mini > .slide { box-sizing: border-box; width: 1280px; height: 720px; overflow: hidden; transform: scale(${mini.scale.toFixed(4)}); transform-origin: top left; padding: 48px 64px 64px; position: relative; }
section .mini > .slide h1 { font-size: ${tokens.deck.headline}px; }
section .mini > .title-slide { padding-top: 160px; }
section .handout-notes { font-size: ${points.size}px; line-height: ${points.lineHeight}; }
section .handout-notes ul { padding-left: ${points.indent}em; margin: 0 0 ${points.after}px; }
section .handout-notes li { margin: ${points.gap}px 0; }
section .handout-notes h3 { font-size: ${heading.size}px; line-height: ${heading.lineHeight}; margin: ${heading.top}px 0 ${heading.bottom}px; color: ${c.accent}; }
section .handout-notes dl { display: block; margin: 0; font-size: ${questions.size}px; line-height: ${questions.lineHeight}; }
section .handout-notes dt { font-weight: 700; color: ${c.text}; margin: ${questions.top}px 0 0; padding: 0; }
section .handout-notes dd { margin: 0 0 ${questions.bottom}px ${questions.indent}em; padding: 0; }
section .handout-notes .page { color: ${c.muted}; font-size: ${pageNumber.size}px; margin: ${pageNumber.gap}px 0; }
`);
}
