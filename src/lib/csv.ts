import Papa from "papaparse";
import type {DataIssue} from "./errors.js";

/** A cell parser: returns the value, or `{error}` saying what was expected. */
export type CellParser<T> = (raw: string) => T | {error: string};

export interface Column<T = unknown> {
  name: string;
  /** When true, an empty cell is an error. */
  required?: boolean;
  parse?: CellParser<T>;
  /** When true, the column may be left out of the header: every row then reads it as empty (a column added later). */
  optional?: boolean;
}

export type Schema = readonly Column[];

/** One parsed data row with the line it started on, for messages. */
export type Row<T> = T & {line: number};

const BLANK = /^\s*$/;

/**
 * Characters no cell may hold: line breaks (a cell is one line of text; a newline in a name could start a slide
 * or a Markdown line of its own), other C0/C1 control characters, and the invisible bidirectional controls that
 * make text display in another order than it is stored (the "Trojan Source" trick).
 */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Why a cell's text is refused, or null when it is plain text. */
export function forbiddenText(text: string): string | null {
  const match = FORBIDDEN.exec(text);
  if (!match) return null;
  const c = match[0];
  if (c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029")
    return "contains a line break; a cell holds one line of text: join the lines (or split the text into rows)";
  if (/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(c))
    return `contains an invisible bidirectional control character (${codePoint(c)}), which makes text display in another order than it is stored; delete it`;
  return `contains the control character ${codePoint(c)}${c === "\t" ? " (a tab)" : ""}; delete it`;
}

/**
 * A web address: only https:// and http:// links are published (a footer link, a source link). Anything else
 * (javascript:, data:, file:, a relative path) would run or fetch something when clicked, so it stops here.
 */
export const webAddress: CellParser<string> = (raw) => {
  const refuse = {
    error: `expected a web address starting with https:// (or http://), found "${raw.slice(0, 80)}"; write the full address of the page`
  };
  if (!/^https?:\/\/[^\s"'<>`\\]+$/i.test(raw)) return refuse;
  try {
    const url = new URL(raw);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname ? raw : refuse;
  } catch {
    return refuse;
  }
};
/** A blank line, or a row of only commas: spreadsheets save trailing empty rows as ",,,,,,,". */
const blankRecord = (fields: string[]) => fields.every((f) => BLANK.test(f));

/**
 * Parses CSV text against a schema. Collects every issue of the file (header, quoting, cells) instead of
 * stopping at the first, so a user fixes a file in one pass.
 */
export function parseTable<T extends Record<string, unknown>>(
  text: string,
  file: string,
  schema: Schema
): {rows: Row<T>[]; issues: DataIssue[]} {
  const issues: DataIssue[] = [];
  if (BLANK.test(text)) return {rows: [], issues: [{file, line: 0, message: "the file is empty; expected a header row"}]};
  // Line starts let us turn papaparse's character offsets into line numbers, even across quoted newlines.
  // A line ends with LF, CRLF or a lone CR (old Mac Excel "CSV (Macintosh)"), as papaparse also accepts.
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineStarts.push(i + 1);
    else if (c === 13) lineStarts.push(text.charCodeAt(i + 1) === 10 ? ++i + 1 : i + 1);
  }
  const lineAt = (offset: number) => {
    let lo = 0,
      hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  // Records as two parallel arrays (fields, first line): no wrapper object per row in a 100k-row file.
  const records: string[][] = [];
  const recordLines: number[] = [];
  const quoteMessage = (code: string, message: string) =>
    code === "MissingQuotes"
      ? 'a quoted field is not closed (missing closing ")'
      : code === "InvalidQuotes"
        ? "a quote is misplaced, or a quoted field is not closed (it swallows the following lines)"
        : message;
  // Fast path: one bulk parse. When every record is one line (no quoted newline, the usual case), record i
  // starts on line i + 1. Otherwise parse again row by row, following papaparse's cursor for exact lines.
  const bulk = Papa.parse<string[]>(text, {header: false, delimiter: ",", skipEmptyLines: false});
  // papaparse returns a last [""] record for a final line break; lineStarts has a matching empty last line.
  if (bulk.data.length === lineStarts.length) {
    for (const error of bulk.errors)
      if (error.code !== "TooFewFields" && error.code !== "TooManyFields")
        issues.push({file, line: (error.row ?? 0) + 1, message: quoteMessage(error.code, error.message)});
    const data = bulk.data;
    for (let i = 0; i < data.length; i++) {
      const fields = data[i];
      if (blankRecord(fields)) continue; // blank line or only commas
      records.push(fields);
      recordLines.push(i + 1);
    }
  } else {
    let cursor = 0;
    Papa.parse<string[]>(text, {
      header: false,
      delimiter: ",",
      skipEmptyLines: false,
      step(result) {
        const start = cursor;
        cursor = result.meta.cursor;
        // papaparse reports the offset just past the row; the row begins after the previous one's newline.
        let begin = start;
        while (begin < text.length && (text[begin] === "\n" || text[begin] === "\r")) begin++;
        for (const error of result.errors)
          if (error.code !== "TooFewFields" && error.code !== "TooManyFields")
            issues.push({file, line: lineAt(begin), message: quoteMessage(error.code, error.message)});
        const fields = result.data;
        if (blankRecord(fields)) return; // blank line or only commas
        records.push(fields);
        recordLines.push(lineAt(begin));
      }
    });
  }
  if (records.length === 0) return {rows: [], issues: [...issues, {file, line: 0, message: "the file has no header row"}]};
  const header = {fields: records[0], line: recordLines[0]};
  const names = header.fields.map((name) => name.trim());
  const expected = schema.map((column) => column.name);
  for (const column of schema)
    if (!column.optional && !names.includes(column.name))
      issues.push({
        file,
        line: header.line,
        column: column.name,
        message: `missing column "${column.name}" (expected columns: ${expected.join(", ")})`
      });
  for (const name of names)
    if (!expected.includes(name))
      issues.push({
        file,
        line: header.line,
        column: name,
        message: `unexpected column "${name}" (expected columns: ${expected.join(", ")})`
      });
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) issues.push({file, line: header.line, column: name, message: `column "${name}" appears twice`});
    seen.add(name);
  }
  if (issues.some((issue) => issue.line === header.line)) return {rows: [], issues};
  const index = schema.map((column) => names.indexOf(column.name));
  const rows: Row<T>[] = [];
  for (let r = 1; r < records.length; r++) {
    const fields = records[r];
    const line = recordLines[r];
    if (fields.length !== names.length) {
      const split = splitNumbers(fields, names.length, (i) => schema.find((c) => c.name === names[i]));
      issues.push({
        file,
        line,
        ...(split ? {column: split.column} : {}),
        message: `expected ${names.length} fields, found ${fields.length}${
          split
            ? `: the number ${split.joined} seems split at its thousands comma. Did you mean "${split.joined}"? A number with a comma must be quoted in CSV`
            : ""
        }`
      });
      continue;
    }
    const row: Record<string, unknown> = {line};
    let ok = true;
    for (let c = 0; c < schema.length; c++) {
      const column = schema[c];
      const raw = index[c] < 0 ? "" : fields[index[c]].trim();
      const forbidden = forbiddenText(raw);
      if (forbidden) {
        issues.push({file, line, column: column.name, message: forbidden});
        ok = false;
        continue;
      }
      if (raw === "") {
        if (column.required) {
          issues.push({file, line, column: column.name, message: "empty; a value is required"});
          ok = false;
        }
        continue;
      }
      if (!column.parse) {
        row[column.name] = raw;
        continue;
      }
      const value = column.parse(raw);
      if (value !== null && typeof value === "object" && "error" in (value as object)) {
        issues.push({file, line, column: column.name, message: (value as {error: string}).error});
        ok = false;
      } else row[column.name] = value;
    }
    if (ok) rows.push(row as Row<T>);
  }
  return {rows, issues};
}

/**
 * When a row has too many fields, looks for numbers split at their thousands commas (1,073 unquoted reads as
 * "1" and "073") whose rejoining gives the expected count and a value the column accepts.
 */
function splitNumbers(
  fields: string[],
  expected: number,
  columnAt: (index: number) => Column | undefined
): {column: string; joined: string} | null {
  const extra = fields.length - expected;
  if (extra < 1 || extra > 6) return null;
  // Runs: a field of 1-3 digits followed by fields of exactly three digits.
  const runs: {start: number; length: number}[] = [];
  for (let i = 0; i < fields.length - 1; i++) {
    if (!/^\s*[▲△\-−]?\d{1,3}$/.test(fields[i])) continue;
    let n = 0;
    while (i + n + 1 < fields.length && /^\d{3}\s*$/.test(fields[i + n + 1])) n++;
    if (n) runs.push({start: i, length: n});
    i += n;
  }
  // Try each subset of runs (there are few) whose lengths add up to the surplus.
  for (let mask = 1; mask < 1 << Math.min(runs.length, 8); mask++) {
    const chosen = runs.filter((_, k) => mask & (1 << k));
    if (chosen.reduce((t, r) => t + r.length, 0) !== extra) continue;
    const merged: string[] = [];
    let first: {index: number; joined: string} | null = null;
    for (let i = 0; i < fields.length; i++) {
      const run = chosen.find((r) => r.start === i);
      if (!run) {
        merged.push(fields[i]);
        continue;
      }
      const joined = fields
        .slice(i, i + run.length + 1)
        .map((f) => f.trim())
        .join(",");
      first ??= {index: merged.length, joined};
      merged.push(joined);
      i += run.length;
    }
    const column = first && columnAt(first.index);
    const value = column?.parse?.(first!.joined);
    if (column && value !== undefined && !(value !== null && typeof value === "object" && "error" in (value as object)))
      return {column: column.name, joined: first!.joined};
  }
  return null;
}
