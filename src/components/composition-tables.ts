// The composition, budget-line and history views as page blocks (tables and sentences). Kept apart from
// composition.ts, whose rows and charts are also drawn in Node for the slides and the chart specs.
import {html} from "htl";
import type {Briefing} from "../lib/briefing.js";
import type {EntityFigures} from "../lib/derive.js";
import {formatAmount, type Lang, type UnitMode} from "../lib/format.js";
import {entity, groupSentence, shareLabel, nameWithHistory, stageShort} from "../lib/text.js";
import {printed, ratioOf, type Provenance} from "../lib/trace.js";
import {Amount, TracedText} from "./trace.js";
import {compositionTableRows, currentItemisation, type CompositionRow} from "./composition.js";
import {DataTable} from "./controls.js";
import {reportWords} from "../locale/report.js";

interface Opts {
  lang: Lang;
  unit?: UnitMode;
}

/** The composition as a table: the same rows, with the total and a share column that says what it is a share of. */
export function CompositionTable(b: Briefing, {lang, unit}: Opts): HTMLElement {
  const w = reportWords(lang);
  const it = currentItemisation(b);
  const section = entity(b, b.figures.section);
  // Each row's amount traced to its budget.csv line (the remainder to the total minus the itemised figures), and
  // its share to that amount over the printed total.
  const totalFigure = section.current && it && section.amounts.find((f) => f.fiscalYear === it.ref.fiscalYear && f.stage === it.ref.stage);
  const totalTrace = totalFigure && printed(section, totalFigure);
  const itemised = (it?.programmes ?? []).map((id) => ({entity: id, figure: entity(b, id).current!})).filter((i) => i.figure);
  const amountTrace = (r: CompositionRow): Provenance | undefined =>
    r.id === "total"
      ? totalTrace
      : r.remainder
        ? totalFigure && {inputs: [{entity: section.id, figure: totalFigure}, ...itemised], op: "remainder", result: r.value}
        : entity(b, r.id).current && printed({id: r.id}, entity(b, r.id).current!);
  return DataTable(
    compositionTableRows(b, {lang, unit}),
    [
      {key: "label", label: w.part, format: (r) => r.label},
      {
        key: "amount",
        label: w.amountAt(stageShort(b, b.figures.current, lang)),
        numeric: true,
        value: (r) => r.value.millionYen,
        format: (r) => r.text,
        cell: (r) => Amount(b, r.text, amountTrace(r), lang)
      },
      {
        key: "share",
        label: shareLabel(b, {lang, unit}),
        numeric: true,
        value: (r) => r.share,
        format: (r) => r.shareText,
        cell: (r) => Amount(b, r.shareText, ratioOf(amountTrace(r), totalTrace, r.shareText, "share", {within: true}), lang)
      }
    ],
    {
      lang,
      caption: w.compositionCaption,
      filename: `composition-${lang}.csv`,
      filter: false
    }
  );
}

/** Budget lines that group programmes (kind "group"), each with its printed total, change and members. */
export function GroupLines(b: Briefing, {lang, unit}: Opts): HTMLElement {
  const groups = b.figures.entities.filter((e) => e.kind === "group");
  return html`<div class="kit-groups">
    ${groups.map((g) => html`<p>${TracedText(b, ({trace}) => groupSentence(b, g, {lang, unit, trace}), lang)}</p>`)}
  </div>` as unknown as HTMLElement;
}

/** Each entity's amounts across the editions in data/, one column per fiscal year and stage, oldest first. */
export function HistoryTable(b: Briefing, entities: EntityFigures[], {lang, unit}: Opts): HTMLElement {
  const w = reportWords(lang);
  const refs = new Map<string, {fiscalYear: number; stage: string; order: number}>();
  const stageOrder = (id: string) => {
    const s = b.stages.find((x) => x.id === id);
    // Supplementary budgets of a year come after its annual stages.
    return (s?.kind === "supplementary" ? 10 : 0) + (s?.order ?? 0);
  };
  for (const e of entities)
    for (const f of e.amounts)
      refs.set(`${f.fiscalYear} ${f.stage}`, {fiscalYear: f.fiscalYear, stage: f.stage, order: f.fiscalYear * 100 + stageOrder(f.stage)});
  const columns = [...refs.values()].sort((x, y) => x.order - y.order);
  const at = (e: EntityFigures, r: {fiscalYear: number; stage: string}) =>
    e.amounts.find((f) => f.fiscalYear === r.fiscalYear && f.stage === r.stage);
  return DataTable(
    entities,
    [
      {key: "name", label: w.programme, value: (e) => e.order, format: (e) => nameWithHistory(b, e, lang)},
      ...columns.map((r) => ({
        key: `${r.fiscalYear}-${r.stage}`,
        label: stageShort(b, r, lang),
        numeric: true,
        value: (e: EntityFigures) => at(e, r)?.value.millionYen,
        format: (e: EntityFigures) => {
          const f = at(e, r);
          return f ? formatAmount(f.value, {lang, unit}) : "—";
        }
      }))
    ],
    {
      lang,
      caption: w.historyCaption,
      filename: `history-${lang}.csv`,
      filter: false
    }
  );
}
