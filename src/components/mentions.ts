// Programme names on a page that lists programmes (issue #17): the formal name where a programme is first
// named, its short form after, so a reader meets the full name once before its abbreviation.
import type {Lang} from "../lib/format.js";
import {fullName, shortName} from "../lib/text.js";

interface Named {
  id: string;
  nameJa: string;
  nameEn: string;
  shortJa: string;
  shortEn: string;
}

/**
 * A namer for one page (or one block of it, read top to bottom): each call names an entity, formally the first
 * time and short after. `named` lists entities already named formally above the block.
 */
export function pageNames(lang: Lang, named: Iterable<string> = []): (e: Named) => string {
  const seen = new Set(named);
  return (e) => {
    if (seen.has(e.id)) return shortName(e, lang);
    seen.add(e.id);
    return fullName(e, lang);
  };
}
