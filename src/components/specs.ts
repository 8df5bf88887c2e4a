// One spec per chart: its rows, columns, text summary, title and renderer. The page, the slides' SVG, the CSV and
// picture downloads (and, later, the editable PPTX's native charts) all read a chart through its spec, so they
// cannot drift apart.
import type {Briefing} from "../lib/briefing.js";
import {asOfText, sourceLine} from "../lib/edition.js";
import {csvCell} from "../lib/escape.js";
import type {Lang, UnitMode} from "../lib/format.js";
import {unitLabel, unitSize} from "../lib/format.js";
import {startCaption} from "./startcaption.js";
import {peopleCaption} from "./peoplecaption.js";
import {chartSummary, entity, shareLabel} from "../lib/text.js";
import {provenanceLines, untraced, type Provenance} from "../lib/trace.js";
import {
  CompositionChart,
  compositionRows,
  compositionSummary,
  HistoryChart,
  historyPoints,
  historySummary,
  type HistoryPoint
} from "./composition.js";
import * as rows from "./chartrows.js";
import {ROW_UNIT, type ChartColumn, type RowOptions} from "./chartrows.js";
import * as charts from "./charts.js";
import type {ChartOptions} from "./charts.js";
import {chartWords, type ChartTitles} from "../locale/charts.js";

export interface ChartSpec<R = Record<string, unknown>> {
  /** Stable id: the key of chartSummary, the figure's anchor (#chart-<id>) and the download file names. */
  id: string;
  title: Record<Lang, string>;
  /** Whether the chart follows the page's unit switch. */
  followsUnit: boolean;
  rows: (b: Briefing, options?: RowOptions) => R[];
  columns: (b: Briefing, lang: Lang) => ChartColumn<R>[];
  /** With options.trace, figures in the summary may be marked for tracing (lib/text.ts `traced`). */
  summary: (b: Briefing, options: {lang: Lang; unit?: UnitMode; trace?: Provenance[]}) => string;
  render: (b: Briefing, options?: ChartOptions) => Element;
}

/** A chart's title in both languages, from the charts' message pack. */
const titles = (key: keyof ChartTitles): Record<Lang, string> => ({ja: chartWords("ja").title[key], en: chartWords("en").title[key]});

function spec<R>(
  id: string,
  title: Record<Lang, string>,
  followsUnit: boolean,
  rowsOf: (b: Briefing, options?: RowOptions) => R[],
  columns: (b: Briefing, lang: Lang) => ChartColumn<R>[],
  render: (b: Briefing, options?: ChartOptions) => Element
): ChartSpec<R> {
  return {id, title, followsUnit, rows: rowsOf, columns, summary: (b, o) => chartSummary(b, id, o), render};
}

// The composition of the section total and its history: rows from composition.ts, summaries written there too.
const compositionSpec: ChartSpec<CompositionCsvRow> = {
  id: "composition",
  title: titles("composition"),
  followsUnit: true,
  rows: (b, o = {}) =>
    compositionRows(b, {lang: o.lang ?? "ja", unit: o.unit}).map((r) => ({
      part: r.label,
      value: r.value.millionYen / unitSize(1, {lang: o.lang ?? "ja", unit: o.unit === "large" ? "large" : "million"}),
      unit: unitLabel(unitSize(1, {lang: o.lang ?? "ja", unit: o.unit === "large" ? "large" : "million"}), o.lang ?? "ja"),
      share: Math.round(r.share * 10000) / 100,
      shown: r.barText
    })),
  columns: (b, lang) => [
    {key: "part", label: chartWords(lang).column.part},
    {key: "value", label: chartWords(lang).column.amount, unit: ROW_UNIT},
    {key: "share", label: shareLabel(b, {lang}), unit: "%"},
    {key: "shown", label: chartWords(lang).column.shown}
  ],
  summary: (b, o) => compositionSummary(b, o),
  render: CompositionChart
};
const historySpec: ChartSpec<HistoryPoint & {unit: string}> = {
  id: "section-history",
  title: titles("sectionHistory"),
  followsUnit: true,
  rows: (b, o = {}) => {
    const lang = o.lang ?? "ja";
    const unit = unitLabel(unitSize(1, {lang, unit: o.unit === "million" ? "million" : "large"}), lang);
    return historyPoints(b, [entity(b, b.figures.section)], {lang, unit: o.unit}).map((p) => ({...p, unit}));
  },
  columns: (_b, lang) => [
    {key: "fiscalYear", label: chartWords(lang).column.fiscalYear},
    {key: "label", label: chartWords(lang).column.stage},
    {key: "value", label: chartWords(lang).column.amount, unit: ROW_UNIT},
    {key: "text", label: chartWords(lang).column.shown}
  ],
  summary: (b, o) => historySummary(b, [entity(b, b.figures.section)], o),
  render: HistoryChart
};
interface CompositionCsvRow {
  part: string;
  value: number;
  unit: string;
  share: number;
  shown: string;
}
export const CHARTS = {
  sectionTotals: spec(
    "section-totals",
    titles("sectionTotals"),
    true,
    rows.sectionTotalRows,
    (_b, lang) => rows.sectionTotalColumns(lang),
    charts.SectionTotals
  ),
  programmeDumbbell: spec(
    "programme-dumbbell",
    titles("programmeDumbbell"),
    true,
    rows.programmeRows,
    rows.programmeColumns,
    charts.ProgrammeDumbbell
  ),
  programmeChange: spec(
    "programme-change",
    titles("programmeChange"),
    true,
    rows.programmeRows,
    rows.programmeColumns,
    charts.ProgrammeChange
  ),
  strands: spec("strands", titles("strands"), true, rows.strandRows, (_b, lang) => rows.strandColumns(lang), charts.StrandTotals),
  timeline: {
    ...spec("timeline", titles("timeline"), false, rows.startRows, (_b, lang) => rows.startColumns(lang), charts.StartTimeline),
    // The start caption computed from the chart's own rows (startcaption.ts), as the page shows it.
    summary: (b: Briefing, o: {lang: Lang}) => startCaption(b, o.lang)
  },
  support: spec("support", titles("support"), false, rows.supportRows, (_b, lang) => rows.supportColumns(lang), charts.SupportRanges),
  people: {
    ...spec("people", titles("people"), false, rows.peopleRows, (_b, lang) => rows.peopleColumns(lang), charts.PeopleChart),
    // Each count as a sentence says it, from the chart's own rows (peoplecaption.ts).
    summary: (b: Briefing, o: {lang: Lang}) => peopleCaption(b, o.lang)
  },
  frameworks: spec(
    "frameworks",
    titles("frameworks"),
    false,
    rows.frameworkRows,
    (_b, lang) => rows.frameworkColumns(lang),
    charts.FrameworkPartners
  ),
  composition: compositionSpec,
  sectionHistory: historySpec
};
export type ChartName = keyof typeof CHARTS;

const unitOf = <R>(c: ChartColumn<R>, data: R[]) =>
  c.unit === ROW_UNIT ? String((data[0] as Record<string, unknown> | undefined)?.unit ?? "") : (c.unit ?? "");

/**
 * Exactly the chart's data as CSV: numbers as numbers (no thousands separators, no unit), the unit in the
 * header, e.g. `令和5案 (百万円)`; text cells guarded against spreadsheet formulas.
 */
export function chartCsv<R>(s: ChartSpec<R>, b: Briefing, {lang, unit}: {lang: Lang; unit?: UnitMode}): string {
  const data = s.rows(b, {lang, unit});
  const columns = s.columns(b, lang);
  const header = columns.map((c) => {
    const u = unitOf(c, data);
    return csvCell(u ? `${c.label} (${u})` : c.label);
  });
  const cell = (v: unknown) =>
    typeof v === "number" ? String(Math.round(v * 1e6) / 1e6) : v === undefined || v === null ? "" : csvCell(String(v).replace(/\n/g, " "));
  const lines = data.map((r) => columns.map((c) => cell((r as Record<string, unknown>)[c.key])).join(","));
  return [header.join(","), ...lines].join("\r\n") + "\r\n";
}

/** The unit line drawn under a downloaded chart's title: 単位：百万円 / Unit: ¥ million. */
export function chartUnitLine<R>(s: ChartSpec<R>, b: Briefing, {lang, unit}: {lang: Lang; unit?: UnitMode}): string {
  const data = s.rows(b, {lang, unit});
  const units = [
    ...new Set(
      s
        .columns(b, lang)
        .map((c) => unitOf(c, data))
        .filter((u) => u && u !== "%")
    )
  ];
  return units.length ? chartWords(lang).unitLine(units) : "";
}

/** What a chart's toolbar needs: every line drawn into the picture comes from the spec and the edition. */
export interface ChartTools {
  id: string;
  title: string;
  unitLine: string;
  source: string;
  asOf: string;
  /** The unit mode the chart shows (restored by a copied link). */
  unit: UnitMode;
  csv: () => string;
  /** File name without extension, e.g. section-totals-ja. */
  filename: string;
}

/** The options ChartFigure takes for a chart: its summary and its toolbar. */
export function chartFigure(b: Briefing, name: ChartName, {lang, unit = "printed"}: {lang: Lang; unit?: UnitMode}) {
  const s = CHARTS[name] as unknown as ChartSpec;
  const o = {lang, unit: s.followsUnit ? unit : undefined};
  const tools: ChartTools = {
    id: s.id,
    title: s.title[lang],
    unitLine: chartUnitLine(s, b, o),
    source: sourceLine(b, lang),
    asOf: chartWords(lang).asOf(asOfText(b, lang)),
    unit,
    csv: () => chartCsv(s, b, o),
    filename: `${s.id}-${lang}`
  };
  // The caption traces its figures on the page; the chart's text alternative reads the same words unmarked.
  const trace: Provenance[] = [];
  const marked = s.summary(b, {...o, trace});
  const caption = trace.length ? {marked, lines: trace.map((p) => provenanceLines(b, p, lang))} : undefined;
  return {lang, summary: untraced(marked), caption, tools};
}
