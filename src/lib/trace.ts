// Where an amount on a page comes from: the budget.csv row it is read from (file, line, stage, the printed form,
// the document's section and page) and, for a derived amount, how it is computed (1,073 − 1,160 = ▲87).
// Pure: the report draws these as focusable popups (components/trace.ts); tests read them directly.
import type {Quantity} from "./amount.js";
import type {Briefing} from "./briefing.js";
import type {SchemeFact} from "./dataset.js";
import type {EntityFigures, Figure} from "./derive.js";
import {formatCount, MINUS, type Lang} from "./format.js";
import {ATTRIBUTES, shortName, stageLabel} from "./text.js";

/** A printed amount an amount on the page is read or computed from. */
export interface TracedFigure {
  entity: string;
  figure: Figure;
}

/**
 * Provenance of an amount: one printed figure, or a computation over several.
 * `op` "change": inputs [current, comparison]; "sum": inputs added; "remainder": inputs[0] − the rest.
 */
export interface Provenance {
  inputs: TracedFigure[];
  op?: "change" | "sum" | "remainder";
  result?: Quantity;
}

/** A printed figure of an entity. */
export function printed(e: {id: string}, figure: Figure): Provenance {
  return {inputs: [{entity: e.id, figure}]};
}

/** current − comparison of an entity, when both are printed. */
export function changeOf(e: EntityFigures): Provenance | undefined {
  if (!e.current || !e.comparison || !e.change) return undefined;
  return {
    inputs: [
      {entity: e.id, figure: e.current},
      {entity: e.id, figure: e.comparison}
    ],
    op: "change",
    result: e.change
  };
}

const printedForm = (f: Figure) => `${f.amount.toLocaleString("en-US")}${f.unit}`;

/** The line of the popup naming one printed figure's origin. */
function originLines(b: Briefing, t: TracedFigure, lang: Lang): string[] {
  const e = b.figures.entities.find((x) => x.id === t.entity);
  const pages = b.figures.edition.pages;
  const name = e ? shortName(e, lang) : t.entity;
  const stage = stageLabel(b, t.figure, lang);
  return lang === "ja"
    ? [
        `${name}・${stage}`,
        `印刷: ${printedForm(t.figure)}`,
        `データ: data/budget.csv ${t.figure.line}行目`,
        `文書の箇所: ${t.figure.source}`,
        `ページ: ${pages || "記載なし"}`
      ]
    : [
        `${name}, ${stage}`,
        `Printed: ${printedForm(t.figure)}`,
        `Data: data/budget.csv line ${t.figure.line}`,
        `In the document: ${t.figure.source}`,
        `Page: ${pages || "not recorded"}`
      ];
}

/**
 * The computation of a derived amount in the printed unit, e.g. `1,073 − 1,160 = ▲87（百万円）`. Inputs printed
 * in different units are written in 百万円 (million yen), where every printed figure is exact or whole.
 */
export function formula(p: Provenance, lang: Lang): string | null {
  if (!p.op || !p.result) return null;
  const units = new Set(p.inputs.map((i) => i.figure.unit));
  const same = units.size === 1 ? p.inputs[0].figure.unit : null;
  const scale = same === "億円" ? 100 : 1;
  const unitName = same ?? "百万円";
  const num = (millionYen: number) => formatCount(Math.abs(millionYen) / scale, lang);
  const terms = p.inputs.map((i) => num(i.figure.value.millionYen));
  const op = p.op === "sum" ? " + " : " − ";
  const r = p.result.millionYen;
  const result = `${p.op !== "change" ? "" : r > 0 ? "+" : r < 0 ? MINUS[lang] : "±"}${num(r)}`;
  const unit = lang === "ja" ? unitName : unitName === "億円" ? "× ¥100 million" : "¥ million";
  return lang === "ja" ? `${terms.join(op)} = ${result}（${unit}）` : `${terms.join(op)} = ${result} (${unit})`;
}

/** Everything the popup of an amount says, line by line. */
export function provenanceLines(b: Briefing, p: Provenance, lang: Lang): string[] {
  const f = formula(p, lang);
  const head = f ? [(lang === "ja" ? "計算: " : "Computed: ") + f] : [];
  // A sum of many figures lists each on one line; one or two figures get their full origin.
  if (p.inputs.length > 2)
    return [
      ...head,
      ...p.inputs.map((i) => {
        const e = b.figures.entities.find((x) => x.id === i.entity);
        const where = lang === "ja" ? `budget.csv ${i.figure.line}行目` : `budget.csv line ${i.figure.line}`;
        return `${e ? shortName(e, lang) : i.entity} ${printedForm(i.figure)} (${where})`;
      })
    ];
  return [...head, ...p.inputs.flatMap((i) => originLines(b, i, lang))];
}

/** Where a scheme fact with an amount (support per project, JICA's support) comes from: schemes.csv and the document. */
export function schemeLines(b: Briefing, fact: SchemeFact, lang: Lang): string[] {
  const e = b.figures.entities.find((x) => x.id === fact.programme);
  const name = `${e ? shortName(e, lang) : fact.programme}・${ATTRIBUTES[fact.attribute]?.[lang] ?? fact.attribute}`;
  // Rows keep the line they were read from (csv.ts), though the type leaves it out.
  const line = (fact as SchemeFact & {line?: number}).line;
  const pages = b.figures.edition.pages;
  return lang === "ja"
    ? [
        name,
        `印刷: ${fact.printed}`,
        `データ: data/schemes.csv ${line ?? "?"}行目`,
        `文書の箇所: ${fact.source}`,
        `ページ: ${pages || "記載なし"}`
      ]
    : [
        name.replace("・", ", "),
        `Printed: ${fact.printed}`,
        `Data: data/schemes.csv line ${line ?? "?"}`,
        `In the document: ${fact.source}`,
        `Page: ${pages || "not recorded"}`
      ];
}
