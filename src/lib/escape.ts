const HTML: Record<string, string> = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"};

/** Text for HTML element content or attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]);
}

/**
 * Text for Markdown (Marp): every ASCII punctuation character that Markdown or HTML could act on is
 * backslash-escaped (CommonMark allows that for any ASCII punctuation), so a name like `![x](http://…)` or
 * `<img src=…>` stays literal text and fetches nothing, and an apostrophe still reads as one.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}\[\]()#+\-.!|~:<>&"']/g, "\\$&").replace(/\n/g, " ");
}

/**
 * One CSV cell. Cells starting with = + - @ (or tab / carriage return) are prefixed with ' so a spreadsheet
 * never runs them as formulas; quotes are doubled and cells with separators are quoted.
 */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? "" : Array.isArray(value) ? value.join(";") : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: Record<string, unknown>[], columns = rows.length ? Object.keys(rows[0]) : []): string {
  return [columns.map(csvCell).join(","), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(","))].join("\r\n") + "\r\n";
}
