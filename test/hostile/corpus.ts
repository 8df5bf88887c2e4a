// Hostile cell contents: what a careless or hostile maintainer can type into a text cell. Each one, if it reached
// Markdown, HTML or a spreadsheet unescaped, would fetch from `evil.example`, run script, add a slide or a
// directive, or reorder what the reader sees. Used by the tests under test/hostile/.
import Papa from "papaparse";
import type {DataFile, DataInput} from "../../src/lib/dataset.js";

export const EVIL = "evil.example";

/** Single-line cells: valid data, which every renderer must show as text. */
export const RENDERED: readonly string[] = [
  `![f](http://${EVIL}/x.png)`,
  `[x](javascript:alert(1))`,
  `[y](http://${EVIL}/link)`,
  `<img src=http://${EVIL}/y.png>`,
  `<script>fetch("http://${EVIL}/s")</script>`,
  `<style>@import url(http://${EVIL}/c.css);</style>`,
  `<!-- _backgroundImage: url(http://${EVIL}/bg.png) -->`,
  `<!-- _class: invert -->`,
  `_backgroundImage: url(http://${EVIL}/d.png)`,
  `---`,
  `<http://${EVIL}/auto>`,
  `http://${EVIL}/bare`,
  `&lt;img src=http://${EVIL}/e.png&gt;`,
  `$\\href{http://${EVIL}/m}{x}$`,
  `=HYPERLINK("http://${EVIL}/h","x")`,
  `+cmd|' /C calc'!A0`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
  `"quoted" 'single' & back\\slash`,
  `emoji 😀 ✅ :smile:`
];

/** Cells that the parser must refuse, with the character they carry. */
export const REFUSED: readonly {name: string; cell: string}[] = [
  {name: "a newline before a Markdown image", cell: `名前\n![bg](http://${EVIL}/z.png)`},
  {name: "a newline and a slide break", cell: `名前\n\n---\n\n# extra slide`},
  {name: "a carriage return", cell: `名前\r![bg](http://${EVIL}/z.png)`},
  {name: "a right-to-left override (U+202E)", cell: `名前\u202Egpj.exe`},
  {name: "a first-strong isolate (U+2068)", cell: `名前\u2068x\u2069`},
  {name: "a line separator (U+2028)", cell: `名前\u2028![bg](http://${EVIL}/z.png)`},
  {name: "a NUL", cell: `名前\u0000`},
  {name: "a tab", cell: `名前\t=HYPERLINK("http://${EVIL}/h")`}
];

/** Every rendered corpus entry in one cell, after the cell's own text. */
export const ALL_RENDERED = RENDERED.join(" ");

/** The text columns each hostile fixture poisons: every kind of text that reaches a title, a footer, a table or a note. */
export const TEXT_COLUMNS: Partial<Record<DataFile, string[]>> = {
  "programmes.csv": ["nameJa", "nameEn", "shortJa", "shortEn", "agencyJa", "agencyEn"],
  "editions.csv": ["ministryJa", "ministryEn", "asOfJa", "asOfEn"],
  "strands.csv": ["nameJa", "nameEn"],
  "texts.csv": ["textJa", "textEn", "headingJa", "headingEn"],
  "notes.csv": ["textJa", "textEn"],
  "schemes.csv": ["printed", "printedEn"],
  "results.csv": ["titleJa", "summaryJa", "summaryEn"],
  "countries.csv": ["nameJa", "nameEn", "contextJa", "context"],
  "frameworks.csv": ["name", "membersPrinted", "membersEn"],
  "tiers.csv": ["nameJa", "nameEn", "descriptionJa", "descriptionEn"],
  "citations.csv": ["nameJa", "nameEn"]
};

const decode = (content: Uint8Array | string) =>
  (typeof content === "string" ? content : new TextDecoder().decode(content)).replace(/^\uFEFF/, "");

/** A copy of `input` with `edit(value, file, column, row)` applied to each named cell of every row. */
export function editCells(
  input: DataInput,
  columns: Partial<Record<DataFile, string[]>>,
  edit: (value: string, file: DataFile, column: string, row: Record<string, string>) => string
): DataInput {
  const out: DataInput = {...input};
  for (const [file, names] of Object.entries(columns) as [DataFile, string[]][]) {
    const parsed = Papa.parse<Record<string, string>>(decode(input[file]!), {header: true, skipEmptyLines: true});
    for (const row of parsed.data) for (const name of names) row[name] = edit(row[name] ?? "", file, name, row);
    out[file] = Papa.unparse(parsed.data, {columns: parsed.meta.fields, newline: "\n"}) + "\n";
  }
  return out;
}

/** The data with every rendered corpus entry appended to every text cell that reaches the report or a deck. */
export const poisoned = (input: DataInput): DataInput =>
  editCells(input, TEXT_COLUMNS, (value) => (value ? `${value} ${ALL_RENDERED}` : value));
