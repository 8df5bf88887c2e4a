import type {Dataset, PrintedIn} from "./dataset.js";
import {deriveFigures, type Figures, type StageRef} from "./derive.js";

/** The files whose rows are facts of editions: a briefing shows the current edition's rows only. */
export const EDITION_FACTS = ["texts", "schemes", "results", "frameworks", "tiers", "countries"] as const;
export type EditionFacts = Pick<Dataset, (typeof EDITION_FACTS)[number]>;

/** Everything a page or a slide needs: the validated data and the figures derived from it. */
export interface Briefing extends Dataset {
  figures: Figures;
  /** Rows of the fact files that the current edition does not print: kept for the data page, never shown as current. */
  olderFacts: EditionFacts;
  /** What changed since the last good build; added by the loader (pages only). */
  changes?: {compared: boolean; ja: string[]; en: string[]};
}

/** "2023 draft": how `editions` cells name an edition. */
export const editionKey = (r: StageRef) => `${r.fiscalYear} ${r.stage}`;

/** True when a fact (text, scheme fact, count, result) is printed in the given edition. */
export const printedIn = (fact: PrintedIn, ref: StageRef) => fact.editions.includes(editionKey(ref));

/**
 * Validated dataset → briefing. Pure; throws DataError on inconsistent data. The document's words and facts
 * (texts, schemes, results, frameworks, tiers, countries) are those the current edition prints; the rows of older
 * editions go to `olderFacts`. The notes stay whole (an amount note belongs to its amount, of whatever edition)
 * and derive.ts picks the current entity and description notes.
 */
export function buildBriefing(dataset: Dataset): Briefing {
  const figures = deriveFigures(dataset);
  const current = {...dataset} as Record<string, unknown>;
  const older = {} as Record<string, unknown>;
  for (const key of EDITION_FACTS) {
    const rows = dataset[key] as PrintedIn[];
    current[key] = rows.filter((r) => printedIn(r, figures.current));
    older[key] = rows.filter((r) => !printedIn(r, figures.current));
  }
  return {...(current as unknown as Dataset), figures, olderFacts: older as unknown as EditionFacts};
}
