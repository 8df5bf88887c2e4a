import type {Dataset} from "./dataset.js";
import {deriveFigures, type Figures} from "./derive.js";

/** Everything a page or a slide needs: the validated data and the figures derived from it. */
export interface Briefing extends Dataset {
  figures: Figures;
}

/** Validated dataset → briefing. Pure; throws DataError on inconsistent data. */
export function buildBriefing(dataset: Dataset): Briefing {
  return {...dataset, figures: deriveFigures(dataset)};
}
