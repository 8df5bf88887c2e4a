// The deck as data: one pure outline of typed slide specs (title, figures, chart, tables, facts, notes,
// sources) that the Marp Markdown (deck.ts) and the editable PPTX (pptx.ts) only lay out. Every word and
// figure of a slide is decided here, once, so the two decks cannot drift apart: each kind of slide has its
// builder in slides/kinds/ (a pure function of the deck's context), its words in the deck locale pack
// (src/locale/deck.ts), and this file says in which order the kinds come.
import {displaySlide} from "./display.js";
import {firstMentions} from "./mentions.js";
import type {Briefing} from "../src/lib/briefing.js";
import type {Lang} from "../src/lib/format.js";
import {emWidth, notesLines, TITLE_MAX_EM, type SpeakerNotes} from "../src/lib/story.js";
import type {DeckWords} from "../src/locale/deck.js";
import {storyWords} from "../src/locale/story.js";
import {continueCharts, continueTables, stackTables} from "./layout.js";
import {changeSlides} from "./kinds/change.js";
import {compositionSlides} from "./kinds/composition.js";
import {deckContext, type DeckContext, type SlideKind} from "./kinds/context.js";
import {fundSlides} from "./kinds/fund.js";
import {groupSlides} from "./kinds/group.js";
import {headlineSlides} from "./kinds/headline.js";
import {keyPointSlides} from "./kinds/keypoints.js";
import {peopleSlides} from "./kinds/people.js";
import {programmeSlides} from "./kinds/programme.js";
import {riskSlides} from "./kinds/risks.js";
import {sourcesSlides} from "./kinds/sources.js";
import {summarySlides} from "./kinds/summary.js";
import {combineSheets} from "./sheets.js";
import {APPENDIX_DIVIDER, mainFlowCharts} from "./mainflow.js";

export {BAR_TEXT_PX, niceDomain, PLOT_PX, textPx} from "./kinds/chart.js";
import type {LabelAt} from "./kinds/chart.js";

/** How a figure reads: colour of a change, or plain. */
export type Tone = "plain" | "up" | "down" | "new" | "muted";

export interface FigureSpec {
  label: string;
  value: string;
  tone: Tone;
}

/** One bar: its label, its length (in the chart's unit) and the text printed on it, as the document prints it. */
export interface BarSpec {
  label: string;
  value: number;
  text: string;
  /** Colour, from the design tokens (#rrggbb). */
  color: string;
  /** The text sits inside the bar's end (white), else elsewhere (labelAt). */
  inside: boolean;
  /**
   * Where the text sits, decided by measurement (slides/kinds/chart.ts labelPlace): inside the bar's end, beyond
   * it, across zero (in the bar's band on the other side of the zero line) or above the bar. chart() always sets
   * it; a spec without it reads `inside` (inside, else beyond the end).
   */
  labelAt?: LabelAt;
}

/** A horizontal bar chart, drawn alike by the SVG (Marp) and the native PowerPoint chart. */
export interface ChartSpec {
  id: string;
  /** Alt text: what a reader who cannot see the chart needs from it. */
  alt: string;
  /** The value axis title, e.g. 百万円. */
  axis: string;
  rows: BarSpec[];
  /** A rounded domain and its ticks, shared by both renderers. */
  domain: [number, number];
  step: number;
  /** The sign a negative tick is printed with, as the bars' texts print a decrease (▲ / −); absent: −. */
  minus?: string;
  /** What the bars' colours mean, where the chart says it (a composition by budget line); absent: barLegend. */
  legend?: {label: string; color: string}[];
}

export interface TableSpec {
  columns: {label: string; align: "left" | "right"}[];
  rows: {cells: string[]; tones?: Tone[]; strong?: boolean}[];
  /** The rows are the slide's statements (key points): with room to spare they are set larger (layout.ts tableMaxPx). */
  statements?: boolean;
}

export interface FactSpec {
  term: string;
  value: string;
}

export type Layout = "title" | "chart" | "table" | "two-tables" | "programme";

export interface SlideSpec {
  id: string;
  part: "main" | "appendix";
  layout: Layout;
  /** A statement computed from the figures, at most TITLE_MAX_COLUMNS wide. */
  title: string;
  subtitle?: string;
  figures: FigureSpec[];
  chart?: ChartSpec;
  tables: TableSpec[];
  facts: FactSpec[];
  /** The document's own description of the programme (texts.csv), shown in its words with a label. */
  about?: {label: string; text: string};
  /** ※ notes and short remarks printed under the body. */
  footnotes: string[];
  notes: SpeakerNotes;
  /** Where the slide's figures are in the document. */
  sources: string[];
  /** The programme this slide is the one sheet of (its appendix sheet, or the fund slide for the fund's programme). */
  programme?: string;
  /**
   * Programme sheets set together on this slide (slides/sheets.ts: on a small edition, sheets that fit one slide
   * at the deck's own type size), each with its figures, description, facts and full name; the slide's own are empty.
   */
  sheets?: SlideSpec[];
  /**
   * The type scale of a programme sheet when sheets of one kind share one (slides/sheets.ts: the appendix's
   * programme sheets are set at the smallest scale that fits them all); absent, the slide's own (layout.ts).
   */
  scale?: number;
}

export interface DeckOutline {
  lang: Lang;
  slides: SlideSpec[];
}

/** The kinds of slide in deck order: the main flow (at most 8 slides), then the appendix. */
const KINDS: SlideKind[] = [
  headlineSlides,
  keyPointSlides,
  compositionSlides,
  changeSlides,
  fundSlides,
  peopleSlides,
  riskSlides,
  // Appendix, opening with its divider, then the summary table: the budget lines, one sheet per programme; the
  // notes and sources last of all.
  appendixDivider,
  summarySlides,
  groupSlides,
  programmeSlides,
  sourcesSlides
];

/**
 * The appendix's divider (参考 / Reference): what the appendix holds and on which slides, so a reader of the printed
 * deck finds a programme's sheet, and the sheet is not a title alone. Its table is filled by appendixContents
 * once every slide, continuations too, has its place.
 */
function appendixDivider({w}: DeckContext): SlideSpec[] {
  return [
    {
      id: APPENDIX_DIVIDER,
      part: "appendix",
      layout: "table",
      title: w.appendixTitle,
      figures: [],
      tables: [],
      facts: [],
      footnotes: [],
      notes: {points: [w.appendixPoint], questions: []},
      sources: []
    }
  ];
}

/** The outline of the deck in one language: the main flow (at most 8 slides), then the appendix, the sources last. */
export function deckOutline(b: Briefing, lang: Lang): DeckOutline {
  const ctx = deckContext(b, lang);
  const fits = (t: string) => emWidth(t) <= TITLE_MAX_EM;
  const slides = firstMentions(
    b,
    lang,
    combineSheets(
      KINDS.flatMap((kind) => kind(ctx)).map((s) => displaySlide(s, lang)),
      ctx
    ).map((s) => ({...s, notes: sentences(s.notes, lang)})),
    fits
  );
  // Charts continued where they must be; a main one then shows its largest bars, the whole in the appendix
  // (slides/mainflow.ts), so the main flow stays at most 8 slides.
  const charted = mainFlowCharts(continueCharts(stackTables(slides), lang, fits), ctx.w);
  return {lang, slides: appendixContents(continueTables(charted, lang, fits), ctx.w)};
}

/**
 * The divider's table: the slides after it in runs of one kind (the id before its first "-": programme, group,
 * summary with its continuations), a run of programme sheets or budget lines as one row, any other run named by
 * its first slide's title; each with its slide numbers.
 */
export function appendixContents(slides: SlideSpec[], w: DeckWords): SlideSpec[] {
  const at = slides.findIndex((s) => s.id === APPENDIX_DIVIDER);
  if (at < 0) return slides;
  const kindOf = (s: SlideSpec) => s.id.split("-")[0];
  const runs: {kind: string; first: SlideSpec; from: number; to: number; count: number}[] = [];
  slides.slice(at + 1).forEach((s, k) => {
    const page = at + 2 + k;
    const last = runs.at(-1);
    if (last && last.kind === kindOf(s)) {
      last.to = page;
      // A continuation (x-cont1, x-notes) is a page of the same slide, not one more of its kind.
      if (!/-(cont\d+|notes)$/.test(s.id)) last.count++;
    } else runs.push({kind: kindOf(s), first: s, from: page, to: page, count: 1});
  });
  const table: TableSpec = {
    columns: [
      {label: w.contentsColumns[0], align: "left"},
      {label: w.contentsColumns[1], align: "right"}
    ],
    rows: runs.map((r) => ({cells: [w.contentsGroup(r.kind, r.count, r.first.title), w.slidePages(r.from, r.to)]}))
  };
  return slides.map((s, i) => (i === at ? {...s, tables: [table]} : s));
}

/**
 * Notes a presenter reads out: every point and answer a whole sentence (。 / a full stop), the document's
 * passages (「…として採用」) included, so one point does not run into the next.
 */
function sentences(n: SpeakerNotes, lang: Lang): SpeakerNotes {
  const sentence = storyWords(lang).asSentence;
  return {points: n.points.map(sentence), questions: n.questions.map((x) => ({...x, a: sentence(x.a)}))};
}

/** Speaker notes of a slide as lines, in the slide's language. */
export const slideNotes = (s: SlideSpec, lang: Lang) => notesLines(s.notes, lang);
