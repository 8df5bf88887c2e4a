// The importer on a fixture edition (test/fixtures/editions/two): a document written the way the ministry prints
// it, then the variants other documents bring. Nothing here depends on data/'s figures.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {parseDataset, type DataInput} from "../../src/lib/dataset.js";
import {briefingFromInput, readDataFiles} from "../../src/lib/files.js";
import {readDocument, vocabulary} from "../../src/import/document.js";
import {planImport, type ImportPlan} from "../../src/import/plan.js";
import {applyPlan} from "../../src/import/write.js";
import {FACT_FILES} from "../../src/import/facts.js";

const dir = join(import.meta.dirname, "..", "fixtures", "editions", "two");
const input = readDataFiles(dir);
const data = parseDataset(input);
const text = (file: string) => readFileSync(join(dir, file), "utf8");
const texts = {
  "budget.csv": text("budget.csv"),
  "editions.csv": text("editions.csv"),
  "notes.csv": text("notes.csv"),
  ...Object.fromEntries(FACT_FILES.map((f) => [f, text(f)]))
};

/** Fixture two as its document would print it (令和13年度 = FY2031). */
const DOCUMENT = `
# 3.試験用の架空施策

令和13年度予算額（案） 52億円
(前年度予算額 50億円)
※架空の推計額を含む

令和12年度第1次補正予算額 10億円

### 第一の柱

#### アルファ共同研究事業

令和13年度予算額（案）：1,200百万円（前年度予算額：1,000百万円）

令和12年度第1次補正予算額：1,000百万円

共同研究を支援する。

#### デルタ新規事業

令和13年度予算額（案）：300百万円（新規）

#### イプシロン事業（再掲）

令和12年度第1次補正予算額：500百万円

### 若手育成の束

令和13年度予算額（案）：2,500百万円（前年度予算額：2,600百万円）

#### ベータ派遣事業

令和13年度予算額（案）：1,500百万円（前年度予算額：1,600百万円）

※試験用の注記

#### ガンマ招へい事業

令和13年度予算額（案）：1,000百万円（前年度予算額：1,000百万円）
`;

const plan = (doc: string) => planImport(doc, data, {source: "doc.txt"});
const statuses = (p: ImportPlan) => p.amounts.map((a) => `${a.entity.id} ${a.fiscalYear} ${a.stage} ${a.status}`);
const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");

describe("reading a document that data/ already holds", () => {
  const p = plan(DOCUMENT);

  it("recovers every printed amount, unit, stage and flag: nothing changes", () => {
    expect(p.problems).toEqual([]);
    expect(p.amounts).toHaveLength(data.budget.length);
    expect(p.amounts.filter((a) => a.status !== "same")).toEqual([]);
    expect(p.notInDocument).toEqual([]);
  });

  it("names the edition from the section heading and the headline amount", () => {
    expect(p.edition).toMatchObject({fiscalYear: 2031, stage: "draft", sectionNumber: "3", title: "試験用の架空施策"});
    expect(p.edition?.existing).toBeDefined();
  });

  it("takes 新規, （再掲） and a ※…推計額 note as the flags data/ uses", () => {
    const flags = (id: string, year: number) => p.amounts.find((a) => a.entity.id === id && a.fiscalYear === year)?.flags;
    expect(flags("delta", 2031)).toEqual(["new"]);
    expect(flags("epsilon", 2030)).toEqual(["restated"]);
    expect(flags("sec", 2031)).toEqual(["includes-estimate"]);
    expect(flags("sec", 2030)).toEqual(["includes-estimate"]);
  });

  it("attaches a ※ note to the amounts it follows, by the note's text in notes.csv", () => {
    expect(p.amounts.find((a) => a.entity.id === "beta" && a.fiscalYear === 2031)?.notes).toEqual(["n-beta"]);
    expect(p.notes.find((n) => n.id === "n-beta")?.known).toBe(true);
  });

  it("gives every amount the document line it came from", () => {
    const lines = DOCUMENT.split("\n");
    for (const a of p.amounts) for (const line of a.lines) expect(lines[line - 1].normalize("NFKC")).toMatch(/\d/);
  });

  it("proposes nothing to write", () => {
    expect(applyPlan(p, texts, {source: "doc.txt"})).toEqual({files: {}, changes: []});
  });
});

describe("what varies between documents", () => {
  it("full-width digits and spaces read as ASCII", () => {
    expect(statuses(plan(toFullWidth(DOCUMENT)))).toEqual(statuses(plan(DOCUMENT)));
  });

  it("the previous-year amount on the next line, and a figure on its own line below its label", () => {
    const doc = DOCUMENT.replace(
      "令和13年度予算額（案）：1,200百万円（前年度予算額：1,000百万円）",
      "令和13年度予算額（案）\n\n1,200百万円\n(前年度予算額 1,000百万円)"
    );
    const p = plan(doc);
    expect(p.problems).toEqual([]);
    expect(statuses(p)).toEqual(statuses(plan(DOCUMENT)));
  });

  it("an enacted budget replacing the draft becomes a new edition, its amounts new rows", () => {
    const p = plan(DOCUMENT.replaceAll("予算額（案）", "予算額").replace("1,200百万円", "1,180百万円"));
    expect(p.problems).toEqual([]);
    expect(p.edition).toMatchObject({fiscalYear: 2031, stage: "enacted", existing: undefined});
    expect(p.amounts.filter((a) => a.fiscalYear === 2031).every((a) => a.stage === "enacted" && a.status === "new")).toBe(true);
    expect(p.amounts.find((a) => a.entity.id === "alpha" && a.fiscalYear === 2031)?.amount).toBe(1180);
  });

  it("a budget request printed under another wording (要求・要望額), taught by stages.csv's aliasesJa, in 億円", () => {
    const doc = `# 3.試験用の架空施策\n\n令和14年度要求・要望額 57億円\n（前年度予算額 52億円）\n`;
    expect(plan(doc).problems).toContainEqual(expect.objectContaining({line: 3, message: expect.stringContaining("要求・要望額")}));
    const aliased = {...data, stages: data.stages.map((s) => (s.id === "request" ? {...s, aliasesJa: ["要求・要望額"]} : s))};
    const p = planImport(doc, aliased, {source: "doc.txt"});
    expect(p.problems).toEqual([]);
    expect(p.edition).toMatchObject({fiscalYear: 2032, stage: "request"});
    expect(p.amounts.map((a) => [a.fiscalYear, a.stage, a.amount, a.unit])).toEqual([
      [2032, "request", 57, "億円"],
      [2031, "enacted", 52, "億円"]
    ]);
  });

  it("a document without supplementary lines and with fewer programmes keeps the others, listed as not in it", () => {
    const doc = DOCUMENT.split("#### デルタ新規事業")[0].replace(/令和12年度第1次補正予算額.*\n/g, "");
    const p = plan(doc);
    expect(p.problems).toEqual([]);
    expect(p.notInDocument.map((r) => r.entity).sort()).toEqual(["beta", "delta", "gamma", "grp"]);
    const written = applyPlan(p, texts, {source: "doc.txt"});
    expect(written.files["budget.csv"]).toBeUndefined();
  });

  it("a name printed with a middle dot or a small change is matched, and a changed name is listed to confirm", () => {
    const dot = plan(DOCUMENT.replace("#### アルファ共同研究事業", "#### アルファ・共同研究事業"));
    expect(dot.amounts.find((a) => a.entity.id === "alpha")?.match.how).toBe("name");
    const renamed = plan(DOCUMENT.replace("#### アルファ共同研究事業", "#### アルファ共同研究推進事業"));
    expect(renamed.amounts.find((a) => a.entity.id === "alpha")?.match.how).toBe("similar");
    expect(renamed.renamed.map((r) => r.heading.text)).toEqual(["アルファ共同研究推進事業"]);
  });
});

describe("amounts in tables", () => {
  const head = "# 3.試験用の架空施策\n\n令和13年度予算額（案） 52億円\n（前年度予算額 50億円）\n\n";
  const expected = (p: ImportPlan) => p.amounts.map((a) => [a.entity.id, a.fiscalYear, a.stage, a.amount, a.unit, a.flags.join()]);

  it("a Markdown table whose header names the stages, the unit in the header", () => {
    const doc = `${head}| 事業名 | 令和13年度予算額（案）（百万円） | 前年度予算額（百万円） |\n| --- | --- | --- |\n| アルファ共同研究事業 | 1,200 | 1,000 |\n| デルタ新規事業 | 300（新規） | |\n`;
    const p = plan(doc);
    expect(p.problems).toEqual([]);
    expect(expected(p).slice(2)).toEqual([
      ["alpha", 2031, "draft", 1200, "百万円", ""],
      ["alpha", 2030, "enacted", 1000, "百万円", ""],
      ["delta", 2031, "draft", 300, "百万円", "new"]
    ]);
    expect(p.amounts.filter((a) => a.entity.id !== "sec").every((a) => a.status === "same")).toBe(true);
  });

  it("a tab-separated table with the unit in each cell, and a row naming no programme stops the write", () => {
    const doc = `${head}事業名\t令和13年度予算額（案）\t前年度予算額\nアルファ共同研究事業\t1,200百万円\t1,000百万円\n未知の事業\t10百万円\t\n`;
    const p = plan(doc);
    expect(expected(p).slice(2, 4)).toEqual([
      ["alpha", 2031, "draft", 1200, "百万円", ""],
      ["alpha", 2030, "enacted", 1000, "百万円", ""]
    ]);
    expect(p.problems).toEqual([expect.objectContaining({line: 8, message: expect.stringContaining("未知の事業")})]);
  });

  it("a table of scheme facts (no stage in its header) is not read as amounts", () => {
    const doc = `${head}#### アルファ共同研究事業\n\n支援額\t5百万円～1億円／年・課題\n支援期間\t3年\n`;
    expect(plan(doc).amounts).toHaveLength(2);
  });
});

describe("what the importer is not sure of stops the write, with its line", () => {
  const lineOf = (doc: string, needle: string) => doc.split("\n").findIndex((l) => l.includes(needle)) + 1;

  it("an amount under a heading that matches no programme", () => {
    const doc = DOCUMENT + "\n#### オメガ新事業\n\n令和13年度予算額（案）：50百万円（新規）\n";
    const p = plan(doc);
    expect(p.problems).toEqual([
      expect.objectContaining({line: lineOf(doc, "50百万円"), message: expect.stringContaining("オメガ新事業")})
    ]);
  });

  it("an amount before any heading", () => {
    const p = plan("令和13年度予算額（案）：50百万円\n" + DOCUMENT);
    expect(p.problems[0]).toMatchObject({line: 1, message: expect.stringContaining("before any heading")});
  });

  it("one line printed with two different figures", () => {
    const doc = DOCUMENT + "\n#### ガンマ招へい事業\n\n令和13年度予算額（案）：1,100百万円\n";
    expect(plan(doc).problems).toEqual([
      expect.objectContaining({line: lineOf(doc, "1,100百万円"), message: expect.stringContaining("1,000百万円")})
    ]);
  });

  it("a stage stages.csv does not have", () => {
    const doc = DOCUMENT.replace("令和12年度第1次補正予算額 10億円", "令和12年度第2次補正予算額 10億円");
    expect(plan(doc).problems).toEqual([expect.objectContaining({line: 8, message: expect.stringContaining("第2次補正予算額")})]);
  });

  it("an amount printed as 内数 for a programme data/ counts", () => {
    const doc = DOCUMENT.replace("300百万円（新規）", "300百万円（新規）（アルファ共同研究事業の内数）");
    expect(plan(doc).problems).toEqual([expect.objectContaining({message: expect.stringContaining("内数")})]);
  });

  it("a budget label with no amount", () => {
    const doc = DOCUMENT.replace("令和12年度第1次補正予算額：500百万円", "令和12年度第1次補正予算額：（調整中）");
    expect(plan(doc).problems).toEqual([expect.objectContaining({message: expect.stringContaining("no amount")})]);
  });
});

describe("writing", () => {
  const enacted = DOCUMENT.replaceAll("予算額（案）", "予算額")
    .replace("1,200百万円", "1,180百万円")
    .replace("※試験用の注記", "※新しい注記");
  const p = plan(enacted);
  const written = applyPlan(p, texts, {source: "doc.txt"});
  const after: DataInput = {...input, ...written.files};

  it("keeps every existing line byte for byte and appends the new rows", () => {
    for (const file of ["budget.csv", "editions.csv"] as const) expect(written.files[file]!.startsWith(texts[file])).toBe(true);
    expect(written.files["budget.csv"]).toContain('alpha,2031,enacted,"1,180",百万円');
  });

  it("writes data the kit builds from, with the new edition", () => {
    const b = briefingFromInput(after);
    expect(b.editions.some((e) => e.fiscalYear === 2031 && e.stage === "enacted")).toBe(true);
  });

  it("adds a note the document prints that notes.csv lacks, for review", () => {
    expect(written.files["notes.csv"]).toContain("※新しい注記");
  });

  it("changes nothing the second time", () => {
    const again = planImport(enacted, parseDataset(after), {source: "doc.txt"});
    expect(again.amounts.filter((a) => a.status !== "same")).toEqual([]);
    const texts2 = {...texts, ...written.files} as typeof texts;
    expect(applyPlan(again, texts2, {source: "doc.txt"}).changes).toEqual([]);
  });

  it("rewrites a changed figure on its own line and leaves the others", () => {
    const q = plan(DOCUMENT.replace("1,200百万円", "1,250百万円"));
    const w = applyPlan(q, texts, {source: "doc.txt"});
    const before = texts["budget.csv"].split("\n");
    const now = w.files["budget.csv"]!.split("\n");
    expect(now).toHaveLength(before.length);
    const diff = now.map((l, i) => [l, before[i]]).filter(([a, b]) => a !== b);
    expect(diff).toEqual([
      ['alpha,2031,draft,"1,250",百万円,,,3. > アルファ共同研究事業', 'alpha,2031,draft,"1,200",百万円,,,3. > アルファ共同研究事業']
    ]);
  });
});

describe("plain-text documents", () => {
  const plain = (doc: string) => doc.replace(/^#+ /gm, "");

  it("a document whose headings carry no # marks reads as the marked one", () => {
    const p = plan(plain(DOCUMENT));
    expect(p.problems).toEqual([]);
    expect(statuses(p)).toEqual(statuses(plan(DOCUMENT)));
    expect(p.edition).toMatchObject({sectionNumber: "3", title: "試験用の架空施策"});
  });

  it("an unknown name right above an amount stops the import instead of lending the figure to the heading before", () => {
    const doc = plain(DOCUMENT) + "\nオメガ新事業\n\n令和13年度予算額（案）：50百万円（新規）\n";
    expect(plan(doc).problems).toEqual([expect.objectContaining({message: expect.stringContaining("オメガ新事業")})]);
  });

  it("a line that is only a known name opens a heading when the text has no # marks", () => {
    const plain = DOCUMENT.replace(/^#+ /gm, "");
    const stages = data.stages.map((s) => ({...s, labels: [s.labelJa]}));
    const reading = readDocument(plain, vocabulary(stages), (line) => ["アルファ共同研究事業", "デルタ新規事業"].includes(line));
    expect(reading.headings.map((h) => h.text)).toEqual(
      expect.arrayContaining(["3.試験用の架空施策", "アルファ共同研究事業", "デルタ新規事業"])
    );
  });
});
