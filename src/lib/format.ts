import type {Quantity} from "./amount.js";

export type Lang = "ja" | "en";
/** How amounts are shown: as printed, all in million yen, or all in the large unit (億円 / ¥ billion). */
export type UnitMode = "printed" | "million" | "large";
export const UNIT_MODES: readonly UnitMode[] = ["printed", "million", "large"];

export interface FormatOptions {
  lang: Lang;
  unit?: UnitMode;
}

const LARGE = {ja: 100, en: 1000} as const; // 億円 = 100 million yen; ¥1 billion = 1,000 million yen

/** The size in million yen of the unit a figure of precision `step` is shown in. */
export function unitSize(step: number, {lang, unit = "printed"}: FormatOptions): number {
  if (unit === "million") return 1;
  if (unit === "large") return LARGE[lang];
  return step === 1 ? 1 : LARGE[lang];
}
const targetSize = (q: Quantity, options: FormatOptions) => unitSize(q.step, options);

/** The name of a unit for axes: 百万円 / 億円, ¥ million / ¥ billion. */
export function unitLabel(size: number, lang: Lang): string {
  return lang === "ja" ? (size === 1 ? "百万円" : "億円") : size === 1 ? "¥ million" : "¥ billion";
}

const formatters = new Map<string, Intl.NumberFormat>();
function number(value: number, decimals: number, lang: Lang, minimumDecimals = decimals): string {
  const id = `${lang} ${decimals} ${minimumDecimals}`;
  let f = formatters.get(id);
  if (!f)
    formatters.set(
      id,
      (f = new Intl.NumberFormat(lang === "ja" ? "ja-JP" : "en-US", {
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
  const size = targetSize(q, options);
  // As many decimals as the printed precision supports, but a figure printed in 百万円 and shown in the large
  // unit is written as a reader writes it: to 10百万円 (10.7億円, ¥1.07 billion). In the large unit trailing
  // zeros are dropped (440億円, ¥44 billion, ¥0.1 billion, not 440.00億円 or ¥44.0 billion), so 440億円 and
  // 44,000百万円 read the same in one sentence.
  const needed = Math.max(0, Math.ceil(Math.log10(size / q.step) - 1e-9));
  const rounded = q.step === 1 && size > 1;
  const decimals = rounded ? Math.min(Math.round(Math.log10(size / 10)), needed) : needed;
  const exact = Math.abs(q.millionYen) / size;
  const shown = Math.round(exact * 10 ** decimals) / 10 ** decimals;
  // Rounding to the figure's own precision is not approximation; rounding away printed digits is.
  const approx = q.step > size || (decimals < needed && Math.abs(shown - exact) > 1e-9);
  const digits = number(shown, decimals, options.lang, size > 1 ? 0 : decimals);
  const text = options.lang === "ja" ? `${digits}${size === 1 ? "百万円" : "億円"}` : `¥${digits} ${size === 1 ? "million" : "billion"}`;
  return {text, approx};
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

const APPROX = {ja: "約", en: "about "} as const;

/** An amount, e.g. `1,073百万円`, `¥14.1 billion`; `約14,100百万円` when shown finer than printed. */
export function formatAmount(q: Quantity, options: FormatOptions): string {
  const {text, approx} = magnitude(q, options);
  return `${approx ? APPROX[options.lang] : ""}${q.millionYen < 0 ? MINUS[options.lang] : ""}${text}`;
}

/** Japanese tables mark a decrease with ▲; English uses the minus sign. */
export const MINUS = {ja: "▲", en: "−"} as const;

function sign(value: number, lang: Lang): string {
  return value > 0 ? "+" : value < 0 ? MINUS[lang] : "±";
}

/** A change, e.g. `▲87百万円`, `+¥189 million`, `±0百万円`. */
export function formatChange(q: Quantity, options: FormatOptions): string {
  const {text, approx} = magnitude(q, options);
  return `${approx ? APPROX[options.lang] : ""}${sign(q.millionYen, options.lang)}${text}`;
}

/** A percentage change to one decimal, e.g. `▲7.5%`, `+7.8%`; `約` when derived from rounded figures. */
export function formatPct(pct: number | null, lang: Lang, approximate = false): string {
  if (pct === null) return lang === "ja" ? "—" : "n/a";
  // 四捨五入: halves round away from zero, so ▲7.55% and +7.55% both show 7.6%.
  const rounded = (Math.sign(pct) * Math.round(Math.abs(pct) * 10)) / 10;
  return `${approximate ? APPROX[lang] : ""}${sign(rounded, lang)}${number(Math.abs(rounded), 1, lang)}%`;
}

/** A share (0–1) as a percentage, e.g. `76.3%`. */
export function formatShare(share: number, lang: Lang, decimals = 1): string {
  return `${number(share * 100, decimals, lang)}%`;
}

/**
 * A share of a whole to the precision the printed figures support. Each figure is known to ± step / 2, so the
 * share lies in an interval: 1,073百万円 of 141億円 is 7.58–7.64%, shown 7.6%; the remainder 約33億円 of 141億円
 * is 23.3–24.2%, shown 約24%, not 23.7%. One decimal when the interval is at most 0.2 points wide, else none;
 * 約 when the interval's ends round differently.
 */
export function formatShareOf(part: Quantity, whole: Quantity, lang: Lang): string {
  const [p, w] = [Math.abs(part.millionYen), Math.abs(whole.millionYen)];
  if (w === 0) return lang === "ja" ? "—" : "n/a";
  const lo = (100 * Math.max(0, p - part.step / 2)) / (w + whole.step / 2);
  const hi = (100 * (p + part.step / 2)) / Math.max(w - whole.step / 2, Number.EPSILON);
  const decimals = hi - lo <= 0.2 ? 1 : 0;
  const round = (x: number) => Math.round(x * 10 ** decimals);
  const approx = round(lo) !== round(hi);
  return `${approx ? APPROX[lang] : ""}${number((100 * p) / w, decimals, lang)}%`;
}

/** A plain count, e.g. 2,900. */
export function formatCount(value: number, lang: Lang): string {
  return number(value, Number.isInteger(value) ? 0 : 1, lang);
}

const ERAS = [
  {name: "令和", start: 2019},
  {name: "平成", start: 1989},
  {name: "昭和", start: 1926}
];

/** The Japanese era form of a fiscal year, e.g. 2023 → 令和5年度, 2019 → 令和元年度, 1982 → 昭和57年度. */
export function eraYear(fiscalYear: number): string {
  const era = ERAS.find((e) => fiscalYear >= e.start);
  if (!era) return `${fiscalYear}年度`;
  const n = fiscalYear - era.start + 1;
  return `${era.name}${n === 1 ? "元" : n}年度`;
}

/** A fiscal year as a reader of the language expects: 令和5年度 / FY2023. */
export function fiscalYearLabel(fiscalYear: number, lang: Lang): string {
  return lang === "ja" ? eraYear(fiscalYear) : `FY${fiscalYear}`;
}
