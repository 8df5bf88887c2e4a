import * as Plot from "@observablehq/plot";
import type {Briefing} from "../lib/briefing.js";
import {unitLabel, unitSize, type Lang, type UnitMode} from "../lib/format.js";
import {notInDocument, stageShort} from "../lib/text.js";
import {tokens} from "../lib/tokens.js";
import {
  frameworkRows,
  peopleRows,
  programmeRows,
  sectionTotalRows,
  startRows,
  strandLabel,
  strandRows,
  supportRows,
  nameRoom,
  type PeopleRow,
  type ProgrammeRow,
  type StrandRow,
  type SupportRow
} from "./chartrows.js";
import {measure, widest, type Type} from "../lib/measure.js";
import {
  barInsets,
  isNarrow,
  labelsAboveBars,
  NAME_LINE,
  namesAbove,
  NARROW_WIDTH,
  niceMax,
  rowNames,
  tickNumber,
  wrapWithin
} from "./narrow.js";
import {chartWords} from "../locale/charts.js";

/** Options every chart takes; the rest is passed to Plot.plot. */
export interface ChartOptions extends Omit<Plot.PlotOptions, "document"> {
  lang?: Lang;
  unit?: UnitMode;
  width?: number;
  /** A document to draw into: the page's, or a JSDOM document in Node for the slides. */
  document?: Document;
}

const C = tokens.color;
const font = `"${tokens.font.family}", ${tokens.font.fallback}`;
const base = (o: ChartOptions) => ({
  width: o.width ?? 640,
  document: o.document,
  style: {fontFamily: font, fontSize: "13px", color: C.text, background: "transparent", overflow: "visible"},
  marginLeft: 0,
  marginBottom: 48
});
/** x-axis label centred under the axis, so it never collides with the last tick on narrow screens. */
const X = {labelAnchor: "center" as const, labelOffset: 40};

/** The charts' text: 13 px in the kit's font (base().style), and bold for the figures beside bars. */
const LABEL: Type = {size: 13};
const BOLD: Type = {size: 13, bold: true};
/** Plot's tick numbers (10 px). */
const TICK: Type = {size: 10};
/** A programme's name inside its segment of a strand's bar. */
const SEGMENT: Type = {size: 11};

/**
 * The height of one row of a chart with names beside the rows: at least `min`, and enough for the most lines a
 * (wrapped) name takes, as Plot sets them (13 px apart), so neighbouring names never print over each other.
 */
function rowStep(labels: string[], min: number): number {
  return Math.max(min, Math.max(1, ...labels.map((l) => l.split("\n").length)) * 13 + 14);
}

/** The height of a chart of `labels.length` rows (rowStep each) with `frame` px of axes and margins. */
function rowsHeight(labels: string[], min: number, frame: number): number {
  return frame + labels.length * rowStep(labels, min);
}

/** A left margin that fits the longest (wrapped) y label, measured, plus the tick's gap. */
function marginFor(labels: string[]): number {
  return Math.ceil(14 + widest(labels, LABEL));
}

/**
 * Lines told under a chart instead of drawn on its axis (a supplementary budget beside annual ones), each with a
 * swatch of its colour; wrapped to the chart's width. `top` is how far below the plot's frame they start.
 */
export function separateNotes(notes: {text: string; colour: string}[], {width, top, left}: {width: number; top: number; left: number}) {
  const SWATCH = 10;
  const laid = notes.map((n) => ({...n, lines: wrapWithin(n.text, width - SWATCH - 12, LABEL)}));
  let y = top;
  const placed = laid.map((n) => {
    const at = y;
    y += n.lines.length * 16 + 4;
    return {...n, at};
  });
  return {
    height: y - top,
    marks: placed.flatMap((n) => [
      Plot.dot([n], {frameAnchor: "bottom-left", dy: n.at + 8, dx: SWATCH / 2 - left, symbol: "square", r: SWATCH / 2, fill: n.colour}),
      Plot.text([n], {
        frameAnchor: "bottom-left",
        dy: n.at,
        dx: SWATCH + 6 - left,
        text: (d) => d.lines.join("\n"),
        textAnchor: "start",
        lineAnchor: "top",
        lineHeight: 16 / 13,
        fill: C.text
      })
    ])
  };
}

/**
 * The section total: the annual budgets (comparison and current) as bars on one axis; a supplementary budget
 * (a fund spent over several years) is told under the chart with its colour, never on the same axis, so the
 * change between the annual totals stays visible.
 */
export function SectionTotals(b: Briefing, {lang = "ja", unit = "printed", ...options}: ChartOptions = {}) {
  const rows = sectionTotalRows(b, {lang, unit});
  const annual = rows.filter((r) => r.axis === "annual");
  const width = options.width ?? 640;
  const marginLeft = marginFor(annual.map((r) => r.label));
  const notes = separateNotes(
    rows.filter((r) => r.axis === "separate").map((r) => ({text: chartWords(lang).separately(r.label, r.text), colour: r.color})),
    {width, top: 56, left: marginLeft}
  );
  return Plot.plot({
    ...base(options),
    height: 40 + annual.length * 44 + notes.height + (notes.height ? 16 : 0),
    marginLeft,
    // Each total is written (bold) 6 px right of its bar, and the largest bar ends on the plot's right edge.
    marginRight: Math.max(
      40,
      Math.ceil(
        widest(
          annual.map((r) => r.text),
          BOLD
        ) + 12
      )
    ),
    marginBottom: 48 + notes.height + (notes.height ? 16 : 0),
    x: {...X, label: rows[0]?.unit ?? unitLabel(100, lang), grid: true, nice: true},
    y: {label: null, domain: annual.map((r) => r.label)},
    marks: [
      Plot.barX(annual, {x: "value", y: "label", fill: "color", title: (d) => chartWords(lang).tip(d.label, d.text)}),
      Plot.text(annual, {x: "value", y: "label", text: "text", textAnchor: "start", dx: 6, fill: C.text, fontWeight: 700}),
      Plot.ruleX([0], {stroke: C.text}),
      ...notes.marks
    ],
    ...options
  });
}

/** Each programme's comparison → current amounts as a dumbbell, in budget order. */
export function ProgrammeDumbbell(b: Briefing, {lang = "ja", unit = "printed", ...options}: ChartOptions = {}) {
  const rows = programmeRows(b, {lang, unit, width: options.width});
  const curLabel = stageShort(b, b.figures.current, lang);
  const cmpLabel = b.figures.comparison ? stageShort(b, b.figures.comparison, lang) : "";
  const points = rows.flatMap((r) =>
    [
      r.comparison !== undefined && {r, x: r.comparison, stage: cmpLabel, text: r.comparisonText},
      r.current !== undefined && {r, x: r.current, stage: curLabel, text: r.currentText}
    ].filter((p): p is {r: ProgrammeRow; x: number; stage: string; text: string} => !!p)
  );
  const links = rows.filter((r) => r.current !== undefined && r.comparison !== undefined);
  const valueWidth = widest(
    rows.map((r) => r.currentText ?? ""),
    LABEL
  );
  // The current amount is written 10 px right of the rightmost dot, which may sit on the plot's right edge.
  const wide = {marginLeft: marginFor(rows.map((r) => r.label)), marginRight: Math.max(40, Math.ceil(valueWidth + 16))};
  // On a phone the names go above the rows, so the two years' dots are far enough apart to tell.
  const narrow = isNarrow(options.width ?? 640, wide.marginLeft, wide.marginRight);
  const width = options.width ?? 640;
  // On a phone each name takes whole lines above its row (wrapped to the width), and the rows make room for them.
  const names = narrow ? rowNames(rows, {gap: 15, width: width - 12 - 2}) : undefined;
  const rowsAbove = names && namesAbove(rows.length, {above: names.above, below: 26});
  return Plot.plot({
    ...base(options),
    height: rowsAbove
      ? rowsAbove.marginTop + rowsAbove.rowsHeight + 48
      : rowsHeight(
          rows.map((r) => r.label),
          48,
          40
        ),
    ...(narrow ? {marginLeft: 12, marginRight: Math.ceil(16 + valueWidth), marginTop: rowsAbove!.marginTop} : wide),
    x: {
      ...X,
      ...(narrow ? {tickFormat: tickNumber} : {}),
      label: unitLabel(unitSize(1, {lang, unit: unit === "large" ? "large" : "million"}), lang),
      grid: true,
      nice: true,
      zero: true
    },
    y: narrow ? {axis: null, domain: rows.map((r) => r.label)} : {label: null, domain: rows.map((r) => r.label)},
    color: {domain: [cmpLabel, curLabel], range: [C.comparison, C.current], legend: true},
    marks: [
      Plot.link(links, {
        x1: "comparison",
        x2: "current",
        y1: "label",
        y2: "label",
        stroke: (r) => (r.status === "up" ? C.increase : r.status === "down" ? C.decrease : C.flat),
        strokeWidth: 3
      }),
      names?.mark ?? null,
      Plot.dot(points, {
        x: "x",
        y: (p) => p.r.label,
        fill: "stage",
        r: narrow ? 5 : 6,
        title: (p) => `${p.r.name}\n${chartWords(lang).tip(p.stage, p.text)}`
      }),
      Plot.text(
        rows.filter((r) => r.current !== undefined),
        {
          x: (r) => Math.max(r.current!, r.comparison ?? 0),
          y: "label",
          text: "currentText",
          textAnchor: "start",
          dx: 10,
          fill: C.text
        }
      )
    ],
    ...options
  });
}

/**
 * Change per programme as a diverging bar chart, coloured by direction with a swatch legend; a new programme (no
 * previous amount, so no change) is labelled 新規 where its bar would start, never drawn as a bar of 0.
 */
export function ProgrammeChange(b: Briefing, {lang = "ja", unit = "printed", ...options}: ChartOptions = {}) {
  const rows = programmeRows(b, {lang, unit, width: options.width});
  const value = (r: ProgrammeRow) => r.change ?? 0;
  const legend = chartWords(lang).statusLegend;
  // The legend names the colours of the bars drawn (a new programme has no bar: 新規 is written beside).
  const statuses = (["up", "down", "flat"] as const).filter((s) => rows.some((r) => r.status === s && r.change !== undefined));
  const colours = {up: C.increase, down: C.decrease, flat: C.flat};
  const width = options.width ?? 640;
  // A change is written right of its bar's end (or of 0): the bar of the largest rise may end on the plot's edge.
  const wide = {
    marginLeft: marginFor(rows.map((r) => r.label)),
    marginRight: Math.ceil(
      widest(
        rows.map((r) => r.changeText),
        LABEL
      ) + 12
    )
  };
  // Too narrow for names and changes beside the bars: both go on whole lines above each bar.
  const narrow = isNarrow(width, wide.marginLeft, wide.marginRight);
  // The first tick's number is centred on the plot's left edge: a fall's (−60,000) needs half its width there.
  const least = Math.min(0, ...rows.map(value));
  const narrowLeft = Math.max(12, Math.ceil(measure(`−${tickNumber(niceMax(-least))}`, TICK) / 2 + 4));
  const names = narrow ? rowNames(rows, {gap: 13, width: width - narrowLeft - 2, text: (r) => `${r.name} ${r.changeText}`}) : undefined;
  const rowsAbove = names && namesAbove(rows.length, {above: names.above, below: 16, band: 0.1});
  return Plot.plot({
    ...base(options),
    height: rowsAbove
      ? rowsAbove.marginTop + rowsAbove.rowsHeight + 48
      : rowsHeight(
          rows.map((r) => r.label),
          40,
          40
        ),
    ...(rowsAbove ? {marginLeft: narrowLeft, marginRight: 20, marginTop: rowsAbove.marginTop} : wide),
    x: {
      ...X,
      label: chartWords(lang).changeAxis(rows[0]?.unit ?? "", b.figures.comparison ? stageShort(b, b.figures.comparison, lang) : ""),
      grid: true,
      nice: true,
      ...(narrow ? {tickFormat: tickNumber} : {})
    },
    y: narrow ? {axis: null, domain: rows.map((r) => r.label)} : {label: null, domain: rows.map((r) => r.label)},
    color: {domain: statuses.map((s) => legend[s]), range: statuses.map((s) => colours[s]), legend: true},
    marks: [
      Plot.barX(
        rows.filter((r) => r.change !== undefined),
        {
          x: value,
          y: "label",
          fill: (r) => legend[r.status as keyof typeof legend] ?? legend.flat,
          title: (r) => chartWords(lang).tip(r.name, r.changeText),
          // On a phone the bar stays clear of its name's lines above it.
          ...(rowsAbove ? barInsets(rowsAbove.step, 0.1, {gap: 13, below: 16}) : {})
        }
      ),
      Plot.ruleX([0], {stroke: C.text}),
      names?.mark ??
        Plot.text(rows, {x: (r) => Math.max(0, value(r)), y: "label", text: "changeText", textAnchor: "start", dx: 6, fill: C.text})
    ],
    ...options
  });
}

/** Current amount per strand, each programme a segment in its strand's colour. */
export function StrandTotals(b: Briefing, {lang = "ja", unit = "printed", ...options}: ChartOptions = {}) {
  const rows = strandRows(b, {lang, unit, width: options.width});
  const order = b.strands.map((s) => strandLabel(b, s.id, lang, options.width));
  const xLabel = unitLabel(unitSize(1, {lang, unit: unit === "large" ? "large" : "million"}), lang);
  if ((options.width ?? 640) < NARROW_WIDTH) {
    // Phones: the heading above its bar, segment names inside where they fit, and every segment listed below.
    const sep = chartWords(lang).listSeparator;
    const bands = b.strands.map((s, i) => {
      const segs = rows.filter((r) => r.strand === order[i]);
      return {
        key: order[i],
        head: chartWords(lang).pick(s.nameJa, s.nameEn),
        segments: segs.map((r) => ({value: r.value, fill: r.color, title: chartWords(lang).tip(r.name, r.text), label: r.name})),
        foot: segs.length ? segs.map((r) => `${r.name} ${r.text}`) : [notInDocument(lang)],
        footSeparator: sep
      };
    });
    return Plot.plot(labelsAboveBars({...base(options), width: options.width!}, bands, {xLabel}));
  }
  const marginLeft = marginFor(order);
  const max = niceMax(Math.max(0, ...order.map((o) => rows.filter((r) => r.strand === o).reduce((s, r) => s + r.value, 0))));
  // The last tick's number is centred on the plot's right edge.
  const marginRight = Math.max(20, Math.ceil(measure(tickNumber(max), TICK) / 2 + 4));
  // The axis ends at a round value known here, so each segment's width in px is known: a programme's name is
  // written inside its segment only where it fits whole (measured), else it is in the tooltip and the table.
  const px = (value: number) => (value / max) * ((options.width ?? 640) - marginLeft - marginRight);
  const fits = (r: StrandRow) => measure(r.name, SEGMENT) + 8 <= px(r.value);
  return Plot.plot({
    ...base(options),
    height: 60 + b.strands.length * rowStep(order, 56),
    marginLeft,
    marginRight,
    x: {...X, label: xLabel, grid: true, domain: [0, max], tickFormat: tickNumber},
    y: {label: null, domain: order},
    marks: [
      Plot.barX(
        rows,
        Plot.stackX({x: "value", y: "strand", fill: "color", stroke: "white", title: (r) => chartWords(lang).tip(r.name, r.text)})
      ),
      Plot.text(rows, Plot.stackX({x: "value", y: "strand", text: (r) => (fits(r) ? r.name : ""), fill: "white", fontSize: SEGMENT.size})),
      Plot.ruleX([0], {stroke: C.text}),
      // A heading with nothing printed says so, never an empty bar that reads as 0.
      ...(order.some((o) => !rows.some((r) => r.strand === o))
        ? [
            Plot.text(
              order.filter((o) => !rows.some((r) => r.strand === o)),
              {x: 0, y: (o) => o, text: () => notInDocument(lang), textAnchor: "start", dx: 4, fill: C.text}
            )
          ]
        : [])
    ],
    ...options
  });
}

/** Start years of the programmes on a timeline (1982 → today's budget year). */
export function StartTimeline(b: Briefing, {lang = "ja", ...options}: ChartOptions = {}) {
  const starts = startRows(b, {lang});
  const first = Math.min(...starts.map((s) => s.year));
  const last = b.figures.current.fiscalYear;
  const width = options.width ?? 640;
  const [marginLeft, marginRight] = [20, 40];
  // Each label runs to the side of its dot with more room, measured; a label wider than that side wraps to
  // lines that fit it (never cut at the chart's edge), and the rows make room for the tallest.
  const xAt = (year: number) => marginLeft + ((year - first + 1) / (last - first + 2)) * (width - marginLeft - marginRight);
  const placed = starts.map((s) => {
    const text = chartWords(lang).startLabel(s.name, s.era, s.year, s.isNew);
    const x = xAt(s.year);
    const anchor: "start" | "end" = width - x >= x ? "start" : "end";
    const room = (anchor === "start" ? width - x : x) - 4;
    return {...s, text: measure(text, LABEL) <= room ? text : wrapWithin(text, room, LABEL).join("\n"), anchor};
  });
  const lines = Math.max(1, ...placed.map((s) => s.text.split("\n").length));
  // Each row holds its label's lines above the dot, the first row's included (the glyphs reach above the line).
  const rowsAbove = namesAbove(starts.length, {above: 8 + lines * NAME_LINE, below: 14});
  return Plot.plot({
    ...base(options),
    height: rowsAbove.marginTop + rowsAbove.rowsHeight + 48,
    marginTop: rowsAbove.marginTop,
    marginLeft,
    marginRight,
    x: {...X, label: chartWords(lang).startAxis, domain: [first - 1, last + 1], tickFormat: "d", grid: true},
    y: {axis: null, domain: starts.map((s) => s.name)},
    marks: [
      Plot.ruleY(starts, {x1: "year", x2: last, y: "name", stroke: C.rule, strokeWidth: 6}),
      Plot.dot(starts, {x: "year", y: "name", fill: C.accent, r: 6, title: (s) => chartWords(lang).startTip(s.name, s.era, s.year)}),
      ...(["start", "end"] as const).map((anchor) =>
        Plot.text(
          placed.filter((s) => s.anchor === anchor),
          {x: "year", y: "name", text: "text", dy: -8, lineAnchor: "bottom", lineHeight: NAME_LINE / 13, textAnchor: anchor, fill: C.text}
        )
      )
    ],
    ...options
  });
}

/**
 * Support per project per year: a range (low–high) as a bar between its ends; a cap or maximum (最大, 上限) and a
 * single amount as a point labelled as printed, never a bar from 0 (a cap says nothing about the lower end). Another
 * body's separate support in its own colour, with a swatch legend.
 */
export function SupportRanges(b: Briefing, {lang = "ja", ...options}: ChartOptions = {}) {
  const rows = supportRows(b, {lang, width: options.width});
  const words = chartWords(lang).supportLegend;
  const who = (r: SupportRow) => (r.external ? words.external : words.own);
  // The legend lists what the chart draws: another body's colour only when a row has one.
  const external = rows.some((r) => r.external);
  const colour = {
    domain: external ? [words.own, words.external] : [words.own],
    range: external ? [C.current, C.external] : [C.current]
  };
  return Plot.plot({
    ...base(options),
    height: rowsHeight(
      rows.map((r) => r.label),
      44,
      50
    ),
    marginLeft: marginFor(rows.map((r) => r.label)),
    // A label is centred on its mark, and the largest mark sits on the plot's right edge: half the widest label
    // (measured) must fit beside it.
    marginRight: Math.max(
      30,
      Math.ceil(
        widest(
          rows.map((r) => r.text),
          LABEL
        ) /
          2 +
          6
      )
    ),
    x: {...X, label: chartWords(lang).supportAxis, grid: true, nice: true, zero: true},
    y: {label: null, domain: rows.map((r) => r.label)},
    color: {...colour, legend: true},
    marks: [
      Plot.ruleY(
        rows.filter((r) => r.kind === "range"),
        {x1: "low", x2: "high", y: "label", stroke: who, strokeWidth: 10, strokeLinecap: "round", title: "printed"}
      ),
      // A cap is a point with an open ring: the most a project may get.
      Plot.dot(
        rows.filter((r) => r.kind === "cap"),
        {x: "high", y: "label", stroke: who, fill: "white", strokeWidth: 3, r: 6, title: "printed"}
      ),
      Plot.dot(
        rows.filter((r) => r.kind !== "cap"),
        {x: "high", y: "label", fill: who, r: 6, title: "printed"}
      ),
      Plot.text(rows, {x: "high", y: "label", text: "text", dy: -14, fill: C.text})
    ],
    ...options
  });
}

/**
 * People supported, as printed, in one panel per kind of count (新規採用人数 for fellows hired for years, 受入人数
 * for visitors staying weeks): each panel is headed by what it counts, in the document's words, and has its own
 * axis from 0, so counts of different things are never read as lengths on one scale. Panels are stacked in one SVG
 * (each Plot's children moved into a group), so the picture download and the slides get one drawing.
 */
export function PeopleChart(b: Briefing, {lang = "ja", ...options}: ChartOptions = {}) {
  const rows = peopleRows(b, {lang, width: options.width});
  const width = options.width ?? 640;
  const words = chartWords(lang);
  const count = (r: PeopleRow) =>
    r.value === undefined ? words.unknownCount(r.printed) : words.peopleCount(r.value.toLocaleString("en-US"), r.qualifier === "約");
  // One left margin for every panel, so the names line up; likewise the right margin for the counts.
  const marginLeft = marginFor(rows.map((r) => r.label));
  const marginRight = Math.max(20, Math.ceil(widest(rows.filter((r) => r.value !== undefined).map(count), LABEL) + 10));
  // An edition that prints no counts still gets one (empty) panel, as every chart draws an SVG.
  const kinds = rows.length ? [...new Set(rows.map((r) => r.kindKey))] : [""];
  const panels = kinds.map((key) => {
    const mine = rows.filter((r) => r.kindKey === key);
    const known = mine.filter((r) => r.value !== undefined);
    const heading = mine.length ? wrapWithin(words.peoplePanel([...new Set(mine.map((r) => r.kind))]), width - 4, BOLD) : [];
    const marginTop = 14 + heading.length * 16;
    return Plot.plot({
      ...base(options),
      height:
        marginTop -
        20 +
        rowsHeight(
          mine.map((r) => r.label),
          40,
          50
        ),
      marginTop,
      marginLeft,
      marginRight,
      x: {...X, label: words.peopleAxis, grid: true, nice: true, ...(known.length ? {} : {domain: [0, 1], ticks: []})},
      y: {label: null, domain: mine.map((r) => r.label)},
      marks: [
        Plot.text([heading.join("\n")], {
          frameAnchor: "top-left",
          textAnchor: "start",
          lineAnchor: "top",
          lineHeight: 16 / 13,
          dx: -marginLeft,
          dy: 4 - marginTop,
          fontWeight: 700,
          fill: C.text
        }),
        Plot.barX(known, {x: "value", y: "label", fill: C.accent, title: "printed"}),
        // A count the document does not print gets words where its bar would start, not a bar of 0.
        Plot.text(mine, {x: (r) => r.value ?? 0, y: "label", text: count, textAnchor: "start", dx: 6, fill: C.text}),
        Plot.ruleX([0], {stroke: C.text})
      ],
      ...options
    });
  });
  return stackPlots(panels, {width, document: options.document});
}

/** Plots stacked top to bottom in one SVG: each plot's children moved into a group shifted below the one before. */
function stackPlots(plots: (SVGSVGElement | HTMLElement)[], {width, document: doc}: {width: number; document?: Document}): Element {
  const svgs = plots.map((p) => (p.tagName.toLowerCase() === "svg" ? p : p.querySelector("svg")!));
  if (svgs.length === 1) return plots[0];
  const d = doc ?? svgs[0].ownerDocument;
  const out = d.createElementNS("http://www.w3.org/2000/svg", "svg");
  for (const a of [...svgs[0].attributes]) out.setAttribute(a.name, a.value);
  // Each plot's <style> is scoped to its class: the stack carries every one.
  out.setAttribute("class", [...new Set(svgs.flatMap((s) => (s.getAttribute("class") ?? "").split(/\s+/)).filter(Boolean))].join(" "));
  let y = 0;
  for (const s of svgs) {
    const g = d.createElementNS("http://www.w3.org/2000/svg", "g");
    g.setAttribute("transform", `translate(0,${y})`);
    while (s.firstChild) g.appendChild(s.firstChild);
    out.appendChild(g);
    y += Number(s.getAttribute("height"));
  }
  out.setAttribute("height", String(y));
  out.setAttribute("viewBox", `0 0 ${width} ${y}`);
  return out;
}

/** Partner counts of the multilateral frameworks (Japan + N). */
export function FrameworkPartners(b: Briefing, {lang = "ja", ...options}: ChartOptions = {}) {
  const rows = frameworkRows(b, {lang, width: options.width});
  const xLabel = chartWords(lang).partnersAxis;
  if ((options.width ?? 640) < NARROW_WIDTH) {
    // Phones: each framework's name and members on whole lines above its bar.
    const bands = rows.map((r) => ({
      key: r.label,
      head: r.name,
      sub: r.value === undefined ? chartWords(lang).unknownCount(r.printed) : r.printed,
      segments: r.value === undefined ? [] : [{value: r.value, fill: C.accent, title: r.printed}]
    }));
    return Plot.plot(labelsAboveBars({...base(options), width: options.width!}, bands, {xLabel}));
  }
  // The members are written beside each bar, wrapped (measured) to the room a name may take (nameRoom), and the
  // longest bar may end on the plot's right edge: the margin is the widest line of them.
  const room = nameRoom(options.width);
  const members = new Map(
    rows.map((r) => [r, wrapWithin(r.value === undefined ? chartWords(lang).unknownCount(r.printed) : r.printed, room, LABEL).join("\n")])
  );
  const lines = [...members.values()];
  return Plot.plot({
    ...base(options),
    // Each row holds its name's lines and the members' lines, whichever are more.
    height: rowsHeight(
      rows.map((r) => (members.get(r)!.split("\n").length > r.label.split("\n").length ? members.get(r)! : r.label)),
      44,
      50
    ),
    marginLeft: marginFor(rows.map((r) => r.label)),
    marginRight: Math.ceil(widest(lines, LABEL) + 10),
    x: {...X, label: xLabel, grid: true, nice: true},
    y: {label: null, domain: rows.map((r) => r.label)},
    marks: [
      Plot.barX(
        rows.filter((r) => r.value !== undefined),
        {x: "value", y: "label", fill: C.accent, title: "printed"}
      ),
      Plot.text(rows, {
        x: (r) => r.value ?? 0,
        y: "label",
        text: (r) => members.get(r)!,
        textAnchor: "start",
        dx: 6,
        fill: C.text
      }),
      Plot.ruleX([0], {stroke: C.text})
    ],
    ...options
  });
}
