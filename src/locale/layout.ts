// The page blocks' own words about layout (src/components/sections.ts): what a block says where the edition
// gives it nothing to show, so a heading never stands over an empty space. One typed pack, a ja and an en twin.
import type {Lang} from "../lib/format.js";
import {layout as en} from "./en/layout.js";
import {layout as ja} from "./ja/layout.js";

export interface LayoutWords {
  /** Under a heading whose list the edition leaves empty (no programme under a strand, no result, no alumnus). */
  noneListed: string;
}

const PACKS: Record<Lang, LayoutWords> = {ja, en};
export const layoutWords = (lang: Lang): LayoutWords => PACKS[lang];
