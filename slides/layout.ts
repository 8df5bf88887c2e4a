// The slide's boxes, measured (src/lib/measure.ts) in the Marp theme's geometry (slides/theme.ts): how many
// figure tiles a row holds, how tall a table is at each density, how many lines a footnote takes. The deck
// (deck.ts) decides classes from these, the outline (outline.ts) continues a table on a following slide when
// it cannot fit, and test/layout checks every generated edition against the same numbers.
import {lineCount, measure, wrapText, type Type} from "../src/lib/measure.js";
import {KEPT_RUN, phrases, wrapPhrases} from "../src/components/phrases.js";
import {textWidth} from "../src/lib/labels.js";
import {tokens} from "../src/lib/tokens.js";
import {BAR_TEXT_PX, PLOT_PX} from "./kinds/chart.js";
import type {BarSpec, ChartSpec, FigureSpec, SlideSpec, TableSpec} from "./outline.js";

const S = tokens.deck;
/** The slide body: 1280 × 720 less the theme's padding (48 64 64), the title with its rule and the footer. */
export const SLIDE = {width: 1280, height: 720} as const;
export const BODY_WIDTH = SLIDE.width - 2 * 64;
export const BODY_HEIGHT = SLIDE.height - 48 - 64 - 70;
/** Body text's line height (the theme's section line-height). */
const LEADING = 1.45;

/** Lines `text` takes across `width` px at `size` px (the deck's font). */
export const lines = (text: string, size: number, width: number, bold = false) => lineCount(text, width, {size, bold});

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/**
 * Lines of a table cell: Japanese breaks between phrases (the theme's `word-break: auto-phrase` on td and th), which
 * may take more lines than breaking at any character; other text as `lines` counts it.
 */
export const phraseLines = (text: string, size: number, width: number, bold = false) =>
  JAPANESE.test(text) || new RegExp(KEPT_RUN.source, "u").test(text)
    ? Math.max(lines(text, size, width, bold), wrapPhrases(text, width, {size, bold}).length)
    : lines(text, size, width, bold);

/**
 * The lines a table cell is set in: a cell may hold a list (the risks slide's notes, one to a line), its items
 * separated by "\n", each set on a line of its own (a <br> in the Marp deck, a paragraph in the editable PPTX).
 */
export const cellItems = (text: string): string[] => text.split("\n");

/** The width of a cell's widest line. */
const cellWidth = (text: string, type: Type) => Math.max(...cellItems(text).map((x) => measure(x, type)));

/** Height of the footnotes at the note size: every line of each (shown whole, never clamped), 4 px apart. */
export const footnotesHeight = (notes: string[]) =>
  notes.length ? notes.reduce((t, f) => t + phraseLines(f, S.note, BODY_WIDTH) * S.note * LEADING + 4, 10) : 0;

/** The subtitle's height: every line of it (a full name from data is shown whole) and its margin. */
export const subtitleHeight = (s: SlideSpec) => (s.subtitle ? lines(s.subtitle, S.subtitle, BODY_WIDTH) * S.subtitle * LEADING + 4 : 0);

// --- Figure tiles ---

const TILE_GAP = 20;
/** A tile's border (8), padding (2 × 16) and a little for the browser's rounding. */
const TILE_CHROME = 44;

/** The width a tile needs: its value on one line (bold, never wraps) or its label, whichever is wider. */
export const tileWidth = (f: FigureSpec, k = 1) =>
  Math.max(measure(f.value, {size: S.figure * k, bold: true}), measure(f.label, {size: S.figureLabel * k})) + TILE_CHROME;

/**
 * The tiles' rows: in order, as many to a row as their measured widths and the gaps allow (as a wrapping
 * flex row lays them out), each at least one.
 */
export function tileRows(figures: FigureSpec[], width = BODY_WIDTH, k = 1): FigureSpec[][] {
  const rows: FigureSpec[][] = [];
  let used = Infinity;
  for (const f of figures) {
    const w = tileWidth(f, k);
    if (used + TILE_GAP + w > width) {
      rows.push([f]);
      used = w;
    } else {
      rows[rows.length - 1].push(f);
      used += TILE_GAP + w;
    }
  }
  return rows;
}

/** Whether the tiles all fit one row (else they wrap, tileRows). */
export const tilesInOneRow = (figures: FigureSpec[], width = BODY_WIDTH, k = 1) => tileRows(figures, width, k).length <= 1;

/** Height of the tiles' rows: label, value and padding per row, the gap between rows and the margins around. */
export function tilesHeight(figures: FigureSpec[], width = BODY_WIDTH, k = 1): number {
  if (!figures.length) return 0;
  const rows = tileRows(figures, width, k).length;
  return rows * ((S.figureLabel * LEADING + S.figure * 1.2) * k + 16) + (rows - 1) * TILE_GAP + 20;
}

/** Whether the widest tile fits the width at all (a value wider than the body cannot be shown whole). */
export const tilesFit = (figures: FigureSpec[], width = BODY_WIDTH, k = 1) => figures.every((f) => tileWidth(f, k) <= width);

// --- Tables ---

/** The theme's table classes, roomiest first: their type size and cell padding (vertical, horizontal), in px. */
const CLASSES = [
  {name: "roomy", size: S.body, padY: 8, padX: 12},
  {name: "", size: S.table, padY: 6, padX: 10},
  {name: "dense", size: Math.round(S.table * 0.8), padY: 2, padX: 8},
  {name: "dense tiny", size: Math.round(S.table * 0.6), padY: 0, padX: 6}
] as const;
/**
 * Every density a table may take, roomiest first: each whole px size from the roomy class's down to the tiny
 * one's, with the padding of the class whose size it reaches (the deck sets the size inline), so a table is
 * set as large as its measured height allows.
 */
export const DENSITIES: {name: string; size: number; padY: number; padX: number}[] = [];
for (let size: number = CLASSES[0].size; size >= CLASSES[CLASSES.length - 1].size; size--) {
  const c = CLASSES.find((k) => size >= k.size)!;
  DENSITIES.push({...c, size});
}
export type Density = (typeof DENSITIES)[number];
/** Whether a density is the theme class's own size (no inline size needed). */
export const classSize = (d: Density) => CLASSES.some((c) => c.name === d.name && c.size === d.size);

/**
 * Column widths as a browser's automatic table layout gives them, approximately: every column its widest
 * text when all fit; else right-aligned columns (figures) keep theirs and the others share what is left in
 * proportion to their widest text, the first at least 240 px (the theme's minimum).
 */
export const columnWidths = (t: TableSpec, width: number, d: Density): number[] =>
  remembered(`c|${width}|${d.size}|${d.padX}`, t, () => measuredColumnWidths(t, width, d)).slice();

/**
 * Table measures by the table's content and the geometry they depend on: choosing a density measures the same
 * table at up to a dozen sizes, often the same ones again (tableDensity, then filledDensity for the outline, the
 * deck and the handout), and each measure wraps every cell. Keyed by content, not by the object, so a table edited
 * after it was measured is measured again. Bounded: cleared when full.
 */
const measures = new Map<string, unknown>();
function remembered<T>(what: string, t: TableSpec, measure: () => T): T {
  const key = `${what}|${JSON.stringify(t)}`;
  if (measures.has(key)) return measures.get(key) as T;
  if (measures.size >= 20_000) measures.clear();
  const value = measure();
  measures.set(key, value);
  return value;
}

function measuredColumnWidths(t: TableSpec, width: number, d: Density): number[] {
  const type: Type = {size: d.size};
  const pad = 2 * d.padX + 1;
  const texts = (i: number) => [t.columns[i].label, ...t.rows.map((r) => r.cells[i] ?? "")];
  // Right-aligned cells and their headers never wrap (the theme's td.num); the others wrap down to their
  // longest word (or one CJK character), the first column to no less than the theme's 240 px.
  // A strong row (a total) is set bold: measured so.
  const want = t.columns.map(
    (c, i) => Math.max(measure(c.label, type), ...t.rows.map((r) => cellWidth(r.cells[i] ?? "", {...type, bold: !!r.strong}))) + pad
  );
  const broken = t.columns.map((c, i) =>
    c.align === "right"
      ? want[i]
      : Math.max(
          i === 0 ? 240 : 0,
          ...texts(i)
            .flatMap(cellItems)
            .flatMap((x) => wrapText(x, 1, type).map((w) => measure(w, type) + pad))
        )
  );
  if (want.reduce((a, b) => a + b, 0) <= width) return want;
  // Japanese cells break between phrases (the theme's auto-phrase); a column narrower than its longest phrase
  // breaks it inside a word (「招へ｜い」), so a column is at least its longest phrase where the table has room.
  const longest = phraseWidths(t, d);
  const phrased = t.columns.map((c, i) => (c.align === "right" ? want[i] : Math.max(broken[i], longest[i])));
  // The first column holds the statement or note, the others names and figures: when the others all fit whole
  // beside the first at its least, they are kept whole (a name such as 「戦略的国際展開（第7節）」 is not broken
  // inside a word) and the first column wraps in what is left.
  const whole = (least: number[]) => least.map((l, i) => (i === 0 ? l : want[i]));
  const fits = (ws: number[]) => ws.reduce((a, b) => a + b, 0) <= width;
  const least = [whole(phrased), phrased, whole(broken)].find(fits) ?? broken;
  const fixed = least.reduce((a, b) => a + b, 0);
  const stretch = want.reduce((a, w, i) => a + (w - least[i]), 0) || 1;
  // What is left over the least widths goes to the columns in proportion to how much more they would take.
  return least.map((l, i) => l + (Math.max(0, width - fixed) * (want[i] - l)) / stretch);
}

/**
 * What a phrase's cell takes beyond its measured width: Chromium lays a line out in 1/64 px units and a column
 * exactly as wide as its phrase (「外国人研究者招へい」, 240.6 px for 240.6 px) broke it 「招へ｜い」.
 */
const PHRASE_SLACK_PX = 3;

/**
 * Each column's longest unbreakable piece with the cell's padding (0 where none): a Japanese phrase, a kept run in
 * any language (¥0.3 billion, 2015-2036). Narrower, a word or a figure is broken.
 */
function phraseWidths(t: TableSpec, d: Density): number[] {
  const type: Type = {size: d.size};
  const pieces = (x: string) => (JAPANESE.test(x) ? phrases(x) : [...x.matchAll(KEPT_RUN)].map((m) => m[0]));
  return remembered(`p|${d.size}|${d.padX}`, t, () =>
    t.columns.map((c, i) =>
      Math.max(
        0,
        ...[c.label, ...t.rows.map((r) => r.cells[i] ?? "")]
          .flatMap(cellItems)
          .flatMap((x) => pieces(x).map((p) => measure(p.trim(), type) + 2 * d.padX + 1 + PHRASE_SLACK_PX))
      )
    )
  );
}

/** Whether every column is as wide as its longest Japanese phrase at a density (none is broken inside a word). */
export const phrasesWhole = (t: TableSpec, width: number, d: Density) => {
  const longest = phraseWidths(t, d);
  return columnWidths(t, width, d).every((w, i) => t.columns[i].align === "right" || w + 0.5 >= longest[i]);
};

/** The share of a cell's width that line counts assume (see tableHeight). */
const WRAP_SLACK = 0.94;

/** Height of a table at a density across `width`: each row as tall as its cell with most lines. */
export function tableHeight(t: TableSpec, width: number, d: Density): number {
  return rowLines(t, width, d).reduce((h, n) => h + n * d.size * LEADING + 2 * d.padY + 1, 0);
}

/**
 * Lines of each row (the header first) at a density across `width`: its cell with most lines. `strict` counts
 * every cell with the slack, even one as wide as its column (for type set larger than the theme's sizes, where a
 * line that fits by a few px broke in Chromium and ran the table into the footer).
 */
export const rowLines = (t: TableSpec, width: number, d: Density, strict = false): number[] =>
  remembered(`r|${width}|${d.size}|${d.padX}|${strict}`, t, () => measuredRowLines(t, width, d, strict)).slice();

function measuredRowLines(t: TableSpec, width: number, d: Density, strict: boolean): number[] {
  const cols = columnWidths(t, width, d);
  // Lines are counted a little narrower than the cell (WRAP_SLACK): where a word falls at the very end of a line,
  // the browser's sub-pixel layout and kerning may break it one word earlier than the metrics say, and a row
  // that takes one more line than measured pushed a slide's footnotes into its footer.
  // A cell whose text fits its column whole (a column as wide as its widest text) is one line, slack or not.
  // A cell holding a list takes the lines of each of its items.
  const cellLines = (c: string, i: number, bold: boolean) => {
    const inner = (cols[i] ?? width) - 2 * d.padX - 1;
    const itemLines = (x: string) =>
      !strict && measure(x, {size: d.size, bold}) <= inner ? 1 : phraseLines(x, d.size, Math.max(1, inner * WRAP_SLACK), bold);
    return cellItems(c).reduce((n, x) => n + itemLines(x), 0);
  };
  const row = (cells: string[], bold = false) => Math.max(1, ...cells.map((c, i) => cellLines(c, i, bold)));
  return [row(t.columns.map((c) => c.label)), ...t.rows.map((r) => row(r.cells, !!r.strong))];
}

/** Total width the table's columns ask (wider than `width` means a column is squeezed below its words). */
export const tableWidth = (t: TableSpec, width: number, d: Density) => columnWidths(t, width, d).reduce((a, b) => a + b, 0);

/**
 * The roomiest density at which the table fits `room` px high, roomy only when `roomy` allows it, or
 * undefined when not even the tiniest fits (the outline then continues the table on another slide).
 */
export function tableDensity(t: TableSpec, width: number, room: number, roomy = true): Density | undefined {
  const fit = DENSITIES.filter((d) => roomy || d.name !== "roomy").filter(
    (d) => tableHeight(t, width, d) <= room && tableWidth(t, width, d) <= width + 0.5
  );
  // A few px smaller rather than a Japanese word broken in its column (「招へ｜い」), when that keeps every phrase whole.
  return fit.find((d) => d.size >= fit[0].size - PHRASE_SHRINK_PX && phrasesWhole(t, width, d)) ?? fit[0];
}

/** How much smaller a table's type may be set to keep its Japanese phrases whole. */
const PHRASE_SHRINK_PX = 4;

/** The largest type a table with room to spare is set in: no larger than the slide's title. */
export const TABLE_MAX_PX = S.title;
/**
 * The largest type a table is set in: a table of the slide's statements (key points) as large as the headline,
 * so a slide of one or two points on a small edition is set large rather than left in its top half (while its
 * rows keep their lines: filledDensity); others TABLE_MAX_PX.
 */
export const tableMaxPx = (t: TableSpec) => (t.statements ? S.headline : TABLE_MAX_PX);
/**
 * The most padding above and below a cell's text when a table's rows are spread over its room: with the rule
 * under every row, a row stays one band of text, its padding never wider than a line of the body size.
 */
export const FILL_PAD_MAX = Math.round(S.body * 1.25);
/**
 * The most padding a spread row of `t` takes: FILL_PAD_MAX; none for a table of the slide's statements (key
 * points), whose rows share the room whole, so a slide of two points fills it as one of four does.
 */
export const fillPadMax = (t: TableSpec) => (t.statements ? Infinity : FILL_PAD_MAX);

/**
 * A table set to fill its room, as a slide's table fills its placeholder: at the roomiest density that fits
 * (tableDensity), a roomy table set larger still while it fits (up to TABLE_MAX_PX), then its rows spread over
 * the height left, less a twentieth in hand (cell padding up to FILL_PAD_MAX). Measured, so a table of few rows on a small edition takes
 * the slide rather than its top third, and one that fills its room already is set as before.
 */
export function filledDensity(t: TableSpec, width: number, room: number, roomy = true): Density {
  let d = tableDensity(t, width, room, roomy) ?? TINIEST;
  const fits = (x: Density) => tableHeight(t, width, x) <= room && tableWidth(t, width, x) <= width + 0.5;
  // Larger type never breaks a Japanese phrase that was whole (「外国人研究者招へい」 set so large its column
  // cannot hold it read 「招へ｜い」).
  const whole = phrasesWhole(t, width, d);
  const grow = (max: number, keep: (x: Density) => boolean = () => true) => {
    for (let size = d.size + 1; size <= max; size++) {
      const larger = {...d, size};
      if (!fits(larger) || !keep(larger) || (whole && !phrasesWhole(t, width, larger))) break;
      d = larger;
    }
  };
  if (roomy && d === DENSITIES[0]) {
    grow(TABLE_MAX_PX);
    // A slide's statements go on up to the headline's size, while every row keeps its lines: larger type that
    // breaks a statement into more lines (its figure column kept whole) reads worse than its rows spread.
    const base = rowLines(t, width, d);
    if (t.statements) grow(S.headline, (x) => rowLines(t, width, x, true).every((n, i) => n <= base[i]));
  }
  const spare = room - tableHeight(t, width, d);
  const rows = t.rows.length + 1;
  return spare > 0 ? {...d, padY: Math.min(Math.max(d.padY, fillPadMax(t)), d.padY + Math.floor((spare * 0.95) / (2 * rows)))} : d;
}

/** The room a table slide's tables have: the body less subtitle, tiles and footnotes. */
export function tableRoom(s: SlideSpec): {width: number; height: number} {
  const two = s.layout === "two-tables";
  return {
    width: two ? (BODY_WIDTH - 36) / 2 : BODY_WIDTH,
    height: BODY_HEIGHT - subtitleHeight(s) - tilesHeight(s.figures) - footnotesHeight(s.footnotes) - (two ? 0 : (s.tables.length - 1) * 16)
  };
}

// --- Charts ---

/** The size to draw a slide's chart so it fills the body left by its subtitle, figures and footnotes (measured). */
export function chartSize(s: SlideSpec): {width: number; height: number} {
  const used = subtitleHeight(s) + tilesHeight(s.figures) + footnotesHeight(s.footnotes) + 12;
  return {width: BODY_WIDTH, height: Math.max(MIN_CHART_PX, Math.floor(BODY_HEIGHT - used))};
}

/**
 * The widest line of a bar's label: the SVG chart (slides/svg.ts chartGeometry) gives the labels the body less
 * the plot and its 16 px, and sets them 3 px from the plot; a little more is kept in hand.
 */
export const LABEL_PX = BODY_WIDTH - PLOT_PX - 16 - 18;
/** The smallest type a chart's bar labels are set in before the chart continues on another slide. */
export const MIN_BAR_TEXT_PX = 14;
/** The type size of a chart's labels and bar texts at `height` px for `n` bars: as slides/svg.ts chartGeometry sets it. */
export const barTextSize = (n: number, height: number) =>
  Math.max(11, Math.min(BAR_TEXT_PX, Math.floor(((height - 56) / Math.max(1, n)) * 0.5)));
/**
 * A bar's label broken into the lines it takes in the label column at `size` px (measured), joined by newlines;
 * one character narrower, as a closing mark or 「ー」 never starts a line and may end one past the width.
 */
export const wrapLabel = (label: string, size: number) => wrapText(label, LABEL_PX - size, {size}).join("\n");

/** The chart as the SVG draws it at `size`: each label on the lines it measures in the label column (wrapLabel). */
export const wrappedChart = (c: ChartSpec, size: {height: number}): ChartSpec => {
  const type = barTextSize(c.rows.length, size.height);
  return {...c, rows: c.rows.map((r) => ({...r, label: wrapLabel(r.label, type)}))};
};

/** Whether a chart's bars fit `height` px: type no smaller than MIN_BAR_TEXT_PX and each label's lines within its bar's band. */
export function chartFits(rows: Pick<BarSpec, "label">[], height: number): boolean {
  const size = barTextSize(rows.length, height);
  const band = (height - 56) / Math.max(1, rows.length);
  return size >= MIN_BAR_TEXT_PX && rows.every((r) => lineCount(r.label, LABEL_PX - size, {size}) * size * 1.2 <= band * 0.9);
}

/** The densest a table is ever set. */
const TINIEST = DENSITIES[DENSITIES.length - 1];
const CONTINUED = {ja: "（続き）", en: " (cont.)"} as const;

/** Whether each of a slide's tables fits its room at some density. */
export const tablesFit = (s: SlideSpec) => {
  const room = tableRoom(s);
  const each = s.layout === "two-tables" ? room.height : room.height / Math.max(1, s.tables.length);
  return s.tables.every((t) => !!tableDensity(t, room.width, each));
};

/** The share of its room a table slide's tables take, each set to fill its own room (filledDensity), measured. */
function tablesFullness(s: SlideSpec): number {
  const room = tableRoom(s);
  const two = s.layout === "two-tables";
  const each = two ? room.height : room.height / Math.max(1, s.tables.length);
  const heights = s.tables.map((t) => tableHeight(t, room.width, filledDensity(t, room.width, each)));
  return Math.min(1, (two ? Math.max(...heights) : heights.reduce((a, b) => a + b, 0)) / room.height);
}

/**
 * Two tables side by side that fill more of the slide one under the other (short tables on a small edition: side
 * by side they take its top half) are set one under the other, when both fit so, as measured.
 */
export function stackTables(slides: SlideSpec[]): SlideSpec[] {
  return slides.map((s) => {
    if (s.layout !== "two-tables" || s.tables.length < 2 || !tablesFit(s)) return s;
    const stacked: SlideSpec = {...s, layout: "table"};
    return tablesFit(stacked) && tablesFullness(stacked) > tablesFullness(s) ? stacked : s;
  });
}

/** A following slide's title: the title marked 「（続き）」/"(cont.)", or the mark alone when that would not fit. */
const continued = (title: string, lang: "ja" | "en", titleFits: (title: string) => boolean) =>
  titleFits(title + CONTINUED[lang]) ? title + CONTINUED[lang] : CONTINUED[lang].trim();

/**
 * Chart slides whose bars cannot fit (labels too long or too many bars for legible type), continued on following
 * slides: the bars split evenly into as few parts as fit, on one shared axis (the domain is the whole chart's),
 * the tiles on the first slide, the footnotes on the last, each following title marked as continued.
 */
export function continueCharts(slides: SlideSpec[], lang: "ja" | "en", titleFits: (title: string) => boolean): SlideSpec[] {
  return slides.flatMap((whole) => {
    // Footnotes so long that they would leave the chart less than its least height go on a slide of their own.
    const cramped =
      whole.layout === "chart" &&
      !!whole.chart &&
      whole.footnotes.length > 0 &&
      BODY_HEIGHT - chartSize({...whole, footnotes: []}).height + footnotesHeight(whole.footnotes) > BODY_HEIGHT - MIN_CHART_PX;
    const s = cramped ? {...whole, footnotes: []} : whole;
    const notes: SlideSpec[] = cramped
      ? [{...whole, id: `${whole.id}-notes`, title: continued(whole.title, lang, titleFits), figures: [], chart: undefined}]
      : [];
    return [...chartParts(s, lang, titleFits), ...notes];
  });
}

/** The least height a chart is drawn at (chartSize). */
export const MIN_CHART_PX = 200;

function chartParts(s: SlideSpec, lang: "ja" | "en", titleFits: (title: string) => boolean): SlideSpec[] {
  {
    const c = s.chart;
    if (s.layout !== "chart" || !c || c.rows.length < 2 || chartFits(c.rows, chartSize(s).height)) return [s];
    const split = (parts: number): SlideSpec[] => {
      const per = Math.ceil(c.rows.length / parts);
      const chunks: BarSpec[][] = [];
      for (let i = 0; i < c.rows.length; i += per) chunks.push(c.rows.slice(i, i + per));
      return chunks.map((rows, i) => ({
        ...s,
        id: i ? `${s.id}-cont${i}` : s.id,
        title: i ? continued(s.title, lang, titleFits) : s.title,
        figures: i ? [] : s.figures,
        footnotes: i === chunks.length - 1 ? s.footnotes : [],
        chart: {...c, id: i ? `${c.id}-cont${i}` : c.id, rows}
      }));
    };
    for (let parts = 2; parts < c.rows.length; parts++) {
      const out = split(parts);
      if (out.every((p) => chartFits(p.chart!.rows, chartSize(p).height))) return out;
    }
    return split(c.rows.length);
  }
}

/**
 * Slides whose tables cannot fit, however dense, continued on following slides: the rows split where the
 * room ends (the header repeats), the tiles on the first slide, the footnotes on the last, and the title of
 * each following slide marked 「（続き）」/"(cont.)". Two tables side by side that cannot fit go one per slide.
 */
export function continueTables(slides: SlideSpec[], lang: "ja" | "en", titleFits: (title: string) => boolean): SlideSpec[] {
  const cont = (title: string) => continued(title, lang, titleFits);
  const out: SlideSpec[] = [];
  for (const s of slides) {
    if ((s.layout !== "table" && s.layout !== "two-tables") || !s.tables.length || tablesFit(s)) {
      out.push(s);
      continue;
    }
    const singles: SlideSpec[] = s.tables.map((t, i) => ({
      ...s,
      id: i ? `${s.id}-${i + 1}` : s.id,
      layout: "table",
      title: i ? cont(s.title) : s.title,
      figures: i ? [] : s.figures,
      footnotes: i === s.tables.length - 1 ? s.footnotes : [],
      tables: [t]
    }));
    for (const one of singles) {
      if (tablesFit(one)) {
        out.push(one);
        continue;
      }
      const t = one.tables[0];
      let rest = t.rows;
      let part = 0;
      while (rest.length) {
        const base: SlideSpec = {
          ...one,
          id: part ? `${one.id}-cont${part}` : one.id,
          title: part ? cont(one.title.endsWith(CONTINUED[lang]) ? one.title.slice(0, -CONTINUED[lang].length) : one.title) : one.title,
          figures: part ? [] : one.figures
        };
        // As many rows as fit with the footnotes below (the last part) or without (the others).
        const fits = (n: number, last: boolean) => {
          const candidate = {...base, footnotes: last ? one.footnotes : [], tables: [{...t, rows: rest.slice(0, n)}]};
          return tableHeight(candidate.tables[0], tableRoom(candidate).width, TINIEST) <= tableRoom(candidate).height;
        };
        if (fits(rest.length, true)) {
          out.push({...base, footnotes: one.footnotes, tables: [{...t, rows: rest}]});
          break;
        }
        let n = 1;
        while (n < rest.length && fits(n + 1, false)) n++;
        out.push({...base, footnotes: [], tables: [{...t, rows: rest.slice(0, n)}]});
        rest = rest.slice(n);
        part++;
      }
    }
  }
  return out;
}

// --- Programme sheets ---

/** The share of the body's width a fact's value takes (its term takes the rest). */
export const FACT_VALUE = 0.7;

/** Descriptions longer than this many columns (a CJK character is two) are set at table size to fit. */
export const ABOUT_LONG = 400;

/**
 * The largest type scale of a programme slide: its description (body size) set no larger than the cover's
 * headline, the theme's largest type. A sheet with few words is set large rather than left mostly empty.
 */
export const PROGRAMME_SCALE_MAX = S.headline / S.body;
/** The type scales a programme slide may take, smallest first, in tenths up to PROGRAMME_SCALE_MAX. */
const SCALES = Array.from({length: Math.floor(PROGRAMME_SCALE_MAX * 10 + 1e-9) - 7}, (_, i) => (8 + i) / 10);

/** The space between two programme sheets set on one slide (slides/sheets.ts). */
export const SHEET_GAP = 12;

/** The programme sheets a slide shows: its own, or those set together on it (slides/sheets.ts). */
export const sheetsOf = (s: SlideSpec): SlideSpec[] => s.sheets ?? [s];

/**
 * How much larger a programme slide sets its tiles, description and facts: the largest scale at which they
 * still fit the body with some room (measured; the overflow and emptiness tests check the rendering), or the
 * smallest. A slide with few words sets them large rather than leaving the lower half of the slide empty; one
 * with many sets them smaller. Sheets set together share one scale. The editable PPTX uses the same scale.
 */
export function programmeScale(s: SlideSpec): number {
  const {room, used} = programmeBoxes(s);
  // The tiles' values do not wrap: each must fit the width at the scale (they wrap to further rows, measured in used()).
  return SCALES.filter((k) => k === SCALES[0] || (used(k) <= room && sheetsOf(s).every((p) => tilesFit(p.figures, BODY_WIDTH, k)))).pop()!;
}

/** Height one sheet's tiles, description and facts take at scale `k`, measured. */
function sheetUsed(s: SlideSpec, k: number): number {
  const tiles = tilesHeight(s.figures, BODY_WIDTH, k);
  const size = (s.about && textWidth(s.about.text) > ABOUT_LONG ? S.table : S.body) * k;
  const about = s.about ? S.figureLabel * 1.45 * k + lines(s.about.text, size, BODY_WIDTH - 20) * size * 1.5 + 22 : 0;
  const facts = s.facts.reduce(
    (t, f) => t + Math.min(3, phraseLines(f.value, S.table * k, BODY_WIDTH * FACT_VALUE)) * S.table * k * 1.45 + 12 * k + 1,
    0
  );
  return tiles + about + facts;
}

/**
 * A programme slide's room below its subtitle and above its footnotes, and the height its boxes take at scale
 * `k`, measured; for sheets set together, each with its name over it and the gap between them.
 */
export function programmeBoxes(s: SlideSpec): {room: number; used: (k: number) => number; smallest: number} {
  const room = BODY_HEIGHT - subtitleHeight(s) - footnotesHeight(s.footnotes) - 14;
  const used = (k: number) =>
    s.sheets ? s.sheets.reduce((t, p, i) => t + (i ? SHEET_GAP : 0) + subtitleHeight(p) + sheetUsed(p, k), 0) : sheetUsed(s, k);
  return {room, used, smallest: SCALES[0]};
}
