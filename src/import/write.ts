// Applies an import plan to the data files' text: changed amounts are rewritten on their own line, new rows are
// appended in each file's own column order, and every other line stays byte for byte as it was (older editions,
// the kit's English renderings, comments in quoted cells). Pure: file texts in, file texts out.
import Papa from "papaparse";
import type {ImportPlan} from "./plan.js";

export type DataTexts = Partial<Record<"budget.csv" | "editions.csv" | "notes.csv", string>>;

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

export function applyPlan(plan: ImportPlan, texts: Required<DataTexts>, {source}: {source: string}): WriteResult {
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
  return {files, changes};
}
