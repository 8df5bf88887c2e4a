// The document's words as data (texts.csv, citations.csv, the Japanese summaries of results.csv): their kinds, and
// the checks that keep every correction of a typo visible. A typo of the source is never fixed silently: the
// shown text differs from the printed one only where a row says so and gives a note.
import type {CellParser} from "./csv.js";
import type {Dataset} from "./dataset.js";
import type {DataIssue} from "./errors.js";

/** What a passage of the document is, in a closed list so pages can pick passages by kind. Listed in the order
 * the kinds appear for one programme, so sorting by kind keeps document order. */
export const TEXT_KINDS = [
  "objective", // the aim a section or group states first (●)
  "summary", // a programme's 概要 in the section overview
  "lead", // the statement that opens a programme's own page
  "background", // 背景, 背景・課題: the reasons, often quoting policy documents
  "purpose", // 事業の目的・概要 / 事業の目的・目標
  "scheme-point", // a numbered point of 事業スキーム
  "scheme-note", // a *N footnote of 事業スキーム
  "point" // ポイント
] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/** One passage of the document, transcribed. */
export interface DocumentText {
  id: string;
  /** The programme, group or section (an id of programmes.csv) the passage belongs to. */
  entity: string;
  kind: TextKind;
  /** Position among the passages of the same entity and kind, as printed. */
  order: number;
  /** The printed number or mark, e.g. "(1)" or "*2". */
  label?: string;
  /** A heading printed with the passage, e.g. 支援規模・期間. */
  headingJa?: string;
  headingEn?: string;
  /** The text shown: as printed, with a typo corrected only when `printed` is given. */
  textJa: string;
  /** The kit's English rendering, not the document's. */
  textEn: string;
  /** The text exactly as printed, only when it differs from `textJa`. */
  printed?: string;
  /** Why `textJa` differs from `printed`; required with `printed`. */
  correctionJa?: string;
  correctionEn?: string;
  /** Ids of citations.csv the passage quotes or names. */
  cites: string[];
  /** The editions that print the passage ("2023 draft"), see `editions` in dataset.ts. */
  editions: string[];
  source: string;
}

/** A policy document the text cites, with the date as printed and as a month. */
export interface Citation {
  id: string;
  nameJa: string;
  /** Official English name where one exists, otherwise the kit's rendering. */
  nameEn: string;
  issuerJa?: string;
  issuerEn?: string;
  /** The date as printed, e.g. 令和3年3月. */
  datePrinted: string;
  /** The same month as YYYY-MM. */
  date: string;
  source: string;
}

/** A typo corrected in the shown text: the printed string and what is shown instead. */
export interface Correction {
  printed: string;
  shown: string;
}

/** A month, YYYY-MM. */
export const yearMonth: CellParser<string> = (raw) =>
  /^\d{4}-(0[1-9]|1[0-2])$/.test(raw) ? raw : {error: `expected a month as YYYY-MM, found "${raw}"`};

/** `printed→shown` pairs separated by `;`, e.g. `ポストトロフスカイト→ポストペロフスカイト`. */
export const corrections: CellParser<Correction[]> = (raw) => {
  const pairs = raw
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((pair) => pair.split("→").map((s) => s.trim()));
  const bad = pairs.find((p) => p.length !== 2 || !p[0] || !p[1] || p[0] === p[1]);
  return bad
    ? {error: `expected corrections as printed→shown (two different texts) separated by ;, found "${raw}"`}
    : pairs.map(([printed, shown]) => ({printed, shown}));
};

/** The text as the document prints it. */
export const printedText = (t: DocumentText): string => t.printed ?? t.textJa;

/** A row shown with a typo corrected (texts.csv, notes.csv): the printed form and a note in both languages. */
function checkCorrection(
  t: {textJa: string; printed?: string; correctionJa?: string; correctionEn?: string},
  at: (column: string, message: string) => void
) {
  if (t.printed !== undefined && t.printed === t.textJa)
    at("printed", "same as textJa; leave printed empty when the text is shown as printed");
  if (t.printed !== undefined && (!t.correctionJa || !t.correctionEn))
    at(t.correctionJa ? "correctionEn" : "correctionJa", "a corrected text needs a note in both languages saying what was changed");
  if (t.printed === undefined && (t.correctionJa || t.correctionEn))
    at("printed", "empty, but a correction note is given; put the text as printed here");
}

/** A shown field turned back into the printed one by undoing the row's corrections. */
export function asPrinted(value: string, list: readonly Correction[] = []): string {
  return list.reduce((text, c) => text.split(c.shown).join(c.printed), value);
}

/** The passages of one entity, optionally of one kind, in document order. */
export function textsOf(texts: readonly DocumentText[], entity: string, kind?: TextKind): DocumentText[] {
  return texts
    .filter((t) => t.entity === entity && (kind === undefined || t.kind === kind))
    .sort((a, b) => TEXT_KINDS.indexOf(a.kind) - TEXT_KINDS.indexOf(b.kind) || a.order - b.order);
}

/** Checks across texts.csv, citations.csv and the words of results.csv. */
export function checkTexts(d: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const line = (row: unknown) => (row as {line?: number}).line ?? 0;
  const entities = new Set(d.entities.map((e) => e.id));
  const citations = new Set<string>();
  for (const c of d.citations) {
    if (citations.has(c.id)) issues.push({file: "citations.csv", line: line(c), column: "id", message: `duplicate id "${c.id}"`});
    citations.add(c.id);
    if (!c.issuerJa !== !c.issuerEn)
      issues.push({
        file: "citations.csv",
        line: line(c),
        column: c.issuerJa ? "issuerEn" : "issuerJa",
        message: "give the issuer in both languages or in neither"
      });
  }
  const ids = new Set<string>();
  const places = new Set<string>();
  for (const t of d.texts) {
    const at = (column: string, message: string) => issues.push({file: "texts.csv", line: line(t), column, message});
    if (ids.has(t.id)) at("id", `duplicate id "${t.id}"`);
    ids.add(t.id);
    if (!entities.has(t.entity)) at("entity", `unknown programme "${t.entity}"; expected one of ${[...entities].join(", ")}`);
    // One place per edition: a passage the next document changes is a new row of that edition at the same place.
    const placed = (t.editions.length ? t.editions : [""]).map((e) => `${t.entity} ${t.kind} ${t.order} ${e}`);
    if (placed.some((p) => places.has(p))) at("order", `a second ${t.kind} of ${t.entity} with order ${t.order}`);
    for (const p of placed) places.add(p);
    if (!t.headingJa !== !t.headingEn) at(t.headingJa ? "headingEn" : "headingJa", "give the heading in both languages or in neither");
    for (const id of t.cites) if (!citations.has(id)) at("cites", `unknown citation "${id}"; expected one of ${[...citations].join(", ")}`);
    checkCorrection(t, at);
  }
  for (const n of d.notes) checkCorrection(n, (column, message) => issues.push({file: "notes.csv", line: line(n), column, message}));
  for (const r of d.results) {
    const at = (column: string, message: string) => issues.push({file: "results.csv", line: line(r), column, message});
    for (const [ja, en] of [
      ["person", "personEn"],
      ["affiliation", "affiliationEn"],
      ["partner", "partnerEn"]
    ] as const)
      if (r[ja] && !r[en]) at(en, `empty; ${ja} is given, so the English page needs it too`);
    const fixes = r.corrections ?? [];
    const shownIn = [r.titleJa, r.summaryJa, r.person, r.affiliation, r.partner].filter((v): v is string => !!v);
    for (const c of fixes)
      if (!shownIn.some((v) => v.includes(c.shown)))
        at("corrections", `"${c.shown}" appears in no Japanese field of the row; a correction must apply to the shown text`);
    if (fixes.length && (!r.correctionJa || !r.correctionEn))
      at(r.correctionJa ? "correctionEn" : "correctionJa", "a corrected text needs a note in both languages saying what was changed");
    if (!fixes.length && (r.correctionJa || r.correctionEn)) at("corrections", "empty, but a correction note is given");
  }
  return issues;
}
