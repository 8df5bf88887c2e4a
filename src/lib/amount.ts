/** Units in which the budget document prints amounts. */
export const UNITS = {
  百万円: {millionYen: 1, en: "million yen"},
  億円: {millionYen: 100, en: "100 million yen"}
} as const;
export type Unit = keyof typeof UNITS;

export function isUnit(value: string): value is Unit {
  return Object.hasOwn(UNITS, value);
}

/**
 * An amount in million yen together with the precision it is known to. A figure printed as 141億円 is
 * 14,100百万円 ± 50百万円, not 14,100百万円 exactly: `step` keeps that (here 100).
 */
export interface Quantity {
  millionYen: number;
  /** The printed unit's size in million yen: the figure is known to ± step / 2. */
  step: number;
}

export function quantity(value: number, unit: Unit): Quantity {
  // A figure printed with decimals (1.5億円) is known to its last digit: step 10, not 100. Steps finer than
  // 1百万円 stay 1, the finest precision formatting shows.
  const scale = 10 ** (/\.(\d+)$/.exec(String(value))?.[1].length ?? 0);
  return {millionYen: Math.round(value * UNITS[unit].millionYen * scale) / scale, step: Math.max(1, UNITS[unit].millionYen / scale)};
}

/**
 * A part that is all of a whole as far as their printed precision tells: 44,000百万円 of 440億円 is the whole
 * (440億円 is 43,950–44,050百万円), where a fixed ratio would be tuned to one pair of figures.
 */
export function isWhole(part: Quantity, whole: Quantity): boolean {
  return part.millionYen >= whole.millionYen - (whole.step + part.step) / 2;
}

/** Sum or difference keeps the coarsest precision of its terms. */
export function add(a: Quantity, b: Quantity, sign: 1 | -1 = 1): Quantity {
  return {millionYen: a.millionYen + sign * b.millionYen, step: Math.max(a.step, b.step)};
}

export function sum(quantities: Quantity[]): Quantity {
  return quantities.reduce((total, q) => add(total, q), {millionYen: 0, step: 1} as Quantity);
}

/** The largest error a sum of printed figures can carry from rounding. */
export function roundingTolerance(quantities: Quantity[]): number {
  return quantities.reduce((total, q) => total + q.step / 2, 0);
}

const FULL_WIDTH = /[０-９，．－＋]/g;

/**
 * Reads a number as Japanese government tables print it: "1,073", full-width "１，０７３", ▲/△ for minus.
 * Returns `{error}` for anything else, so a typo is reported rather than read as NaN.
 */
const PLAIN = /^\d+$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
export function parseNumber(raw: string): number | {error: string} {
  // Fast paths for the common forms (100k-row files): plain digits and "1,073".
  if (PLAIN.test(raw)) return Number(raw);
  if (GROUPED.test(raw)) return Number(raw.replaceAll(",", ""));
  const text = raw.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  const match = /^([▲△\-−+]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)$/.exec(text);
  if (!match) return {error: `expected a number such as 1,073, found "${raw}"`};
  const value = Number(match[2].replaceAll(",", ""));
  return match[1] === "" || match[1] === "+" ? value : -value;
}

/** A non-negative amount: budgets in this document are never negative. */
export function parseAmount(raw: string): number | {error: string} {
  const value = parseNumber(raw);
  if (typeof value !== "number") return {error: `expected an amount such as 1,073, found "${raw}"`};
  if (value < 0) return {error: `expected a non-negative amount, found "${raw}"`};
  return value;
}
