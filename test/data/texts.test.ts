// The document's words in data/ are transcriptions. Each Japanese passage, as printed, must appear verbatim in the
// source document (test/fixtures/000_0b1583d91517b07d.txt, the copy the data was transcribed from), compared with
// only whitespace and the Markdown markup of the copy removed. A typo is corrected only where a row says so, with
// a note; everything else is checked character for character.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {parseDataset, type DataInput} from "../../src/lib/dataset.js";
import {DataError, type DataIssue} from "../../src/lib/errors.js";
import {readDataFiles} from "../../src/lib/files.js";
import {eraYear} from "../../src/lib/format.js";
import {asPrinted, printedText, TEXT_KINDS, textsOf} from "../../src/lib/texts.js";
import {DATA_FOLDER} from "./sources.js";

const SOURCE = readFileSync(join(import.meta.dirname, "..", "fixtures", "000_0b1583d91517b07d.txt"), "utf8");

/** The text with whitespace removed, and the copy's Markdown (bold, escaped *, subscript 2) undone. */
const normalise = (text: string) =>
  text
    .replace(/\*\*/g, "")
    .replace(/\\\*/g, "*")
    .replace(/<sub>2<\/sub>/g, "₂")
    .replace(/\s+/g, "");
const DOCUMENT = normalise(SOURCE);
const verbatim = (text: string) => DOCUMENT.includes(normalise(text));

const REAL = readDataFiles(DATA_FOLDER);
const data = parseDataset(REAL);
const fileText = (file: keyof DataInput) => new TextDecoder().decode(REAL[file] as Uint8Array);

/** The issues parseDataset reports when one file's text is edited. */
function issuesWith(file: keyof DataInput, edit: (text: string) => string): DataIssue[] {
  const before = fileText(file);
  const after = edit(before);
  expect(after, `the edit of ${file}`).not.toBe(before);
  try {
    parseDataset({...REAL, [file]: after});
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).issues;
  }
  throw new Error("expected parseDataset to throw a DataError");
}
/** 1-based line of the row whose first cell is `id`. */
const lineOf = (file: keyof DataInput, id: string) =>
  fileText(file)
    .split("\n")
    .findIndex((l) => l.startsWith(`${id},`)) + 1;

describe("texts.csv", () => {
  it("holds passages of every kind, each naming a programme, group or section of programmes.csv", () => {
    const entities = new Set(data.entities.map((e) => e.id));
    expect(new Set(data.texts.map((t) => t.kind))).toEqual(new Set(TEXT_KINDS));
    for (const t of data.texts) expect(entities, t.id).toContain(t.entity);
  });

  it("gives every programme its summary from the section overview", () => {
    const programmes = data.entities.filter((e) => e.kind === "programme").map((e) => e.id);
    for (const id of programmes) expect(textsOf(data.texts, id, "summary"), id).toHaveLength(1);
  });

  it("transcribes every passage verbatim: the printed text appears in the source document", () => {
    const missing = data.texts.filter((t) => !verbatim(printedText(t))).map((t) => t.id);
    expect(missing).toEqual([]);
  });

  it("transcribes every ※ note verbatim as printed, and corrects one only with its printed form and a note", () => {
    // A note printed over several bullet lines is transcribed on one line: each sentence must be found.
    const sentences = (text: string) => text.split("。").filter((x) => x.trim());
    const missing = data.notes.filter((n) => !sentences(n.printed ?? n.textJa).every(verbatim)).map((n) => n.id);
    expect(missing).toEqual([]);
    for (const n of data.notes.filter((n) => n.printed !== undefined)) {
      expect(n.printed, n.id).not.toBe(n.textJa);
      expect(n.correctionJa && n.correctionEn, n.id).toBeTruthy();
    }
  });

  it("transcribes headings verbatim too", () => {
    const headed = data.texts.filter((t) => t.headingJa);
    expect(headed.length).toBeGreaterThan(0);
    for (const t of headed) expect(verbatim(t.headingJa!), t.id).toBe(true);
  });

  it("keeps a typo only in printed: a printed text differs from the shown one and carries a note in both languages", () => {
    for (const t of data.texts.filter((t) => t.printed !== undefined)) {
      expect(t.printed, t.id).not.toBe(t.textJa);
      expect(t.correctionJa, t.id).toBeTruthy();
      expect(t.correctionEn, t.id).toBeTruthy();
    }
  });

  it("lists passages of an entity in document order, kind by kind", () => {
    expect(textsOf(data.texts, "aspire", "scheme-point").map((t) => t.label)).toEqual(["(1)", "(2)", "(3)", "(4)"]);
    expect(textsOf(data.texts, "aspire", "scheme-note").map((t) => t.label)).toEqual(["*1", "*2", "*3", "*4"]);
    // texts.csv is kept in document order, so the lines of each entity's passages must come out ascending.
    for (const e of data.entities) {
      const lines = textsOf(data.texts, e.id).map((t) => (t as unknown as {line: number}).line);
      expect(lines, e.id).toEqual([...lines].sort((a, b) => a - b));
    }
  });
});

describe("citations.csv", () => {
  it("names each cited document as printed next to the passage that cites it, with its printed date", () => {
    for (const t of data.texts)
      for (const id of t.cites) {
        const c = data.citations.find((c) => c.id === id)!;
        const at = DOCUMENT.indexOf(normalise(printedText(t)));
        // The citation follows the passage in parentheses, or the passage names the document itself.
        const window = DOCUMENT.slice(at, at + normalise(printedText(t)).length + 60);
        expect(window, `${t.id} cites ${id}`).toContain(normalise(c.nameJa));
        expect(window, `${t.id} cites ${id}`).toContain(c.datePrinted);
      }
  });

  it("gives each printed date as the same month, YYYY-MM", () => {
    for (const c of data.citations) {
      const [year, month] = c.date.split("-").map(Number);
      expect(`${eraYear(year).replace(/年度$/, "年")}${month}月`, c.id).toBe(c.datePrinted);
    }
  });

  it("is cited: no document is listed that no passage cites", () => {
    const cited = new Set(data.texts.flatMap((t) => t.cites));
    for (const c of data.citations) expect(cited, c.id).toContain(c.id);
  });
});

describe("the words of results.csv", () => {
  it("transcribes each Japanese summary verbatim, sentence by sentence, once its corrections are undone", () => {
    const missing = data.results.flatMap((r) =>
      asPrinted(r.summaryJa, r.corrections)
        .split(/(?<=。)/)
        .filter((sentence) => !verbatim(sentence))
        .map((sentence) => `${r.id}: ${sentence}`)
    );
    expect(missing).toEqual([]);
  });

  it("corrects only typos the source prints: each printed string is in the source and its correction is not", () => {
    const corrected = data.results.filter((r) => r.corrections?.length);
    expect(corrected.length).toBeGreaterThan(0);
    for (const r of corrected)
      for (const c of r.corrections!) {
        expect(verbatim(c.printed), `${r.id}: ${c.printed}`).toBe(true);
        expect(verbatim(c.shown), `${r.id}: ${c.shown}`).toBe(false);
        expect(r.correctionJa, r.id).toContain(c.printed);
        expect(r.correctionEn, r.id).toContain(c.printed);
      }
  });

  it("shows the corrected word wherever the row prints it (title and summary alike)", () => {
    for (const r of data.results)
      for (const c of r.corrections ?? [])
        for (const field of [r.titleJa, r.summaryJa, r.affiliation ?? ""]) expect(field, r.id).not.toContain(c.printed);
  });

  it("transcribes each result's title verbatim (alumni's titles are the kit's headlines)", () => {
    const results = data.results.filter((r) => r.kind === "result");
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(verbatim(asPrinted(r.titleJa, r.corrections)), r.id).toBe(true);
  });

  it("transcribes each person verbatim: the name as printed, or the name and its printed reading in brackets", () => {
    for (const r of data.results.filter((r) => r.person)) {
      const parts = r.person!.split(/[（）]/).filter(Boolean);
      expect(verbatim(r.person!) || parts.every(verbatim), `${r.id}: ${r.person}`).toBe(true);
    }
  });

  it("transcribes the alumni's affiliations verbatim once corrections are undone", () => {
    const alumni = data.results.filter((r) => r.kind === "alumnus" && r.programme === "jsps-overseas");
    expect(alumni.length).toBeGreaterThan(0);
    for (const r of alumni) expect(verbatim(asPrinted(r.affiliation!, r.corrections)), r.id).toBe(true);
  });

  it("gives an English name, affiliation and partner wherever the Japanese one is given", () => {
    for (const r of data.results) {
      expect(!!r.personEn, r.id).toBe(!!r.person);
      expect(!!r.affiliationEn, r.id).toBe(!!r.affiliation);
      expect(!!r.partnerEn, r.id).toBe(!!r.partner);
    }
  });
});

describe("countries.csv", () => {
  it("says in Japanese, for the Japanese page, why each country is named", () => {
    for (const c of data.countries) {
      expect(c.contextJa, c.iso).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(c.contextJa, c.iso).not.toBe(c.context);
    }
  });
});

describe("parseDataset rejects words that break the rules, naming file, line and column", () => {
  const row = "section7-objective";
  const editRow = (file: keyof DataInput, id: string, edit: (line: string) => string) => (text: string) =>
    text
      .split("\n")
      .map((l) => (l.startsWith(`${id},`) ? edit(l) : l))
      .join("\n");

  it("rejects a kind outside the closed list", () => {
    const issues = issuesWith(
      "texts.csv",
      editRow("texts.csv", row, (l) => l.replace(",objective,", ",intro,"))
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: "texts.csv",
        line: lineOf("texts.csv", row),
        column: "kind",
        message: expect.stringMatching(/^expected one of objective, /)
      })
    ]);
  });

  it("rejects a passage of an unknown programme", () => {
    const issues = issuesWith(
      "texts.csv",
      editRow("texts.csv", row, (l) => l.replace(/^section7-objective,section7,/, "section7-objective,section8,"))
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: "texts.csv",
        line: lineOf("texts.csv", row),
        column: "entity",
        message: expect.stringMatching(/^unknown programme "section8"/)
      })
    ]);
  });

  it("rejects a citation that citations.csv does not list", () => {
    const id = "section7-background-1";
    const issues = issuesWith(
      "texts.csv",
      editRow("texts.csv", id, (l) => l.replace(",basic-plan-6,", ",basic-plan-7,"))
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: "texts.csv",
        line: lineOf("texts.csv", id),
        column: "cites",
        message: expect.stringMatching(/^unknown citation "basic-plan-7"/)
      })
    ]);
  });

  /** sicorp-point-3 with printed, correctionJa and correctionEn set (its cites stay empty). */
  const POINT = "sicorp-point-3";
  const withCorrection = (printed: string, ja: string, en: string) =>
    editRow("texts.csv", POINT, (l) => l.replace(/,,,,,([^,]*),([^,]*)$/, `,${printed},${ja},${en},,$1,$2`));

  it("rejects a printed text equal to the shown one (a correction that corrects nothing)", () => {
    const issues = issuesWith("texts.csv", withCorrection("マルチ枠組みによる多国間共同研究として、以下の協力を想定。", "注", "note"));
    expect(issues).toEqual([
      expect.objectContaining({
        file: "texts.csv",
        line: lineOf("texts.csv", POINT),
        column: "printed",
        message: expect.stringMatching(/^same as textJa/)
      })
    ]);
  });

  it("rejects a correction without a note, and a note without a correction", () => {
    const noNote = issuesWith("texts.csv", withCorrection("マルチ枠組みによる多国間共同研究として以下の協力を想定。", "", ""));
    expect(noNote).toEqual([
      expect.objectContaining({
        file: "texts.csv",
        line: lineOf("texts.csv", POINT),
        column: "correctionJa",
        message: expect.stringMatching(/needs a note in both languages/)
      })
    ]);
    const noPrinted = issuesWith("texts.csv", withCorrection("", "注", "note"));
    expect(noPrinted).toEqual([
      expect.objectContaining({
        file: "texts.csv",
        line: lineOf("texts.csv", POINT),
        column: "printed",
        message: expect.stringMatching(/^empty, but a correction note is given/)
      })
    ]);
  });

  it("accepts a correction with a note in both languages and keeps the printed text", () => {
    const edited = withCorrection("マルチ枠組による多国間共同研究として、以下の協力を想定。", "注", "note")(fileText("texts.csv"));
    const t = parseDataset({...REAL, "texts.csv": edited}).texts.find((t) => t.id === POINT)!;
    expect(printedText(t)).toBe("マルチ枠組による多国間共同研究として、以下の協力を想定。");
    expect(t.textJa).toBe("マルチ枠組みによる多国間共同研究として、以下の協力を想定。");
  });

  it("rejects a citation date that is not a month", () => {
    const issues = issuesWith("citations.csv", (t) => t.replace(",2021-03,", ",2021-13,"));
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: "citations.csv",
        line: lineOf("citations.csv", "basic-plan-6"),
        column: "date",
        message: 'expected a month as YYYY-MM, found "2021-13"'
      })
    );
  });

  it("rejects a result correction whose corrected word the row never shows", () => {
    const issues = issuesWith("results.csv", (t) =>
      t.replace("ポストトロフスカイト→ポストペロフスカイト", "ポストトロフスカイト→ポストペロブスカイト")
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: "results.csv",
        line: lineOf("results.csv", "hirose"),
        column: "corrections",
        message: expect.stringMatching(/"ポストペロブスカイト" appears in no Japanese field/)
      })
    ]);
  });

  it("rejects a person without an English name", () => {
    const issues = issuesWith("results.csv", (t) => t.replace(",Keiko Torii,", ",,"));
    expect(issues).toEqual([
      expect.objectContaining({
        file: "results.csv",
        line: lineOf("results.csv", "torii"),
        column: "personEn",
        message: expect.stringMatching(/^empty; person is given/)
      })
    ]);
  });

  it("rejects a country without its Japanese context", () => {
    const issues = issuesWith("countries.csv", (t) =>
      t.replace("SG,シンガポール,Singapore,sicorp,これまでの成果：日星共同研究,", "SG,シンガポール,Singapore,sicorp,,")
    );
    expect(issues).toEqual([{file: "countries.csv", line: 8, column: "contextJa", message: "empty; a value is required"}]);
  });
});
