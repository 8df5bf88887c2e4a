// Views that keep the whole document in sight: where the section total goes (itemised programmes plus the part
// the document does not break down), the printed budget lines that group programmes, and each entity's amounts
// across the editions in data/. Pure functions of the briefing, drawn with Plot (page and slides alike).
import * as Plot from "@observablehq/plot";
import {add, type Quantity} from "../lib/amount.js";
import type {Briefing} from "../lib/briefing.js";
import type {EntityFigures, Figure, Itemisation} from "../lib/derive.js";
import {formatAmount, formatChange, formatShareOf, unitLabel, unitSize, type Lang, type UnitMode} from "../lib/format.js";
import {lineKey} from "../lib/lines.js";
import {compositionUnit, remainderStatement, remainderText, remainderUnit} from "../lib/remainder.js";
import {entity, shortName, stageLabel, stageShort, traced} from "../lib/text.js";
import {printed, ratioOf, type Provenance} from "../lib/trace.js";
import {tokens} from "../lib/tokens.js";
import {separateNotes, type ChartOptions} from "./charts.js";
import {barInsets, isNarrow, namesAbove, niceMax, rowNames, tickNumber} from "./narrow.js";
import {measure, widest, type Type} from "../lib/measure.js";
import {chartWords} from "../locale/charts.js";
import {reportWords} from "../locale/report.js";

/** The chart's text: 13 px in the kit's font. */
const LABEL: Type = {size: 13};
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
  // One colour per meaning, as the decks draw it (src/lib/lines.ts lineKey): each programme in its budget line's
  // colour (a group's, named with its printed total) or else its document heading's, the remainder in the colour of
  // what the document does not break down; a swatch legend names them.
  const keyOf = (r: CompositionBar) => (r.remainder ? {label: r.label, color: C.unitemised} : lineKey(b, r.id, lang));
  const key = (r: CompositionBar) => keyOf(r).label;
  const keyed = [...new Map(rows.map((r) => [keyOf(r).label, keyOf(r).color] as const))];
  const colour = {domain: keyed.map(([label]) => label), range: keyed.map(([, color]) => color)};
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
 * Whether the section's history draws an annual amount the totals chart (comparison and current amount) does not:
 * an earlier year or another stage. With only those two amounts it would draw the same bars again under another
 * heading, so the overview leaves it out.
 */
export function historyAddsToTotals(b: Briefing): boolean {
  const section = entity(b, b.figures.section);
  const annual = historyPoints(b, [section], {lang: "ja"}).filter((p) => p.stageKind === "annual");
  return annual.length > [section.comparison, section.current].filter(Boolean).length;
}

/**
 * Amounts across budget years and stages: one bar per annual amount, from 0 on one labelled axis (so a bar's
 * length is its amount and a 2% change looks like one), oldest at the top; each later amount's change on the
 * entity's previous annual amount is written beside its bar, in the colour of its direction, so the change is
 * read, not guessed from a cut axis. A supplementary budget (a fund spent over several years) is told under the
 * chart, never on the annual amounts' axis.
 */
export function HistoryChart(
  b: Briefing,
  {lang = "ja", unit = "printed", entities, ...options}: ChartOptions & {entities?: EntityFigures[]} = {}
) {
  const list = entities ?? [entity(b, b.figures.section)];
  const points = historyPoints(b, list, {lang, unit});
  const size = unitSize(1, {lang, unit: unit === "million" ? "million" : "large"});
  const stageOrder = (p: HistoryPoint) => b.stages.find((s) => s.id === p.stage)?.order ?? 0;
  const annual = points
    .filter((p) => p.stageKind === "annual")
    .sort(
      (x, y) =>
        list.findIndex((e) => e.id === x.entity) - list.findIndex((e) => e.id === y.entity) ||
        x.fiscalYear - y.fiscalYear ||
        stageOrder(x) - stageOrder(y)
    );
  const words = chartWords(lang);
  const width = options.width ?? 640;
  // One row per entity, year and stage: two stages of one fiscal year (a draft and the enacted budget) are two rows.
  const rowOf = (p: HistoryPoint) => (list.length > 1 ? `${p.name} ${p.label}` : p.label);
  const rowsShown = annual.map(rowOf);
  const isCurrent = (p: HistoryPoint) => p.fiscalYear === b.figures.current.fiscalYear && p.stage === b.figures.current.stage;
  const changeColour = (p: HistoryPoint) => (p.direction > 0 ? C.increase : p.direction < 0 ? C.decrease : C.flat);
  const BOLD: Type = {size: LABEL.size, bold: true};
  const marginLeft = Math.ceil(14 + widest(rowsShown, LABEL));
  // The amount (bold) and, under it, the change are written 6 px right of the bar; the longest bar ends on the
  // plot's right edge.
  const marginRight = Math.max(
    40,
    Math.ceil(
      Math.max(
        widest(
          annual.map((p) => p.text),
          BOLD
        ),
        widest(
          annual.map((p) => p.change),
          BOLD
        )
      ) + 12
    )
  );
  const notes = separateNotes(
    points
      .filter((p) => p.stageKind !== "annual")
      .map((p) => ({text: words.separately(list.length > 1 ? `${p.name} ${p.label}` : p.label, p.text), colour: C.supplementary})),
    {width, top: 56, left: marginLeft}
  );
  const gap = notes.height ? notes.height + 16 : 0;
  const max = niceMax(Math.max(0, ...annual.map((p) => p.value)));
  return Plot.plot({
    width,
    document: options.document,
    style: {fontFamily: font, fontSize: "13px", color: C.text, background: "transparent", overflow: "visible"},
    height: 20 + Math.max(1, annual.length) * 48 + 48 + gap,
    marginLeft,
    marginRight,
    marginBottom: 48 + gap,
    x: {label: unitLabel(size, lang), labelAnchor: "center", labelOffset: 40, grid: true, domain: [0, max], tickFormat: tickNumber},
    y: {label: null, domain: rowsShown},
    marks: [
      Plot.barX(annual, {
        x: "value",
        y: rowOf,
        fill: (p: HistoryPoint) => (isCurrent(p) ? C.current : C.comparison),
        insetTop: 6,
        insetBottom: 6,
        title: (p: HistoryPoint) => words.tip(rowOf(p), p.text)
      }),
      // The amount, raised half a line when its change is written under it.
      ...[true, false].map((withChange) =>
        Plot.text(
          annual.filter((p) => !!p.change === withChange),
          {x: "value", y: rowOf, text: "text", textAnchor: "start", dx: 6, dy: withChange ? -7 : 0, fill: C.text, fontWeight: 700}
        )
      ),
      // Each later annual amount's change, under its amount in the colour of its direction.
      Plot.text(
        annual.filter((p) => p.change),
        {x: "value", y: rowOf, text: "change", textAnchor: "start", dx: 6, dy: 8, fill: changeColour, fontWeight: 700}
      ),
      Plot.ruleX([0], {stroke: C.text}),
      ...notes.marks
    ]
  });
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
