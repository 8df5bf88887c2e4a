import {coreWords} from "../locale/core.js";
import {eraYear} from "../locale/ja/core.js";
import type {Quantity} from "./amount.js";

export type Lang = "ja" | "en";
/** How amounts are shown: as printed, all in million yen, or all in the large unit (億円 / ¥ billion). */
export type UnitMode = "printed" | "million" | "large";
export const UNIT_MODES: readonly UnitMode[] = ["printed", "million", "large"];

export interface FormatOptions {
  lang: Lang;
  unit?: UnitMode;
}

/** The size in million yen of the unit a figure of precision `step` is shown in. */
export function unitSize(step: number, {lang, unit = "printed"}: FormatOptions): number {
  const mode = unit === "printed" ? figureUnit({millionYen: 0, step}) : unit;
  return mode === "million" ? 1 : coreWords(lang).largeUnit;
}
const targetSize = (q: Quantity, options: FormatOptions) => unitSize(q.step, options);

/** The name of a unit for axes: 百万円 / 億円, ¥ million / ¥ billion. */
export function unitLabel(size: number, lang: Lang): string {
  return coreWords(lang).unitName(size === 1);
}

const formatters = new Map<string, Intl.NumberFormat>();
function number(value: number, decimals: number, lang: Lang, minimumDecimals = decimals): string {
  const id = `${lang} ${decimals} ${minimumDecimals}`;
  let f = formatters.get(id);
  if (!f)
    formatters.set(
      id,
      (f = new Intl.NumberFormat(coreWords(lang).intl, {
        minimumFractionDigits: minimumDecimals,
        maximumFractionDigits: decimals
      }))
    );
  return f.format(value);
}

/**
 * The magnitude of a quantity with its unit, e.g. 1,073百万円 / ¥1,073 million, 141億円 / ¥14.1 billion.
 * `approx` is true when the figure shown differs from the printed one: finer than printed (141億円 as
 * 14,100百万円) or rounded (1,073百万円 as 10.7億円).
 */
function magnitude(q: Quantity, options: FormatOptions): {text: string; approx: boolean} {
  const words = coreWords(options.lang);
  let size = targetSize(q, options);
  // A figure under one large unit reads in millions where the language says so (English: "¥300 million", never
  // "¥0.3 billion"). 3億円 is then "¥300 million" with no "about": the same printed figure, as exact as printed.
  const inMillions = size > 1 && Math.abs(q.millionYen) < size * words.largeFrom;
  if (inMillions) size = 1;
  // As many decimals as the printed precision supports, but a figure printed in 百万円 and shown in the large
  // unit is written as a reader writes it: to 10百万円 (10.7億円, ¥1.07 billion). In the large unit trailing
  // zeros are dropped (440億円, ¥44 billion, ¥0.1 billion, not 440.00億円 or ¥44.0 billion), so 440億円 and
  // 44,000百万円 read the same in one sentence.
  const needed = Math.max(0, Math.ceil(Math.log10(size / q.step) - 1e-9));
  const rounded = q.step === 1 && size > 1;
  let decimals = rounded ? Math.min(Math.round(Math.log10(size / 10)), needed) : needed;
  const exact = Math.abs(q.millionYen) / size;
  const at = (d: number) => Math.round(exact * 10 ** d) / 10 ** d;
  // A figure too small for that (4百万円) keeps the digits it needs rather than reading 約0億円.
  while (at(decimals) === 0 && exact !== 0 && decimals < needed) decimals++;
  const shown = at(decimals);
  // Rounding to the figure's own precision is not approximation; rounding away printed digits is.
  const approx = (q.step > size && !inMillions) || (decimals < needed && Math.abs(shown - exact) > 1e-9);
  const digits = number(shown, decimals, options.lang, size > 1 ? 0 : decimals);
  const text = words.money(digits, size === 1);
  return {text, approx};
}

/**
 * The one unit rule for a figure the document prints, on every slide, in every note and sentence of the decks:
 * the unit it is printed in. A programme printed as 100百万円 is 100百万円 everywhere (never 1億円 beside a fund of
 * 440億円); a restated 11,000百万円 is never 110億円; a total printed as 141億円 stays 141億円 (never 約14,100百万円).
 * A sum or difference is in the coarsest unit of its terms (add keeps the coarsest step). This is the "printed"
 * mode of formatAmount; a visual drawn in one unit (a chart's bars, a column that adds up) chooses its own.
 */
export function figureUnit(q: Quantity): Exclude<UnitMode, "printed"> {
  return q.step === 1 ? "million" : "large";
}

/**
 * The unit mode for one sentence: "one unit per sentence". In printed mode a sentence whose figures were
 * printed in different units (440億円 and 44,000百万円) shows them all in the large unit.
 */
export function sentenceUnit(unit: UnitMode | undefined, quantities: Quantity[]): UnitMode {
  if (unit && unit !== "printed") return unit;
  const steps = new Set(quantities.map((q) => (q.step === 1 ? 1 : 100)));
  return steps.size > 1 ? "large" : "printed";
}

/** 約 / "about " before a figure when `approx`. */
const approxed = (text: string, approx: boolean, lang: Lang) => (approx ? coreWords(lang).about(text) : text);

/** An amount, e.g. `1,073百万円`, `¥14.1 billion`; `約14,100百万円` when shown finer than printed. */
export function formatAmount(q: Quantity, options: FormatOptions): string {
  const {text, approx} = magnitude(q, options);
  return approxed(`${q.millionYen < 0 ? MINUS[options.lang] : ""}${text}`, approx, options.lang);
}

/** Japanese tables mark a decrease with ▲; English uses the minus sign. */
export const MINUS: Record<Lang, string> = {ja: coreWords("ja").minus, en: coreWords("en").minus};

function sign(value: number, lang: Lang): string {
  return value > 0 ? "+" : value < 0 ? MINUS[lang] : "±";
}

/** A change, e.g. `▲87百万円`, `+¥189 million`, `±0百万円`. */
export function formatChange(q: Quantity, options: FormatOptions): string {
  const {text, approx} = magnitude(q, options);
  return approxed(`${sign(q.millionYen, options.lang)}${text}`, approx, options.lang);
}

/** A change's size without its sign, for a sentence whose verb gives the direction: `87百万円`, `about ¥87 million`. */
export function formatChangeSize(q: Quantity, options: FormatOptions): string {
  const {text, approx} = magnitude(q, options);
  return approxed(text, approx, options.lang);
}

/** A change as prose states it: `87百万円減`, `約2億円増`, `増減なし`; in English the signed `−¥87 million`. */
export function formatMovement(q: Quantity, options: FormatOptions): string {
  const size = formatChangeSize(q, options);
  return coreWords(options.lang).movement({direction: Math.sign(q.millionYen), size, signed: formatChange(q, options)});
}

// Percentages: one rule for every derived percentage (a change's %, a share), in one function (formatPercent).
// A figure printed in 億円 is known only to ± 0.5億円 (141億円 is 140.5–141.5億円): the document rounded it. A
// figure printed in 百万円, the finest unit the document prints, is taken as printed, as the ministry does when it
// writes ▲7.5%. The percentage's range follows from its inputs' ranges, and 約 / "about" marks exactly a range
// that is not a single value (a 億円 figure is among its inputs). A tenth of a point is shown only when every value
// in the range rounds to the tenth shown: 1,073百万円 of 141億円 (7.58–7.64%) reads 約7.6%, but 2,611百万円 of
// 141億円 (18.45–18.58%) reads 約19%, not 約18.5%, which would claim a digit the total does not give. Whole points,
// the coarsest step, allow the range to reach one point either side of the figure, as 約 says: 138→141億円
// (+1.44% … +2.91%) reads 約+2%, 1,160→1,073百万円 ▲7.5%. A range wider than that is printed as the range, ends
// outward to whole points: 25→39億円 (+51% … +61%) reads +51〜+61%. (A 10-point step would print a rise of 2–6% as
// 約+0% and a share of 22–24% as 約20%.)

/** The least and most a quantity can be: ± half its printed unit when printed in 億円 or coarser, else as printed. */
export function bounds(q: Quantity): [number, number] {
  const half = q.step > 1 ? q.step / 2 : 0;
  return [q.millionYen - half, q.millionYen + half];
}

/** A derived percentage: its value from the printed figures and the range their rounding allows (in percent). */
export interface Percent {
  value: number;
  lo: number;
  hi: number;
}

/** The range of n ÷ d × 100 over two intervals, d > 0. */
function quotient([nLo, nHi]: [number, number], [dLo, dHi]: [number, number]): [number, number] {
  if (dLo <= 0) return [-Infinity, Infinity];
  const ends = [nLo / dHi, nLo / dLo, nHi / dHi, nHi / dLo].map((x) => x * 100);
  return [Math.min(...ends), Math.max(...ends)];
}

/** (current − comparison) ÷ comparison in percent, with its range; null when the comparison is zero. */
export function changePercent(current: Quantity, comparison: Quantity): Percent | null {
  if (comparison.millionYen === 0) return null;
  // current ÷ comparison − 1: the comparison moves the change and the base together, so it is taken once.
  const [lo, hi] = quotient(bounds(current), bounds(comparison));
  return {value: (current.millionYen / comparison.millionYen - 1) * 100, lo: lo - 100, hi: hi - 100};
}

/** numerator ÷ denominator in percent, with its range; null unless the denominator is positive. */
export function ratioPercent(numerator: Quantity, denominator: Quantity): Percent | null {
  if (denominator.millionYen <= 0) return null;
  const [lo, hi] = quotient(bounds(numerator), bounds(denominator));
  return {value: (100 * numerator.millionYen) / denominator.millionYen, lo, hi};
}

/** part ÷ whole in percent (magnitudes), with its range; null when the whole is zero. */
export function sharePercent(part: Quantity, whole: Quantity, {within = false}: {within?: boolean} = {}): Percent | null {
  const r = ratioPercent({...part, millionYen: Math.abs(part.millionYen)}, {...whole, millionYen: Math.abs(whole.millionYen)});
  // A share is never negative, however small the part's lower bound. `within`: the part is contained in the total
  // (a remainder computed from it, their ranges moving together), so it is never more than all of it either.
  return r && {...r, lo: Math.max(0, r.lo), hi: within ? Math.min(100, r.hi) : r.hi};
}

/** 四捨五入 to a multiple of `step`: halves round away from zero, so ▲7.55% and +7.55% both show 7.6%. */
export function roundTo(x: number, step: number): number {
  // Through integers of tenths, so 7.55 (stored as 7.5499…) is a half, as a reader computes it.
  const tenths = Math.round(Math.abs(x) * 10 * 1e6) / 1e6;
  const k = Math.round(step * 10);
  return (Math.sign(x) * Math.round(tenths / k + 1e-9) * k) / 10;
}

/** The steps a percentage is shown to, finest first, in points. */
export const PERCENT_STEPS = [0.1, 1] as const;

/**
 * How a percentage is shown under the rule above: the value at the chosen step and whether it carries 約, or,
 * when even a 1-point step cannot hold the range, the range itself (ends rounded outward to whole points).
 */
export type ShownPercent =
  {kind: "value"; value: number; step: (typeof PERCENT_STEPS)[number]; approx: boolean} | {kind: "range"; lo: number; hi: number};

/**
 * A share of 10% or more is shown in whole points (約13%, 約24%, 約76%), one decimal only below 10% and only where
 * the range supports it (約7.6%, 0.7%): one visible rule for a slide of shares, where 約10.3% beside 約13% read as
 * arbitrary although the range allowed the tenth. Changes keep the tenth the range allows (▲7.5%, +12.3%).
 */
export const SHARE_TENTHS_BELOW = 10;

export function showPercent(p: Percent, {share = false}: {share?: boolean} = {}): ShownPercent {
  const approx = p.hi - p.lo > 1e-9;
  for (const [i, step] of PERCENT_STEPS.entries()) {
    if (share && step < 1 && roundTo(p.value, 1) >= SHARE_TENTHS_BELOW) continue;
    const value = roundTo(p.value, step);
    // A finer step: the whole range rounds to the value shown (half a step either side, the half itself included
    // as roundTo rounds it). The coarsest step: within one step either side.
    const reach = i < PERCENT_STEPS.length - 1 ? step / 2 : step;
    const slack = step * 1e-9;
    if (p.lo >= value - reach - slack && p.hi <= value + reach + slack) return {kind: "value", value, step, approx};
  }
  return {kind: "range", lo: Math.floor(p.lo), hi: Math.ceil(p.hi)};
}

/**
 * A derived percentage as the printed figures support it: `▲7.5%`, `約+2%`, `約24%`, `+51〜+61%`; `signed` for a
 * change (+, ▲/−, ±). The one place the precision rule is applied; formatPct and formatShareOf call it.
 */
export function formatPercent(
  p: Percent | null,
  lang: Lang,
  {signed = false, share = false}: {signed?: boolean; share?: boolean} = {}
): string {
  if (p === null || !Number.isFinite(p.lo) || !Number.isFinite(p.hi)) return coreWords(lang).none;
  const shown = showPercent(p, {share});
  const one = (x: number, decimals: number) => `${signed ? sign(x, lang) : ""}${number(Math.abs(x), decimals, lang)}%`;
  if (shown.kind === "range") return coreWords(lang).range(one(shown.lo, 0), one(shown.hi, 0));
  return approxed(one(shown.value, shown.step < 1 ? 1 : 0), shown.approx, lang);
}

/** The printed figures a percentage change is computed from: an entity's, or a key message's, current and comparison. */
export interface ChangeFigures {
  current?: {value: Quantity} | null;
  comparison?: {value: Quantity} | null;
}

/**
 * A percentage change as the printed figures support it, e.g. `▲7.5%`, `+7.8%`, `約+2%` (formatPercent): pass the
 * entity (or key message) whose current and comparison it compares; `—` / `n/a` when one is missing or zero.
 * A bare number (a percentage already computed, e.g. from the figures snapshot, in 百万円) is shown to one decimal;
 * its `approximate` flag only adds 約 and cannot know the range: prefer the figures.
 */
export function formatPct(pct: number | null | ChangeFigures, lang: Lang, approximate = false): string {
  if (pct !== null && typeof pct === "object")
    return formatPercent(pct.current && pct.comparison ? changePercent(pct.current.value, pct.comparison.value) : null, lang, {
      signed: true
    });
  if (pct === null) return coreWords(lang).none;
  const rounded = roundTo(pct, 0.1);
  return approxed(`${sign(rounded, lang)}${number(Math.abs(rounded), 1, lang)}%`, approximate, lang);
}

/** A share (0–1) as a percentage, e.g. `76.3%`, for a share of figures known exactly; else formatShareOf. */
export function formatShare(share: number, lang: Lang, decimals = 1): string {
  return `${number(share * 100, decimals, lang)}%`;
}

/**
 * A share of a whole to the precision the printed figures support (formatPercent): 1,073百万円 of 7,704百万円 is
 * 13.9%; of 141億円 (7.58–7.64%) 約7.6%; the remainder 約33億円 of 141億円 (23.3–24.2%) 約24%, not 23.7%.
 */
export function formatShareOf(part: Quantity, whole: Quantity, lang: Lang, options: {within?: boolean} = {}): string {
  return formatPercent(sharePercent(part, whole, options), lang, {share: true});
}

/** A plain count, e.g. 2,900. */
export function formatCount(value: number, lang: Lang): string {
  return number(value, Number.isInteger(value) ? 0 : 1, lang);
}

/** The Japanese era form of a fiscal year, e.g. 2023 → 令和5年度 (defined with the Japanese words). */
export {eraYear};

/** A fiscal year as a reader of the language expects: 令和5年度 / FY2023. */
export function fiscalYearLabel(fiscalYear: number, lang: Lang): string {
  return coreWords(lang).fiscalYear(fiscalYear);
}
