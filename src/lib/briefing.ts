import type {Dataset} from "./dataset.js";
import {deriveFigures, type Figures} from "./derive.js";

/** Everything a page or a slide needs: the validated data and the figures derived from it. */
export interface Briefing extends Dataset {
  figures: Figures;
  /** What changed since the last good build; added by the loader (pages only). */
  changes?: {compared: boolean; ja: string[]; en: string[]};
}

/** Validated dataset → briefing. Pure; throws DataError on inconsistent data. */
export function buildBriefing(dataset: Dataset): Briefing {
  return {...dataset, figures: deriveFigures(dataset)};
}
