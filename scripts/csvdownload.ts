// The data files as the site offers them for download (dist/csv/, and the same bytes from `npm run dev`).
// A spreadsheet runs a cell starting with = + - @ (or tab / CR) as a formula, so a text cell such as
// `=HYPERLINK(…)` typed into a name must not reach a reader's spreadsheet as one: text cells get the ' prefix the
// chart downloads use (csvCell). Numbers stay numbers: -87 in an amount column is a figure, not a formula.
import Papa from "papaparse";
import {decodeCsv} from "../src/lib/decode.js";
import {csvCell} from "../src/lib/escape.js";

/** A cell that is a plain number as the data files print them: -87, 1,073, 141.2. */
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** One cell for download: numbers verbatim (quoted if they hold a comma), text through csvCell. */
export function downloadCell(value: string): string {
  if (NUMBER.test(value)) return value.includes(",") ? `"${value}"` : value;
  return csvCell(value);
}

/**
 * A data file's bytes (UTF-8 with or without BOM, or Shift_JIS) as the download: UTF-8 with a BOM (so
 * spreadsheets read the Japanese), its line ends kept, every text cell that a spreadsheet would run neutralised.
 */
export function csvDownload(bytes: Uint8Array | string, file: string): Buffer {
  const text = (typeof bytes === "string" ? bytes : decodeCsv(bytes, file)).replace(/^\uFEFF/, "");
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const {data} = Papa.parse<string[]>(text, {header: false, delimiter: ",", newline, skipEmptyLines: false});
  const body = data.map((row) => row.map(downloadCell).join(",")).join(newline);
  return Buffer.from(`\uFEFF${body}`, "utf8");
}
