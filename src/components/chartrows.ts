// The data of each chart, once: the rows a chart draws are the rows its CSV download holds and the rows the
// editable PPTX can chart natively. No Plot here, so Node code (slides, tests) can read rows without drawing.
import type {Briefing} from "../lib/briefing.js";
import type {EntityFigures, Figure} from "../lib/derive.js";
import {formatAmount, formatChange, formatMovement, formatPct, unitLabel, unitSize, type Lang, type UnitMode} from "../lib/format.js";
import {countedIds, entity, frameworkName, shortName, stageShort} from "../lib/text.js";
import {strandColour, tokens} from "../lib/tokens.js";
import {type Type} from "../lib/measure.js";
import {wrapPhrases} from "./phrases.js";
import {chartWords} from "../locale/charts.js";

export interface RowOptions {
  lang?: Lang;
  unit?: UnitMode;
  /** The width, in px, of the chart the rows are drawn in: row names are wrapped to the room it leaves them. */
  width?: number;
}

/** A column of a chart's data as a table or CSV: `unit` goes into the CSV header, numbers stay numbers. */
export interface ChartColumn<R> {
  key: keyof R & string;
  label: string;
  /** The unit for the header; ROW_UNIT takes it from the rows' own `unit` field (it follows the unit switch). */
  unit?: string;
}
export const ROW_UNIT = "\u0000row-unit";

const C = tokens.color;
/** The charts' row names: 13 px in the kit's font (charts.ts sets the same). */
const NAME: Type = {size: 13};
/** The width charts are drawn at when none is given (Plot's default, and the snapshots'). */
export const CHART_WIDTH = 640;
/**
 * The most a row name beside its marks may take, in px: a third of the chart less the gap to the axis, so the marks
 * keep the two thirds the charts require before they put names above the rows instead (narrow.ts isNarrow).
 */
export const nameRoom = (chartWidth = CHART_WIDTH) => chartWidth / 3 - 14;
/** A row name wrapped, by measured width, to the room the chart leaves it. */
export const wrapName = (name: string, chartWidth?: number) => wrapPhrases(name, nameRoom(chartWidth), NAME).join("\n");
const sizeOf = (lang: Lang, unit: UnitMode) => unitSize(1, {lang, unit: unit === "large" ? "large" : "million"});
const wrapped = (e: EntityFigures, lang: Lang, width?: number) => wrapName(shortName(e, lang), width);
const printedForm = (f: Figure) => `${f.amount.toLocaleString("en-US")}${f.unit}`;
const W = chartWords;

/** Programmes counted in the section, in the document's order (budget order, never alphabetical). */
export function countedProgrammes(b: Briefing): EntityFigures[] {
  return countedIds(b).map((id) => entity(b, id));
}

// ---- section totals

export interface SectionTotalRow {
  key: "comparison" | "current" | "supplementary";
  /**
   * "annual": drawn on the chart's axis; "separate": a supplementary budget (often a multi-year fund), told beside
   * the chart, never on the annual budgets' axis.
   */
  axis: "annual" | "separate";
  /** Axis label: an edition's short name (its era year and stage, e.g. R5案; in English FY and the stage). */
  label: string;
  /** The amount in the chart's unit (`unit` of the rows). */
  value: number;
  unit: string;
  /** As the page shows it: 141億円. */
  text: string;
  /** As the document prints it. */
  printed: string;
  color: string;
  figure: Figure;
}

export function sectionTotalRows(b: Briefing, {lang = "ja", unit = "printed"}: RowOptions = {}): SectionTotalRow[] {
  const section = entity(b, b.figures.section);
  const figures = [
    ["comparison", section.comparison, C.comparison],
    ["current", section.current, C.current],
    ["supplementary", section.supplementary, C.supplementary]
  ] as const;
  const present = figures.filter(([, f]) => f);
  // One unit for every row: the unit of the first (the printed unit in printed mode).
  const size = present.length ? unitSize(present[0][1]!.value.step, {lang, unit: unit === "printed" ? "large" : unit}) : 100;
  return present.map(([key, f, color]) => ({
    key,
    axis: key === "supplementary" ? ("separate" as const) : ("annual" as const),
    label: stageShort(b, f!, lang),
    value: f!.value.millionYen / size,
    unit: unitLabel(size, lang),
    text: formatAmount(f!.value, {lang, unit}),
    printed: printedForm(f!),
    color,
    figure: f!
  }));
}

export const sectionTotalColumns = (lang: Lang): ChartColumn<SectionTotalRow>[] => [
  {key: "label", label: W(lang).column.stage},
  {key: "value", label: W(lang).column.amount, unit: ROW_UNIT},
  {key: "printed", label: W(lang).column.printed}
];

// ---- programmes: dumbbell and change

export interface ProgrammeRow {
  id: string;
  /** Wrapped axis label. */
  label: string;
  name: string;
  status: EntityFigures["status"];
  /** Amounts and change in the chart's unit; absent when not printed. */
  comparison?: number;
  current?: number;
  change?: number;
  pct: number | null;
  unit: string;
  currentText: string;
  comparisonText: string;
  /** The change as the page writes it, with the percentage: ▲87百万円 (▲7.5%), or 新規. */
  changeText: string;
  changeColor: string;
  entity: EntityFigures;
}

export function programmeRows(b: Briefing, {lang = "ja", unit = "printed", width}: RowOptions = {}): ProgrammeRow[] {
  const size = sizeOf(lang, unit);
  return countedProgrammes(b).map((e) => ({
    id: e.id,
    label: wrapped(e, lang, width),
    name: shortName(e, lang),
    status: e.status,
    comparison: e.comparison && e.comparison.value.millionYen / size,
    current: e.current && e.current.value.millionYen / size,
    change: e.change && e.change.millionYen / size,
    // As the page shows it: one decimal, halves away from zero (formatPct).
    pct: e.pctChange === null ? null : (Math.sign(e.pctChange) * Math.round(Math.abs(e.pctChange) * 10)) / 10,
    unit: unitLabel(size, lang),
    currentText: e.current ? formatAmount(e.current.value, {lang, unit}) : "",
    comparisonText: e.comparison ? formatAmount(e.comparison.value, {lang, unit}) : "",
    changeText:
      e.status === "new"
        ? W(lang).newLabel
        : e.change
          ? W(lang).changeLabel({
              signed: formatChange(e.change, {lang, unit}),
              pct: formatPct(e, lang),
              movement: formatMovement(e.change, {lang, unit}),
              direction: Math.sign(e.change.millionYen)
            })
          : "",
    changeColor: (C as Record<string, string>)[e.status === "up" ? "increase" : e.status === "down" ? "decrease" : e.status] ?? C.flat,
    entity: e
  }));
}

export const programmeColumns = (b: Briefing, lang: Lang): ChartColumn<ProgrammeRow>[] => [
  {key: "name", label: W(lang).column.programme},
  {key: "comparison", label: b.figures.comparison ? stageShort(b, b.figures.comparison, lang) : "", unit: ROW_UNIT},
  {key: "current", label: stageShort(b, b.figures.current, lang), unit: ROW_UNIT},
  {key: "change", label: W(lang).column.change, unit: ROW_UNIT},
  {key: "pct", label: W(lang).column.pctChange, unit: "%"}
];

// ---- strands

export interface StrandRow {
  /** Wrapped strand name (the axis label). */
  strand: string;
  name: string;
  value: number;
  unit: string;
  text: string;
  color: string;
}

export function strandRows(b: Briefing, {lang = "ja", unit = "printed", width}: RowOptions = {}): StrandRow[] {
  const size = sizeOf(lang, unit);
  return countedProgrammes(b)
    .filter((e) => e.current && e.strand)
    .map((e) => ({
      strand: strandLabel(b, e.strand!, lang, width),
      name: shortName(e, lang),
      value: e.current!.value.millionYen / size,
      unit: unitLabel(size, lang),
      text: formatAmount(e.current!.value, {lang, unit}),
      color: strandColour(b.strands.findIndex((s) => s.id === e.strand))
    }));
}

/** A strand's name as its row's label, wrapped to the room a chart `width` px wide leaves it. */
export function strandLabel(b: Briefing, id: string, lang: Lang, width?: number): string {
  const s = b.strands.find((x) => x.id === id)!;
  return wrapName(W(lang).pick(s.nameJa, s.nameEn), width);
}

export const strandColumns = (lang: Lang): ChartColumn<StrandRow>[] => [
  {key: "strand", label: W(lang).column.strand},
  {key: "name", label: W(lang).column.programme},
  {key: "value", label: W(lang).column.amount, unit: ROW_UNIT}
];

// ---- start years

export interface StartRow {
  name: string;
  year: number;
  era: string;
  isNew: boolean;
  /** A new programme's first budget line (an edition's short name, e.g. R4補正); "" for a printed start year. */
  since: string;
}

export function startRows(b: Briefing, {lang = "ja"}: RowOptions = {}): StartRow[] {
  const starts: StartRow[] = b.schemes
    .filter((s) => s.attribute === "startYear" && s.year)
    .map((s) => ({year: s.year!, era: s.eraYear ?? "", name: shortName(entity(b, s.programme), lang), isNew: false, since: ""}));
  // A new programme has no printed start year: place it at its first budget line and say which that is.
  for (const e of b.figures.entities)
    if (e.status === "new" && e.amounts.length && !starts.some((s) => s.name === shortName(e, lang)))
      starts.push({
        year: e.amounts[0].fiscalYear,
        era: W(lang).newSince(stageShort(b, e.amounts[0], lang)),
        name: shortName(e, lang),
        isNew: true,
        since: stageShort(b, e.amounts[0], lang)
      });
  return starts.sort((x, y) => x.year - y.year);
}

export const startColumns = (lang: Lang): ChartColumn<StartRow>[] => [
  {key: "name", label: W(lang).column.programme},
  {key: "year", label: W(lang).column.startYear},
  {key: "era", label: W(lang).column.era}
];

// ---- support per project

export interface SupportRow {
  label: string;
  name: string;
  /**
   * What the document gives: a range (5–100), a cap or maximum (最大100, 上限60: the most a project may get, so no
   * lower end), or one amount (35程度).
   */
  kind: "range" | "cap" | "point";
  /** Million yen per project per year; `low` only for a range. */
  low?: number;
  high: number;
  /** The label drawn at the mark: 5–100, 最大100, 上限60, 35程度 / max. 100, cap 60, about 35. */
  text: string;
  printed: string;
  /** Another body's support beside the programme's own (schemes.csv `separateSupport`). */
  external: boolean;
}

/** A cap or maximum is printed 最大… or …を上限に: its qualifier says so. */
const isCap = (qualifier: string | undefined) => /最大|上限/.test(qualifier ?? "");

export function supportRows(b: Briefing, {lang = "ja", width}: RowOptions = {}): SupportRow[] {
  const toMillion = (v: number | undefined, unit?: string) => (v === undefined ? undefined : unit === "億円" ? v * 100 : v);
  return b.schemes
    .filter((s) => s.attribute === "supportPerProject" || s.attribute === "separateSupport")
    .map((s) => {
      const e = entity(b, s.programme);
      const name = s.attribute === "separateSupport" ? W(lang).externalRow(shortName(e, lang)) : shortName(e, lang);
      const high = toMillion(s.high, s.unitHigh ?? s.unit)!;
      const low = toMillion(s.low, s.unit);
      const kind: SupportRow["kind"] = isCap(s.qualifier) ? "cap" : low !== undefined && low !== high ? "range" : "point";
      return {
        label: wrapName(name, width),
        name,
        kind,
        ...(kind === "range" ? {low} : {}),
        high,
        text: W(lang).supportMark({
          kind,
          low: low ?? high,
          high,
          upper: /上限/.test(s.qualifier ?? ""),
          about: /程度/.test(s.qualifier ?? "")
        }),
        printed: W(lang).pick(s.printed, s.printedEn),
        external: s.attribute === "separateSupport",
        order: e.order
      };
    })
    .sort((x, y) => x.order - y.order || Number(x.external) - Number(y.external))
    .map(({order: _, ...row}) => row);
}

export const supportColumns = (lang: Lang): ChartColumn<SupportRow>[] => [
  {key: "name", label: W(lang).column.programme},
  {key: "text", label: W(lang).column.shown},
  {key: "low", label: W(lang).column.low, unit: W(lang).unit.perProject},
  {key: "high", label: W(lang).column.high, unit: W(lang).unit.perProject},
  {key: "printed", label: W(lang).column.asPrinted}
];

// ---- people

export interface PeopleRow {
  label: string;
  name: string;
  /** Absent when the document gives no number (drawn as 記載なし, never a bar of 0). */
  value?: number;
  printed: string;
  qualifier: string;
  /**
   * What the count counts, in the document's words before the number (新規採用人数（見込み）, 受入人数): counts of
   * different things (fellows hired for two years, visitors for a week) are never drawn on one axis.
   */
  kindKey: string;
  /** That kind in this language: the Japanese words, or the English transcription without its number. */
  kind: string;
  /** How long each person stays, as printed (the programme's period fact), or "". */
  stay: string;
}

/** Where a printed count starts in Japanese: its qualifier (約, 最大 …) or its first digit. */
const COUNT_START = /(約|およそ|最大|最少|延べ|計)?\s*[0-9０-９]/u;
/** The words before the count: 受入人数 約2,900人 → 受入人数 ("" when the phrase starts with the number). */
export const countedWhat = (printedJa: string) => {
  const m = COUNT_START.exec(printedJa);
  return (m ? printedJa.slice(0, m.index) : printedJa).trim();
};
/** The English transcription without its number: "About 2,900 visitors" → "visitors". */
const countedWhatEn = (printedEn: string) => printedEn.replace(/^\s*(about|around|c\.|up to|some|at most)?\s*[0-9][0-9,.]*\s*/i, "").trim();

export function peopleRows(b: Briefing, {lang = "ja", width}: RowOptions = {}): PeopleRow[] {
  return b.schemes
    .filter((s) => s.attribute === "people")
    .map((s) => ({e: entity(b, s.programme), s}))
    .sort((x, y) => x.e.order - y.e.order)
    .map(({e, s}) => {
      const period = b.schemes.find((p) => p.programme === s.programme && p.attribute === "period");
      const kindKey = countedWhat(s.printed);
      return {
        label: wrapName(shortName(e, lang), width),
        name: shortName(e, lang),
        value: s.high,
        printed: W(lang).pick(s.printed, s.printedEn),
        qualifier: s.qualifier ?? "",
        kindKey,
        kind: W(lang).pick(kindKey, countedWhatEn(s.printedEn ?? "")),
        stay: period ? W(lang).pick(period.printed, period.printedEn ?? "") : ""
      };
    });
}

export const peopleColumns = (lang: Lang): ChartColumn<PeopleRow>[] => [
  {key: "name", label: W(lang).column.programme},
  {key: "kind", label: W(lang).column.counted},
  {key: "value", label: W(lang).column.peoplePerYear, unit: W(lang).unit.people},
  {key: "stay", label: W(lang).column.stay},
  {key: "printed", label: W(lang).column.asPrinted}
];

// ---- frameworks

export interface FrameworkRow {
  label: string;
  name: string;
  /** Bar length: partner countries besides Japan, at least; absent when the document gives no number. */
  value?: number;
  /** The number for the CSV: absent when the document gives none (an empty cell, not a zero). */
  partners?: number;
  printed: string;
  known: boolean;
}

export function frameworkRows(b: Briefing, {lang = "ja", width}: RowOptions = {}): FrameworkRow[] {
  return b.frameworks.map((f) => ({
    label: wrapName(frameworkName(f, lang), width),
    name: frameworkName(f, lang),
    value: f.partnersMin,
    partners: f.partnersMin,
    printed: W(lang).pick(f.membersPrinted, f.membersEn),
    known: f.partnersMin !== undefined
  }));
}

export const frameworkColumns = (lang: Lang): ChartColumn<FrameworkRow>[] => [
  {key: "name", label: W(lang).column.framework},
  {key: "partners", label: W(lang).column.partners, unit: W(lang).unit.countries},
  {key: "printed", label: W(lang).column.members}
];
