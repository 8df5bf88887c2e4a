// The people chart's data as a table: each count with what it counts (the document's words) and how long each
// person stays beside it, so a two-year fellowship and a one-week visit are never read as the same kind of number.
import type {Briefing} from "../lib/briefing.js";
import type {Lang} from "../lib/format.js";
import {chartWords} from "../locale/charts.js";
import {peopleRows, type PeopleRow} from "./chartrows.js";
import {DataTable, type TableColumn} from "./controls.js";

export function PeopleTable(b: Briefing, {lang}: {lang: Lang}) {
  const w = chartWords(lang);
  const count = (r: PeopleRow) =>
    r.value === undefined ? w.unknownCount(r.printed) : w.peopleCount(r.value.toLocaleString("en-US"), r.qualifier === "約");
  const columns: TableColumn<PeopleRow>[] = [
    {key: "name", label: w.column.programme},
    {key: "kind", label: w.column.counted, format: (r) => r.kind || "—"},
    {key: "value", label: w.column.peoplePerYear, numeric: true, value: (r) => r.value, format: count, unit: w.unit.people},
    {key: "stay", label: w.column.stay, format: (r) => r.stay || "—"}
  ];
  return DataTable(peopleRows(b, {lang}), columns, {lang, caption: w.title.people, filename: `people-${lang}.csv`, filter: false});
}
