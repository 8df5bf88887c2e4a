// Views that keep the whole document in sight: where the section total goes (itemised programmes plus the part
// the document does not break down), the printed budget lines that group programmes, and each entity's amounts
// across the editions in data/. Pure functions of the briefing, drawn with Plot (page and slides alike).
import * as Plot from "@observablehq/plot";
import {add, type Quantity} from "../lib/amount.js";
import type {Briefing} from "../lib/briefing.js";
import type {EntityFigures, Figure, Itemisation} from "../lib/derive.js";
import {fiscalYearLabel, formatAmount, formatChange, formatShareOf, unitLabel, unitSize, type Lang, type UnitMode} from "../lib/format.js";
import {compositionUnit, remainderStatement, remainderText, remainderUnit} from "../lib/remainder.js";
import {entity, shortName, stageLabel, stageShort, traced} from "../lib/text.js";
import {printed, ratioOf, type Provenance} from "../lib/trace.js";
import {strandColour, tokens} from "../lib/tokens.js";
import {separateNotes, type ChartOptions} from "./charts.js";
import {barInsets, isNarrow, namesAbove, niceMax, rowNames, tickNumber} from "./narrow.js";
import {measure, widest, type Type} from "../lib/measure.js";
import {placeLabels, slide, type Box, type Candidate} from "./pointlabels.js";
import {chartWords} from "../locale/charts.js";
import {reportWords} from "../locale/report.js";

/** The chart's text: 13 px in the kit's font. */
const LABEL: Type = {size: 13};
/**
 * The history's top margin, with room for the value axis's label: set with its em box's top at AXIS_LABEL_DY
 * (lineAnchor top), as Noto Sans JP's ascent (1.16 em) reaches 0.45 em above the em box (0.71 em above the baseline).
 */
const AXIS_LABEL_TOP = 24 + Math.ceil(0.45 * LABEL.size);
/** Where the label's em box starts below the chart's top: its glyphs' ascent (0.45 em above the em box) fits. */
const AXIS_LABEL_DY = Math.ceil(0.45 * LABEL.size) + 2;

const C = tokens.color;
const font = `"${tokens.font.family}", ${tokens.font.fallback}`;

interface Opts {
  lang: Lang;
  unit?: UnitMode;
}

/** One row of the composition: an itemised programme or the remainder the document does not itemise. */
export interface CompositionRow {
  id: string;
  label: string;
  value: Quantity;
  /** Share of the section total (0–1), for drawing. */
  share: number;
  /** The share as the printed figures support it: 7.6%, 約24% (formatShareOf). */
  shareText: string;
  remainder: boolean;
  /** The amount as a sentence in the page's unit gives it: the remainder with 約 when it is a difference of rounded figures. */
  text: string;
}

/** A row as the composition chart draws it. */
export interface CompositionBar extends CompositionRow {
  /**
   * The amount in the chart's one unit (compositionUnit: 百万円 unless 億円 is chosen), as its bar, its table
   * column and the deck's title give it: the remainder 約3,300百万円 beside bars in 百万円, not 約33億円.
   */
  barText: string;
  /** The document heading (strands.csv id) of a programme, for its colour; none for the remainder. */
  strand?: string;
}

/** The itemisation of the current edition, if the section total is printed in it. */
export function currentItemisation(b: Briefing): Itemisation | undefined {
  const {current} = b.figures;
  return b.figures.itemisation.find((i) => i.ref.fiscalYear === current.fiscalYear && i.ref.stage === current.stage);
}

/** The remainder's words: 内訳記載なし / not itemised in the document. */
export function remainderLabel(lang: Lang): string {
  return chartWords(lang).remainder;
}

/** Rows of the composition: itemised programmes in the document's order, then the unitemised remainder. */
export function compositionRows(b: Briefing, {lang, unit}: Opts): CompositionBar[] {
  const it = currentItemisation(b);
  if (!it) return [];
  const total = it.total.millionYen;
  const rows: CompositionBar[] = it.programmes.map((id) => {
    const e = entity(b, id);
    const value = e.current!.value;
    return {
      id,
      label: shortName(e, lang),
      value,
      share: value.millionYen / total,
      // A programme counted in the total is part of it: its share is never shown above 100%.
      shareText: formatShareOf(value, it.total, lang, {within: true}),
      remainder: false,
      text: formatAmount(value, {lang, unit}),
      barText: formatAmount(value, {lang, unit: compositionUnit(unit)}),
      strand: e.strand
    };
  });
  // The remainder is a difference of a figure printed in 億円 and figures in 百万円: known only to the coarser unit.
  const rest = it.unitemised;
  rows.push({
    id: "remainder",
    label: remainderLabel(lang),
    value: rest,
    share: rest.millionYen / total,
    shareText: formatShareOf(rest, it.total, lang, {within: true}),
    remainder: true,
    // One rule (remainderUnit): the remainder reads the same in a sentence as on its bar.
    text: remainderText(it, lang, remainderUnit(unit)),
    barText: remainderText(it, lang, remainderUnit(unit))
  });
  return rows;
}

/**
 * The composition table's rows: the chart's rows, then the section total. One amount column, so one unit: the
 * chart's (compositionUnit), the total too (約14,100百万円 under programmes in 百万円, not 141億円 among them).
 */
export function compositionTableRows(b: Briefing, {lang, unit}: Opts): CompositionRow[] {
  const w = reportWords(lang);
  const rows = compositionRows(b, {lang, unit}).map(({barText, ...r}) => ({...r, text: barText}));
  const it = currentItemisation(b);
  const section = entity(b, b.figures.section);
  if (!it || !section.current) return rows;
  const total: CompositionRow = {
    id: "total",
    label: w.total(w.pick(section.shortJa, section.shortEn)),
    value: it.total,
    share: 1,
    shareText: "100%",
    remainder: false,
    text: formatAmount(it.total, {lang, unit: compositionUnit(unit)})
  };
  return [...rows, total];
}

/** Where the section total goes: one bar per itemised programme and one for the remainder, each with its share. */
export function CompositionChart(b: Briefing, {lang = "ja", unit = "printed", ...options}: ChartOptions = {}) {
  const rows = compositionRows(b, {lang, unit});
  const size = unitSize(1, {lang, unit: compositionUnit(unit)});
  const label = (r: CompositionBar) => chartWords(lang).withShare(r.barText, r.shareText);
  // One colour per meaning, as the decks draw it (tokens.ts): each programme in its document heading's colour, the
  // remainder in the colour of what the document does not break down; a swatch legend names them.
  const headings = b.strands.filter((s) => rows.some((r) => r.strand === s.id));
  const named = (id?: string) => {
    const s = b.strands.find((x) => x.id === id);
    return s ? chartWords(lang).pick(s.nameJa, s.nameEn) : chartWords(lang).noHeading;
  };
  const key = (r: CompositionBar) => (r.remainder ? r.label : named(r.strand));
  const keys = [
    ...headings.map((s) => named(s.id)),
    ...(rows.some((r) => !r.remainder && !headings.some((s) => s.id === r.strand)) ? [named()] : [])
  ];
  const colour = {
    domain: [...keys, ...rows.filter((r) => r.remainder).map((r) => r.label)],
    range: [
      ...headings.map((s) => strandColour(b.strands.indexOf(s))),
      ...(keys.length > headings.length ? [strandColour(-1)] : []),
      ...rows.filter((r) => r.remainder).map(() => C.unitemised)
    ]
  };
  const width = options.width ?? 640;
  // Margins from the widest measured name (left) and amount with its share (right); when they leave the bars
  // too little room the names go above the bars instead (isNarrow), so no name is cut at the edge.
  const wide = {
    marginLeft: Math.ceil(
      widest(
        rows.map((r) => r.label),
        LABEL
      ) + 14
    ),
    marginRight: Math.ceil(widest(rows.map(label), LABEL) + 16)
  };
  // Too narrow for names beside the bars (a phone): each name goes above its bar, and the bars get the width the
  // amounts beside them leave. Wide layouts (the page on a screen, the pictures) are drawn as before.
  const narrow = isNarrow(width, wide.marginLeft, wide.marginRight);
  // The first tick's label (0) is centred on the left edge of the bars: half of it must fit in the margin.
  // On a phone the amount and share go on the name's line(s) above the bar (beside a long bar they would not fit).
  // The last tick's number (10 px) is centred on the bars' right edge.
  const lastTick = measure(tickNumber(niceMax(Math.max(0, ...rows.map((r) => r.value.millionYen / size)))), {size: 10});
  const margins = narrow ? {marginLeft: 12, marginRight: Math.max(20, Math.ceil(lastTick / 2 + 6))} : wide;
  const names = narrow
    ? rowNames(rows, {gap: 14, width: width - margins.marginLeft - 2, text: (r) => `${r.label} ${label(r)}`})
    : undefined;
  const rowsAbove = names && namesAbove(rows.length, {above: names.above, below: 20, band: 0.5});
  return Plot.plot({
    width,
    document: options.document,
    style: {fontFamily: font, fontSize: "13px", color: C.text, background: "transparent", overflow: "visible"},
    height: rowsAbove ? rowsAbove.marginTop + rowsAbove.rowsHeight + 44 : 50 + rows.length * 34,
    ...margins,
    marginTop: rowsAbove?.marginTop,
    marginBottom: 44,
    x: {
      label: unitLabel(size, lang),
      grid: true,
      nice: true,
      labelAnchor: "center",
      labelOffset: 36,
      ...(narrow ? {tickFormat: tickNumber} : {})
    },
    y: narrow ? {axis: null, domain: rows.map((r) => r.label), padding: 0.5} : {label: null, domain: rows.map((r) => r.label)},
    color: {...colour, legend: true},
    marks: [
      Plot.barX(rows, {
        x: (r: CompositionRow) => r.value.millionYen / size,
        y: "label",
        fill: key,
        // On a phone the bar stays clear of its name's lines above it.
        ...(rowsAbove ? barInsets(rowsAbove.step, 0.5, {gap: 14, below: 20}) : {})
      }),
      Plot.text(narrow ? [] : rows, {
        x: (r: CompositionRow) => r.value.millionYen / size,
        y: "label",
        text: label,
        textAnchor: "start",
        dx: 6,
        fill: C.text
      }),
      names?.mark ?? null,
      Plot.ruleX([0], {stroke: C.text})
    ]
  });
}

/** The sentence under the composition: how much is itemised, and the remainder as the document allows. */
export function compositionSummary(b: Briefing, options: Opts & {trace?: Provenance[]}): string {
  const {lang, unit} = options;
  const rows = compositionRows(b, {lang, unit});
  const it = currentItemisation(b);
  if (!it) return chartWords(lang).noSectionTotal;
  const rest = rows.find((r) => r.remainder)!;
  const itemised = it.itemised;
  // With options.trace (the page's caption), each share is marked with how it is computed from the amounts.
  const section = entity(b, b.figures.section);
  const totalFigure = section.amounts.find((f) => f.fiscalYear === it.ref.fiscalYear && f.stage === it.ref.stage);
  const inputs = it.programmes.map((id) => ({entity: id, figure: entity(b, id).current!})).filter((i) => i.figure);
  const total = totalFigure && printed(section, totalFigure);
  const all = totalFigure && [{entity: section.id, figure: totalFigure}, ...inputs];
  const share = (text: string, numerator: Provenance | undefined) =>
    traced(text, ratioOf(numerator, total, text, "share", {within: true}), options);
  const itemisedShare = share(formatShareOf(itemised, it.total, lang, {within: true}), {inputs, op: "sum", result: itemised});
  const restShare = share(rest.shareText, all && {inputs: all, op: "remainder", result: it.unitemised});
  // One unit per visual, its caption included: the chart's own (compositionUnit, 百万円 unless 億円 is chosen) for
  // the total, the itemised sum and the remainder alike, so the caption says 約3,300百万円 under a bar that does,
  // not 約33億円 (a total printed in 億円 shown in 百万円 carries 約, as formatAmount says).
  const stated = remainderStatement(it, lang, unit);
  return chartWords(lang).compositionSummary({
    stage: stageLabel(b, b.figures.current, lang),
    total: stated.total,
    count: it.programmes.length,
    itemised: stated.itemised,
    itemisedShare,
    remainder: rest.label,
    remainderText: stated.rest,
    remainderShare: restShare
  });
}

/** One point of an entity's history: a printed amount with its edition. */
export interface HistoryPoint {
  entity: string;
  name: string;
  fiscalYear: number;
  stage: string;
  stageKind: string;
  label: string;
  value: number;
  text: string;
  /** An annual amount's change on the entity's previous annual amount, as the page writes it (+3億円); "" for the first. */
  change: string;
  /** The change's sign: 1, -1 or 0. */
  direction: number;
}

/** Every printed amount of the given entities, oldest first, each marked with its stage. */
export function historyPoints(b: Briefing, entities: EntityFigures[], {lang, unit}: Opts): HistoryPoint[] {
  const size = unitSize(1, {lang, unit: unit === "million" ? "million" : "large"});
  const kindOf = (f: Figure) => b.stages.find((s) => s.id === f.stage)?.kind ?? "annual";
  return entities.flatMap((e) => {
    let previous: Figure | undefined;
    return e.amounts.map((f: Figure) => {
      const stageKind = kindOf(f);
      // Changes run between annual amounts only: a supplementary budget is not one year's budget.
      const delta = stageKind === "annual" && previous ? add(f.value, previous.value, -1) : undefined;
      if (stageKind === "annual") previous = f;
      return {
        entity: e.id,
        name: shortName(e, lang),
        fiscalYear: f.fiscalYear,
        stage: f.stage,
        stageKind,
        label: stageShort(b, f, lang),
        value: f.value.millionYen / size,
        text: formatAmount(f.value, {lang, unit}),
        change: delta ? formatChange(delta, {lang, unit}) : "",
        direction: delta ? Math.sign(delta.millionYen) : 0
      };
    });
  });
}

/**
 * A value axis for annual amounts that shows their change: from a round value below the smallest to one above the
 * largest (1-2-5 steps), not from 0, so +3 on 141 is not a flat line; 0 when the amounts are far apart anyway.
 */
export function historyDomain(values: number[]): {domain: [number, number]; ticks?: number[]} {
  if (!values.length) return {domain: [0, 1]};
  const lo = Math.min(...values),
    hi = Math.max(...values);
  if (lo <= 0) return {domain: [Math.min(0, lo), hi > 0 ? hi : 1]};
  const pad = Math.max((hi - lo) * 0.6, hi * 0.02);
  const raw = (hi - lo + 2 * pad) / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const from = Math.max(0, Math.floor((lo - pad) / step) * step);
  // A baseline under a third of the smallest amount is as good as 0: start there.
  const start = from < lo / 3 ? 0 : from;
  const end = Math.ceil((hi + pad) / step) * step;
  // The ticks include the baseline, so the axis shows where it starts.
  const ticks = Array.from({length: Math.round((end - start) / step) + 1}, (_, i) => Math.round((start + i * step) * 1e6) / 1e6);
  return {domain: [start, end], ticks};
}

/**
 * Amounts across editions: the annual amounts joined by a line on an axis that starts near them (labelled with
 * where it starts), each later one marked with its change; a supplementary budget (a fund spent over several
 * years) is told under the chart, never on the annual amounts' axis.
 */
export function HistoryChart(
  b: Briefing,
  {lang = "ja", unit = "printed", entities, ...options}: ChartOptions & {entities?: EntityFigures[]} = {}
) {
  const list = entities ?? [entity(b, b.figures.section)];
  const points = historyPoints(b, list, {lang, unit});
  const size = unitSize(1, {lang, unit: unit === "million" ? "million" : "large"});
  const annual = points.filter((p) => p.stageKind === "annual");
  // One place on the axis per edition: two stages of one fiscal year (a draft and the enacted budget) are two
  // points, not one place where their labels print over each other. The year is written under its first edition.
  const stageOrder = (p: HistoryPoint) => b.stages.find((s) => s.id === p.stage)?.order ?? 0;
  const place = (p: HistoryPoint) => `${p.fiscalYear}:${p.stage}`;
  const sorted = [...annual].sort((x, y) => x.fiscalYear - y.fiscalYear || stageOrder(x) - stageOrder(y));
  const places = [...new Set(sorted.map(place))];
  const yearOf = new Map(sorted.map((p) => [place(p), p.fiscalYear]));
  const firstOfYear = new Set(places.filter((k, i) => i === 0 || yearOf.get(places[i - 1]) !== yearOf.get(k)));
  const facet = list.length > 1 ? {fy: "name"} : {};
  const width = options.width ?? 640;
  // On a phone a point's label is two lines (stage, amount) so it stays inside the chart, and the top point's
  // label is held below the unit label above the axis.
  // Point labels are centred on their points: on one line only when the widest fits between two points.
  const spacing = (width - 60 - 110) / Math.max(1, places.length - 1 + 2 * 0.4);
  const oneLine = widest(
    annual.map((p) => `${p.label} ${p.text}`),
    LABEL
  );
  const narrow = isNarrow(width, 60, 110) || oneLine + 8 > spacing;
  // Too many editions for the width even on two lines: the changes under the dots are left to the chart's table
  // and caption rather than printed over the neighbouring points' labels.
  const twoLines = widest(
    annual.flatMap((p) => [p.label, p.text, p.change]),
    LABEL
  );
  const changes = twoLines + 8 <= (width - 60 - 30) / Math.max(1, places.length - 1 + 2 * 0.4);
  const {domain, ticks} = historyDomain(annual.map((p) => p.value));
  const words = chartWords(lang);
  const notes = separateNotes(
    points
      .filter((p) => p.stageKind !== "annual")
      .map((p) => ({text: words.separately(list.length > 1 ? `${p.name} ${p.label}` : p.label, p.text), colour: C.supplementary})),
    {width, top: 34, left: 60}
  );
  const gap = notes.height ? notes.height + 12 : 0;
  const changeColour = (p: HistoryPoint) => (p.direction > 0 ? C.increase : p.direction < 0 ? C.decrease : C.flat);
  const height = (list.length > 1 ? 30 + list.length * 110 : 260) + gap;
  const marginRight = narrow ? Math.max(30, Math.ceil(twoLines / 2 + 4)) : 110;
  const insetTop = narrow ? 34 : 20;
  const axisLabel = `↑ ${domain[0] > 0 ? words.axisFrom(unitLabel(size, lang), domain[0].toLocaleString("en-US")) : unitLabel(size, lang)}`;
  const pointText = (p: HistoryPoint) => `${p.label}${narrow ? "\n" : " "}${p.text}`;
  const xAt = Plot.scale({x: {type: "point", domain: places, range: [60, width - marginRight], padding: 0.4}}).apply as (
    k: string
  ) => number;
  // The year is written under its first edition, centred on it, where it clears the year written before it
  // (measured: the chart's 13 px type sets the ticks too): on a narrow chart of many years, every other one (the table has them all).
  const yearShown = new Set<string>();
  let yearEnd = -Infinity;
  for (const k of places.filter((k) => firstOfYear.has(k))) {
    const half = measure(fiscalYearLabel(yearOf.get(k)!, lang), LABEL) / 2;
    if (xAt(k) - half < yearEnd + 6) continue;
    yearShown.add(k);
    yearEnd = xAt(k) + half;
  }
  // Where each label goes: its usual place when that is free, else moved (pointlabels.ts), else left to the table.
  const layout =
    list.length === 1
      ? layoutHistoryLabels(
          annual.filter((p) => p.change && changes),
          annual,
          {
            x: xAt,
            y: Plot.scale({y: {domain, range: [height - 40 - gap - 22, AXIS_LABEL_TOP + insetTop]}}).apply as (v: number) => number,
            place,
            text: pointText,
            narrow,
            axisLabel,
            frame: {left: 60 - 8, right: width - 1, top: 0, bottom: height - 40 - gap}
          }
        )
      : undefined;
  const usual = (p: HistoryPoint) => !layout || layout.labels.get(p) === USUAL;
  const usualChange = (p: HistoryPoint) => !layout || layout.changes.get(p) === USUAL;
  const moved = (which: Map<HistoryPoint, Placed | typeof USUAL | undefined> | undefined) =>
    [...(which ?? [])].filter((e): e is [HistoryPoint, Placed] => !!e[1] && e[1] !== USUAL);
  return Plot.plot({
    width,
    document: options.document,
    style: {fontFamily: font, fontSize: "13px", color: C.text, background: "transparent", overflow: "visible"},
    height,
    marginLeft: 60,
    // The last point's label is centred on it: half the widest line must fit right of the last point.
    marginRight,
    marginTop: AXIS_LABEL_TOP,
    marginBottom: 40 + gap,
    x: {
      label: null,
      domain: places,
      type: "point",
      padding: 0.4,
      tickFormat: (k: string) => (yearShown.has(k) ? fiscalYearLabel(yearOf.get(k)!, lang) : "")
    },
    // The top point's label sits above its dot: inset, it stays below the unit label (it printed over it).
    // The value axis's label is drawn as a mark (below): Plot sets it 3 px from the top whatever the margin, and
    // the font's ascent reached above the chart.
    y: {
      label: null,
      grid: true,
      domain,
      ticks,
      insetTop,
      insetBottom: 22
    },
    fy: list.length > 1 ? {label: null, domain: list.map((e) => shortName(e, lang))} : undefined,
    marks: [
      Plot.text([axisLabel], {
        frameAnchor: "top-left",
        textAnchor: "start",
        lineAnchor: "top",
        dx: 3 - 60,
        dy: AXIS_LABEL_DY - AXIS_LABEL_TOP,
        fill: C.text,
        ariaLabel: "y-axis label"
      }),
      Plot.line(annual, {x: place, y: "value", z: "entity", stroke: C.comparison, ...facet}),
      Plot.dot(annual, {x: place, y: "value", r: 6, stroke: C.current, fill: C.current, strokeWidth: 2, ...facet}),
      Plot.text(annual.filter(usual), {
        x: place,
        y: "value",
        text: pointText,
        textAnchor: "middle",
        ...(narrow ? {lineAnchor: "bottom" as const, dy: -10} : {dy: -14}),
        fill: C.text,
        ...facet
      }),
      ...moved(layout?.labels).map(([p, at]) =>
        Plot.text([p], {
          x: place,
          y: "value",
          text: pointText,
          textAnchor: "start",
          lineAnchor: at.lineAnchor,
          dx: at.dx,
          dy: at.dy,
          fill: C.text
        })
      ),
      // Each later annual amount's change, under its dot in the colour of its direction.
      Plot.text(
        annual.filter((p) => p.change && changes && usualChange(p)),
        {
          x: place,
          y: "value",
          text: "change",
          textAnchor: "middle",
          lineAnchor: "top",
          dy: 12,
          fill: changeColour,
          fontWeight: 700,
          ...facet
        }
      ),
      ...moved(layout?.changes).map(([p, at]) =>
        Plot.text([p], {
          x: place,
          y: "value",
          text: "change",
          textAnchor: "start",
          lineAnchor: at.lineAnchor,
          dx: at.dx,
          dy: at.dy,
          fill: changeColour,
          fontWeight: 700
        })
      ),
      ...notes.marks
    ]
  });
}

/** A label drawn where it usually goes (the chart's shared text mark). */
const USUAL = "usual";
/** A label moved from its usual place: drawn start-anchored `dx` px from its point, `dy` px below it. */
interface Placed {
  lineAnchor: "top" | "bottom";
  dx: number;
  dy: number;
}

/**
 * The history's point labels and changes laid out so no two print over each other: each label at its usual place
 * (centred above its dot) when that is free, else moved sideways into the chart, then stacked higher, then below
 * its dot; each change under its dot, else moved sideways, else left to the table and caption. Boxes are measured
 * (Noto Sans JP's em box: 0.88 em above the baseline, 0.12 em below) where Plot sets the lines (a text's first
 * baseline 0.71 line below a top anchor, its last on a bottom anchor, one line 0.32 em below a middle anchor).
 * The latest point's label is placed first, so the current figure is the last to move.
 */
function layoutHistoryLabels(
  withChange: HistoryPoint[],
  annual: HistoryPoint[],
  o: {
    x: (k: string) => number;
    y: (v: number) => number;
    place: (p: HistoryPoint) => string;
    text: (p: HistoryPoint) => string;
    narrow: boolean;
    axisLabel: string;
    frame: Box;
  }
) {
  const size = LABEL.size;
  const BOLD: Type = {size, bold: true};
  const [ink, foot] = [0.88 * size, 0.12 * size];
  const at = (p: HistoryPoint) => ({x: o.x(o.place(p)), y: o.y(p.value)});
  // A box of `lines` lines (13 px apart) `width` wide from `left`, anchored at `y` by its top or bottom line.
  const box = (left: number, width: number, y: number, lines: number, anchor: "top" | "bottom" | "middle"): Box => {
    const first = anchor === "top" ? y + 0.71 * size : anchor === "middle" ? y + 0.32 * size : y - (lines - 1) * size;
    return {left, right: left + width, top: first - ink, bottom: first + (lines - 1) * size + foot};
  };
  const taken: Box[] = [
    box(3, measure(o.axisLabel, LABEL), AXIS_LABEL_DY, 1, "top"),
    ...annual.map((p) => {
      const {x, y} = at(p);
      return {left: x - 7, right: x + 7, top: y - 7, bottom: y + 7};
    })
  ];
  const candidates = (p: HistoryPoint) => {
    const {x, y} = at(p);
    const lines = o.text(p).split("\n");
    const w = widest(lines, LABEL);
    const usual = o.narrow ? box(x - w / 2, w, y - 10, lines.length, "bottom") : box(x - w / 2, w, y - 14, 1, "middle");
    const out: Candidate<Placed | typeof USUAL>[] = [{box: usual, at: USUAL}];
    const lefts = slide(x, w, o.frame.left, o.frame.right);
    // Above the dot, raised a few px at a time up to the chart's top, or below it down to the axis: the nearest
    // free place first (below counts from where the label would sit above, so above wins a tie).
    const moves: {distance: number; candidate: Candidate<Placed>}[] = [];
    for (let dy = -10; dy - lines.length * size > o.frame.top - y - size; dy -= 4)
      for (const left of lefts)
        moves.push({
          distance: -10 - dy,
          candidate: {box: box(left, w, y + dy, lines.length, "bottom"), at: {lineAnchor: "bottom", dx: left - x, dy}}
        });
    for (let dy = 10; y + dy < o.frame.bottom; dy += 4)
      for (const left of lefts)
        moves.push({
          distance: dy + 10,
          candidate: {box: box(left, w, y + dy, lines.length, "top"), at: {lineAnchor: "top", dx: left - x, dy}}
        });
    out.push(...moves.sort((m, n) => m.distance - n.distance).map((m) => m.candidate));
    return out;
  };
  const order = [...annual].reverse();
  const options = order.map(candidates);
  const placed = placeLabels(options, {taken, within: o.frame});
  const labels = new Map(order.map((p, i) => [p, placed[i]]));
  const labelBoxes = options.flatMap((c, i) => c.filter((k) => k.at === placed[i]).map((k) => k.box));
  const changeOrder = [...withChange].reverse();
  const changePlaced = placeLabels(
    changeOrder.map((p) => {
      const {x, y} = at(p);
      const w = measure(p.change, BOLD);
      return slide(x, w, o.frame.left, o.frame.right).map((left, i) => ({
        box: box(left, w, y + 12, 1, "top"),
        at: i === 0 ? (USUAL as Placed | typeof USUAL) : {lineAnchor: "top" as const, dx: left - x, dy: 12}
      }));
    }),
    {taken: [...taken, ...labelBoxes], within: o.frame}
  );
  const changes = new Map(changeOrder.map((p, i) => [p, changePlaced[i]]));
  return {labels, changes};
}

/** The history in words, for readers who cannot see the chart. */
export function historySummary(b: Briefing, entities: EntityFigures[], {lang, unit}: Opts): string {
  return entities
    .map((e) => {
      const parts = e.amounts.map((f) => chartWords(lang).historyPart(stageLabel(b, f, lang), formatAmount(f.value, {lang, unit})));
      return chartWords(lang).historyLine(shortName(e, lang), parts);
    })
    .join(chartWords(lang).historyJoin);
}
