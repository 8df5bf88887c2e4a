import * as Plot from "@observablehq/plot";
import type {Briefing} from "../lib/briefing.js";
import type {EntityFigures} from "../lib/derive.js";
import {formatAmount, formatChange, formatPct, unitLabel, unitSize, type Lang, type UnitMode} from "../lib/format.js";
import {countedIds, entity, shortName, stageShort} from "../lib/text.js";
import {strandColour, tokens} from "../lib/tokens.js";
import {textWidth, wrapLabel} from "./labels.js";

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

/** A left margin that fits the longest (wrapped) y label: about 6.8 px per column at 13 px, CJK counting two. */
function marginFor(labels: string[]): number {
  const widest = Math.max(0, ...labels.flatMap((l) => l.split("\n").map(textWidth)));
  return Math.min(280, Math.ceil(14 + widest * 6.8));
}

/** Programmes counted in the section, in the document's order (budget order, never alphabetical). */
export function countedProgrammes(b: Briefing): EntityFigures[] {
  return countedIds(b).map((id) => entity(b, id));
}

function labelWidth(lang: Lang) {
  return lang === "ja" ? 20 : 22;
}

/** Section total: comparison year, current year and the supplementary budget, with formatted labels. */
export function SectionTotals(b: Briefing, {lang = "ja", unit = "printed", ...options}: ChartOptions = {}) {
  const section = b.figures.entities.find((e) => e.id === b.figures.section)!;
  const rows = [
    section.comparison && {key: "comparison", figure: section.comparison, color: C.comparison},
    section.current && {key: "current", figure: section.current, color: C.current},
    section.supplementary && {key: "supplementary", figure: section.supplementary, color: C.supplementary}
  ]
    .filter((r): r is NonNullable<typeof r> => !!r)
    .map((r) => {
      const size = unitSize(r.figure.value.step, {lang, unit: unit === "printed" ? "large" : unit});
      return {
        ...r,
        label: stageShort(b, r.figure, lang),
        value: r.figure.value.millionYen / size,
        size,
        text: formatAmount(r.figure.value, {lang, unit})
      };
    });
  const size = rows[0]?.size ?? 100;
  return Plot.plot({
    ...base(options),
    height: 40 + rows.length * 44,
    marginLeft: marginFor(rows.map((r) => r.label)),
    marginRight: 120,
    x: {...X, label: unitLabel(size, lang), grid: true, nice: true},
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
  const programmes = countedProgrammes(b);
  const size = unitSize(1, {lang, unit: unit === "large" ? "large" : "million"});
  const name = (e: EntityFigures) => wrapLabel(shortName(e, lang), labelWidth(lang));
  const points = programmes.flatMap((e) =>
    [
      e.comparison && {e, stage: "comparison", f: e.comparison, color: C.comparison},
      e.current && {e, stage: "current", f: e.current, color: C.current}
    ].filter((p): p is NonNullable<typeof p> => !!p)
  );
  const links = programmes.filter((e) => e.current && e.comparison);
  const curLabel = stageShort(b, b.figures.current, lang);
  const cmpLabel = b.figures.comparison ? stageShort(b, b.figures.comparison, lang) : "";
  return Plot.plot({
    ...base(options),
    height: 40 + programmes.length * 48,
    marginLeft: marginFor(programmes.map(name)),
    marginRight: 110,
    x: {...X, label: unitLabel(size, lang), grid: true, nice: true, zero: true},
    y: {label: null, domain: programmes.map(name)},
    color: {domain: [cmpLabel, curLabel], range: [C.comparison, C.current], legend: true},
    marks: [
      Plot.link(links, {
        x1: (e) => e.comparison!.value.millionYen / size,
        x2: (e) => e.current!.value.millionYen / size,
        y1: name,
        y2: name,
        stroke: (e) => (e.status === "up" ? C.increase : e.status === "down" ? C.decrease : C.flat),
        strokeWidth: 3
      }),
      Plot.dot(points, {
        x: (p) => p.f.value.millionYen / size,
        y: (p) => name(p.e),
        fill: (p) => (p.stage === "current" ? curLabel : cmpLabel),
        r: 6,
        title: (p) => `${shortName(p.e, lang)}\n${stageShort(b, p.f, lang)}: ${formatAmount(p.f.value, {lang, unit})}`
      }),
      Plot.text(
        programmes.filter((e) => e.current),
        {
          x: (e) => Math.max(e.current!.value.millionYen, e.comparison?.value.millionYen ?? 0) / size,
          y: name,
          text: (e) => formatAmount(e.current!.value, {lang, unit}),
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
  const programmes = countedProgrammes(b);
  const size = unitSize(1, {lang, unit: unit === "large" ? "large" : "million"});
  const name = (e: EntityFigures) => wrapLabel(shortName(e, lang), labelWidth(lang));
  const value = (e: EntityFigures) => (e.change ? e.change.millionYen / size : 0);
  const color = (e: EntityFigures) =>
    (C as Record<string, string>)[e.status === "up" ? "increase" : e.status === "down" ? "decrease" : e.status] ?? C.flat;
  const label = (e: EntityFigures) =>
    e.status === "new"
      ? lang === "ja"
        ? "新規"
        : "new"
      : e.change
        ? `${formatChange(e.change, {lang, unit})} (${formatPct(e.pctChange, lang)})`
        : "";
  return Plot.plot({
    ...base(options),
    height: 40 + programmes.length * 40,
    marginLeft: marginFor(programmes.map(name)),
    marginRight: 150,
    x: {...X, label: `${lang === "ja" ? "前年度比" : "Change"} (${unitLabel(size, lang)})`, grid: true, nice: true},
    y: {label: null, domain: programmes.map(name)},
    marks: [
      Plot.barX(programmes, {x: value, y: name, fill: color, title: (e) => `${shortName(e, lang)}: ${label(e)}`}),
      Plot.ruleX([0], {stroke: C.text}),
      Plot.text(programmes, {
        x: (e) => Math.max(0, value(e)),
        y: name,
        text: label,
        textAnchor: "start",
        dx: 6,
        fill: C.text
      })
    ],
    ...options
  });
}

/** Current amount per strand, each programme a segment in its strand's colour. */
export function StrandTotals(b: Briefing, {lang = "ja", unit = "printed", ...options}: ChartOptions = {}) {
  const programmes = countedProgrammes(b).filter((e) => e.current && e.strand);
  const size = unitSize(1, {lang, unit: unit === "large" ? "large" : "million"});
  const strandName = (id: string) => {
    const s = b.strands.find((x) => x.id === id)!;
    return wrapLabel(lang === "ja" ? s.nameJa : s.nameEn, lang === "ja" ? 20 : 28);
  };
  const order = b.strands.map((s) => strandName(s.id));
  return Plot.plot({
    ...base(options),
    height: 60 + b.strands.length * 56,
    marginLeft: marginFor(order),
    marginRight: 20,
    x: {...X, label: unitLabel(size, lang), grid: true, nice: true},
    y: {label: null, domain: order},
    marks: [
      Plot.barX(
        programmes,
        Plot.stackX({
          x: (e: EntityFigures) => e.current!.value.millionYen / size,
          y: (e: EntityFigures) => strandName(e.strand!),
          fill: (e: EntityFigures) => strandColour(b.strands.findIndex((s) => s.id === e.strand)),
          stroke: "white",
          title: (e: EntityFigures) => `${shortName(e, lang)}: ${formatAmount(e.current!.value, {lang, unit})}`
        })
      ),
      Plot.text(
        programmes,
        Plot.stackX({
          x: (e: EntityFigures) => e.current!.value.millionYen / size,
          y: (e: EntityFigures) => strandName(e.strand!),
          text: (e: EntityFigures) => (e.current!.value.millionYen >= 900 ? shortName(e, lang) : ""),
          fill: "white",
          fontSize: 11
        })
      ),
      Plot.ruleX([0], {stroke: C.text})
    ],
    ...options
  });
}

/** Start years of the programmes on a timeline (1982 → today's budget year). */
export function StartTimeline(b: Briefing, {lang = "ja", ...options}: ChartOptions = {}) {
  const starts = b.schemes
    .filter((s) => s.attribute === "startYear" && s.year)
    .map((s) => {
      const e = b.figures.entities.find((x) => x.id === s.programme)!;
      return {year: s.year!, era: s.eraYear ?? "", name: shortName(e, lang), order: e.order, isNew: false};
    });
  // A new programme has no printed start year: place it at its first budget line and say which that is.
  for (const e of b.figures.entities)
    if (e.status === "new" && e.amounts.length && !starts.some((s) => s.name === shortName(e, lang)))
      starts.push({
        year: e.amounts[0].fiscalYear,
        era:
          lang === "ja"
            ? `（新規、${stageShort(b, e.amounts[0], lang)}〜）`
            : `(new; first amount in the ${stageShort(b, e.amounts[0], lang)})`,
        name: shortName(e, lang),
        order: e.order,
        isNew: true
      });
  starts.sort((x, y) => x.year - y.year);
  const first = Math.min(...starts.map((s) => s.year));
  return Plot.plot({
    ...base(options),
    height: 90 + starts.length * 26,
    marginLeft: 20,
    marginRight: 40,
    x: {
      ...X,
      label: lang === "ja" ? "事業開始年度" : "Start (fiscal year)",
      domain: [first - 1, b.figures.current.fiscalYear + 1],
      tickFormat: "d",
      grid: true
    },
    y: {axis: null, domain: starts.map((s) => s.name)},
    marks: [
      Plot.ruleY(starts, {x1: (s) => s.year, x2: b.figures.current.fiscalYear, y: "name", stroke: C.rule, strokeWidth: 6}),
      Plot.dot(starts, {x: "year", y: "name", fill: C.accent, r: 6, title: (s) => `${s.name}: ${s.era ? `${s.era} (${s.year})` : s.year}`}),
      // Labels of late starters run leftwards so they stay inside the chart.
      ...(["start", "end"] as const).map((anchor) =>
        Plot.text(
          starts.filter((s) => s.year > (first + b.figures.current.fiscalYear) / 2 === (anchor === "end")),
          {
            x: "year",
            y: "name",
            text: (s) => `${s.name} ${lang === "ja" || s.isNew ? s.era : s.year}`,
            dy: -12,
            textAnchor: anchor,
            fill: C.text
          }
        )
      )
    ],
    ...options
  });
}

/** Support per project per year as ranges (low–high), with the JICA top-up shown separately. */
export function SupportRanges(b: Briefing, {lang = "ja", ...options}: ChartOptions = {}) {
  const toMillion = (v: number | undefined, unit?: string) => (v === undefined ? undefined : unit === "億円" ? v * 100 : v);
  const rows = b.schemes
    .filter((s) => s.attribute === "supportPerProject" || s.attribute === "jicaSupport")
    .map((s) => {
      const e = b.figures.entities.find((x) => x.id === s.programme)!;
      const high = toMillion(s.high, s.unitHigh ?? s.unit)!;
      const low = toMillion(s.low, s.unit) ?? 0;
      const label =
        s.attribute === "jicaSupport" ? `${shortName(e, lang)} ${lang === "ja" ? "（JICA別途）" : "(JICA, separate)"}` : shortName(e, lang);
      return {
        label: wrapLabel(label, labelWidth(lang)),
        low,
        high,
        printed: s.printed,
        order: e.order,
        jica: s.attribute === "jicaSupport"
      };
    })
    .sort((x, y) => x.order - y.order || Number(x.jica) - Number(y.jica));
  return Plot.plot({
    ...base(options),
    height: 50 + rows.length * 44,
    marginLeft: marginFor(rows.map((r) => r.label)),
    marginRight: 30,
    x: {
      ...X,
      label: lang === "ja" ? "1課題あたり年間支援額（百万円）" : "Support per project per year (¥ million)",
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
  const rows = b.schemes
    .filter((s) => s.attribute === "people" && s.high !== undefined)
    .map((s) => {
      const e = b.figures.entities.find((x) => x.id === s.programme)!;
      return {
        label: wrapLabel(shortName(e, lang), labelWidth(lang)),
        value: s.high!,
        printed: s.printed,
        order: e.order,
        qualifier: s.qualifier ?? ""
      };
    })
    .sort((x, y) => x.order - y.order);
  return Plot.plot({
    ...base(options),
    height: 50 + rows.length * 40,
    marginLeft: marginFor(rows.map((r) => r.label)),
    marginRight: 80,
    x: {...X, label: lang === "ja" ? "人数（年間）" : "People per year", grid: true, nice: true},
    y: {label: null, domain: rows.map((r) => r.label)},
    marks: [
      Plot.barX(rows, {x: "value", y: "label", fill: C.accent, title: "printed"}),
      Plot.text(rows, {
        x: "value",
        y: "label",
        text: (r) =>
          `${r.qualifier === "約" ? (lang === "ja" ? "約" : "c. ") : ""}${r.value.toLocaleString("en-US")}${lang === "ja" ? "人" : ""}`,
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
  const rows = b.frameworks.map((f) => ({
    label: wrapLabel(f.name, 24),
    value: f.partnersMin ?? 0,
    printed: lang === "ja" ? f.membersPrinted : f.membersEn,
    known: f.partnersMin !== undefined
  }));
  return Plot.plot({
    ...base(options),
    height: 50 + rows.length * 44,
    marginLeft: 190,
    marginRight: 200,
    x: {...X, label: lang === "ja" ? "日本以外の参加国数（最少）" : "Partner countries besides Japan (at least)", grid: true, nice: true},
    y: {label: null, domain: rows.map((r) => r.label)},
    marks: [
      Plot.barX(rows, {x: "value", y: "label", fill: C.accent, title: "printed"}),
      Plot.text(rows, {x: "value", y: "label", text: "printed", textAnchor: "start", dx: 6, fill: C.text, lineWidth: 16}),
      Plot.ruleX([0], {stroke: C.text})
    ],
    ...options
  });
}
