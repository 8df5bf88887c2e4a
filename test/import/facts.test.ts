// The importer's facts on the fixture edition two (test/fixtures/editions/two) and its document
// (test/import/fixtures/two.txt): prose passages, scheme facts, results, frameworks and countries found as
// data/ holds them propose nothing; one changed line proposes exactly that change with its line; what the
// importer cannot place stops the write; writing keeps older editions and the kit's English, and a second run
// changes nothing.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {parseDataset, type DataInput} from "../../src/lib/dataset.js";
import {buildBriefing} from "../../src/lib/briefing.js";
import {readDataFiles} from "../../src/lib/files.js";
import {FACT_FILES, type FactFile} from "../../src/import/facts.js";
import {planImport, type ImportPlan} from "../../src/import/plan.js";
import {summary} from "../../src/import/summary.js";
import {applyPlan} from "../../src/import/write.js";

const dir = join(import.meta.dirname, "..", "fixtures", "editions", "two");
const input = readDataFiles(dir);
const data = parseDataset(input);
const DOCUMENT = readFileSync(join(import.meta.dirname, "fixtures", "two.txt"), "utf8");
const fileTexts = (from: DataInput) => {
  const text = (f: keyof DataInput) => new TextDecoder().decode(from[f] as Uint8Array);
  return {
    "budget.csv": text("budget.csv"),
    "editions.csv": text("editions.csv"),
    "notes.csv": text("notes.csv"),
    ...(Object.fromEntries(FACT_FILES.map((f) => [f, text(f)])) as Record<FactFile, string>)
  };
};
const plan = (doc: string, d = data) => planImport(doc, d, {source: "two.txt"});
const lineOf = (doc: string, needle: string) => doc.split("\n").findIndex((l) => l.includes(needle)) + 1;
const proposed = (p: ImportPlan) => p.facts.filter((f) => f.status !== "same");
/** The plan written, read back as data/ would be. */
function write(p: ImportPlan, from: DataInput = input) {
  const written = applyPlan(p, fileTexts(from), {source: "two.txt"});
  const after: DataInput = {...from};
  for (const [file, text] of Object.entries(written.files)) after[file as keyof DataInput] = new TextEncoder().encode(text);
  return {written, after};
}
/** The document with one line replaced. */
const edit = (from: string, to: string, doc = DOCUMENT) => {
  expect(doc, `the fixture prints 「${from}」`).toContain(from);
  return doc.replace(from, to);
};

describe("a document that prints every fact as data/ holds it", () => {
  const p = plan(DOCUMENT);

  it("finds each text, scheme fact, result, framework and country, and proposes nothing", () => {
    expect(p.problems).toEqual([]);
    const rows = data.texts.length + data.schemes.length + data.results.length + data.frameworks.length + data.countries.length;
    expect(p.facts).toHaveLength(rows);
    expect(proposed(p)).toEqual([]);
  });

  it("writes nothing", () => {
    expect(applyPlan(p, fileTexts(input), {source: "two.txt"})).toEqual({files: {}, changes: []});
  });
});

describe("one changed line proposes exactly that change, with its line", () => {
  it("a scheme line with another figure: the fact's printed text and its figures", () => {
    const doc = edit("新規採用\t100人", "新規採用\t120人");
    const p = plan(doc);
    expect(p.problems).toEqual([]);
    expect(proposed(p)).toEqual([
      expect.objectContaining({
        file: "schemes.csv",
        name: "beta people",
        status: "changed",
        lines: [lineOf(doc, "120人")],
        cells: [
          {column: "printed", was: "新規採用100人", now: "新規採用120人"},
          {column: "printedEn", was: "100 new appointments", now: "新規採用120人"},
          {column: "low", was: "100", now: "120"},
          {column: "high", was: "100", now: "120"}
        ],
        translate: ["printedEn"]
      })
    ]);
  });

  it("a start year printed as another era year: eraYear and the Western year", () => {
    const doc = edit("事業開始時期\t令和2年度", "事業開始時期\t令和3年度");
    const [change] = proposed(plan(doc));
    expect(change).toMatchObject({name: "alpha startYear", lines: [lineOf(doc, "令和3年度")]});
    expect(change.cells).toContainEqual({column: "eraYear", was: "令和2年度", now: "令和3年度"});
    expect(change.cells).toContainEqual({column: "year", was: "2020", now: "2021"});
  });

  it("a paragraph reworded: the passage's new words, from the paragraph that reads like it", () => {
    const doc = edit("架空の国と共同研究を行う。", "架空の国と共同研究を広く行う。");
    const p = plan(doc);
    expect(p.problems).toEqual([]);
    expect(proposed(p)).toEqual([
      expect.objectContaining({
        file: "texts.csv",
        name: "alpha-summary",
        status: "changed",
        lines: [lineOf(doc, "広く行う")],
        cells: [
          {column: "textJa", was: "架空の国と共同研究を行う。", now: "架空の国と共同研究を広く行う。"},
          {column: "textEn", was: "Joint research with a fictitious country.", now: "架空の国と共同研究を広く行う。"}
        ]
      })
    ]);
  });

  it("a result's sentence reworded: the result's summary", () => {
    const doc = edit("- 架空の研究で架空の成果を得た。", "- 架空の研究で大きな架空の成果を得た。");
    expect(proposed(plan(doc))).toEqual([
      expect.objectContaining({
        file: "results.csv",
        name: "alpha-one",
        lines: [lineOf(doc, "大きな")],
        cells: [
          {column: "summaryJa", was: "架空の研究で架空の成果を得た。", now: "架空の研究で大きな架空の成果を得た。"},
          {column: "summaryEn", was: "A fictitious result of fictitious research.", now: "架空の研究で大きな架空の成果を得た。"}
        ]
      })
    ]);
  });

  it("a framework with another member count: its members and the partners' minimum", () => {
    const doc = edit("（日+3か国）", "（日+4か国）");
    const [change] = proposed(plan(doc));
    expect(change).toMatchObject({file: "frameworks.csv", name: "fw-one", lines: [lineOf(doc, "日+4か国")]});
    expect(change.cells).toContainEqual({column: "partnersMin", was: "3", now: "4"});
  });

  it("the dry run prints the change grouped by file, with its line and what it was", () => {
    const doc = edit("新規採用\t100人", "新規採用\t120人");
    const out = summary(plan(doc), "two.txt").join("\n");
    expect(out).toContain("schemes.csv: 1 changed, 4 unchanged");
    expect(out).toContain(`line ${lineOf(doc, "120人")}: beta people (schemes.csv line 5) changes:`);
    expect(out).toContain("printed: 新規採用100人 → 新規採用120人");
    expect(out).toContain("printedEn: to translate");
  });
});

describe("what the importer cannot place stops the write, with its lines", () => {
  it("two paragraphs that read like a changed passage", () => {
    const doc = edit("架空の国と共同研究を行う。", "架空の国と共同研究を広く行う。\n\n架空の国と共同研究を長く行う。");
    const p = plan(doc);
    expect(p.problems).toEqual([
      expect.objectContaining({line: lineOf(doc, "広く行う"), message: expect.stringContaining("alpha-summary")})
    ]);
    expect(p.problems[0].message).toContain(`lines ${lineOf(doc, "広く行う")}, ${lineOf(doc, "長く行う")}`);
  });

  it("a scheme figure printed otherwise in two places of other programmes", () => {
    const doc = edit("新規採用\t100人", "新規採用\t120人").replace("招へい\t200人", "招へい\t200人\n\n新規採用\t130人");
    expect(plan(doc).problems).toEqual([expect.objectContaining({message: expect.stringContaining("beta people")})]);
  });

  it("a result of which one sentence is printed and another is not", () => {
    const doc = edit("- 架空の研究で架空の成果を得た。", "- 全く別の文。");
    expect(plan(doc).problems).toEqual([expect.objectContaining({message: expect.stringContaining("alpha-one")})]);
  });
});

describe("writing", () => {
  it("corrects a fact of this edition where it stands, and the second run changes nothing", () => {
    const doc = edit("新規採用\t100人", "新規採用\t120人");
    const {written, after} = write(plan(doc));
    const before = fileTexts(input)["schemes.csv"].split("\n");
    const now = written.files["schemes.csv"]!.split("\n");
    expect(now.filter((l, i) => l !== before[i])).toEqual(["beta,people,新規採用120人,新規採用120人,120,120,人,,,,,3. > ベータ派遣事業"]);
    expect(Object.keys(written.files)).toEqual(["schemes.csv"]);
    const again = plan(doc, parseDataset(after));
    expect(proposed(again)).toEqual([]);
    expect(applyPlan(again, fileTexts(after), {source: "two.txt"}).changes).toEqual([]);
    // The English it could not write is listed on every run until translated.
    expect(again.untranslated).toEqual([{file: "schemes.csv", row: 5, name: "beta people", column: "printedEn"}]);
  });

  describe("the next edition (the enacted budget) with one changed paragraph and one fact it no longer prints", () => {
    const doc = edit("架空の国と共同研究を行う。", "架空の国と共同研究を広く行う。")
      .replaceAll("予算額（案）", "予算額")
      .replace("\n招へい\t200人", "");
    const p = plan(doc);
    const {written, after} = write(p);
    const briefing = buildBriefing(parseDataset(after));

    it("carries every fact printed again over to it, and lists the one not printed", () => {
      expect(p.problems).toEqual([]);
      expect(p.edition).toMatchObject({fiscalYear: 2031, stage: "enacted", existing: undefined});
      const by = (status: string) => p.facts.filter((f) => f.status === status).map((f) => f.name);
      expect(by("changed")).toEqual(["alpha-summary"]);
      expect(by("not-printed")).toEqual(["gamma people"]);
      expect(by("same")).toEqual([]);
      expect(by("carried")).toHaveLength(p.facts.length - 2);
    });

    it("gives the changed passage a new row of the new edition and keeps the old one for its own", () => {
      const rows = written.files["texts.csv"]!.split("\n");
      expect(rows[0]).toMatch(/,editions$/);
      expect(rows).toContain(
        "alpha-summary,alpha,summary,1,,,,架空の国と共同研究を行う。,Joint research with a fictitious country.,,,,,3. > アルファ共同研究事業,"
      );
      expect(rows).toContain(
        "alpha-summary-2031-enacted,alpha,summary,1,,,,架空の国と共同研究を広く行う。,架空の国と共同研究を広く行う。,,,,,3. > アルファ共同研究事業,2031 enacted"
      );
      expect(rows).toContain(
        "beta-summary,beta,summary,1,,,,若手を架空国へ派遣する。,Sends young researchers to a fictitious country.,,,,,3. > ベータ派遣事業,2031 draft;2031 enacted"
      );
    });

    it("builds: the new edition shows its own facts, the retired one stays for the old edition", () => {
      expect(briefing.figures.current).toMatchObject({fiscalYear: 2031, stage: "enacted"});
      expect(briefing.texts.find((t) => t.entity === "alpha" && t.kind === "summary")?.textJa).toBe("架空の国と共同研究を広く行う。");
      expect(briefing.schemes.some((s) => s.programme === "gamma" && s.attribute === "people")).toBe(false);
      expect(briefing.olderFacts.schemes.some((s) => s.programme === "gamma" && s.attribute === "people")).toBe(true);
      expect(parseDataset(after).texts).toHaveLength(data.texts.length + 1);
    });

    it("changes nothing the second time", () => {
      const again = plan(doc, parseDataset(after));
      expect(again.problems).toEqual([]);
      expect(again.facts.filter((f) => f.status !== "same" && f.status !== "not-printed")).toEqual([]);
      expect(applyPlan(again, fileTexts(after), {source: "two.txt"})).toEqual({files: {}, changes: []});
    });
  });
});
