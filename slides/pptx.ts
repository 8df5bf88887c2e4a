// The briefing deck as an *editable* PowerPoint file: real text boxes, native charts and native tables, so a
// presenter can change a word without rebuilding. It lays out the same outline as the Marp deck (outline.ts):
// the same slides, titles, figures, charts and notes, in the same type scale (tokens.deck), set in fonts that
// office installs have. Output is byte-for-byte deterministic for a given briefing.
import JSZip from "jszip";
import type * as Pptx from "pptxgenjs";
import pptxgenjs from "pptxgenjs";
import type {Briefing} from "../src/lib/briefing.js";
import {asOfDate, briefingTitle, documentTitle, footerText, ministry} from "../src/lib/edition.js";
import type {Lang} from "../src/lib/format.js";
import {tokens} from "../src/lib/tokens.js";
import {textWidth} from "../src/lib/labels.js";
import {lineCount as measuredLines, measure, wrapText, type Type} from "../src/lib/measure.js";
import {ABOUT_LONG, FACT_VALUE, lightTable, programmeScale, ROOMY_ROWS} from "./deck.js";
import {barLegend, type LegendEntry} from "../src/components/legend.js";
import {BODY_WIDTH, cellItems, columnWidths, fillPadMax, LABEL_PX, PROGRAMME_SCALE_MAX, SHEET_GAP, tableMaxPx} from "./layout.js";
import {labelAtOf, labelSpan, OFFICE_STAND_IN_STRETCH, tickFormatCode, type LabelAt} from "./kinds/chart.js";
import {deckOutline, PLOT_PX, slideNotes, type ChartSpec, type FigureSpec, type SlideSpec, type TableSpec, type Tone} from "./outline.js";

// --- Design: tokens.ts, in PowerPoint units. ---

const hex = (c: string) => c.replace(/^#/, "").toUpperCase();
const C = Object.fromEntries(Object.entries(tokens.color).map(([k, v]) => [k, hex(v)])) as {[K in keyof typeof tokens.color]: string};
const LANG_TAG: Record<Lang, string> = {ja: "ja-JP", en: "en-US"};
/** Marp slides are 1280 px wide; LAYOUT_WIDE is 13.333 in: 96 px to the inch, so 1 px = 0.75 pt. */
const pt = (px: number) => px * 0.75;
const inch = (px: number) => px / 96;
const D = tokens.deck;
const SIZE = {
  headline: pt(D.headline),
  title: pt(D.title),
  subtitle: pt(D.subtitle),
  body: pt(D.body),
  figure: pt(D.figure),
  figureLabel: pt(D.figureLabel),
  table: pt(D.table),
  chart: pt(D.chart),
  note: pt(D.note),
  footer: pt(D.footer)
};
const W = 13.333;
const MX = inch(64);
const CW = W - 2 * MX;
const TOP = inch(40);
const BODY_TOP = 1.3;
const BODY_BOTTOM = 6.8;
const GAP = inch(36);

/** A date for the file's metadata and zip entries: the edition's as-of month, so output never depends on the clock. */
export const fixedDate = asOfDate;

// Under NodeNext, TypeScript reads pptxgenjs's types as CommonJS (the default import is the module, the class is
// its `default`), while Node loads the ES build, whose default import is the class itself. Accept both.
const PptxGenJS = ((pptxgenjs as unknown as {default?: unknown}).default ?? pptxgenjs) as typeof pptxgenjs.default;

type Slide = Pptx.default.Slide;
type TextOpts = Pptx.default.TextPropsOptions;

/** Noto-like line height of the office fonts, in ems. */
const LINE_HEIGHT = 1.4;
/**
 * The office fonts' measure (src/lib/measure.ts): Yu Gothic's, which is never narrower than Arial's, so one
 * measure serves both decks (the English deck errs a little wide, never narrow).
 */
const OFFICE: Type = {size: 1, face: "office-ja"};
/**
 * How much wider than measured a line may come out where the deck's font is missing. Arial has a metric-compatible
 * stand-in everywhere (Liberation Sans), so the English deck sets as measured. Yu Gothic has none: LibreOffice
 * without it sets Latin in DejaVu Sans (bold digits 0.70 em against Arial's 0.56) and adds a quarter em between
 * Japanese and Latin; "+185億円（+12,266%〜+37,200%）" came out 1.19× its measured width. Only a line that may not
 * wrap (a tile's value) needs the headroom.
 */
const STAND_IN_STRETCH: Record<Lang, number> = {ja: OFFICE_STAND_IN_STRETCH, en: 1};
/** Width in points of text at `size` pt (bold if asked) in the office fonts, measured. */
const textPt = (text: string, size: number, bold = false) => measure(text, {...OFFICE, size, bold});
/** Lines text takes at `size` pt in a box `boxIn` inches wide, wrapped as measured. */
const linesIn = (text: string, size: number, boxIn: number) => measuredLines(text, Math.max(1, boxIn * 72), {...OFFICE, size});
/** Height in inches of lines of text at `size` pt in a box `w` inches wide. */
const linesHeight = (texts: string[], size: number, w: number) =>
  texts.reduce((t, x) => t + linesIn(x, size, w) * size * LINE_HEIGHT, 0) / 72;
/** The largest size (at most `size`, at least half) at which the lines fit `h` inches. */
const fitSize = (texts: string[], size: number, w: number, h: number) => {
  let s = size;
  while (s > size / 2 && linesHeight(texts, s, w) > h) s -= 0.5;
  return s;
};

const toneColor = (t: Tone | undefined) =>
  t === "up" ? C.increase : t === "down" ? C.decrease : t === "new" ? C.new : t === "muted" ? C.muted : C.text;

/**
 * A bar's text as the chart XML writes it: where the outline places it (BarSpec.labelAt) and, for a text across
 * zero or above its bar, the offset from the bar's base that puts it there, in shares of the chart's width and
 * height (an office suite has no such position of its own).
 */
interface BarText {
  text: string;
  at: LabelAt;
  dx: number;
  dy: number;
}

/** One deck in one language: the language, font and colours carried into every object. */
class DeckWriter {
  readonly pptx = new PptxGenJS();
  readonly tag: string;
  readonly font: string;
  /** Bar texts of each chart, in the order the charts are added: written into the chart XML afterwards. */
  readonly barTexts: BarText[][] = [];
  constructor(
    readonly b: Briefing,
    readonly lang: Lang
  ) {
    this.tag = LANG_TAG[lang];
    this.font = D.officeFont[lang];
    this.pptx.layout = "LAYOUT_WIDE";
    this.pptx.theme = {headFontFace: this.font, bodyFontFace: this.font};
  }

  base(style: TextOpts = {}): TextOpts {
    return {fontFace: this.font, lang: this.tag, color: C.text, fontSize: SIZE.body, margin: 0, valign: "top", ...style};
  }

  /** Lines of text in a box, their size reduced (not below half) until they fit it. */
  lines(slide: Slide, texts: string[], box: {x: number; y: number; w: number; h: number}, style: TextOpts & {fontSize: number}) {
    const kept = texts.filter(Boolean);
    if (!kept.length) return;
    const size = fitSize(kept, style.fontSize, box.w, box.h);
    slide.addText(
      kept.map((t, i) => ({text: t, options: {breakLine: i < kept.length - 1}})),
      {...this.base(style), ...box, fontSize: size}
    );
  }

  /** A slide with its title, rule, footer, page number and speaker notes. */
  slide(s: SlideSpec): Slide {
    const slide = this.pptx.addSlide();
    slide.background = {color: C.background};
    slide.addNotes(slideNotes(s, this.lang).join("\n"));
    if (s.layout !== "title") {
      slide.addText(s.title, {
        ...this.base({fontSize: SIZE.title, bold: true, color: C.accent, valign: "bottom", fit: "shrink"}),
        x: MX,
        y: TOP,
        w: CW,
        h: 0.6
      });
      slide.addShape("line", {x: MX, y: TOP + 0.68, w: CW, h: 0, line: {color: C.rule, width: pt(3)}});
    }
    slide.addText(footerText(this.b, this.lang), {
      ...this.base({fontSize: SIZE.footer, color: C.muted, valign: "middle"}),
      x: MX,
      y: 7.05,
      w: CW - 1.2,
      h: 0.3
    });
    slide.slideNumber = {x: W - MX - 1, y: 7.05, w: 1, h: 0.3, fontFace: this.font, fontSize: SIZE.footer, color: C.muted, align: "right"};
    return slide;
  }
}

/** The editable deck in one language: the outline laid out as PowerPoint objects, as a .pptx file's bytes. */
export async function editablePptx(b: Briefing, lang: Lang): Promise<Buffer> {
  const d = new DeckWriter(b, lang);
  d.pptx.title = briefingTitle(b, lang);
  d.pptx.subject = documentTitle(b, lang);
  d.pptx.author = ministry(b, lang);
  d.pptx.company = "";
  for (const s of deckOutline(b, lang).slides) layOut(d, s);
  const raw = (await d.pptx.write({outputType: "nodebuffer", compression: true})) as Buffer;
  return normalise(raw, fixedDate(b), d.tag, d.barTexts, d.font);
}

function layOut(d: DeckWriter, s: SlideSpec) {
  const slide = d.slide(s);
  let y = BODY_TOP;
  const footH = s.footnotes.length ? linesHeight(s.footnotes, SIZE.note, CW) + 0.1 : 0;
  const bottom = BODY_BOTTOM - footH;
  if (s.layout === "title") {
    d.lines(slide, [s.title], {x: MX, y: 1.1, w: CW, h: 1.6}, {fontSize: SIZE.headline, bold: true, color: C.accent, valign: "bottom"});
    if (s.subtitle) d.lines(slide, [s.subtitle], {x: MX, y: 2.85, w: CW, h: 0.9}, {fontSize: SIZE.body, color: C.muted});
    figuresRow(d, slide, s.figures, 3.95);
    if (s.about) about(d, slide, s.about, {x: MX, y: 5.0, w: CW, h: 1.1}, 1);
    d.lines(slide, s.footnotes, {x: MX, y: 6.2, w: CW, h: 0.6}, {fontSize: SIZE.note, color: C.muted});
    return;
  }
  if (s.subtitle) {
    // A full name from data is shown whole: as many lines as it measures, at the subtitle size.
    const h = Math.max(0.38, linesHeight([s.subtitle], SIZE.subtitle, CW) * 1.1);
    d.lines(slide, [s.subtitle], {x: MX, y, w: CW, h}, {fontSize: SIZE.subtitle, color: C.muted});
    y += h + 0.07;
  }
  if (s.layout !== "programme" && s.figures.length) {
    y += figuresRow(d, slide, s.figures, y) + 0.13;
  }
  if (s.layout === "chart" && s.chart) {
    // What the bars' colours mean, as the Marp deck's SVG shows it above the chart (a native chart has no such key).
    y += legendRow(d, slide, s.chart.legend ?? barLegend(d.b, d.lang, s.chart.rows), y);
    chart(d, slide, s.chart, {x: MX, y, w: CW, h: bottom - y});
  } else if (s.layout === "two-tables") {
    const w = (CW - GAP) / 2;
    s.tables.forEach((t, i) => table(d, slide, t, {x: MX + i * (w + GAP), y, w, h: bottom - y}, {wide: lightTable(t)}));
  } else if (s.layout === "programme") programmeSheets(d, slide, s, y, bottom);
  else {
    // Tables one under another, each in its share of the room (as slides/layout.ts tableRoom gives it).
    const each = (bottom - y - (s.tables.length - 1) * inch(16)) / Math.max(1, s.tables.length);
    s.tables.forEach((t, i) => table(d, slide, t, {x: MX, y: y + i * (each + inch(16)), w: CW, h: each}, {wide: !s.figures.length}));
  }
  if (footH) d.lines(slide, s.footnotes, {x: MX, y: bottom + 0.08, w: CW, h: footH}, {fontSize: SIZE.note, color: C.muted});
}

/**
 * A programme slide's sheet, or the sheets set together on it (slides/sheets.ts), each under its full name: as
 * the Marp deck, figures in a row, the document's description, the facts as a table, all at one scale.
 */
function programmeSheets(d: DeckWriter, slide: Slide, s: SlideSpec, top: number, bottom: number) {
  const parts = s.sheets ?? [s];
  const facts = (p: SlideSpec): TableSpec => ({
    columns: [
      {label: "", align: "left"},
      {label: "", align: "left"}
    ],
    rows: p.facts.map((f) => ({cells: [f.term, f.value]}))
  });
  const factsOf = (k: number) => ({header: false, termColumn: true, scale: k});
  const aboutSize = (p: SlideSpec, k: number) => (p.about && textWidth(p.about.text) > ABOUT_LONG ? SIZE.table : SIZE.body) * k;
  const aboutNeed = (p: SlideSpec, k: number) =>
    p.about
      ? (SIZE.figureLabel * k * 1.4) / 72 + (linesIn(p.about.text, aboutSize(p, k), CW - 0.3) * aboutSize(p, k) * LINE_HEIGHT) / 72 + 0.1
      : 0;
  const factsHeight = (p: SlideSpec, k: number) => (p.facts.length ? table(d, null, facts(p), {x: MX, y: 0, w: CW, h: 0}, factsOf(k)) : 0);
  // Sheets set together each have their full name over them (a single sheet's is the slide's subtitle).
  const head = (p: SlideSpec) => (s.sheets ? Math.max(0.38, linesHeight([p.subtitle ?? p.title], SIZE.subtitle, CW) * 1.1) + 0.04 : 0);
  const sheetHeight = (p: SlideSpec, k: number) =>
    head(p) +
    (p.figures.length ? tilesHeightIn(p.figures, 0.92 * k, SIZE.figure * k) + 0.15 : 0) +
    aboutNeed(p, k) +
    0.12 +
    factsHeight(p, k);
  const height = (k: number) => parts.reduce((t, p, i) => t + (i ? inch(SHEET_GAP) : 0) + sheetHeight(p, k), 0);
  // The Marp deck's scale, or larger while the office fonts' estimate still fits the body (they set Latin and
  // kana narrower than the deck's Noto does). Each tile's value stays on one line: none wider than the body.
  let k = programmeScale(s);
  const tilesFit = (k: number) => parts.every((p) => p.figures.every((f) => (textPt(f.value, SIZE.figure * k, true) + 40) / 72 <= CW));
  // Smaller while the office fonts' estimate does not fit (a description squeezed below what it needs ran under
  // the facts table), larger while it does: every sheet is set whole.
  const room = bottom - top;
  while (k > 0.8 + 1e-9 && height(k) > room) k -= 0.1;
  while (k < PROGRAMME_SCALE_MAX && height(k + 0.1) <= room && tilesFit(k + 0.1)) k += 0.1;
  let y = top;
  for (const p of parts) {
    if (s.sheets) {
      const h = head(p) - 0.04;
      d.lines(slide, [p.subtitle ?? p.title], {x: MX, y, w: CW, h}, {fontSize: SIZE.subtitle, color: C.accent});
      y += h + 0.04;
    }
    if (p.figures.length) y += figuresRow(d, slide, p.figures, y, 0.92 * k, SIZE.figure * k) + 0.15;
    // This sheet's bottom: the slide's for the last one, else where its own boxes end.
    const end = p === parts[parts.length - 1] ? bottom : y + aboutNeed(p, k) + 0.12 + factsHeight(p, k);
    if (p.about) {
      // The description takes what it needs but leaves the facts their full size, down to a third of what is
      // left; then its type is set smaller in proportion.
      const factsH = p.facts.length ? factsHeight(p, k) + 0.12 : 0;
      const need = aboutNeed(p, k);
      const h = Math.max(Math.min(need, end - y - factsH), Math.min(need, (end - y) / 3));
      about(d, slide, p.about, {x: MX, y, w: CW, h}, k, h / need, true);
      y += h + 0.12;
    }
    if (p.facts.length) {
      table(d, slide, facts(p), {x: MX, y, w: CW, h: end - y}, factsOf(k));
      y += factsHeight(p, k);
    }
    y += inch(SHEET_GAP);
  }
}

/** A swatch legend: each colour's square and meaning, left to right, wrapped to the body's width; returns the height taken. */
function legendRow(d: DeckWriter, slide: Slide, key: readonly LegendEntry[], y: number): number {
  if (!key.length) return 0;
  const size = SIZE.chart;
  const line = (size * LINE_HEIGHT) / 72;
  const swatch = (size * 0.8) / 72;
  let [x, top, rowLines] = [MX, y, 1];
  for (const e of key) {
    // A meaning wider than the body (a long budget line's name) wraps on lines of its own, never past the slide.
    const room = CW - swatch - 0.08 - 0.1;
    const long = textPt(e.label, size) / 72 > room;
    const lines = long ? linesIn(e.label, size, room) : 1;
    const w = long ? CW : swatch + 0.08 + textPt(e.label, size) / 72 + 0.1;
    if (x > MX && x + w > MX + CW) [x, top, rowLines] = [MX, top + rowLines * line, 1];
    slide.addShape("rect", {x, y: top + (line - swatch) / 2, w: swatch, h: swatch, fill: {color: hex(e.color)}, line: {type: "none"}});
    slide.addText(e.label, {
      ...d.base({fontSize: size, valign: long ? "top" : "middle", wrap: long}),
      x: x + swatch + 0.08,
      y: top,
      w: w - swatch - 0.08,
      h: line * lines
    });
    rowLines = Math.max(rowLines, lines);
    x += w + 0.25;
  }
  return top - y + rowLines * line + 0.08;
}

/** The tiles packed into rows, in order, by their measured widths in the office fonts (as the Marp deck wraps them). */
function tileRows(figures: FigureSpec[], size: number): {want: number[]; rows: number[][]} {
  const gap = inch(20);
  const want = figures.map((f) => (Math.max(textPt(f.value, size, true), textPt(f.label, SIZE.figureLabel)) + 40) / 72);
  const rows: number[][] = [];
  let used = Infinity;
  want.forEach((w, i) => {
    if (used + gap + w > CW) {
      rows.push([i]);
      used = w;
    } else {
      rows[rows.length - 1].push(i);
      used += gap + w;
    }
  });
  return {want, rows};
}

/** Height in inches the tiles take: rows of `h` with the gap between. */
const tilesHeightIn = (figures: FigureSpec[], h: number, size: number) => {
  const n = figures.length ? tileRows(figures, size).rows.length : 0;
  return n ? n * h + (n - 1) * inch(20) : 0;
};

/** The tiles, in rows of `h` inches from `y`, each as wide as its text asks within its row; returns the height taken. */
function figuresRow(d: DeckWriter, slide: Slide, figures: FigureSpec[], y: number, h = 0.92, size = SIZE.figure): number {
  if (!figures.length) return 0;
  const gap = inch(20);
  const {want, rows} = tileRows(figures, size);
  rows.forEach((row, r) => {
    const total = row.reduce((a, i) => a + want[i], 0);
    let x = MX;
    for (const i of row) {
      const w = ((CW - gap * (row.length - 1)) * want[i]) / total;
      figure(d, slide, figures[i], {x, y: y + r * (h + gap), w, h}, size);
      x += w + gap;
    }
  });
  return tilesHeightIn(figures, h, size);
}

/** The document's own description: a small label over the text, with a rule at its left. */
function about(
  d: DeckWriter,
  slide: Slide,
  a: {label: string; text: string},
  box: {x: number; y: number; w: number; h: number},
  k: number,
  fit = 1,
  card = false
) {
  // A sheet's description on the tiles' surface, as the Marp deck sets it apart.
  if (card) slide.addShape("rect", {...box, fill: {color: C.surface}, line: {type: "none"}});
  slide.addShape("rect", {x: box.x, y: box.y, w: inch(4), h: box.h, fill: {color: C.rule}, line: {type: "none"}});
  const labelH = (SIZE.figureLabel * k * 1.4) / 72;
  const inner = {x: box.x + inch(20), w: box.w - inch(20)};
  d.lines(slide, [a.label], {...inner, y: box.y, h: labelH}, {fontSize: SIZE.figureLabel * k, color: C.muted});
  const size = (textWidth(a.text) > ABOUT_LONG ? SIZE.table : SIZE.body) * k;
  // Set at the size budgeted for it (layOut measured its lines with the office fonts' widths), smaller in
  // proportion when its box is shorter than that (`fit`: the box's share of what the text needs).
  slide.addText(a.text, {...d.base({fontSize: size * Math.max(0.75, fit)}), ...inner, y: box.y + labelH, h: box.h - labelH});
}

/** A figure tile: a label over a value, on the surface colour with the accent bar at its left. */
function figure(d: DeckWriter, slide: Slide, f: FigureSpec, box: {x: number; y: number; w: number; h: number}, size: number) {
  slide.addShape("rect", {...box, fill: {color: C.surface}, line: {type: "none"}});
  slide.addShape("rect", {x: box.x, y: box.y, w: inch(8), h: box.h, fill: {color: C.accent}, line: {type: "none"}});
  const inner = {x: box.x + inch(24), w: box.w - inch(36)};
  d.lines(slide, [f.label], {...inner, y: box.y + 0.06, h: box.h * 0.32}, {fontSize: SIZE.figureLabel, color: C.muted});
  // The value is one line: sized down to the tile's width if need be.
  const value = Math.min(size, Math.floor((inner.w * 72) / Math.max(0.01, textPt(f.value, 1, true) * STAND_IN_STRETCH[d.lang])));
  slide.addText(f.value, {
    ...d.base({fontSize: Math.max(value, size / 2), bold: true, color: toneColor(f.tone), valign: "middle", wrap: false}),
    ...inner,
    y: box.y + box.h * 0.36,
    h: box.h * 0.6
  });
}

/** A native table whose rows and type shrink, together, to fit the box. With no slide: the height it would take at full size. */
function table(
  d: DeckWriter,
  slide: Slide | null,
  t: TableSpec,
  box: {x: number; y: number; w: number; h: number},
  {header = true, termColumn = false, wide = true, scale = 1} = {}
): number {
  const n = t.columns.length;
  // The columns the Marp deck gives the table (slides/layout.ts columnWidths, stretched to the box as a browser
  // stretches a fixed-layout table), so both decks divide a table alike; a figure (a right-aligned column) then
  // gets at least the width its longest text takes in the office fonts, so it never wraps, taken from the
  // other columns in proportion. A term column (facts) takes a fixed share.
  const longestText = t.columns.map(
    (c, i) => [c.label, ...t.rows.map((r) => r.cells[i] ?? "")].flatMap(cellItems).sort((x, y) => textPt(y, 1) - textPt(x, 1))[0]
  );
  const widthsAt = (size: number) => {
    if (termColumn && n === 2) return [box.w * (1 - FACT_VALUE), box.w * FACT_VALUE];
    const marp = columnWidths(t, box.w * 96, {name: "", size: size / 0.75, padY: 0, padX: 10});
    const sum = marp.reduce((a, x) => a + x, 0) || 1;
    const w = marp.map((x) => (x * box.w) / sum);
    // As wide as a figure may come out (a Japanese deck's stand-in font sets it wider): "52億円、2億円増（1%〜7%増）"
    // wrapped in LibreOffice and pushed the key points into the footer band.
    const figure = (i: number) => (textPt(longestText[i], size) * STAND_IN_STRETCH[d.lang]) / 72 + 0.25;
    const need = t.columns.map((c, i) => (c.align === "right" ? Math.min(box.w / 2, figure(i)) : 0));
    const short = need.reduce((a, x, i) => a + Math.max(0, x - w[i]), 0);
    const give = t.columns.reduce((a, c, i) => a + (c.align === "right" ? 0 : w[i]), 0);
    if (short <= 0 || give <= short) return w;
    return w.map((x, i) => (t.columns[i].align === "right" ? Math.max(x, need[i]) : x * (1 - short / give)));
  };
  const rowsText = [...(header ? [t.columns.map((c) => c.label)] : []), ...t.rows.map((r) => r.cells)];
  /** Cell padding: 6 px at the table size, less as the type shrinks. */
  const pad = (size: number) => inch(6) * (size / SIZE.table);
  /** The size a cell's lines are counted at: a figure column's as wide as a Japanese deck's stand-in font may set it. */
  const figureSize = (i: number, size: number) => (t.columns[i]?.align === "right" ? size * STAND_IN_STRETCH[d.lang] : size);
  /** Row heights as the Marp deck sets them: lines × 1.45 em plus the padding above and below. */
  const rowHeights = (size: number, colW: number[]) =>
    rowsText.map(
      (cells) =>
        // A cell holding a list (items one to a line: a paragraph each) takes the lines of every item.
        // A figure's lines as wide as they may come out (figureSize): digits and Latin are what a stand-in sets wider.
        (Math.max(...cells.map((c, i) => cellItems(c).reduce((n, x) => n + linesIn(x, figureSize(i, size), colW[i] - 0.2), 0))) *
          size *
          1.45) /
          72 +
        pad(size) * 2
    );
  // Renderers set CJK lines taller than the estimate (fallback fonts): keep 15% in hand.
  const heightAt = (size: number) => rowHeights(size, widthsAt(size)).reduce((a, x) => a + x, 0) * 1.15;
  const roomy = !termColumn && wide && t.rows.length <= ROOMY_ROWS;
  let size = termColumn ? SIZE.table * scale : roomy ? SIZE.body : SIZE.table;
  if (!slide) return heightAt(size);
  while (size > SIZE.table * 0.5 && heightAt(size) > box.h) size -= 0.5;
  // A roomy table with room to spare is set larger, as the Marp deck sets it (slides/layout.ts filledDensity).
  while (roomy && size >= SIZE.body && size + 0.5 <= pt(tableMaxPx(t)) && heightAt(size + 0.5) <= box.h) size += 0.5;
  const colW = widthsAt(size);
  // A short table's rows share the height left to it (each by at most the Marp deck's spread padding), text centred in them, as a
  // slide's table fills its placeholder; the estimate's 15% is kept in hand.
  const natural = rowHeights(size, colW);
  // Each row gains at most the padding the Marp deck gives a spread row (fillPadMax above and below, less
  // what it has), so a row stays one band of text rather than a line floating in space.
  const spare = termColumn ? 0 : Math.max(0, box.h / 1.15 - natural.reduce((a, x) => a + x, 0));
  const extra = Math.min(spare / natural.length, 2 * inch(fillPadMax(t)) - 2 * pad(size));
  const spread = extra > 0;
  const rowH = natural.map((h) => h + Math.max(0, extra));
  const line = {type: "solid" as const, pt: 0.75, color: C.rule};
  const strongLine = {type: "solid" as const, pt: 1.5, color: C.text};
  const cell = (text: string, o: Pptx.default.TableCellProps): Pptx.default.TableCell => ({text, options: o});
  const rows: Pptx.default.TableRow[] = [];
  // Ruled as the Marp deck's tables are (its theme over Marp's default): every cell framed by a light rule, the
  // header over a dark one, a total under a dark one, and every second body row on the surface colour, so the
  // two decks read alike and a row's band shows across the slide however short its text.
  if (header) rows.push(t.columns.map((c) => cell(c.label, {color: C.muted, align: c.align, border: [line, line, strongLine, line]})));
  t.rows.forEach((r, n) =>
    rows.push(
      r.cells.map((c, i) =>
        cell(c, {
          align: t.columns[i]?.align ?? "left",
          bold: r.strong || undefined,
          color: termColumn && i === 0 ? C.muted : toneColor(r.tones?.[i]),
          // A facts table as the Marp deck's: terms on the surface colour.
          fill: (termColumn && i === 0) || n % 2 === 1 ? {color: C.surface} : undefined,
          border: [r.strong ? strongLine : line, line, line, line]
        })
      )
    )
  );
  slide.addTable(rows, {
    ...box,
    h: undefined,
    colW,
    rowH,
    fontFace: d.font,
    fontSize: size,
    color: C.text,
    lang: d.tag,
    valign: spread ? "middle" : "top",
    margin: [pad(size), inch(10), pad(size), inch(10)],
    autoPage: false
  } as Pptx.default.TableProps);
  return rowH.reduce((a, x) => a + x, 0);
}

/** A native bar chart from the outline's spec: the same bars, colours, rounded domain and bar texts as the SVG. */
function chart(d: DeckWriter, slide: Slide, spec: ChartSpec, box: {x: number; y: number; w: number; h: number}) {
  // PowerPoint draws the first category at the bottom; the outline reads top-down.
  const rows = spec.rows.slice().reverse();
  const size = Math.max(8, Math.min(SIZE.chart, ((box.h * 72) / Math.max(1, rows.length)) * 0.4));
  // Labels wider than the label column the SVG gives them (LABEL_PX) get that column here too, as a manual plot
  // area, and are broken into the lines they measure in it: an office suite sets a category label on one line
  // and lets a long one run under the bars' texts. Short labels keep the suite's own layout.
  const labelW = (box.w * (LABEL_PX + 18)) / BODY_WIDTH;
  const wrap = rows.some((r) => textPt(r.label, size) > (labelW - 0.2) * 72);
  const labels = rows.map((r) => (wrap ? wrapText(r.label, (labelW - 0.2) * 72 - size, {...OFFICE, size}).join("\n") : r.label));
  // A text across zero or above its bar is placed by offsets from the plot's geometry, so that chart's plot area
  // is set too (the same column and plot as the SVG's).
  const placed = rows.map(labelAtOf);
  const manualPlot = wrap || placed.some((at) => at === "across" || at === "above");
  // The plot as wide as the SVG's (PLOT_PX of the body), so the room the domain keeps for bar texts holds here too.
  const plot = {x: labelW / box.w, y: 0.02, w: 1 - labelW / box.w - 0.015, h: Math.max(0.5, 1 - 0.02 - 0.8 / box.h)};
  const manual = manualPlot ? {layout: plot} : {};
  // Under a text above its bar the bars are thinner: the gap between two bars holds the text's line.
  const category = (plot.h * box.h * 72) / Math.max(1, rows.length);
  const bar = Math.max(category * 0.2, category - 1.3 * size);
  const gapPct = placed.includes("above") ? Math.min(500, Math.max(50, Math.round((category / bar - 1) * 100))) : 50;
  const span = spec.domain[1] - spec.domain[0] || 1;
  d.barTexts.push(
    rows.map((r, i) => {
      const at = placed[i];
      // As wide as it may come out (a Japanese deck's stand-in font sets wider): better a gap at zero than a text over its bar.
      const w = textPt(r.text, size, true) * STAND_IN_STRETCH[d.lang] + 6;
      // Across zero: from the base (inside the bar at zero) by the text's width to the other side of zero.
      const across = at === "across" ? ((r.value < 0 ? 1 : -1) * w) / (box.w * 72) : 0;
      // Above: up half a category into the gap above the bar, along from zero as far as the outline moves it back
      // inside the plot (labelSpan).
      const zero = (-spec.domain[0] / span) * PLOT_PX;
      const [x0, x1] = labelSpan(r, "above", spec.domain);
      const along = at === "above" ? ((r.value < 0 ? x1 - zero : x0 - zero) / PLOT_PX) * plot.w : 0;
      return {text: r.text, at, dx: across + along, dy: at === "above" ? -category / 2 / (box.h * 72) : 0};
    })
  );
  slide.addChart("bar", [{name: spec.axis, labels, values: rows.map((r) => r.value)}], {
    ...box,
    ...manual,
    altText: spec.alt,
    lang: d.tag,
    barDir: "bar",
    barGapWidthPct: gapPct,
    chartColors: rows.map((r) => hex(r.color)),
    catAxisLabelFontFace: d.font,
    catAxisLabelFontSize: size,
    catAxisLabelColor: C.text,
    catAxisLineShow: false,
    catAxisMajorTickMark: "none",
    catAxisLabelPos: "low",
    valAxisMinVal: spec.domain[0],
    valAxisMaxVal: spec.domain[1],
    valAxisMajorUnit: spec.step,
    valAxisLabelFontFace: d.font,
    valAxisLabelFontSize: SIZE.note,
    valAxisLabelColor: C.muted,
    valAxisLabelFormatCode: tickFormatCode(spec.minus),
    valAxisLineShow: false,
    valGridLine: {color: C.rule, size: 0.75},
    catGridLine: {style: "none"},
    showValAxisTitle: true,
    valAxisTitle: spec.axis,
    valAxisTitleFontFace: d.font,
    valAxisTitleFontSize: SIZE.note,
    valAxisTitleColor: C.muted,
    showValue: true,
    dataLabelFontFace: d.font,
    dataLabelFontSize: size,
    dataLabelFontBold: true,
    dataLabelColor: C.text,
    dataLabelPosition: "outEnd",
    showLegend: false
  });
}

// --- Determinism ---

/**
 * pptxgenjs stamps the clock into docProps/core.xml (and into each chart's embedded workbook), dates every zip
 * entry, numbers charts with a counter that runs on across presentations in one process, and adds chart
 * files in the order their workbooks finish. Rewrites all of that: fixed dates, charts numbered from 1 in
 * slide order, entries in a fixed order. Also tags the speaker notes with the deck's language (pptxgenjs
 * always writes en-US there).
 */
async function normalise(raw: Buffer, date: Date, langTag: string, barTexts: BarText[][], font: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(raw);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const renumber = (pattern: RegExp) => {
    const ids = [...new Set(names.map((n) => pattern.exec(n)?.[1]).filter((x): x is string => !!x))].sort((x, y) => Number(x) - Number(y));
    return new Map(ids.map((id, i) => [id, String(i + 1)]));
  };
  const charts = renumber(/^ppt\/charts\/chart(\d+)\.xml$/);
  const sheets = renumber(/^ppt\/embeddings\/Microsoft_Excel_Worksheet(\d+)\.xlsx$/);
  const rename = (s: string) =>
    s
      .replace(/\bchart(\d+)\.xml/g, (m, id: string) => `chart${charts.get(id) ?? id}.xml`)
      .replace(/Microsoft_Excel_Worksheet(\d+)\.xlsx/g, (m, id: string) => `Microsoft_Excel_Worksheet${sheets.get(id) ?? id}.xlsx`);
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const out = new Map<string, string | Uint8Array>();
  for (const name of names) {
    const file = zip.files[name];
    if (/\.xlsx$/.test(name)) out.set(rename(name), await normaliseZip(await file.async("uint8array"), date, stamp));
    else if (/\.(xml|rels)$/.test(name)) {
      let text = rename(await file.async("string"));
      if (name === "docProps/core.xml") text = fixCore(text, stamp);
      if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) text = text.replace(/\blang="en-US"/g, `lang="${langTag}"`);
      const chart = /^ppt\/charts\/chart(\d+)\.xml$/.exec(rename(name));
      if (chart && barTexts[Number(chart[1]) - 1]) text = withBarTexts(text, barTexts[Number(chart[1]) - 1], {font, lang: langTag});
      out.set(rename(name), text);
    } else out.set(rename(name), await file.async("uint8array"));
  }
  return zipped(out, date);
}

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Where an office suite puts a bar's text for each placement: across and above start from the base and move. */
const LABEL_POS: Record<LabelAt, string> = {inside: "inEnd", outside: "outEnd", across: "inBase", above: "inBase"};

/**
 * Each bar's text exactly as the outline prints it (約, signs, percentages), which a number format cannot say:
 * one <c:dLbl> per bar with its own rich text, where the outline places it: inside the bar's end in white, beyond
 * it, or moved from the bar's base across zero or above the bar (a manual layout: offsets in shares of the chart).
 */
function withBarTexts(xml: string, texts: BarText[], {font, lang}: {font: string; lang: string}): string {
  const offset = (n: number) => String(Math.round(n * 1e5) / 1e5);
  const labels = texts
    .map((t, i) => {
      const layout =
        t.dx || t.dy
          ? `<c:layout><c:manualLayout><c:x val="${offset(t.dx)}"/><c:y val="${offset(t.dy)}"/></c:manualLayout></c:layout>`
          : "";
      const white = t.at === "inside" ? `<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>` : "";
      return `<c:dLbl><c:idx val="${i}"/>${layout}<c:tx><c:rich><a:bodyPr wrap="none"/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr><a:r><a:rPr lang="${lang}" b="1">${white}<a:latin typeface="${font}"/><a:ea typeface="${font}"/></a:rPr><a:t>${xmlText(t.text)}</a:t></a:r></a:p></c:rich></c:tx><c:dLblPos val="${LABEL_POS[t.at]}"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`;
    })
    .join("");
  // Into the series' data labels (the first <c:dLbls> of the series), before its shared settings.
  return xml.replace(/(<c:ser>[\s\S]*?<c:dLbls>)/, `$1${labels}`);
}

function fixCore(xml: string, stamp: string): string {
  return xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
}

/** Any Office zip (a chart's embedded workbook, Marp's PPTX) with its core.xml dates and zip dates fixed. */
export async function normaliseZip(
  bytes: Uint8Array,
  date: Date,
  stamp = date.toISOString().replace(/\.\d{3}Z$/, "Z")
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string | Uint8Array>();
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) {
    const file = zip.files[name];
    if (!/\.(xml|rels)$/.test(name)) out.set(name, await file.async("uint8array"));
    else {
      const text = await file.async("string");
      out.set(name, name === "docProps/core.xml" ? fixCore(text, stamp) : text);
    }
  }
  return new Uint8Array(await zipped(out, date));
}

/** Entries in a fixed order ([Content_Types].xml first, as Office writes it), each with the same date. */
async function zipped(files: Map<string, string | Uint8Array>, date: Date): Promise<Buffer> {
  const zip = new JSZip();
  const names = [...files.keys()].sort((x, y) =>
    x === "[Content_Types].xml" ? -1 : y === "[Content_Types].xml" ? 1 : x < y ? -1 : x > y ? 1 : 0
  );
  for (const name of names) zip.file(name, files.get(name)!, {date, createFolders: false});
  return zip.generateAsync({type: "nodebuffer", compression: "DEFLATE", compressionOptions: {level: 9}, platform: "DOS"});
}
