// What changed since the last good build (src/lib/changes.ts): one function per line the build prints and the
// data page lists.
import type {Lang} from "../lib/format.js";
import type {Core} from "./core.js";
import {changes as en} from "./en/changes.js";
import {changes as ja} from "./ja/changes.js";

export interface ChangeWords extends Core {
  /** No stage, no flags: なし / none. */
  nothing: string;
  /** A printed figure with its unit as the CSV has it: 1,073百万円 / 1,073 百万円. */
  amount(count: string, unit: string): string;
  unitChanged(before: string, after: string): string;
  /** The change against the comparison that an edited amount now gives. */
  derivedTail(comparison: string, change: string, pct: string): string;
  /** A figure that moved by a large factor: check it. */
  largeWarning(factor: string, up: boolean): string;
  /** One line about a figure of one stage: `事業A 令和N案: …`. */
  figureLine(name: string, stage: string, what: string): string;
  amountAdded(amount: string): string;
  amountRemoved(amount: string): string;
  derived(p: {name: string; before: string; after: string; pctBefore: string; pctAfter: string}): string;
  /** The stage replaced, within the same fiscal year: its stage word alone in English. */
  replacedStage(full: string, word: string): string;
  replacedBoth(p: {name: string; stage: string; after: string; replaced: string; before: string; same: boolean}): string;
  replacedDropped(p: {name: string; stage: string; replaced: string; before: string}): string;
  replacedAdded(p: {name: string; stage: string; replaced: string; after: string}): string;
  renamed(old: string, name: string): string;
  flags(name: string, stage: string, before: string, after: string): string;
  itemised(stage: string, before: string, after: string): string;
  programmeAdded(name: string): string;
  programmeRemoved(name: string): string;
  stageAdded(stage: string): string;
  stageRemoved(stage: string): string;
  comparison(what: "current" | "comparison", before: string, after: string): string;
}

const CHANGES: Record<Lang, ChangeWords> = {ja, en};
export const changeWords = (lang: Lang): ChangeWords => CHANGES[lang];
