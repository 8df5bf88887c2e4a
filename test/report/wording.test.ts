// The report's Japanese wording (issue #17): no colon constructions (「出典: …」), and no 今年度/前年度 where an
// edition is meant (the stages are named from the data). Read from the report's words and the Japanese pages' prose.
import {readFileSync, readdirSync} from "node:fs";
import {join, resolve} from "node:path";
import {describe, expect, it} from "vitest";
import {footerHtml} from "../../src/lib/site.js";
import {reportWords} from "../../src/locale/report.js";
import {fixtureBriefing} from "../support/fixtures.js";

const SRC = resolve(import.meta.dirname, "..", "..", "src");
const BAD = /[:：]|今年度|前年度/;

/** Every sentence a message pack can say: its strings, and its functions called with sample words. */
function said(value: unknown, path = ""): {path: string; text: string}[] {
  if (typeof value === "string") return [{path, text: value}];
  if (typeof value === "function") {
    const args = Array.from({length: Math.max(value.length, 1)}, (_, i) => (i === 0 ? "甲" : "乙"));
    // Functions of numbers or lists take them as given; the words around the arguments are what is checked.
    const tries = [args, args.map(() => 2), args.map(() => ["甲", "乙"])];
    return tries.flatMap((a) => {
      try {
        return said((value as (...x: unknown[]) => unknown)(...a), path);
      } catch {
        return [];
      }
    });
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => said(v, `${path}[${i}]`));
  if (value && typeof value === "object")
    return Object.entries(value)
      .filter(([k]) => k !== "core")
      .flatMap(([k, v]) => said(v, path ? `${path}.${k}` : k));
  return [];
}

describe("the report's Japanese words", () => {
  it("say nothing with a colon, 今年度 or 前年度", () => {
    const texts = said(reportWords("ja"));
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((t) => BAD.test(t.text))).toEqual([]);
  });

  it("describe each data file and column without a colon", () => {
    // components/datafiles.ts loads in the browser only (Framework's stdlib): its Japanese strings are read as text.
    const source = readFileSync(join(SRC, "components", "datafiles.ts"), "utf8");
    const ja = [...source.matchAll(/\bja: "([^"]*)"/g)].map((m) => m[1]);
    expect(ja.length).toBeGreaterThan(10);
    expect(ja.filter((t) => BAD.test(t))).toEqual([]);
  });

  it("explain once, on the data page, how precise a percentage is, in both languages", () => {
    for (const lang of ["ja", "en"] as const) {
      const w = reportWords(lang).dataPage;
      expect(w.precision.join(" ")).toMatch(lang === "ja" ? /約/ : /about/);
      const page = readFileSync(join(SRC, lang === "ja" ? "" : "en", "data.md"), "utf8");
      expect(page).toContain("w.dataPage.precision");
      for (const other of readdirSync(join(SRC, lang === "ja" ? "" : "en")).filter((f) => f.endsWith(".md") && f !== "data.md"))
        expect(readFileSync(join(SRC, lang === "ja" ? "" : "en", other), "utf8")).not.toContain("dataPage.precision");
    }
  });
});

describe("a scheme fact's Western year", () => {
  const w = reportWords("ja");
  it("follows a start year: 平成21年度～（2009年度）", () => {
    expect("平成21年度～" + w.schemeYear("平成21年度～", "平成21年度", 2009)).toBe("平成21年度～（2009年度）");
  });
  it("is not added to a fact dated by its own bracketed era year: 113課題（令和4年度）", () => {
    expect(w.schemeYear("113課題（令和4年度）", "令和4年度", 2022)).toBe("");
  });
});

describe("a result's publication month", () => {
  it("reads as the document prints it: 「（2019年12月）」, and (December 2019) in English", () => {
    expect(reportWords("ja").publishedOn("2019-12")).toBe("（2019年12月）");
    expect(reportWords("ja").publishedOn("2022-03")).toBe("（2022年3月）");
    expect(reportWords("en").publishedOn("2019-12")).toBe(" (December 2019)");
  });
});

describe("the Japanese footer", () => {
  it("cites the source with 出典： and says when the figures are from without a colon", () => {
    const text = footerHtml("/index", fixtureBriefing("two")).replace(/<[^>]*>/g, "");
    expect(text).toMatch(/^出典：/);
    expect(text.replace(/^出典：/, "")).not.toMatch(BAD);
    expect(text).toContain("数値の時点は");
  });
});

describe("the Japanese pages' prose", () => {
  for (const file of readdirSync(SRC).filter((f) => f.endsWith(".md")))
    it(`${file} says nothing with a colon, 今年度 or 前年度`, () => {
      const prose = readFileSync(join(SRC, file), "utf8")
        .replace(/^---\n[\s\S]*?\n---\n/, "")
        .replace(/```js[\s\S]*?```/g, "")
        .replace(/\$\{[^}]*\}/g, "");
      const lines = prose.split("\n").filter((l) => l.trim() && BAD.test(l));
      expect(lines).toEqual([]);
    });
});
