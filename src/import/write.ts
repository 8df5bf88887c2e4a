// Applies an import plan to the data files' text: changed amounts are rewritten on their own line, new rows are
// appended in each file's own column order, and every other line stays byte for byte as it was (older editions,
// the kit's English renderings, comments in quoted cells). Pure: file texts in, file texts out.
import Papa from "papaparse";
import type {ImportPlan} from "./plan.js";
import {FACT_FILES, type FactFile} from "./facts.js";

export type DataTexts = Partial<Record<"budget.csv" | "editions.csv" | "notes.csv" | FactFile, string>>;

export interface WriteResult {
  files: DataTexts;
  /** What changed, one line each, for the summary. */
  changes: string[];
}

const header = (text: string) => Papa.parse<string[]>(text.split(/\r?\n/, 1)[0]).data[0] ?? [];
const eol = (text: string) => (text.includes("\r\n") ? "\r\n" : "\n");

/** One CSV line in the file's column order; quoting only where a cell needs it, as the files are written. */
function csvLine(columns: string[], row: Record<string, string>): string {
  return Papa.unparse([columns.map((c) => row[c] ?? "")], {newline: "\n"});
}

function append(text: string, lines: string[]): string {
  if (!lines.length) return text;
  const nl = eol(text);
  return (text.endsWith(nl) || text === "" ? text : text + nl) + lines.join(nl) + nl;
}

export function applyPlan(
  plan: ImportPlan,
  texts: Required<Pick<DataTexts, "budget.csv" | "editions.csv" | "notes.csv">> & FactTexts,
  {source}: {source: string}
): WriteResult {
  const changes: string[] = [];
  const files: DataTexts = {};

  // budget.csv: a changed amount replaces its own line; a new one is appended.
  const budgetColumns = header(texts["budget.csv"]);
  const nl = eol(texts["budget.csv"]);
  const lines = texts["budget.csv"].split(nl);
  const added: string[] = [];
  for (const a of plan.amounts) {
    if (a.status === "same") continue;
    const keepFlags = a.was?.flags.filter((f) => f === "confirmed") ?? [];
    const row = {
      entity: a.entity.id,
      fiscalYear: String(a.fiscalYear),
      stage: a.stage,
      amount: a.printed,
      unit: a.unit,
      flags: [...a.flags, ...keepFlags].join(" "),
      // A changed amount keeps the notes the maintainer attached; a new one takes the document's.
      notes: (a.was ? a.was.notes : a.notes).join(" "),
      source: a.was?.source ?? `${a.source} (${source}, line ${a.lines.join(", ")})`
    };
    if (a.was) {
      lines[a.was.line - 1] = csvLine(budgetColumns, row);
      changes.push(
        `budget.csv line ${a.was.line}: ${a.entity.id} ${a.fiscalYear} ${a.stage} ${a.was.amount}${a.was.unit} → ${a.printed}${a.unit}`
      );
    } else {
      added.push(csvLine(budgetColumns, row));
      changes.push(
        `budget.csv: + ${a.entity.id} ${a.fiscalYear} ${a.stage} ${a.printed}${a.unit}${a.flags.length ? ` (${a.flags.join(", ")})` : ""}`
      );
    }
  }
  const budget = append(lines.join(nl), added);
  if (budget !== texts["budget.csv"]) files["budget.csv"] = budget;

  if (plan.edition && !plan.edition.existing) {
    files["editions.csv"] = append(texts["editions.csv"], [csvLine(header(texts["editions.csv"]), plan.edition.row)]);
    changes.push(
      `editions.csv: + ${plan.edition.fiscalYear} ${plan.edition.stage} (as of ${plan.edition.row.asOf}: review asOf, url and pages)`
    );
  }

  const usedNotes = new Set(plan.amounts.filter((a) => a.status === "new").flatMap((a) => a.notes));
  const newNotes = plan.notes.filter((n) => !n.known && usedNotes.has(n.id));
  if (newNotes.length) {
    const columns = header(texts["notes.csv"]);
    const edition = plan.edition ? `${plan.edition.fiscalYear} ${plan.edition.stage}` : "";
    files["notes.csv"] = append(
      texts["notes.csv"],
      newNotes.map((n) =>
        csvLine(columns, {
          id: n.id,
          scope: "amount",
          appliesTo: "",
          textJa: n.textJa,
          textEn: n.textJa,
          source: `${source}, line ${n.line}`,
          editions: edition
        })
      )
    );
    for (const n of newNotes) changes.push(`notes.csv: + ${n.id} (line ${n.line}; textEn repeats the Japanese until translated)`);
  }
  const facts = applyFacts(plan, texts);
  return {files: {...files, ...facts.files}, changes: [...changes, ...facts.changes]};
}

/** The fact files' texts a write reads; only those with something to change are needed. */
export type FactTexts = Partial<Record<FactFile, string>>;

/**
 * The facts of a plan applied to their files (README, "Facts carry their editions"): a fact printed again lists
 * the document's edition in its `editions` cell; a changed one is corrected on its own line when no other edition
 * prints it, and otherwise becomes a new row of the document's edition (the old row keeps its other editions).
 * A file without the `editions` column gets one, its empty cells meaning the earliest edition as before.
 */
export function applyFacts(plan: ImportPlan, texts: FactTexts): WriteResult {
  const files: FactTexts = {};
  const changes: string[] = [];
  if (!plan.edition) return {files: files as DataTexts, changes};
  const edition = `${plan.edition.fiscalYear} ${plan.edition.stage}`;
  for (const file of FACT_FILES) {
    const todo = plan.facts.filter((f) => f.file === file && (f.status === "carried" || f.status === "changed"));
    if (!todo.length) continue;
    const text = texts[file];
    if (text === undefined) throw new Error(`${file}: its text is needed to write the facts the document prints`);
    const nl = eol(text);
    const lines = text.split(nl);
    let columns = header(text);
    // Only a fact carried over or given a new row needs the column; a correction in place leaves the file's shape.
    const needsEditions = todo.some((f) => f.status === "carried" || f.editions.some((e) => e !== edition));
    if (!columns.includes("editions") && needsEditions) {
      columns = [...columns, "editions"];
      lines.forEach((l, i) => {
        if (i === 0) lines[0] = `${l},editions`;
        else if (l.replace(/,/g, "").trim()) lines[i] = `${l},`;
      });
      changes.push(`${file}: + editions column (an empty cell still means the earliest edition)`);
    }
    const rowAt = (line: number) => {
      const cells = Papa.parse<string[]>(lines[line - 1]).data[0] ?? [];
      return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ""])) as Record<string, string>;
    };
    const ids = new Set(columns.includes("id") ? lines.slice(1).map((l) => Papa.parse<string[]>(l).data[0]?.[0] ?? "") : []);
    const added: string[] = [];
    for (const f of todo) {
      const row = rowAt(f.row);
      const others = f.editions.filter((e) => e !== edition);
      if (f.status === "carried") {
        row.editions = [...f.editions, edition].join(";");
        lines[f.row - 1] = csvLine(columns, row);
        changes.push(`${file} line ${f.row}: ${f.name} printed again (line ${f.lines.join(", ")}): editions ${row.editions}`);
        continue;
      }
      const updated = {...row};
      for (const c of f.cells) updated[c.column] = c.now;
      const translate = f.translate.length ? `; ${f.translate.join(", ")} holds the Japanese until translated` : "";
      if (!others.length) {
        // Only this edition prints the row: it is corrected where it stands.
        lines[f.row - 1] = csvLine(columns, updated);
        changes.push(`${file} line ${f.row}: ${f.name} changed (line ${f.lines.join(", ")})${translate}`);
        continue;
      }
      if (f.editions.includes(edition)) {
        row.editions = others.join(";");
        lines[f.row - 1] = csvLine(columns, row);
      }
      updated.editions = edition;
      if (columns.includes("id")) {
        let id = `${row.id}-${plan.edition.fiscalYear}-${plan.edition.stage}`;
        for (let n = 2; ids.has(id); n++) id = `${row.id}-${plan.edition.fiscalYear}-${plan.edition.stage}-${n}`;
        ids.add(id);
        updated.id = id;
      }
      added.push(csvLine(columns, updated));
      changes.push(
        `${file}: + ${updated.id ?? f.name} for ${edition}, as printed on line ${f.lines.join(", ")} (line ${f.row} stays for ${others.join("; ")})${translate}`
      );
    }
    files[file] = append(lines.join(nl), added);
  }
  return {files: files as DataTexts, changes};
}
