// Cells that are not plain one-line text, links that are not web addresses, and files with thousands of
// problems: each stops with the file, the line and the column, and the message says what to do.
import {describe, expect, it} from "vitest";
import type {DataFile, DataInput} from "../../src/lib/dataset.js";
import {DataError, MAX_ISSUES_SHOWN, type DataIssue} from "../../src/lib/errors.js";
import {briefingFromInput, readDataFiles} from "../../src/lib/files.js";
import {documentLink} from "../../src/lib/edition.js";
import {fixtureDir} from "../support/fixtures.js";
import {editCells, REFUSED, TEXT_COLUMNS} from "./corpus.js";

// A fixture edition (test/fixtures/editions/two), not data/: the checks hold whatever document data/ holds.
const REAL = readDataFiles(fixtureDir("two"));

function errorOf(input: DataInput): DataError {
  try {
    briefingFromInput(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error("expected the data to be stopped");
}
const issuesOf = (input: DataInput): DataIssue[] => errorOf(input).issues;

/** The data with one cell (first data row, line 2, of `file`) set to `cell`. */
function withCell(file: DataFile, column: string, cell: string): DataInput {
  let first = true;
  return editCells(REAL, {[file]: [column]}, (value) => {
    if (!first) return value;
    first = false;
    return cell;
  });
}

describe("a cell that is not one line of plain text", () => {
  const places = Object.entries(TEXT_COLUMNS).map(([file, columns]) => [file as DataFile, columns![0]] as const);

  it.each(REFUSED.map((r) => [r.name, r.cell] as const))("refuses %s, naming file, line and column", (_name, cell) => {
    for (const [file, column] of places) {
      const issues = issuesOf(withCell(file, column, cell));
      expect(issues, `${file} ${column}`).toContainEqual(expect.objectContaining({file, line: 2, column}));
      const issue = issues.find((i) => i.file === file && i.column === column)!;
      expect(issue.message).toMatch(/line break|control character|bidirectional/);
      expect(issue.message).toMatch(/join|delete/);
    }
  });

  it("refuses it in an id or a number column too", () => {
    const issues = issuesOf(withCell("budget.csv", "entity", "alpha\u202e"));
    expect(issues).toContainEqual(
      expect.objectContaining({file: "budget.csv", line: 2, column: "entity", message: expect.stringContaining("U+202E")})
    );
  });

  it("accepts text that merely looks hostile: it is shown as text, not refused", () => {
    const input = withCell("programmes.csv", "nameEn", "![f](http://evil.example/x.png) <script> =HYPERLINK(1) ---");
    expect(() => briefingFromInput(input)).not.toThrow();
  });
});

describe("links in the data", () => {
  it.each([
    ["javascript:alert(1)"],
    ["JavaScript:alert(document.cookie)"],
    ["data:text/html,<script>alert(1)</script>"],
    ["file:///etc/passwd"],
    ["../shared/doc.pdf"],
    ["//evil.example/x"],
    ["https://"],
    ['https://example.org/"onmouseover="alert(1)'],
    ["ftp://example.org/doc.pdf"]
  ])("refuses %s as an edition's url, naming file, line and column", (url) => {
    const issues = issuesOf(withCell("editions.csv", "url", url));
    expect(issues).toEqual([
      {file: "editions.csv", line: 2, column: "url", message: expect.stringContaining("expected a web address starting with https://")}
    ]);
  });

  it.each([["https://www.example.go.jp/budget/2023/doc.pdf"], ["http://example.org/a?b=1#p3"]])("accepts %s", (url) => {
    const b = briefingFromInput(withCell("editions.csv", "url", url));
    expect(b.figures.edition.url).toBe(url);
  });
});

describe("a file with thousands of problems", () => {
  const header = new TextDecoder().decode(REAL["budget.csv"] as Uint8Array).split(/\r?\n/)[0];
  const columns = Array.from({length: 10_000}, (_, i) => `extra${i}`);
  const wide = `${header},${columns.join(",")}\n`;

  it("lists the first problems, then how many more, in a short message naming the file", () => {
    const error = errorOf({...REAL, "budget.csv": wide});
    expect(error.issues.length).toBeGreaterThanOrEqual(10_000);
    const lines = error.message.split("\n");
    expect(lines).toHaveLength(1 + MAX_ISSUES_SHOWN + 1);
    expect(lines[0]).toMatch(/^10,0\d\d problems in the budget data:/);
    expect(lines.slice(1, -1).every((l) => l.includes("budget.csv"))).toBe(true);
    expect(lines.at(-1)).toMatch(/… and 9,9\d\d more problems \(fix the ones above and run again\)/);
    expect(error.message.length).toBeLessThan(10_000);
  });

  it("lists every problem when there are few", () => {
    const error = errorOf(withCell("editions.csv", "url", "javascript:x"));
    expect(error.message).not.toContain("more problem");
  });
});

describe("documentLink(briefing)", () => {
  it("links only a web address, even in a briefing that did not come through the parser", () => {
    const b = briefingFromInput(withCell("editions.csv", "url", "https://example.org/doc.pdf"));
    expect(documentLink(b)?.url).toBe("https://example.org/doc.pdf");
    const forged = structuredClone(b);
    forged.figures.edition.url = "javascript:alert(1)";
    expect(documentLink(forged)).toBeNull();
  });
});
