// Where an amount on a page comes from: the budget.csv row it is read from (file, line, stage, the printed form,
// the document's section and page) and, for a derived amount, how it is computed (1,073 − 1,160 = ▲87).
// Pure: the report draws these as focusable popups (components/trace.ts); tests read them directly.
import {traceWords} from "../locale/trace.js";
import type {Quantity} from "./amount.js";
import type {Briefing} from "./briefing.js";
import type {SchemeFact} from "./dataset.js";
import type {EntityFigures, Figure} from "./derive.js";
import {
  changePercent,
  formatCount,
  formatShare,
  MINUS,
  ratioPercent,
  sharePercent,
  showPercent,
  type Lang,
  type Percent
} from "./format.js";
import {ATTRIBUTES, shortName, stageLabel} from "./text.js";

/** A sentence with its tracing markers (text.ts `traced`) taken out: what a text alternative or a slide reads. */
export const untraced = (marked: string) => marked.replace(/\uE000\d+\uE001([^\uE002]*)\uE002/g, "$1");

/** A printed amount an amount on the page is read or computed from. */
export interface TracedFigure {
  entity: string;
  figure: Figure;
}

/**
 * Provenance of an amount: one printed figure, or a computation over several.
 * `op` "change": inputs [current, comparison]; "sum": inputs added; "remainder": inputs[0] − the rest;
 * "ratio": a percentage, share or times (see Ratio), inputs being every printed figure it is computed from.
 */
export interface Provenance {
  inputs: TracedFigure[];
  op?: "change" | "sum" | "remainder" | "ratio";
  result?: Quantity;
  ratio?: Ratio;
}

/** A percentage or a ratio on the page: numerator ÷ denominator, each an amount traced in its own right. */
export interface Ratio {
  numerator: Provenance;
  denominator: Provenance;
  /** The figure as the page shows it (約76%, ▲7.5%, 3.1倍), so the popup ends on exactly what the reader sees. */
  shown: string;
  /** "change": (current − comparison) ÷ comparison; "share": part ÷ whole (×100); "times": a ÷ b, no ×100. */
  kind: "change" | "share" | "times";
  /**
   * A share of its own total (a programme, the itemised sum or the remainder of the total it is counted in): its
   * range is clamped to 0–100% (sharePercent's `within`), as the figure on the page is.
   */
  within?: boolean;
}

/** A printed figure of an entity. */
export function printed(e: {id: string}, figure: Figure): Provenance {
  return {inputs: [{entity: e.id, figure}]};
}

/** current − comparison of an entity, when both are printed. */
export function changeOf(e: EntityFigures): Provenance | undefined {
  if (!e.current || !e.comparison || !e.change) return undefined;
  return {
    inputs: [
      {entity: e.id, figure: e.current},
      {entity: e.id, figure: e.comparison}
    ],
    op: "change",
    result: e.change
  };
}

/**
 * A percentage, share or ratio traced to the amounts it divides. `shown` is the text on the page. For a
 * percentage change pass the change's provenance (changeOf) as the numerator and the comparison as the denominator.
 */
export function ratioOf(
  numerator: Provenance | undefined,
  denominator: Provenance | undefined,
  shown: string,
  kind: Ratio["kind"] = "share",
  {within = false}: {within?: boolean} = {}
): Provenance | undefined {
  if (!numerator || !denominator) return undefined;
  const inputs: TracedFigure[] = [];
  for (const i of [...numerator.inputs, ...denominator.inputs])
    if (!inputs.some((x) => x.entity === i.entity && x.figure.line === i.figure.line)) inputs.push(i);
  return {inputs, op: "ratio", ratio: {numerator, denominator, shown, kind, ...(within ? {within} : {})}};
}

const printedForm = (f: Figure) => `${f.amount.toLocaleString("en-US")}${f.unit}`;

/** The lines of the popup naming one printed figure's origin; the page only when editions.csv records it. */
function originLines(b: Briefing, t: TracedFigure, lang: Lang): string[] {
  const e = b.figures.entities.find((x) => x.id === t.entity);
  const pages = b.figures.edition.pages;
  const name = e ? shortName(e, lang) : t.entity;
  const stage = stageLabel(b, t.figure, lang);
  return traceWords(lang).origin({name, stage, printed: printedForm(t.figure), line: t.figure.line, source: t.figure.source, pages});
}

/**
 * The computation of a derived amount in the printed unit, e.g. `1,073 − 1,160 = ▲87（百万円）`. Inputs printed
 * in different units are written in 百万円 (million yen), where every printed figure is exact or whole.
 */
export function formula(p: Provenance, lang: Lang): string | null {
  if (!p.op || !p.result) return null;
  const units = new Set(p.inputs.map((i) => i.figure.unit));
  const same = units.size === 1 ? p.inputs[0].figure.unit : null;
  const scale = same === "億円" ? 100 : 1;
  const unitName = same ?? "百万円";
  const num = (millionYen: number) => formatCount(Math.abs(millionYen) / scale, lang);
  const terms = p.inputs.map((i) => num(i.figure.value.millionYen));
  const op = p.op === "sum" ? " + " : " − ";
  const r = p.result.millionYen;
  const result = `${p.op !== "change" ? "" : r > 0 ? "+" : r < 0 ? MINUS[lang] : "±"}${num(r)}`;
  return traceWords(lang).formula(`${terms.join(op)} = ${result}`, unitName);
}

/** The value of an amount (million yen): a printed figure or its computed result. */
const valueOf = (p: Provenance) => p.result?.millionYen ?? p.inputs[0].figure.value.millionYen;

/** How the ratio is computed from its amounts, ending on the figure as shown: `(1,073 − 1,160) ÷ 1,160 = ▲7.5%`. */
export function ratioFormula(p: Provenance, lang: Lang): string | null {
  const r = p.ratio;
  if (!r) return null;
  // Figures printed in one unit are written bare in it; mixed units are each written as printed (7,704百万円 ÷
  // 141億円), so a total printed as 141億円 is never passed off as 14,100百万円 exact.
  const units = new Set(p.inputs.map((i) => i.figure.unit));
  const same = units.size === 1 ? p.inputs[0].figure.unit : null;
  const scale = same === "億円" ? 100 : 1;
  const million = traceWords(lang).millionSuffix;
  const fig = (f: Figure) => (same ? formatCount(f.amount, lang) : printedForm(f));
  const computed = (millionYen: number) => `${formatCount(millionYen / scale, lang)}${same ? "" : million}`;
  const term = (q: Provenance): string => {
    if (!q.op) return fig(q.inputs[0].figure);
    // A sum of a few figures is written out; of many, its total (each figure is listed below the formula).
    if ((q.op === "change" || q.op === "remainder" || q.op === "sum") && q.inputs.length <= 3)
      return `(${q.inputs.map((i) => fig(i.figure)).join(q.op === "sum" ? " + " : " − ")})`;
    return computed(valueOf(q));
  };
  const text = `${term(r.numerator)} ÷ ${term(r.denominator)} = ${r.shown}`;
  if (!same) return text;
  return traceWords(lang).ratioInUnit(text, same);
}

/** The amount a provenance stands for, with its printed precision: a printed figure or its computed result. */
const quantityOf = (p: Provenance): Quantity => p.result ?? p.inputs[0].figure.value;

/**
 * The percentage (or ratio × 100) and the range rounding allows, computed by the very functions that print it on
 * the page (format.ts: changePercent, ratioPercent), so the popup and the figure shown never disagree.
 */
export function ratioPercentOf(p: Provenance): Percent | null {
  const r = p.ratio;
  if (!r) return null;
  const base = r.denominator.inputs[0];
  const num = r.numerator;
  // A change over its own comparison is current ÷ comparison − 1: the comparison moves both parts together.
  const own = r.kind === "change" && num.op === "change" && !r.denominator.op && num.inputs[1]?.figure.line === base.figure.line;
  if (own) return changePercent(num.inputs[0].figure.value, base.figure.value);
  const n = quantityOf(num);
  const d = quantityOf(r.denominator);
  // A share is of magnitudes (▲ amounts have a share too), never below 0% and, of its own total, never above 100%
  // (sharePercent, the function that prints it); a change over another base or a ratio keeps its sign.
  if (r.kind === "share") return sharePercent(n, d, {within: r.within});
  return ratioPercent(n, d);
}

/** A line on how far rounding of the printed figures moves a ratio, when one of them is printed in 億円 or coarser. */
function ratioPrecisionLine(p: Provenance, lang: Lang): string | null {
  const r = p.ratio;
  if (!r) return null;
  const coarse = p.inputs.filter((i) => i.figure.value.step > 1);
  if (!coarse.length) return null;
  const pct = ratioPercentOf(p);
  if (!pct || !Number.isFinite(pct.lo) || !Number.isFinite(pct.hi)) return null;
  // How the page rounds it (format.ts showPercent): to the step the range allows, or as the range itself.
  const shown = r.kind === "times" ? null : showPercent(pct, {share: r.kind === "share"});
  // Two digits finer than whole points (13.27%〜13.37%): fine enough that the range shows even when both ends
  // round alike, and that a reader sees why a tenth was not printed (13.3%〜13.4% would hide it).
  const decimals = shown?.kind === "value" ? 2 : (/\.(\d+)/.exec(r.shown)?.[1].length ?? 0) + 1;
  const show = (x: number) =>
    r.kind === "times"
      ? formatShare(x / 10_000, lang, decimals).replace("%", traceWords(lang).times)
      : formatShare(x / 100, lang, decimals);
  const names = coarse.map((i) => printedForm(i.figure));
  const ranges = coarse.map((i): [string, string] => {
    const v = i.figure.value;
    return [formatCount(v.millionYen - v.step / 2, lang), formatCount(v.millionYen + v.step / 2, lang)];
  });
  const words = traceWords(lang);
  const how = words.precisionHow(show(pct.lo), show(pct.hi), shown?.kind === "value" ? shown.step : undefined);
  return words.precision({names, units: [...new Set(coarse.map((i) => i.figure.unit))], ranges, how});
}

/** Everything the popup of an amount says, line by line. */
export function provenanceLines(b: Briefing, p: Provenance, lang: Lang): string[] {
  const f = p.ratio ? ratioFormula(p, lang) : formula(p, lang);
  const precision = ratioPrecisionLine(p, lang);
  const head = [...(f ? [traceWords(lang).computed(f)] : []), ...(precision ? [precision] : [])];
  // A sum of many figures lists each on one line; one or two figures get their full origin.
  if (p.inputs.length > 2)
    return [
      ...head,
      ...p.inputs.map((i) => {
        const e = b.figures.entities.find((x) => x.id === i.entity);
        return traceWords(lang).listed(e ? shortName(e, lang) : i.entity, printedForm(i.figure), i.figure.line);
      })
    ];
  return [...head, ...p.inputs.flatMap((i) => originLines(b, i, lang))];
}

/** Where a scheme fact with an amount (support per project, another body's separate support) comes from: schemes.csv and the document. */
export function schemeLines(b: Briefing, fact: SchemeFact, lang: Lang): string[] {
  const e = b.figures.entities.find((x) => x.id === fact.programme);
  const name = e ? shortName(e, lang) : fact.programme;
  const attribute = ATTRIBUTES[fact.attribute]?.[lang] ?? fact.attribute;
  // Rows keep the line they were read from (csv.ts), though the type leaves it out.
  const line = (fact as SchemeFact & {line?: number}).line;
  const pages = b.figures.edition.pages;
  return traceWords(lang).scheme({name, attribute, printed: fact.printed, line, source: fact.source, pages});
}

/** Where a ※ note comes from: its notes.csv line and id, and the place in the document it is printed. */
export function noteLines(b: Briefing, id: string, lang: Lang): string[] {
  const note = b.notes.find((n) => n.id === id);
  // Rows keep the line they were read from (csv.ts), though the type leaves it out.
  const line = (note as (typeof note & {line?: number}) | undefined)?.line;
  return traceWords(lang).note({id, line, source: note?.source});
}
