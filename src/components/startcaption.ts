// The start-year chart's caption, computed from the very rows the chart draws (chartrows.ts startRows): the
// oldest and the newest programme on the chart, so the caption cannot name a different newest programme than
// the chart shows (a new programme with no printed start year is drawn at its first budget line).
import type {Briefing} from "../lib/briefing.js";
import type {Lang} from "../lib/format.js";
import {reportWords} from "../locale/report.js";
import {startRows} from "./chartrows.js";

export function startCaption(b: Briefing, lang: Lang): string {
  const rows = startRows(b, {lang});
  if (!rows.length) return "";
  const w = reportWords(lang);
  const start = (r: (typeof rows)[number]) => (r.isNew ? w.firstBudgetOf(r.name, r.year, r.since) : w.startedIn(r.name, r.era, r.year));
  return rows.length === 1 ? w.onlyStart(start(rows[0])) : w.startSpan(start(rows[0]), start(rows[rows.length - 1]));
}
