// The briefing deck as an *editable* PowerPoint file: real text boxes, native charts and a native table, so a
// presenter can change a word without rebuilding. Marp's PPTX is one picture per slide; this one mirrors
// renderDeck (deck.ts) slide for slide and says the same things, because every sentence and figure comes from
// the same text functions (text.ts, format.ts). Output is byte-for-byte deterministic for a given briefing.
import JSZip from "jszip";
import type * as Pptx from "pptxgenjs";
import pptxgenjs from "pptxgenjs";
import type {Briefing} from "../src/lib/briefing.js";
import {strandColour} from "../src/lib/tokens.js";
import {asOfDate, asOfText, briefingTitle, documentTitle, footerText} from "../src/lib/edition.js";
import type {EntityFigures} from "../src/lib/derive.js";
import {formatAmount, formatChange, formatPct, unitLabel, unitSize, type Lang} from "../src/lib/format.js";
import {
  ATTRIBUTES,
  changeSentence,
  chartSummary,
  countedIds,
  entity,
  fullName,
  itemisationText,
  messageText,
  noteText,
  roundingNote,
  shortName,
  stageLabel,
  stageShort
} from "../src/lib/text.js";
import {tokens} from "../src/lib/tokens.js";
import {textWidth, wrapLabel} from "../src/components/labels.js";
import {networkLine, SLIDE_FACTS, UI} from "./words.js";

// --- Design: tokens.ts, in PowerPoint units. ---

/** The installed family name; tokens.font.family is the report's self-hosted subset ("Kit Noto Sans JP"). */
const FONT = tokens.font.family.replace(/^Kit\s+/, "");
const hex = (c: string) => c.replace(/^#/, "").toUpperCase();
const C = Object.fromEntries(Object.entries(tokens.color).map(([k, v]) => [k, hex(v)])) as {[K in keyof typeof tokens.color]: string};
const STRAND = (b: Briefing, id: string | undefined) => hex(strandColour(b.strands.findIndex((s) => s.id === id)));
const LANG_TAG: Record<Lang, string> = {ja: "ja-JP", en: "en-US"};
/** Marp slides are 1280 px wide; LAYOUT_WIDE is 13.333 in: 96 px to the inch, so 1 px = 0.75 pt. */
const pt = (px: number) => px * 0.75;
const inch = (px: number) => px / 96;
const SIZE = {
  body: pt(tokens.size.slideBase),
  h1: pt(56),
  h2: pt(38),
  h3: pt(tokens.size.slideBase),
  big: pt(64),
  figure: pt(44),
  dl: pt(22),
  note: pt(20),
  footer: pt(16),
  axis: pt(18)
};
const W = 13.333;
const H = 7.5;
const MX = inch(64);
const CW = W - 2 * MX;
const TOP = inch(40);
const BODY_TOP = 1.45;
const BODY_BOTTOM = 6.85;
const GAP = inch(40);
const COL = (CW - GAP) / 2;

/** A date for the file's metadata and zip entries: the edition's as-of month, so output never depends on the clock. */
export const fixedDate = asOfDate;

// Under NodeNext, TypeScript reads pptxgenjs's types as CommonJS (the default import is the module, the class is
// its `default`), while Node loads the ES build, whose default import is the class itself. Accept both.
const PptxGenJS = ((pptxgenjs as unknown as {default?: unknown}).default ?? pptxgenjs) as typeof pptxgenjs.default;

type Slide = Pptx.default.Slide;
type TextOpts = Pptx.default.TextPropsOptions;
interface Run {
  text: string;
  style?: TextOpts;
}
interface Para {
  runs: Run[];
  style?: TextOpts;
}

/** Paragraphs → pptxgenjs runs. Empty runs are dropped (an empty run without a break makes PowerPoint repair the file). */
function runs(paras: Para[]): Pptx.default.TextProps[] {
  const kept = paras.map((p) => ({...p, runs: p.runs.filter((r) => r.text !== "")})).filter((p) => p.runs.length);
  return kept.flatMap((p, pi) =>
    p.runs.map((r, ri) => ({text: r.text, options: {...p.style, ...r.style, breakLine: ri === p.runs.length - 1 && pi < kept.length - 1}}))
  );
}

// --- Fitting text: PowerPoint only applies "shrink text on overflow" once someone edits the box, so each box's
// text is sized up front to fit, from an estimate of how many lines it takes. ---

/** Noto Sans JP's line height, in ems. */
const LINE_HEIGHT = 1.45;
/** pptxgenjs's bullet indent (27 pt), in inches. */
const BULLET_INDENT = 27 / 72;
/** Estimated width in points: a CJK character is about 1 em, others about ½ em (labels.ts counts 2 and 1 columns); 10% for wrapping slack. */
const textPt = (text: string, size: number) => textWidth(text) * 0.5 * size * 1.1;

/** Lines a paragraph of `width` points takes in a box `boxIn` inches wide. */
const lineCount = (widthPt: number, boxIn: number) => Math.max(1, Math.ceil(widthPt / (boxIn * 72)));

/** Estimated height in inches of paragraphs set in a box `widthIn` inches wide. */
function estimateHeight(paras: Para[], widthIn: number, base: TextOpts): number {
  let pts = 0;
  for (const p of paras) {
    const style = {...base, ...p.style};
    const size = style.fontSize ?? SIZE.body;
    const text = p.runs.map((r) => r.text).join("");
    if (!text) continue;
    const [term, ...rest] = text.split("\t");
    const tab = (style.tabStops?.[0]?.position ?? 0) * 72;
    const width = rest.length ? Math.max(tab, textPt(term, size)) + textPt(rest.join(" "), size) : textPt(text, size);
    const lines = lineCount(width, widthIn - (style.bullet ? BULLET_INDENT : 0));
    pts += lines * size * LINE_HEIGHT * (style.lineSpacingMultiple ?? 1) + (style.paraSpaceBefore ?? 0) + (style.paraSpaceAfter ?? 0);
  }
  return pts / 72;
}

/** Paragraphs with every size (fonts, spacing, tab stops) multiplied by `k`. */
function scaled(paras: Para[], base: TextOpts, k: number): Para[] {
  const times = (v: number) => Math.round(v * k * 2) / 2;
  /** Scales the sizes a style sets, and adds none it does not. */
  const scale = (style: TextOpts = {}): TextOpts => {
    const out: TextOpts = {...style};
    if (style.fontSize !== undefined) out.fontSize = times(style.fontSize);
    if (style.paraSpaceBefore !== undefined) out.paraSpaceBefore = times(style.paraSpaceBefore);
    if (style.paraSpaceAfter !== undefined) out.paraSpaceAfter = times(style.paraSpaceAfter);
    if (style.tabStops) out.tabStops = style.tabStops.map((t) => ({...t, position: t.position * k}));
    return out;
  };
  return paras.map((p) => ({
    runs: p.runs.map((r) => ({text: r.text, style: r.style && scale(r.style)})),
    style: scale({fontSize: base.fontSize, ...p.style})
  }));
}

/** The largest scale (1 at most, ½ at least) at which the paragraphs fit the box. */
function fitScale(paras: Para[], box: {w: number; h: number}, base: TextOpts): number {
  let k = 1;
  while (k > 0.5 && estimateHeight(scaled(paras, base, k), box.w, base) > box.h) k -= 0.05;
  return k;
}

/** One deck in one language: helpers that carry the language, font and colours into every object. */
class DeckWriter {
  readonly pptx = new PptxGenJS();
  readonly t;
  readonly tag: string;
  readonly opts: {lang: Lang};
  constructor(
    readonly b: Briefing,
    readonly lang: Lang,
    readonly footer: string
  ) {
    this.t = UI[lang];
    this.tag = LANG_TAG[lang];
    this.opts = {lang};
    this.pptx.layout = "LAYOUT_WIDE";
    this.pptx.theme = {headFontFace: FONT, bodyFontFace: FONT};
  }

  base(style: TextOpts = {}): TextOpts {
    return {fontFace: FONT, lang: this.tag, color: C.text, fontSize: SIZE.body, margin: 0, valign: "top", ...style};
  }

  /** A text box whose text is scaled down, if need be, to fit it. */
  text(slide: Slide, content: string | Para[], box: {x: number; y: number; w: number; h: number}, style: TextOpts = {}) {
    const paras = typeof content === "string" ? [{runs: [{text: content}]}] : content;
    const base = this.base(style);
    const k = fitScale(paras, box, base);
    slide.addText(runs(scaled(paras, base, k)), {...base, ...box, fontSize: Math.round(base.fontSize! * k * 2) / 2});
  }

  /** A content slide: heading, rule, footer and page number, and the speaker notes. */
  slide(heading: string, notes: string[]): Slide {
    const slide = this.pptx.addSlide();
    slide.background = {color: C.background};
    this.text(
      slide,
      heading,
      {x: MX, y: TOP, w: CW, h: 0.85},
      {fontSize: SIZE.h2, bold: true, color: C.accent, valign: "bottom", fit: "shrink"}
    );
    slide.addShape("line", {x: MX, y: TOP + 0.93, w: CW, h: 0, line: {color: C.rule, width: pt(3)}});
    this.text(slide, this.footer, {x: MX, y: 7.0, w: CW - 1.2, h: 0.3}, {fontSize: SIZE.footer, color: C.muted, valign: "middle"});
    slide.slideNumber = {x: W - MX - 1, y: 7.0, w: 1, h: 0.3, fontFace: FONT, fontSize: SIZE.footer, color: C.muted, align: "right"};
    this.notes(slide, notes);
    return slide;
  }

  /** Speaker notes: the talking points deck.ts puts in its <!-- --> comments, one per line. */
  notes(slide: Slide, lines: string[]) {
    slide.addNotes(lines.filter(Boolean).join("\n"));
  }

  /** Options every chart shares: fonts, colours and axes in the deck's style. */
  chartBase(altText: string): Pptx.default.IChartOpts {
    const font = {fontFace: FONT, color: C.text};
    return {
      altText,
      lang: this.tag,
      barDir: "bar",
      catAxisLabelFontFace: font.fontFace,
      catAxisLabelFontSize: SIZE.axis,
      catAxisLabelColor: font.color,
      catAxisLineShow: false,
      catAxisMajorTickMark: "none",
      valAxisLabelFontFace: font.fontFace,
      valAxisLabelFontSize: SIZE.note - 2,
      valAxisLabelColor: C.muted,
      valAxisLabelFormatCode: "#,##0",
      valAxisLineShow: false,
      valGridLine: {color: C.rule, size: 0.75},
      catGridLine: {style: "none"},
      showValAxisTitle: true,
      valAxisTitleFontFace: font.fontFace,
      valAxisTitleFontSize: SIZE.note - 2,
      valAxisTitleColor: C.muted,
      legendFontFace: font.fontFace,
      legendFontSize: SIZE.note - 2,
      legendColor: C.text,
      dataLabelFontFace: font.fontFace,
      dataLabelFontSize: SIZE.note - 2,
      dataLabelColor: C.text,
      barGapWidthPct: 60
    };
  }
}

/** Category labels wrap at this many columns, as in the report's charts (components/charts.ts). */
const LABEL_WIDTH: Record<Lang, number> = {ja: 20, en: 22};

/** Charts in PowerPoint draw the first category at the bottom; the deck reads top-down in budget order. */
const topDown = <T>(rows: T[]) => rows.slice().reverse();

/** Programmes counted in the section, in budget order . */
const counted = (b: Briefing) => countedIds(b).map((id) => entity(b, id));

/** The editable deck, in one language: the same slides and words as renderDeck, as a .pptx file's bytes. */
export async function editablePptx(b: Briefing, lang: Lang): Promise<Buffer> {
  const section = entity(b, b.figures.section);
  const doc = documentTitle(b, lang);
  const asOf = asOfText(b, lang);
  const d = new DeckWriter(b, lang, footerText(b, lang));
  const {t, opts} = d;
  d.pptx.title = briefingTitle(b, lang);
  d.pptx.subject = documentTitle(b, lang);
  d.pptx.author = "budget-briefing-kit";
  d.pptx.company = "";

  titleSlide(d, section, doc, asOf);

  // Key messages
  {
    const slide = d.slide(t.keyMessages, [itemisationText(b, opts) ?? "", ...roundingNote(b, lang)]);
    const paras = b.figures.messages.map((m) => ({
      runs: [{text: messageText(b, m, opts)}],
      style: {bullet: {type: "number" as const}, paraSpaceAfter: 12}
    }));
    d.text(slide, paras, {x: MX, y: BODY_TOP + 0.1, w: CW, h: BODY_BOTTOM - BODY_TOP - 0.1}, {fit: "shrink", lineSpacingMultiple: 1.15});
  }

  totalSlide(d, section);

  // Programme changes
  {
    const slide = d.slide(t.change, [
      chartSummary(b, "programme-change", opts),
      ...countedIds(b).map((id) => changeSentence(b, entity(b, id), opts))
    ]);
    const size = unitSize(1, {lang, unit: "million"});
    const rows = topDown(counted(b));
    const label = (e: EntityFigures) =>
      e.status === "new" ? t.newBar : e.change ? `${formatChange(e.change, opts)} (${formatPct(e.pctChange, lang)})` : "";
    const colors = rows.map(
      (e) => (C as Record<string, string>)[e.status === "up" ? "increase" : e.status === "down" ? "decrease" : e.status] ?? C.flat
    );
    slide.addChart(
      "bar",
      [
        {
          name: t.changeLabel,
          labels: rows.map((e) => `${wrapLabel(shortName(e, lang), LABEL_WIDTH[lang])}\n${label(e)}`),
          values: rows.map((e) => (e.change ? e.change.millionYen / size : 0))
        }
      ],
      {
        ...d.chartBase(chartSummary(b, "programme-change", opts)),
        x: MX,
        y: BODY_TOP,
        w: CW,
        h: BODY_BOTTOM - BODY_TOP,
        chartColors: colors,
        invertedColors: colors,
        catAxisLabelPos: "low",
        valAxisTitle: `${t.changeLabel} (${unitLabel(size, lang)})`
      }
    );
  }

  strandsSlide(d);

  for (const e of b.figures.entities.filter((x) => x.kind === "programme")) programmeSlide(d, e);

  peopleSlide(d);

  // Notes and sources
  {
    const slide = d.slide(t.sources, [t.sourcesNote]);
    const noteIds = [...new Set(b.figures.entities.flatMap((e) => e.notes))];
    const paras: Para[] = noteIds.map((id) => ({runs: [{text: noteText(b, id, lang)}], style: {bullet: true, paraSpaceAfter: 6}}));
    paras.push({runs: [{text: `${t.source}: ${doc}. ${t.asOf}: ${asOf}`}], style: {paraSpaceBefore: 12}});
    d.text(
      slide,
      paras,
      {x: MX, y: BODY_TOP + 0.1, w: CW, h: BODY_BOTTOM - BODY_TOP - 0.1},
      {fontSize: SIZE.note, color: C.muted, fit: "shrink"}
    );
  }

  const raw = (await d.pptx.write({outputType: "nodebuffer", compression: true})) as Buffer;
  return normalise(raw, fixedDate(b), d.tag);
}

function titleSlide(d: DeckWriter, section: EntityFigures, doc: string, asOf: string) {
  const {b, lang, t, opts} = d;
  const slide = d.pptx.addSlide();
  slide.background = {color: C.background};
  d.notes(slide, [t.computed, messageText(b, b.figures.messages[0], opts)]);
  d.text(
    slide,
    [
      {runs: [{text: fullName(section, lang)}], style: {fontSize: SIZE.h1, bold: true, color: C.accent, paraSpaceAfter: 16}},
      {runs: [{text: stageLabel(b, b.figures.current, lang)}], style: {fontSize: SIZE.h2, bold: true, color: C.accent, paraSpaceAfter: 18}},
      {runs: [{text: doc}], style: {fontSize: SIZE.body, paraSpaceAfter: 12}},
      {runs: [{text: `${t.asOf}: ${asOf}`}], style: {fontSize: SIZE.note, color: C.muted}}
    ],
    {x: MX, y: 0.9, w: CW, h: 5.7},
    {valign: "middle", fit: "shrink", lineSpacingMultiple: 1.1}
  );
}

function totalSlide(d: DeckWriter, section: EntityFigures) {
  const {b, lang, t, opts} = d;
  const slide = d.slide(t.total, [chartSummary(b, "section-totals", opts), itemisationText(b, opts) ?? ""]);
  // The three figures above the chart, as in deck.ts.
  const figures = [
    section.current && {label: stageShort(b, section.current, lang), value: formatAmount(section.current.value, opts), color: C.text},
    section.change && {
      label: t.changeLabel,
      value: formatChange(section.change, opts),
      color: section.change.millionYen >= 0 ? C.increase : C.decrease
    },
    section.supplementary && {
      label: stageShort(b, section.supplementary, lang),
      value: formatAmount(section.supplementary.value, opts),
      color: C.text
    }
  ].filter((x): x is {label: string; value: string; color: string} => !!x);
  const gap = inch(24);
  const fw = (CW - gap * 2) / 3;
  const fh = 1.3;
  figures.forEach((f, i) => {
    const x = MX + i * (fw + gap);
    slide.addShape("rect", {x, y: BODY_TOP, w: fw, h: fh, fill: {color: C.surface}, line: {type: "none"}});
    slide.addShape("rect", {x, y: BODY_TOP, w: inch(8), h: fh, fill: {color: C.accent}, line: {type: "none"}});
    d.text(
      slide,
      [
        {runs: [{text: f.label}], style: {fontSize: SIZE.note, color: C.muted}},
        {runs: [{text: f.value}], style: {fontSize: SIZE.figure, bold: true, color: f.color}}
      ],
      {x: x + inch(8) + inch(18), y: BODY_TOP + inch(12), w: fw - inch(8) - inch(36), h: fh - inch(24)},
      {fit: "shrink"}
    );
  });
  // Comparison year, current year and supplementary budget, as the report's SectionTotals chart.
  const rows = [section.comparison, section.current, section.supplementary]
    .map((figure, i) => figure && {figure, color: [C.comparison, C.current, C.supplementary][i]})
    .filter((r): r is NonNullable<typeof r> => !!r)
    .map((r) => ({
      ...r,
      size: unitSize(r.figure.value.step, {lang, unit: "large"}),
      label: stageShort(b, r.figure, lang),
      text: formatAmount(r.figure.value, opts)
    }));
  if (!rows.length) return;
  const size = rows[0].size;
  const shown = topDown(rows);
  const y = BODY_TOP + fh + 0.25;
  slide.addChart(
    "bar",
    [
      {
        name: shortName(section, lang),
        labels: shown.map((r) => `${r.label}: ${r.text}`),
        values: shown.map((r) => r.figure.value.millionYen / size)
      }
    ],
    {
      ...d.chartBase(chartSummary(b, "section-totals", opts)),
      x: MX,
      y,
      w: CW,
      h: BODY_BOTTOM - y,
      chartColors: shown.map((r) => r.color),
      valAxisTitle: unitLabel(size, lang),
      valAxisMinVal: 0
    }
  );
}

function strandsSlide(d: DeckWriter) {
  const {b, lang, t, opts} = d;
  const slide = d.slide(t.strands, [chartSummary(b, "strands", opts)]);
  const size = unitSize(1, {lang, unit: "million"});
  const members = counted(b).filter((e) => e.current && e.strand);
  const strands = topDown(b.strands);
  // A stacked bar per strand, one series per programme. Each programme is a shade of its strand's colour
  // (the report uses the strand colour with white gaps), so the legend can tell them apart.
  const colors = members.map((e) => {
    const same = members.filter((x) => x.strand === e.strand);
    return tint(STRAND(b, e.strand), same.indexOf(e) / Math.max(same.length, 2));
  });
  slide.addChart(
    "bar",
    members.map((e) => ({
      name: shortName(e, lang),
      labels: strands.map((s) => wrapLabel(lang === "ja" ? s.nameJa : s.nameEn, lang === "ja" ? 20 : 28)),
      values: strands.map((s) => (s.id === e.strand ? e.current!.value.millionYen / size : 0))
    })),
    {
      ...d.chartBase(chartSummary(b, "strands", opts)),
      x: MX,
      y: BODY_TOP,
      w: CW,
      h: BODY_BOTTOM - BODY_TOP,
      barGrouping: "stacked",
      barOverlapPct: 100,
      chartColors: colors,
      dataBorder: {pt: 1, color: C.background},
      catAxisLabelFontSize: SIZE.note - 2,
      valAxisTitle: unitLabel(size, lang),
      showLegend: true,
      legendPos: "b"
    }
  );
}

/** `color` mixed with white: 0 keeps it, 1 is white. */
function tint(color: string, amount: number): string {
  const channel = (i: number) => {
    const v = parseInt(color.slice(i, i + 2), 16);
    return Math.round(v + (255 - v) * amount)
      .toString(16)
      .padStart(2, "0");
  };
  return `${channel(0)}${channel(2)}${channel(4)}`.toUpperCase();
}

function programmeSlide(d: DeckWriter, e: EntityFigures) {
  const {b, lang, t, opts} = d;
  const facts = b.schemes.filter((s) => s.programme === e.id && SLIDE_FACTS.includes(s.attribute));
  const order = Object.keys(ATTRIBUTES);
  facts.sort((x, y) => order.indexOf(x.attribute) - order.indexOf(y.attribute));
  const highlight = b.results.find((r) => r.programme === e.id);
  const slide = d.slide(fullName(e, lang), [
    changeSentence(b, e, opts),
    ...e.notes.map((n) => noteText(b, n, lang)),
    e.agency ? `${t.agency}: ${e.agency}` : "",
    `${t.source}: ${e.source}`
  ]);
  const shown = e.current ?? e.supplementary;
  const big = shown ? formatAmount(shown.value, opts) : "";
  const bigLabel = shown ? stageShort(b, shown, lang) : "";
  const muted = {color: C.muted};
  // A definition list as lines of "term <tab> value", the tab just past the longest term.
  const dl = (items: {term: string; value: string; color?: string}[]): Para[] => {
    const tab = Math.max(0, ...items.map((i) => textPt(i.term, SIZE.dl))) / 72 + 0.2;
    return items.map((i) => ({
      runs: [
        {text: i.term, style: muted},
        {text: `\t${i.value}`, style: i.color ? {color: i.color} : {}}
      ],
      style: {fontSize: SIZE.dl, tabStops: [{position: tab}], paraSpaceAfter: 3}
    }));
  };
  const change =
    e.change && e.status !== "new"
      ? [
          {
            term: t.changeRow,
            value: `${formatChange(e.change, opts)}${lang === "ja" ? `（${formatPct(e.pctChange, lang)}）` : ` (${formatPct(e.pctChange, lang)})`}`,
            color: e.status === "up" ? C.increase : e.status === "down" ? C.decrease : undefined
          }
        ]
      : [];
  d.text(
    slide,
    [
      {
        runs: [{text: `${bigLabel}${e.status === "new" ? t.isNew : ""}${e.restated ? t.restated : ""}`}],
        style: {fontSize: SIZE.note, ...muted}
      },
      {runs: [{text: big}], style: {fontSize: SIZE.big, bold: true, color: C.accent, paraSpaceAfter: 8}},
      {runs: [{text: changeSentence(b, e, opts)}], style: {fontSize: SIZE.body, paraSpaceAfter: 14}},
      ...dl([...e.amounts.map((f) => ({term: stageShort(b, f, lang), value: formatAmount(f.value, opts)})), ...change])
    ],
    {x: MX, y: BODY_TOP, w: COL, h: BODY_BOTTOM - BODY_TOP},
    {fit: "shrink"}
  );
  const h3 = (text: string, first = false): Para => ({
    runs: [{text}],
    style: {fontSize: SIZE.h3, bold: true, paraSpaceBefore: first ? 0 : 14, paraSpaceAfter: 4}
  });
  const right: Para[] = [];
  if (facts.length) {
    right.push(h3(t.scheme, true));
    right.push(
      ...dl(facts.map((f) => ({term: ATTRIBUTES[f.attribute]?.[lang] ?? f.attribute, value: lang === "ja" ? f.printed : f.printedEn})))
    );
  }
  if (highlight) {
    right.push(h3(t.highlight, !facts.length));
    // The result's title is printed in Japanese in both decks.
    right.push({runs: [{text: highlight.titleJa, style: {lang: LANG_TAG.ja}}], style: {fontSize: SIZE.dl, paraSpaceAfter: 4}});
    if (lang === "en") right.push({runs: [{text: highlight.summaryEn}], style: {fontSize: SIZE.note, ...muted, paraSpaceAfter: 4}});
    if (highlight.person)
      right.push({
        runs: [
          {
            text: `${highlight.person}${highlight.publication ? ` · ${highlight.publication}${highlight.published ? ` (${highlight.published})` : ""}` : ""}`
          }
        ],
        style: {fontSize: SIZE.note, ...muted}
      });
  }
  if (right.length) d.text(slide, right, {x: MX + COL + GAP, y: BODY_TOP, w: COL, h: BODY_BOTTOM - BODY_TOP}, {fit: "shrink"});
}

function peopleSlide(d: DeckWriter) {
  const {b, lang, t, opts} = d;
  const slide = d.slide(t.people, [chartSummary(b, "people", opts), chartSummary(b, "frameworks", opts)]);
  const h3 = {fontSize: SIZE.h3, bold: true};
  const left = MX;
  const right = MX + COL + GAP;
  d.text(slide, t.peopleTitle, {x: left, y: BODY_TOP, w: COL, h: 0.5}, h3);
  // People per year as printed (the report's PeopleChart).
  const rows = topDown(
    b.schemes
      .filter((s) => s.attribute === "people" && s.high !== undefined)
      .map((s) => ({e: entity(b, s.programme), value: s.high!}))
      .sort((x, y) => x.e.order - y.e.order)
  );
  if (rows.length)
    slide.addChart(
      "bar",
      [
        {name: t.peopleTitle, labels: rows.map((r) => wrapLabel(shortName(r.e, lang), LABEL_WIDTH[lang])), values: rows.map((r) => r.value)}
      ],
      {
        ...d.chartBase(chartSummary(b, "people", opts)),
        x: left,
        y: BODY_TOP + 0.55,
        w: COL,
        h: BODY_BOTTOM - BODY_TOP - 0.55,
        chartColors: [C.accent],
        showValue: true,
        dataLabelFormatCode: "#,##0",
        dataLabelPosition: "outEnd",
        valAxisHidden: true,
        valGridLine: {style: "none"},
        showValAxisTitle: false,
        catAxisLabelFontSize: SIZE.note
      }
    );
  d.text(slide, t.frameworks, {x: right, y: BODY_TOP, w: COL, h: 0.5}, h3);
  const cell = (text: string, style: Pptx.default.TableCellProps = {}): Pptx.default.TableCell => ({text, options: style});
  const line = {type: "solid" as const, pt: 1, color: C.rule};
  const none = {type: "none" as const};
  const tableRows = b.frameworks.map((f) => [cell(f.name, {bold: true}), cell(lang === "ja" ? f.membersPrinted : f.membersEn)]);
  let y = BODY_TOP + 0.6;
  if (tableRows.length) {
    slide.addTable(tableRows, {
      x: right,
      y,
      w: COL,
      colW: [COL * 0.5, COL * 0.5],
      fontFace: FONT,
      fontSize: SIZE.note,
      color: C.text,
      lang: d.tag,
      valign: "middle",
      margin: [0.04, 0.1, 0.04, 0.1],
      border: [none, none, line, none]
    });
    // Rows grow to fit their text: estimate how tall the table will be to place the line below it.
    const cellLines = (text: string, bold = false) => lineCount(textPt(text, SIZE.note) * (bold ? 1.05 : 1), COL * 0.5 - 0.2);
    const rowIn = (f: (typeof b.frameworks)[number]) =>
      (Math.max(cellLines(f.name, true), cellLines(lang === "ja" ? f.membersPrinted : f.membersEn)) * SIZE.note * LINE_HEIGHT) / 72 + 0.08;
    y += b.frameworks.reduce((sum, f) => sum + rowIn(f), 0) + 0.2;
  }
  const network = networkLine(b, lang);
  if (network) d.text(slide, network, {x: right, y, w: COL, h: BODY_BOTTOM - y}, {fontSize: SIZE.note, color: C.muted, fit: "shrink"});
}

// --- Determinism ---

/**
 * pptxgenjs stamps the clock into docProps/core.xml (and into each chart's embedded workbook), dates every zip
 * entry, numbers charts with a counter that runs on across presentations in one process, and adds chart
 * files in the order their workbooks finish. Rewrites all of that: fixed dates, charts numbered from 1 in
 * slide order, entries in a fixed order. Also tags the speaker notes with the deck's language (pptxgenjs
 * always writes en-US there).
 */
async function normalise(raw: Buffer, date: Date, langTag: string): Promise<Buffer> {
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
      out.set(rename(name), text);
    } else out.set(rename(name), await file.async("uint8array"));
  }
  return zipped(out, date);
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
