// Facts of the document (programme ids and names, the section number, fiscal years, stage labels) live in data/
// only: a name typed into code survives the next document and shows the old one. This test reads the names from
// the data folder and fails on any that appears in src/, slides/, scripts/ or the config outside a comment.
import {readdirSync, readFileSync, statSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {fiscalYearLabel} from "../../src/lib/format.js";
import {loadDataset} from "../../src/lib/files.js";

const root = join(import.meta.dirname, "..", "..");
const SCANNED = ["src", "slides", "scripts", "observablehq.config.ts"];
const EXTENSIONS = /\.(ts|js|md|css|html)$/;

/**
 * Files allowed to name a fact, each with its reason. Keep this short (it is empty: the bench's one-figure edit
 * is chosen from the data, scripts/onefigure.ts): a hit elsewhere is a bug.
 */
const ALLOWED: Record<string, string> = {};

function files(path: string): string[] {
  const full = join(root, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .filter((name) => name !== "_generated" && name !== "node_modules" && !name.startsWith("."))
    .flatMap((name) => files(join(path, name)))
    .filter((p) => EXTENSIONS.test(p));
}

/** The code without its comments: // to the end of a line (not inside a URL), /* … *\/ blocks and <!-- … --> in pages. */
export function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, " "))
    .replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, " "))
    .replace(/(^|[\s;{}(),])\/\/.*$/gm, "$1");
}

/** Every fact of the data folder that code must not name, as a pattern and what it is. */
function documentNames(): {pattern: RegExp; what: string}[] {
  const d = loadDataset(join(root, "data"));
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const word = (s: string) => new RegExp(`(?<![\\w-])${literal(s)}(?![\\w-])`);
  const names: {pattern: RegExp; what: string}[] = [];
  for (const e of d.entities) {
    names.push({pattern: word(e.id), what: `programme id "${e.id}"`});
    for (const n of new Set([e.nameJa, e.nameEn, e.shortJa, e.shortEn]))
      if (n.length >= 3) names.push({pattern: new RegExp(literal(n)), what: `name "${n}" of ${e.id}`});
  }
  for (const s of d.strands) for (const n of [s.nameJa, s.nameEn]) names.push({pattern: new RegExp(literal(n)), what: `heading "${n}"`});
  const years = new Set([...d.budget.map((b) => b.fiscalYear), ...d.editions.map((e) => e.fiscalYear)]);
  for (const y of years) {
    names.push({pattern: new RegExp(`(?<!\\d)${y}(?!\\d)`), what: `fiscal year ${y}`});
    const era = fiscalYearLabel(y, "ja").replace(/年度$/, "");
    names.push({pattern: new RegExp(`${literal(era)}(?!\\d)`), what: `fiscal year ${era}`});
  }
  for (const e of d.editions) {
    names.push({pattern: new RegExp(`第${literal(e.sectionNumber)}節`), what: `section number 第${e.sectionNumber}節`});
    names.push({pattern: new RegExp(`[Ss]ection ${literal(e.sectionNumber)}(?!\\d)`), what: `section number "section ${e.sectionNumber}"`});
  }
  // A stage label that is a plain word of budgets (予算額, "budget amount") is every page's vocabulary, not a fact
  // of this document; longer labels (予算額（案）, 第1次補正予算額, "draft budget") are.
  for (const s of d.stages)
    for (const n of [s.labelJa, s.labelEn])
      if ([...n].length >= 4) names.push({pattern: new RegExp(literal(n)), what: `stage label "${n}"`});
  return names;
}

describe("code names no fact of the document", () => {
  it("withoutComments keeps code and strings, drops comments", () => {
    const out = withoutComments('const a = "x"; // 事業A\n/* 第9節 */ const u = "https://example.org";\n<!-- 令和9 -->');
    expect(out).toContain('const a = "x";');
    expect(out).toContain('const u = "https://example.org";');
    expect(out).not.toMatch(/事業A|第9節|令和9/);
  });

  it("src/, slides/, scripts/ and the config name no programme, section, year or stage label from data/", () => {
    const names = documentNames();
    expect(names.length).toBeGreaterThan(10);
    const hits: string[] = [];
    for (const path of SCANNED.flatMap(files)) {
      if (ALLOWED[path.split("\\").join("/")]) continue;
      const lines = withoutComments(readFileSync(join(root, path), "utf8")).split("\n");
      lines.forEach((line, i) => {
        for (const {pattern, what} of names)
          if (pattern.test(line)) hits.push(`${relative(".", path)}:${i + 1}: ${what}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(hits).toEqual([]);
  });
});
