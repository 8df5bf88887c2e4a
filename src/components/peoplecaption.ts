// The people chart's caption, from the chart's own rows (peopleRows), so it says what the chart draws. The document
// prints each count as a phrase, 「受入人数 約2,900人」: the words before the number say what is counted and the rest
// is the count as printed (its 約 and unit kept), so the sentence reads 「さくらサイエンスの受入人数は約2,900人。」
// instead of joining the printed phrase with は.
import type {Briefing} from "../lib/briefing.js";
import type {Lang} from "../lib/format.js";
import {chartWords} from "../locale/charts.js";
import {peopleRows} from "./chartrows.js";

/** Where the count starts in a printed phrase: its qualifier (約, 最大 …) or its first digit. */
const COUNT_START = /(約|およそ|最大|最少|延べ|計)?\s*[0-9０-９]/u;

/** A printed count split into what it counts and the count: 受入人数 約2,900人 → [受入人数, 約2,900人]. */
export function splitCount(printed: string): {what: string; count?: string} {
  const m = COUNT_START.exec(printed);
  if (!m) return {what: printed.trim()};
  return {what: printed.slice(0, m.index).trim(), count: printed.slice(m.index).trim()};
}

/** The caption under the people chart: each programme's count as a sentence says it. */
export function peopleCaption(b: Briefing, lang: Lang): string {
  const rows = peopleRows(b, {lang});
  return chartWords(lang).peopleSummary(
    rows.map((r) => {
      // In this language's transcription; the English pack uses the phrase whole ("176 new fellows (expected)").
      const parts = splitCount(r.printed);
      return {name: r.name, what: parts.what, count: r.value === undefined ? undefined : parts.count, printed: r.printed};
    })
  );
}
