// The popups that show where a figure comes from (src/lib/trace.ts): one function per line.
import type {Lang} from "../lib/format.js";
import type {Core} from "./core.js";
import {trace as en} from "./en/trace.js";
import {trace as ja} from "./ja/trace.js";

export interface TraceWords extends Core {
  /** Where one printed figure comes from, line by line. */
  origin(p: {name: string; stage: string; printed: string; line: number; source: string; pages?: string}): string[];
  /** A computation with its unit (百万円 or 億円, as the document prints them). */
  formula(expression: string, unit: string): string;
  /** After a computed amount of mixed units: 百万円 / ¥ million. */
  millionSuffix: string;
  /** A ratio's formula with the unit its bare amounts are in (百万円 or 億円). */
  ratioInUnit(formula: string, unit: string): string;
  /** A ratio × 100 shown as a multiple: 倍 / times, replacing %. */
  times: string;
  /** The value's range and how the figure shown is rounded: to a step (0.1 or 1 point), or approximate. */
  precisionHow(lo: string, hi: string, step?: 0.1 | 1): string;
  precision(p: {names: string[]; units: string[]; ranges: [string, string][]; how: string}): string;
  computed(formula: string): string;
  /** One of many figures summed, with its budget.csv line. */
  listed(name: string, printed: string, line: number): string;
  scheme(p: {name: string; attribute: string; printed: string; line?: number; source: string; pages?: string}): string[];
  note(p: {id: string; line?: number; source?: string}): string[];
}

const TRACES: Record<Lang, TraceWords> = {ja, en};
export const traceWords = (lang: Lang): TraceWords => TRACES[lang];
