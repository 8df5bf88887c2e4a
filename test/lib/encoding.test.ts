// Odd but valid ways a budget.csv arrives (Excel on Japanese Windows, BOMs, CRLF, full-width digits) parse to
// the same amounts as a plain file; bytes that are no known text encoding are rejected.
import iconv from "iconv-lite";
import {describe, expect, it} from "vitest";
import {parseDataset, type BudgetLine, type DataInput} from "../../src/lib/dataset.js";
import {decodeCsv} from "../../src/lib/decode.js";
import {DataError, type DataIssue} from "../../src/lib/errors.js";
import {fixtureInput} from "../support/fixtures.js";

// The fixture edition `two` (invented names and figures): its budget.csv quotes grouped amounts, e.g. "1,200".
const REAL = fixtureInput("two");
const BUDGET = new TextDecoder().decode(REAL["budget.csv"] as Uint8Array);

const GROUPED = /"(\d{1,3}(?:,\d{3})+)"/g; // a quoted amount with thousands separators, e.g. "1,200"
const FULL_WIDTH_DIGITS = "０１２３４５６７８９";
const toFullWidth = (s: string) => s.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)]).replaceAll(",", "，");

/** The plain form: every amount unquoted and without separators (1200). */
const PLAIN = BUDGET.replace(GROUPED, (_m, n: string) => n.replaceAll(",", ""));

function budgetOf(budget: string | Uint8Array, input: DataInput = REAL): BudgetLine[] {
  return parseDataset({...input, "budget.csv": budget}).budget;
}

/** entity fiscalYear stage amount unit, one per row, to compare parses at a glance. */
function amounts(lines: BudgetLine[]): string[] {
  return lines.map((b) => `${b.entity} ${b.fiscalYear} ${b.stage} ${b.amount}${b.unit}`);
}

function issuesOf(budget: string | Uint8Array): DataIssue[] {
  try {
    parseDataset({...REAL, "budget.csv": budget});
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).issues;
  }
  throw new Error("expected parseDataset to throw a DataError");
}

/** `text` with `from` replaced by `to`; fails when `from` is not in the text, so an edit never silently does nothing. */
function replaceOnce(text: string, from: string, to: string): string {
  expect(text, `text containing ${from}`).toContain(from);
  return text.replace(from, to);
}

const ALPHA_LINE = BUDGET.split("\n").findIndex((l) => l.startsWith("alpha,2031,draft,")) + 1;

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
const crlf = (text: string) => text.replace(/\r?\n/g, "\r\n");
const cp932 = (text: string) => new Uint8Array(iconv.encode(text, "cp932"));

const plain = budgetOf(PLAIN);

describe("the plain file", () => {
  it("has no quoted grouped amounts left, and reads Alpha FY2031 as 1200百万円", () => {
    expect(PLAIN).not.toMatch(GROUPED);
    expect(PLAIN).toContain("alpha,2031,draft,1200,百万円");
    expect(amounts(plain)).toContain("alpha 2031 draft 1200百万円");
    expect(plain).toHaveLength(14);
  });
});

describe("accepted odd inputs give the same budget lines as the plain file", () => {
  it.each<[string, () => string | Uint8Array]>([
    ['amounts written "1,200" in quotes (the fixture file)', () => REAL["budget.csv"] as Uint8Array],
    ["UTF-8 with a BOM", () => withBom(utf8(PLAIN))],
    ["a BOM on a text string", () => "\uFEFF" + PLAIN],
    ["CRLF line endings", () => crlf(PLAIN)],
    ["UTF-8 with a BOM and CRLF", () => withBom(utf8(crlf(BUDGET)))],
    ["CR-only line endings (old Mac Excel)", () => PLAIN.replace(/\n/g, "\r")],
    ["no newline at the end", () => PLAIN.replace(/\n$/, "")],
    ["Shift_JIS / CP932 bytes", () => cp932(BUDGET)],
    ["CP932 bytes with CRLF, as Excel on Japanese Windows saves", () => cp932(crlf(BUDGET))],
    ['full-width digits in quotes, "１，０７３"', () => BUDGET.replace(GROUPED, (_m, n: string) => `"${toFullWidth(n)}"`)],
    [
      "full-width digits unquoted, １，０７３ (a full-width comma is not a separator)",
      () => BUDGET.replace(GROUPED, (_m, n: string) => toFullWidth(n))
    ],
    ["full-width digits in CP932 bytes", () => cp932(BUDGET.replace(GROUPED, (_m, n: string) => `"${toFullWidth(n)}"`))],
    ['spaces around unquoted amounts, " 1200 "', () => PLAIN.replace(/,(\d+),(百万円|億円)/g, ", $1 ,$2")]
  ])("reads %s", (_name, make) => {
    const parsed = budgetOf(make());
    expect(amounts(parsed)).toEqual(amounts(plain));
    expect(parsed).toEqual(plain); // same source text, flags, notes and line numbers too
  });

  it("decodes the Japanese text of a CP932 file, not only its digits", () => {
    const alpha = budgetOf(cp932(BUDGET)).find((b) => b.entity === "alpha");
    expect(alpha?.source).toBe("3. > アルファ共同研究事業");
    expect(alpha?.unit).toBe("百万円");
  });

  it("reports the right line in a CP932 file with CRLF", () => {
    const bad = replaceOnce(crlf(BUDGET), 'alpha,2031,draft,"1,200",百万円', 'alpha,2031,draft,"1,200",千円');
    expect(issuesOf(cp932(bad))).toEqual([
      {file: "budget.csv", line: ALPHA_LINE, column: "unit", message: 'unknown unit "千円"; expected 百万円 or 億円'}
    ]);
  });

  it.each<[string, (text: string) => string | Uint8Array]>([
    ["UTF-8 with a BOM", (t) => withBom(utf8(t))],
    ["CRLF", crlf],
    ["CR only", (t) => t.replace(/\n/g, "\r")]
  ])("reports the right line in a file with %s", (_name, encode) => {
    const bad = replaceOnce(BUDGET, 'alpha,2031,draft,"1,200"', "alpha,2031,draft,x");
    expect(issuesOf(encode(bad))).toEqual([
      {file: "budget.csv", line: ALPHA_LINE, column: "amount", message: 'expected an amount such as 1,073, found "x"'}
    ]);
  });

  it("reads ▲ in CP932 bytes and still rejects the negative amount with the decoded text", () => {
    const bad = replaceOnce(BUDGET, 'alpha,2031,draft,"1,200"', "alpha,2031,draft,▲87");
    expect(issuesOf(cp932(bad))).toEqual([
      expect.objectContaining({column: "amount", message: 'expected a non-negative amount, found "▲87"'})
    ]);
  });
});

describe("bytes that are neither UTF-8 nor CP932 are rejected, naming the file", () => {
  const REJECTED = {file: "budget.csv", line: 0, message: "the file is neither valid UTF-8 nor Shift_JIS (CP932) text"};

  it("rejects 0x82 0xff 0xfe 0x80", () => {
    expect(issuesOf(Buffer.from([0x82, 0xff, 0xfe, 0x80]))).toEqual([REJECTED]);
  });

  it('rejects a UTF-16LE file (Excel\'s "Unicode text")', () => {
    expect(issuesOf(new Uint8Array(iconv.encode(BUDGET, "utf-16le", {addBOM: true})))).toEqual([REJECTED]);
  });

  it("rejects the file but still reports problems of the other files", () => {
    const programmes = new TextDecoder().decode(REAL["programmes.csv"] as Uint8Array).replace("alpha,programme,", "alpha,project,");
    let caught: unknown;
    try {
      parseDataset({...REAL, "budget.csv": Buffer.from([0x82, 0xff, 0xfe, 0x80]), "programmes.csv": programmes});
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataError);
    expect((caught as DataError).issues.map((i) => i.file)).toEqual(expect.arrayContaining(["budget.csv", "programmes.csv"]));
  });

  it("decodeCsv drops a UTF-8 BOM and keeps CP932 text intact", () => {
    expect(decodeCsv(withBom(utf8("entity,amount\n")), "x.csv")).toBe("entity,amount\n");
    expect(decodeCsv(cp932("髙～①,１，０７３\n"), "x.csv")).toBe("髙～①,１，０７３\n");
  });

  it("decodeCsv names the file it was given", () => {
    expect(() => decodeCsv(Buffer.from([0x82, 0xff, 0xfe, 0x80]), "other.csv")).toThrow(
      /^1 problem in the budget data:\n {2}- other\.csv: the file is neither/
    );
  });
});
