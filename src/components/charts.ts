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
  type ProgrammeRow
} from "./chartrows.js";
import {measure, widest, wrapText, type Type} from "../lib/measure.js";
import {isNarrow, labelsAboveBars, NARROW_WIDTH, rowNames} from "./narrow.js";
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

/** A left margin that fits the longest (wrapped) y label, measured, plus the tick's gap. */
function marginFor(labels: string[]): number {
  return Math.ceil(14 + widest(labels, LABEL));
}

/** Section total: comparison year, current year and the supplementary budget, with formatted labels. */
export function SectionTotals(b: Briefing, {lang = "ja", unit = "printed", ...options}: ChartOptions = {}) {
  const rows = sectionTotalRows(b, {lang, unit});
  return Plot.plot({
    ...base(options),
    height: 40 + rows.length * 44,
    marginLeft: marginFor(rows.map((r) => r.label)),
    marginRight: 120,
    x: {...X, label: rows[0]?.unit ?? unitLabel(100, lang), grid: true, nice: true},
    y: {label: null, domain: rows.map((r) => r.label)},
    marks: [
      Plot.barX(rows, {x: "value", y: "label", fill: "color", title: (d) => `${d.label}: ${d.text}`}),
      Plot.text(rows, {x: "value", y: "label", text: "text", textAnchor: "start", dx: 6, fill: C.text, fontWeight: 700}),
      Plot.ruleX([0], {stroke: C.text})
    ],
    ...options
  });
}

/** Each programme's comparison → current amounts as a dumbbell, in budget order. */
export function ProgrammeDumbbell(b: Briefing, {lang = "ja", unit = "printed", ...options}: ChartOptions = {}) {
  const rows = programmeRows(b, {lang, unit});
  const curLabel = stageShort(b, b.figures.current, lang);
  const cmpLabel = b.figures.comparison ? stageShort(b, b.figures.comparison, lang) : "";
  const points = rows.flatMap((r) =>
    [
      r.comparison !== undefined && {r, x: r.comparison, stage: cmpLabel, text: r.comparisonText},
      r.current !== undefined && {r, x: r.current, stage: curLabel, text: r.currentText}
    ].filter((p): p is {r: ProgrammeRow; x: number; stage: string; text: string} => !!p)
  );
  const links = rows.filter((r) => r.current !== undefined && r.comparison !== undefined);
  const wide = {marginLeft: marginFor(rows.map((r) => r.label)), marginRight: 110};
  // On a phone the names go above the rows, so the two years' dots are far enough apart to tell.
  const narrow = isNarrow(options.width ?? 640, wide.marginLeft, wide.marginRight);
  const valueWidth = widest(
    rows.map((r) => r.currentText ?? ""),
    LABEL
  );
  return Plot.plot({
    ...base(options),
    height: 40 + rows.length * (narrow ? 56 : 48),
    ...(narrow ? {marginLeft: 8, marginRight: Math.ceil(16 + valueWidth)} : wide),
    x: {
      ...X,
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
      narrow ? rowNames(rows, {gap: 15}) : null,
      Plot.dot(points, {x: "x", y: (p) => p.r.label, fill: "stage", r: narrow ? 5 : 6, title: (p) => `${p.r.name}\n${p.stage}: ${p.text}`}),
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

/** Change per programme as a diverging bar chart; new programmes are labelled, not given a percentage. */
export function ProgrammeChange(b: Briefing, {lang = "ja", unit = "printed", ...options}: ChartOptions = {}) {
  const rows = programmeRows(b, {lang, unit});
  const value = (r: ProgrammeRow) => r.change ?? 0;
  return Plot.plot({
    ...base(options),
    height: 40 + rows.length * 40,
    marginLeft: marginFor(rows.map((r) => r.label)),
    marginRight: 150,
    x: {...X, label: chartWords(lang).changeAxis(rows[0]?.unit ?? ""), grid: true, nice: true},
    y: {label: null, domain: rows.map((r) => r.label)},
    marks: [
      Plot.barX(rows, {x: value, y: "label", fill: "changeColor", title: (r) => `${r.name}: ${r.changeText}`}),
      Plot.ruleX([0], {stroke: C.text}),
      Plot.text(rows, {x: (r) => Math.max(0, value(r)), y: "label", text: "changeText", textAnchor: "start", dx: 6, fill: C.text})
    ],
    ...options
  });
}

/** Current amount per strand, each programme a segment in its strand's colour. */
export function StrandTotals(b: Briefing, {lang = "ja", unit = "printed", ...options}: ChartOptions = {}) {
  const rows = strandRows(b, {lang, unit});
  const order = b.strands.map((s) => strandLabel(b, s.id, lang));
  const xLabel = unitLabel(unitSize(1, {lang, unit: unit === "large" ? "large" : "million"}), lang);
  if ((options.width ?? 640) < NARROW_WIDTH) {
    // Phones: the heading above its bar, segment names inside where they fit, and every segment listed below.
    const sep = chartWords(lang).listSeparator;
    const bands = b.strands.map((s, i) => {
      const segs = rows.filter((r) => r.strand === order[i]);
      return {
        key: order[i],
        head: lang === "ja" ? s.nameJa : s.nameEn,
        segments: segs.map((r) => ({value: r.value, fill: r.color, title: `${r.name}: ${r.text}`, label: r.name})),
        foot: segs.length ? segs.map((r) => `${r.name} ${r.text}`) : [notInDocument(lang)],
        footSeparator: sep
      };
    });
    return Plot.plot(labelsAboveBars({...base(options), width: options.width!}, bands, {xLabel}));
  }
  return Plot.plot({
    ...base(options),
    height: 60 + b.strands.length * 56,
    marginLeft: marginFor(order),
    marginRight: 20,
    x: {...X, label: xLabel, grid: true, nice: true},
    y: {label: null, domain: order},
    marks: [
      Plot.barX(rows, Plot.stackX({x: "value", y: "strand", fill: "color", stroke: "white", title: (r) => `${r.name}: ${r.text}`})),
      Plot.text(rows, Plot.stackX({x: "value", y: "strand", text: (r) => (r.labelled ? r.name : ""), fill: "white", fontSize: 11})),
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
    return {...s, text: measure(text, LABEL) <= room ? text : wrapText(text, room, LABEL).join("\n"), anchor};
  });
  const lines = Math.max(1, ...placed.map((s) => s.text.split("\n").length));
  const row = 26 + (lines - 1) * 16;
  return Plot.plot({
    ...base(options),
    height: 90 + starts.length * row,
    marginLeft,
    marginRight,
    x: {...X, label: chartWords(lang).startAxis, domain: [first - 1, last + 1], tickFormat: "d", grid: true},
    y: {axis: null, domain: starts.map((s) => s.name)},
    marks: [
      Plot.ruleY(starts, {x1: "year", x2: last, y: "name", stroke: C.rule, strokeWidth: 6}),
      Plot.dot(starts, {x: "year", y: "name", fill: C.accent, r: 6, title: (s) => `${s.name}: ${s.era ? `${s.era} (${s.year})` : s.year}`}),
      ...(["start", "end"] as const).map((anchor) =>
        Plot.text(
          placed.filter((s) => s.anchor === anchor),
          {x: "year", y: "name", text: "text", dy: -8, lineAnchor: "bottom", textAnchor: anchor, fill: C.text}
        )
      )
    ],
    ...options
  });
}

/** Support per project per year as ranges (low–high), with the JICA top-up shown separately. */
export function SupportRanges(b: Briefing, {lang = "ja", ...options}: ChartOptions = {}) {
  const rows = supportRows(b, {lang});
  return Plot.plot({
    ...base(options),
    height: 50 + rows.length * 44,
    marginLeft: marginFor(rows.map((r) => r.label)),
    marginRight: 30,
    x: {
      ...X,
      label: chartWords(lang).supportAxis,
      grid: true,
      nice: true,
      zero: true
    },
    y: {label: null, domain: rows.map((r) => r.label)},
    marks: [
      Plot.ruleY(rows, {
        x1: "low",
        x2: "high",
        y: "label",
        stroke: (r) => (r.jica ? C.supplementary : C.accent),
        strokeWidth: 10,
        strokeLinecap: "round",
        title: "printed"
      }),
      Plot.dot(rows, {x: "high", y: "label", fill: (r) => (r.jica ? C.supplementary : C.accent), r: 6, title: "printed"}),
      Plot.text(rows, {
        x: "high",
        y: "label",
        text: (r) => (r.low && r.low !== r.high ? `${r.low}–${r.high}` : `${r.high}`),
        dy: -14,
        fill: C.text
      })
    ],
    ...options
  });
}

/** People supported per year (new fellows or visitors), as printed. */
export function PeopleChart(b: Briefing, {lang = "ja", ...options}: ChartOptions = {}) {
  const rows = peopleRows(b, {lang});
  return Plot.plot({
    ...base(options),
    height: 50 + rows.length * 40,
    marginLeft: marginFor(rows.map((r) => r.label)),
    marginRight: 80,
    x: {...X, label: chartWords(lang).peopleAxis, grid: true, nice: true},
    y: {label: null, domain: rows.map((r) => r.label)},
    marks: [
      Plot.barX(rows, {x: "value", y: "label", fill: C.accent, title: "printed"}),
      Plot.text(rows, {
        x: "value",
        y: "label",
        text: (r) => chartWords(lang).peopleCount(r.value.toLocaleString("en-US"), r.qualifier === "約"),
        textAnchor: "start",
        dx: 6,
        fill: C.text
      }),
      Plot.ruleX([0], {stroke: C.text})
    ],
    ...options
  });
}

/** Partner counts of the multilateral frameworks (Japan + N). */
export function FrameworkPartners(b: Briefing, {lang = "ja", ...options}: ChartOptions = {}) {
  const rows = frameworkRows(b, {lang});
  const xLabel = chartWords(lang).partnersAxis;
  if ((options.width ?? 640) < NARROW_WIDTH) {
    // Phones: each framework's name and members on whole lines above its bar.
    const bands = rows.map((r) => ({
      key: r.label,
      head: r.name,
      sub: r.printed,
      segments: [{value: r.value, fill: C.accent, title: r.printed}]
    }));
    return Plot.plot(labelsAboveBars({...base(options), width: options.width!}, bands, {xLabel}));
  }
  return Plot.plot({
    ...base(options),
    height: 50 + rows.length * 44,
    marginLeft: 190,
    marginRight: 200,
    x: {...X, label: xLabel, grid: true, nice: true},
    y: {label: null, domain: rows.map((r) => r.label)},
    marks: [
      Plot.barX(rows, {x: "value", y: "label", fill: C.accent, title: "printed"}),
      Plot.text(rows, {x: "value", y: "label", text: "printed", textAnchor: "start", dx: 6, fill: C.text, lineWidth: 16}),
      Plot.ruleX([0], {stroke: C.text})
    ],
    ...options
  });
}
