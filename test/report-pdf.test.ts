// The printable report: report-ja.pdf and report-en.pdf, built with the site (scripts/report-pdf.ts).
import {execFileSync} from "node:child_process";
import {existsSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeAll, describe, expect, it} from "vitest";
import {buildReportPdfs} from "../scripts/report-pdf.js";
import {asOfText, documentTitle, editionLabel, sectionName} from "../src/lib/edition.js";
import {loadBriefing} from "../src/lib/files.js";
import type {Lang} from "../src/lib/format.js";
import {PAGES} from "../src/lib/site.js";
import {ensureBuilt} from "./support/built.js";

const briefing = loadBriefing();
const squash = (s: string) => s.replace(/\s+/g, "");
const pages = (file: string) =>
  execFileSync("pdftotext", ["-layout", file, "-"], {maxBuffer: 1 << 26})
    .toString("utf8")
    .split("\f")
    .slice(0, -1);

/** The PDF's bookmarks as poppler reads them: title, sheet and nesting depth. */
function bookmarks(file: string): {title: string; page: number; depth: number}[] {
  const xml = execFileSync("pdftohtml", ["-xml", "-i", "-stdout", "-q", file], {maxBuffer: 1 << 26}).toString("utf8");
  const out: {title: string; page: number; depth: number}[] = [];
  let depth = -1;
  for (const m of xml.slice(xml.indexOf("<outline>")).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (m[0] === "<outline>") depth++;
    else if (m[0] === "</outline>") depth--;
    else out.push({title: m[2], page: Number(m[1]), depth});
  }
  return out;
}

let dist: string;
beforeAll(async () => {
  dist = await ensureBuilt();
});

describe.each(["ja", "en"] as Lang[])("report-%s.pdf", (lang) => {
  const file = () => join(dist, `report-${lang}.pdf`);

  it("is A4, with a cover naming the document, its edition and its as-of date", () => {
    expect(execFileSync("pdfinfo", [file()]).toString()).toMatch(/Page size:.*\(A4\)/);
    const cover = squash(pages(file())[0]);
    for (const text of [documentTitle(briefing, lang), editionLabel(briefing, lang), asOfText(briefing, lang)])
      expect(cover).toContain(squash(text));
  });

  it("holds every page of the report in reading order, each starting a new sheet under a top-level bookmark", () => {
    const sheets = pages(file()).map(squash);
    const top = bookmarks(file()).filter((b) => b.depth === 0);
    expect(top).toHaveLength(PAGES.length);
    // Poppler joins a wrapped title's lines without a space: compare without spaces.
    expect(squash(top[0].title)).toContain(squash(sectionName(briefing, lang)));
    top.forEach((b, i) => {
      // Each page opens its sheet with its running label, then its title.
      expect(sheets[b.page - 1].startsWith(squash(PAGES[i][lang])), PAGES[i].name).toBe(true);
      if (i > 0) expect(b.page).toBeGreaterThan(top[i - 1].page);
    });
  });

  it("numbers every sheet", () => {
    const sheets = pages(file());
    sheets.forEach((s, i) => expect(s.trimEnd().endsWith(`${i + 1} / ${sheets.length}`), `sheet ${i + 1}`).toBe(true));
  });

  it("has a bookmark for every heading, nested under its page", () => {
    const all = bookmarks(file());
    expect(all.filter((b) => b.depth > 0).length).toBeGreaterThan(PAGES.length * 2);
    for (const b of all) expect(b.title.length, b.title).toBeGreaterThan(0);
  });

  it("names each heading once in its bookmark, also where an automatic page break puts the heading at the top of a sheet", () => {
    const all = bookmarks(file());
    // A title read twice is some text followed by itself ("TableTable"), with or without a space between.
    const doubled = all.map((b) => b.title).filter((t) => /^(.+?)\s*\1$/su.test(t));
    expect(doubled).toEqual([]);
    // The case the rule guards: some heading does open a sheet that no page break of ours starts.
    const top = new Set(
      bookmarks(file())
        .filter((b) => b.depth === 0)
        .map((b) => b.page)
    );
    expect(
      all.some(
        (b) => b.depth > 0 && !top.has(b.page) && pages(file())[b.page - 1].trimStart().replace(/\s+/g, "").startsWith(squash(b.title))
      )
    ).toBe(true);
  });

  it("repeats a table's header row on each sheet the table runs onto", () => {
    // The schemes table is longer than a sheet; its header cells (sort buttons on screen) must print on both.
    const header = lang === "ja" ? "事業項目記載出典" : "ProgrammeItemAsprintedEnglishSource";
    expect(pages(file()).filter((s) => squash(s).includes(header)).length).toBeGreaterThanOrEqual(2);
  });

  it("prints no controls", () => {
    const text = squash(pages(file()).join(""));
    for (const control of lang === "ja"
      ? ["データ表を表示", "絞り込み", "金額の単位", "印刷どおり百万円億円"]
      : ["Showthedatatable", "Amountsin", "asprinted¥million¥billion"])
      expect(text).not.toContain(control);
  });
});

describe("buildReportPdfs(siteDir, outDir, briefing) with no browser", () => {
  const saved = process.env.CHROME_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
  });

  it("writes no PDF and says it skipped them", async () => {
    process.env.CHROME_PATH = "/nonexistent/chromium";
    const out = mkdtempSync(join(tmpdir(), "kit-report-"));
    const log: string[] = [];
    try {
      const result = await buildReportPdfs(out, out, briefing, {log: (l) => log.push(l)});
      expect(result.written).toEqual([]);
      expect(existsSync(join(out, "report-ja.pdf"))).toBe(false);
      expect(log.join("\n")).toMatch(/skipped the report PDFs: no Chromium/);
    } finally {
      rmSync(out, {recursive: true, force: true});
    }
  });
});
