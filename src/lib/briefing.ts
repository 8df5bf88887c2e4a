import type {Dataset, PrintedIn} from "./dataset.js";
import {deriveFigures, type Figures, type StageRef} from "./derive.js";

/** Everything a page or a slide needs: the validated data and the figures derived from it. */
export interface Briefing extends Dataset {
  figures: Figures;
  /** What changed since the last good build; added by the loader (pages only). */
  changes?: {compared: boolean; ja: string[]; en: string[]};
}

/** "2023 draft": how `editions` cells name an edition. */
export const editionKey = (r: StageRef) => `${r.fiscalYear} ${r.stage}`;

/** True when a fact (text, scheme fact, count, result) is printed in the given edition. */
export const printedIn = (fact: PrintedIn, ref: StageRef) => fact.editions.includes(editionKey(ref));

/**
 * Validated dataset → briefing. Pure; throws DataError on inconsistent data. The document's words and facts
 * (texts, schemes, results, frameworks, tiers, countries) are those the current edition prints; the notes stay
 * whole (an amount note belongs to its amount, of whatever edition) and derive.ts picks the current entity and
 * description notes: an older edition's fact is not shown as
 * current (the dataset keeps every row).
 */
export function buildBriefing(dataset: Dataset): Briefing {
  const figures = deriveFigures(dataset);
  const current = (rows: PrintedIn[]) => rows.filter((r) => printedIn(r, figures.current));
  return {
    ...dataset,
    texts: current(dataset.texts) as Dataset["texts"],
    schemes: current(dataset.schemes) as Dataset["schemes"],
    results: current(dataset.results) as Dataset["results"],
    frameworks: current(dataset.frameworks) as Dataset["frameworks"],
    tiers: current(dataset.tiers) as Dataset["tiers"],
    countries: current(dataset.countries) as Dataset["countries"],
    figures
  };
}
