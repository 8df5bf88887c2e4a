import {isUnit, parseAmount, parseNumber, quantity, type Unit} from "./amount.js";
import {parseTable, webAddress, type CellParser, type Row, type Schema} from "./csv.js";
import {decodeCsv} from "./decode.js";
import {DataError, type DataIssue} from "./errors.js";
import {ANSWERS_SCHEMA, checkAnswers, type Answer} from "./answers.js";
import {checkTexts, corrections, TEXT_KINDS, yearMonth, type Citation, type Correction, type DocumentText} from "./texts.js";

export type {Citation, Correction, DocumentText} from "./texts.js";

/**
 * `included`: a 内数 item (「○○の内数」), an amount printed inside another line's amount (its `parent`, the container):
 * shown as 「うち○○（内数）」 beside the container, never counted as a programme nor added to any total.
 */
export type EntityKind = "section" | "group" | "programme" | "included";
// "confirmed": the maintainer checked a figure that a plausibility check questions (src/lib/plausibility.ts).
export type Flag = "new" | "restated" | "includes-estimate" | "confirmed";
export const FLAGS: readonly Flag[] = ["new", "restated", "includes-estimate", "confirmed"];

/** A budget line: the section, a group of programmes, or one programme. */
export interface Entity {
  id: string;
  kind: EntityKind;
  nameJa: string;
  nameEn: string;
  shortJa: string;
  shortEn: string;
  /** The implementing agency; not printed in the document, so taken from the official names' glossary. */
  agencyJa?: string;
  agencyEn?: string;
  strand?: string;
  parent?: string;
  source: string;
  /** Position in the document, which is the order pages and slides keep. */
  order: number;
}

export interface Stage {
  id: string;
  kind: "annual" | "supplementary";
  order: number;
  labelJa: string;
  labelEn: string;
  source: string;
  /** Other wordings of the label that documents print (stages.csv `aliasesJa`, `;`-separated). */
  aliasesJa?: string[];
}

/** One printed amount: entity × fiscal year × stage, in the unit printed. */
export interface BudgetLine {
  entity: string;
  fiscalYear: number;
  stage: string;
  amount: number;
  unit: Unit;
  flags: Flag[];
  notes: string[];
  source: string;
  line: number;
}

export interface Strand {
  id: string;
  nameJa: string;
  nameEn: string;
  source: string;
}
/**
 * Where a ※ note belongs. `amount`: to the printed amounts whose budget.csv row lists it (one edition's figure);
 * `entity`: to a programme in every edition (only where the document says so); `description`: to a programme's
 * scheme or results text, never shown beside an amount.
 */
export type NoteScope = "amount" | "entity" | "description";
export const NOTE_SCOPES: readonly NoteScope[] = ["amount", "entity", "description"];
export interface Note extends PrintedIn {
  id: string;
  scope: NoteScope;
  /** Programmes an `entity` or `description` note is about; empty for `amount` notes (budget.csv names them). */
  appliesTo: string[];
  /** The text shown: as printed, with a typo corrected only when `printed` is given. */
  textJa: string;
  textEn: string;
  /** The text exactly as printed, only when it differs from `textJa`; `correctionJa` then says why. */
  printed?: string;
  correctionJa?: string;
  correctionEn?: string;
  source: string;
}
/**
 * A fact printed in one or more editions (texts, scheme facts, people counts, results, frameworks, tiers, countries,
 * notes; an `amount` note follows its budget.csv rows instead): `editions` lists them as
 * "fiscalYear stage" ("2023 draft"). An empty or absent `editions` cell means the earliest edition of editions.csv,
 * so a fact never carries over to a newer document unless its row says so.
 */
export interface PrintedIn {
  editions: string[];
}
export interface SchemeFact extends PrintedIn {
  programme: string;
  attribute: string;
  printed: string;
  /** An English rendering of the printed text (the kit's translation, not the document's). */
  printedEn: string;
  low?: number;
  high?: number;
  unit?: string;
  unitHigh?: string;
  qualifier?: string;
  eraYear?: string;
  year?: number;
  source: string;
}
export interface Framework extends PrintedIn {
  id: string;
  /** The name as the document's list prints it (often the framework's own, in Latin letters). */
  name: string;
  /** The name in Japanese where the document prints one (e-ASIA共同研究プログラム), else `name` is used. */
  nameJa?: string;
  /** The name in English (the framework's official one), else `name` is used. */
  nameEn?: string;
  membersPrinted: string;
  membersEn: string;
  partnersMin?: number;
  noteJa?: string;
  noteEn?: string;
  source: string;
  /** The programme that runs the framework's joint calls (programmes.csv), when the document says. */
  programme?: string;
}
export interface Tier extends PrintedIn {
  tier: number;
  nameJa: string;
  nameEn: string;
  descriptionJa: string;
  descriptionEn: string;
  source: string;
}
export interface Result extends PrintedIn {
  id: string;
  programme: string;
  kind: "result" | "alumnus";
  titleJa: string;
  /** The document's own words for the result, transcribed (typos corrected only as `corrections` say). */
  summaryJa: string;
  summaryEn: string;
  person?: string;
  /** The kit's romanisation and English rendering of person, affiliation and partner. */
  personEn?: string;
  affiliation?: string;
  affiliationEn?: string;
  partner?: string;
  partnerEn?: string;
  selectedEra?: string;
  selectedYear?: number;
  publication?: string;
  published?: string;
  /** Typos of the source corrected in the Japanese fields, with a note in both languages. */
  corrections?: Correction[];
  correctionJa?: string;
  correctionEn?: string;
  source: string;
}
export interface Country extends PrintedIn {
  iso: string;
  nameJa: string;
  nameEn: string;
  programme: string;
  /** Why the country is named, in the document's words. */
  contextJa: string;
  /** The same in English (the kit's rendering). */
  context: string;
  source: string;
}
/** One budget document (edition) transcribed into data/: who issued it, which section, as of when, where to find it. */
export interface Edition {
  fiscalYear: number;
  stage: string;
  ministryJa: string;
  ministryEn: string;
  /** The section's number in the document, as printed (e.g. 7). */
  sectionNumber: string;
  /** Month the figures are as of, YYYY-MM: fixes the dates inside generated files. */
  asOf: string;
  asOfJa: string;
  asOfEn: string;
  /** Where the original document can be read, when known. */
  url?: string;
  /** Page numbers of the section in the original document, when known. */
  pages?: string;
  source: string;
  line: number;
}
/**
 * A name an entity was printed under in earlier editions (names.csv, optional): programmes.csv holds the current
 * name; a rename keeps the old one here with the editions that print it, so pages can say 「新しい名称（旧○○）」.
 */
export interface FormerName extends PrintedIn {
  entity: string;
  nameJa: string;
  nameEn: string;
  shortJa: string;
  shortEn: string;
  source: string;
  line: number;
}
export interface Setting {
  key: string;
  value: string;
}

/** Everything in `data/`, validated. */
export interface Dataset {
  entities: Entity[];
  stages: Stage[];
  strands: Strand[];
  budget: BudgetLine[];
  notes: Note[];
  schemes: SchemeFact[];
  frameworks: Framework[];
  tiers: Tier[];
  results: Result[];
  /** The document's prose: objectives, backgrounds, summaries, purposes, scheme points. */
  texts: DocumentText[];
  /** Policy documents the texts cite. */
  citations: Citation[];
  countries: Country[];
  editions: Edition[];
  settings: Setting[];
  /** Former names by edition (names.csv; empty when the file is absent). */
  names: FormerName[];
  /** The responsible division's answers to the deck's questions (answers.csv; empty when the file is absent). */
  answers: Answer[];
}

/** The files a dataset is read from, in the order they are checked. */
export const DATA_FILES = [
  "programmes.csv",
  "stages.csv",
  "strands.csv",
  "budget.csv",
  "notes.csv",
  "schemes.csv",
  "frameworks.csv",
  "tiers.csv",
  "results.csv",
  "texts.csv",
  "citations.csv",
  "countries.csv",
  "editions.csv",
  "settings.csv",
  "names.csv",
  "answers.csv"
] as const;
/** Files a data folder may leave out: an absent file reads as a header with no rows. */
export const OPTIONAL_FILES: readonly DataFile[] = ["names.csv", "answers.csv"];
export type DataFile = (typeof DATA_FILES)[number];

const text = (name: string, required = true) => ({name, required});
const integer =
  (min: number, max: number): CellParser<number> =>
  (raw) => {
    const value = parseNumber(raw);
    return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max
      ? value
      : {error: `expected a whole number from ${min} to ${max}, found "${raw}"`};
  };
const oneOf =
  <T extends string>(values: readonly T[]): CellParser<T> =>
  (raw) =>
    (values as readonly string[]).includes(raw) ? (raw as T) : {error: `expected one of ${values.join(", ")}, found "${raw}"`};
const list = (raw: string) =>
  raw
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
const flags: CellParser<Flag[]> = (raw) => {
  const values = list(raw);
  const bad = values.filter((v) => !(FLAGS as readonly string[]).includes(v));
  return bad.length ? {error: `unknown flag "${bad.join(", ")}"; expected any of ${FLAGS.join(", ")} separated by ;`} : (values as Flag[]);
};
const unit: CellParser<Unit> = (raw) => (isUnit(raw) ? raw : {error: `unknown unit "${raw}"; expected 百万円 or 億円`});
const number: CellParser<number> = (raw) => parseNumber(raw);
const YEAR = integer(1868, 2200);
/** Editions a fact is printed in: "2023 draft" or several separated by ; (checked against editions.csv later). */
const editionList: CellParser<string[]> = (raw) => {
  const values = list(raw).map((v) => v.replace(/\s+/g, " "));
  const bad = values.filter((v) => !/^\d{4} \S+$/.test(v));
  return bad.length
    ? {error: `expected editions as "fiscalYear stage" (e.g. "2024 draft") separated by ;, found "${bad.join(", ")}"`}
    : values;
};
const editionsColumn = {name: "editions", parse: editionList, optional: true};

export const SCHEMAS: Record<DataFile, Schema> = {
  "programmes.csv": [
    text("id"),
    {name: "kind", required: true, parse: oneOf(["section", "group", "programme", "included"])},
    text("nameJa"),
    text("nameEn"),
    text("shortJa"),
    text("shortEn"),
    text("agencyJa", false),
    text("agencyEn", false),
    text("strand", false),
    text("parent", false),
    text("source")
  ],
  "stages.csv": [
    text("id"),
    {name: "kind", required: true, parse: oneOf(["annual", "supplementary"])},
    {name: "order", required: true, parse: integer(0, 99)},
    text("labelJa"),
    text("labelEn"),
    text("source"),
    // Other wordings documents print for the stage (「要求・要望額」 for 「概算要求額」), for `npm run import`.
    {name: "aliasesJa", parse: list, optional: true}
  ],
  "strands.csv": [text("id"), text("nameJa"), text("nameEn"), text("source")],
  "budget.csv": [
    text("entity"),
    {name: "fiscalYear", required: true, parse: YEAR},
    text("stage"),
    {name: "amount", required: true, parse: parseAmount},
    {name: "unit", required: true, parse: unit},
    {name: "flags", parse: flags},
    {name: "notes", parse: list},
    text("source")
  ],
  "notes.csv": [
    text("id"),
    {name: "scope", required: true, parse: oneOf(NOTE_SCOPES)},
    {name: "appliesTo", parse: list},
    text("textJa"),
    text("textEn"),
    text("printed", false),
    text("correctionJa", false),
    text("correctionEn", false),
    text("source"),
    editionsColumn
  ],
  "schemes.csv": [
    text("programme"),
    text("attribute"),
    text("printed"),
    text("printedEn"),
    {name: "low", parse: number},
    {name: "high", parse: number},
    text("unit", false),
    text("unitHigh", false),
    text("qualifier", false),
    text("eraYear", false),
    {name: "year", parse: YEAR},
    text("source"),
    editionsColumn
  ],
  "frameworks.csv": [
    text("id"),
    text("name"),
    // Optional columns (a folder without them reads `name` in both languages).
    {...text("nameJa", false), optional: true},
    {...text("nameEn", false), optional: true},
    text("membersPrinted"),
    text("membersEn"),
    {name: "partnersMin", parse: integer(0, 300)},
    text("noteJa", false),
    text("noteEn", false),
    text("source"),
    {...text("programme", false), optional: true},
    editionsColumn
  ],
  "tiers.csv": [
    {name: "tier", required: true, parse: integer(1, 9)},
    text("nameJa"),
    text("nameEn"),
    text("descriptionJa"),
    text("descriptionEn"),
    text("source"),
    editionsColumn
  ],
  "results.csv": [
    text("id"),
    text("programme"),
    {name: "kind", required: true, parse: oneOf(["result", "alumnus"])},
    text("titleJa"),
    text("summaryJa"),
    text("summaryEn"),
    text("person", false),
    text("personEn", false),
    text("affiliation", false),
    text("affiliationEn", false),
    text("partner", false),
    text("partnerEn", false),
    text("selectedEra", false),
    {name: "selectedYear", parse: YEAR},
    text("publication", false),
    text("published", false),
    {name: "corrections", parse: corrections},
    text("correctionJa", false),
    text("correctionEn", false),
    text("source"),
    editionsColumn
  ],
  "texts.csv": [
    text("id"),
    text("entity"),
    {name: "kind", required: true, parse: oneOf(TEXT_KINDS)},
    {name: "order", required: true, parse: integer(1, 999)},
    text("label", false),
    text("headingJa", false),
    text("headingEn", false),
    text("textJa"),
    text("textEn"),
    text("printed", false),
    text("correctionJa", false),
    text("correctionEn", false),
    {name: "cites", parse: list},
    text("source"),
    editionsColumn
  ],
  "citations.csv": [
    text("id"),
    text("nameJa"),
    text("nameEn"),
    text("issuerJa", false),
    text("issuerEn", false),
    text("datePrinted"),
    {name: "date", required: true, parse: yearMonth},
    text("source")
  ],
  "countries.csv": [
    text("iso"),
    text("nameJa"),
    text("nameEn"),
    text("programme"),
    text("contextJa"),
    text("context"),
    text("source"),
    editionsColumn
  ],
  "editions.csv": [
    {name: "fiscalYear", required: true, parse: YEAR},
    text("stage"),
    text("ministryJa"),
    text("ministryEn"),
    text("sectionNumber"),
    {name: "asOf", required: true, parse: yearMonth},
    text("asOfJa"),
    text("asOfEn"),
    {name: "url", parse: webAddress},
    text("pages", false),
    text("source")
  ],
  "settings.csv": [text("key"), text("value", false)],
  "names.csv": [
    text("entity"),
    {...editionsColumn, required: true, optional: false},
    text("nameJa"),
    text("nameEn"),
    text("shortJa"),
    text("shortEn"),
    text("source")
  ],
  "answers.csv": ANSWERS_SCHEMA
};

/** Input to `parseDataset`: each file's raw bytes or already-decoded text. */
export type DataInput = Partial<Record<DataFile, Uint8Array | string>>;

/**
 * Parses and validates every file of the dataset, then checks the files against each other (known
 * programmes, stages and notes; no duplicate amount). Throws one DataError listing every problem.
 */
export function parseDataset(input: DataInput): Dataset {
  const issues: DataIssue[] = [];
  const tables: Partial<Record<DataFile, Row<Record<string, unknown>>[]>> = {};
  for (const file of DATA_FILES) {
    const content = input[file];
    if (content === undefined && OPTIONAL_FILES.includes(file)) {
      tables[file] = [];
      continue;
    }
    if (content === undefined) {
      if (file !== "settings.csv") issues.push({file, line: 0, message: "the file is missing from the data folder"}); // settings.csv is optional
      tables[file] = [];
      continue;
    }
    try {
      const decoded = typeof content === "string" ? content.replace(/^\uFEFF/, "") : decodeCsv(content, file);
      const {rows, issues: fileIssues} = parseTable(decoded, file, SCHEMAS[file]);
      tables[file] = rows;
      issues.push(...fileIssues);
    } catch (error) {
      if (error instanceof DataError) issues.push(...error.issues);
      else throw error;
      tables[file] = [];
    }
  }
  const rows = <T>(file: DataFile) => tables[file] as unknown as Row<T>[];
  const dataset: Dataset = {
    entities: rows<Entity>("programmes.csv").map((row, order) => ({...row, order})),
    stages: rows<Stage>("stages.csv"),
    strands: rows<Strand>("strands.csv"),
    budget: rows<BudgetLine>("budget.csv").map((row) => {
      row.flags ??= [];
      row.notes ??= [];
      return row;
    }),
    schemes: rows<SchemeFact>("schemes.csv"),
    frameworks: rows<Framework>("frameworks.csv"),
    tiers: rows<Tier>("tiers.csv"),
    results: rows<Result>("results.csv"),
    texts: rows<DocumentText>("texts.csv").map((row) => {
      row.cites ??= [];
      return row;
    }),
    citations: rows<Citation>("citations.csv"),
    countries: rows<Country>("countries.csv"),
    notes: rows<Note>("notes.csv").map((row) => {
      row.appliesTo ??= [];
      return row;
    }),
    editions: rows<Edition>("editions.csv"),
    settings: rows<Setting>("settings.csv"),
    names: rows<FormerName>("names.csv"),
    answers: rows<Answer>("answers.csv")
  };
  // An empty `editions` cell is the earliest edition: a fact carries over to a newer document only when listed.
  const stageOrder = new Map(dataset.stages.map((s) => [s.id, s.order]));
  const earliest = [...dataset.editions].sort(
    (a, b) => a.fiscalYear - b.fiscalYear || (stageOrder.get(a.stage) ?? 0) - (stageOrder.get(b.stage) ?? 0)
  )[0];
  const facts = [dataset.texts, dataset.schemes, dataset.results, dataset.notes, dataset.frameworks, dataset.tiers, dataset.countries];
  for (const row of facts.flat() as PrintedIn[])
    if (!row.editions?.length) row.editions = earliest ? [`${earliest.fiscalYear} ${earliest.stage}`] : [];
  // A row of editions.csv that failed its own checks is missing here: every fact naming that edition would be
  // reported as unknown too, burying the one real problem under a hundred echoes of it.
  issues.push(...crossCheck(dataset, {editions: !issues.some((i) => i.file === "editions.csv")}));
  if (issues.length) throw new DataError(issues);
  return dataset;
}

function crossCheck(d: Dataset, check = {editions: true}): DataIssue[] {
  const issues: DataIssue[] = [];
  const line = (row: unknown) => (row as {line?: number}).line ?? 0;
  const unique = <T>(file: DataFile, rows: T[], key: (row: T) => string, column: string) => {
    const seen = new Map<string, number>();
    for (const row of rows) {
      const k = key(row);
      if (seen.has(k)) issues.push({file, line: line(row), column, message: `duplicate ${column} "${k}" (first on line ${seen.get(k)})`});
      else seen.set(k, line(row));
    }
    return seen;
  };
  const entities = unique("programmes.csv", d.entities, (e) => e.id, "id");
  const stages = unique("stages.csv", d.stages, (s) => s.id, "id");
  const strands = unique("strands.csv", d.strands, (s) => s.id, "id");
  const notes = unique("notes.csv", d.notes, (n) => n.id, "id");
  unique("results.csv", d.results, (r) => r.id, "id");
  unique("frameworks.csv", d.frameworks, (f) => f.id, "id");
  unique("editions.csv", d.editions, (e) => `${e.fiscalYear} ${e.stage}`, "fiscalYear and stage");
  unique("settings.csv", d.settings, (s) => s.key, "key");
  const known = (file: DataFile, row: unknown, column: string, value: string | undefined, set: Map<string, number>, what: string) => {
    if (value !== undefined && !set.has(value))
      issues.push({file, line: line(row), column, message: `unknown ${what} "${value}"; expected one of ${[...set.keys()].join(", ")}`});
  };
  const sections = d.entities.filter((e) => e.kind === "section");
  if (d.entities.length && sections.length !== 1)
    issues.push({
      file: "programmes.csv",
      line: 0,
      column: "kind",
      message: `expected exactly one row of kind "section", found ${sections.length}`
    });
  for (const e of d.entities) {
    known("programmes.csv", e, "strand", e.strand, strands, "strand");
    known("programmes.csv", e, "parent", e.parent, entities, "parent");
    if (e.kind !== "section" && !e.parent)
      issues.push({file: "programmes.csv", line: line(e), column: "parent", message: `empty; a ${e.kind} needs a parent`});
  }
  // Duplicates of (entity, fiscal year, stage), keyed per entity by a number: no 100k-string map for big files.
  const stageIndex = new Map([...stages.keys()].map((id, i) => [id, i]));
  const seenAmounts = new Map<string, Map<number, number>>();
  for (const b of d.budget) {
    if (!entities.has(b.entity)) known("budget.csv", b, "entity", b.entity, entities, "programme");
    if (!stages.has(b.stage)) known("budget.csv", b, "stage", b.stage, stages, "stage");
    for (const n of b.notes) known("budget.csv", b, "notes", n, notes, "note");
    let perEntity = seenAmounts.get(b.entity);
    if (!perEntity) seenAmounts.set(b.entity, (perEntity = new Map()));
    const key = b.fiscalYear * 1024 + (stageIndex.get(b.stage) ?? 1023);
    const first = perEntity.get(key);
    if (first !== undefined && stageIndex.has(b.stage))
      issues.push({
        file: "budget.csv",
        line: line(b),
        message: `duplicate amount for (${b.entity}, ${b.fiscalYear}, ${b.stage}); first given on line ${first}`
      });
    else if (first === undefined) perEntity.set(key, line(b));
  }
  for (const ed of d.editions) known("editions.csv", ed, "stage", ed.stage, stages, "stage");
  const noteScope = new Map(d.notes.map((n) => [n.id, n.scope]));
  for (const b of d.budget)
    for (const n of b.notes)
      if (noteScope.has(n) && noteScope.get(n) !== "amount")
        issues.push({
          file: "budget.csv",
          line: line(b),
          column: "notes",
          message: `note "${n}" has scope "${noteScope.get(n)}" in notes.csv; only notes of scope "amount" annotate a printed amount`
        });
  for (const n of d.notes) {
    for (const id of n.appliesTo) known("notes.csv", n, "appliesTo", id, entities, "programme");
    if (n.scope === "amount" && n.appliesTo.length)
      issues.push({
        file: "notes.csv",
        line: line(n),
        column: "appliesTo",
        message: `an "amount" note is attached by the notes column of budget.csv, not here; leave appliesTo empty or set scope to "entity" (every edition) or "description"`
      });
    if (n.scope !== "amount" && !n.appliesTo.length)
      issues.push({
        file: "notes.csv",
        line: line(n),
        column: "appliesTo",
        message: `empty; a note of scope "${n.scope}" names the programmes it is about`
      });
  }
  for (const s of d.schemes) known("schemes.csv", s, "programme", s.programme, entities, "programme");
  for (const r of d.results) known("results.csv", r, "programme", r.programme, entities, "programme");
  for (const f of d.frameworks) known("frameworks.csv", f, "programme", f.programme, entities, "programme");
  for (const c of d.countries) known("countries.csv", c, "programme", c.programme, entities, "programme");
  issues.push(...checkTexts(d));
  const editionKeys = new Map(d.editions.map((e) => [`${e.fiscalYear} ${e.stage}`, line(e)]));
  const printedIn = (file: DataFile, rows: (PrintedIn & {line?: number})[]) => {
    if (check.editions)
      for (const r of rows) for (const e of r.editions ?? []) known(file, r, "editions", e, editionKeys, "edition (a row of editions.csv)");
  };
  printedIn("texts.csv", d.texts as never);
  printedIn("schemes.csv", d.schemes as never);
  printedIn("results.csv", d.results as never);
  printedIn("names.csv", d.names);
  printedIn("notes.csv", d.notes as never);
  printedIn("frameworks.csv", d.frameworks as never);
  printedIn("tiers.csv", d.tiers as never);
  printedIn("countries.csv", d.countries as never);
  for (const n of d.names) known("names.csv", n, "entity", n.entity, entities, "programme");
  issues.push(
    ...checkAnswers(
      d.answers,
      {editions: new Set(editionKeys.keys()), entities: new Set(entities.keys()), section: sections[0]?.id},
      check.editions
    )
  );
  issues.push(...checkIncluded(d));
  return issues;
}

/** A 内数 item (kind `included`) is part of its container's amount: never larger than it at the same stage. */
function checkIncluded(d: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const kinds = new Map(d.entities.map((e) => [e.id, e]));
  const byKey = new Map(d.budget.map((b) => [`${b.entity} ${b.fiscalYear} ${b.stage}`, b]));
  for (const e of d.entities) {
    if (e.kind !== "included" || !e.parent) continue;
    const container = kinds.get(e.parent);
    if (container?.kind === "included")
      issues.push({
        file: "programmes.csv",
        line: (e as unknown as {line: number}).line ?? 0,
        column: "parent",
        message: `a 内数 item's parent is the line it is included in; "${e.parent}" is itself a 内数 item`
      });
    for (const b of d.budget) {
      if (b.entity !== e.id) continue;
      const c = byKey.get(`${e.parent} ${b.fiscalYear} ${b.stage}`);
      if (c && quantity(b.amount, b.unit).millionYen > quantity(c.amount, c.unit).millionYen)
        issues.push({
          file: "budget.csv",
          line: b.line,
          column: "amount",
          message: `${e.id} (${b.fiscalYear} ${b.stage}, ${b.amount}${b.unit}) is printed as included in ${e.parent} (内数) but is larger than it: ${e.parent} is ${c.amount}${c.unit} on line ${c.line}`
        });
    }
  }
  return issues;
}
