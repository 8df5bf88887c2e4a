const HTML: Record<string, string> = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"};

/** Text for HTML element content or attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]);
}

/** Line breaks of any kind folded to one space: data text never starts a line of its own in Markdown. */
export const oneLine = (text: string): string => text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ");

/**
 * Emoji (and ©, ®, ™, keycaps, flags) written as numeric character references. Marp replaces emoji characters in
 * its Markdown with Twemoji images from a CDN, a request from every deck; a reference reads the same on the slide
 * but is not a character when Marp looks for emoji.
 */
const EMOJI = /[\p{Extended_Pictographic}\u{10000}-\u{10FFFF}\u20e3\ufe0f]/gu;
/** …and a shortcode such as `:smile:`, which Marp also turns into a Twemoji image, gets its first colon as a reference. */
export const inertEmoji = (text: string): string =>
  text.replace(EMOJI, (c) => `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`).replace(/:(?=[\w+-]+:)/g, "&#x3A;");

/**
 * Text for HTML inside Markdown (Marp's HTML blocks): HTML-escaped and on one line, since a blank line would end
 * the HTML block and let the rest be read as Markdown (an image, a slide break); emoji as references (see above).
 */
export function escapeHtmlLine(text: string): string {
  return inertEmoji(escapeHtml(oneLine(text)));
}

/**
 * Text for Markdown (Marp): every ASCII punctuation character that Markdown, HTML, Marp's math (`$`) or
 * directives could act on is backslash-escaped (CommonMark allows that for any ASCII punctuation), so a name like
 * `![x](http://…)`, `<img src=…>` or `$…$` stays literal text and fetches nothing, a bare address is not made a
 * link, and an apostrophe still reads as one. Line breaks fold to a space, so `---` or `# …` never starts a line;
 * emoji become character references (see inertEmoji).
 */
export function escapeMarkdown(text: string): string {
  const escaped = oneLine(text).replace(/[\\`*_{}\[\]()#+\-.!|~:<>&"'$]/g, "\\$&");
  // A backslash does not keep Marp from reading `\:smile\:` as a shortcode (nor does a character reference, in
  // Markdown); an invisible word joiner after the colon does.
  return inertEmoji(escaped.replace(/\\:(?=(?:\w|\\[+-])+\\:)/g, "\\:\u2060"));
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
