// The printable report: report-ja.pdf and report-en.pdf, built with the site (scripts/report-pdf.ts), on the shared
// build of a fixture edition (test/support/built.ts).
import {execFileSync} from "node:child_process";
import {existsSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeAll, describe, expect, it} from "vitest";
import {buildReportPdfs, relativeLinks, reproducible} from "../scripts/report-pdf.js";
import {asOfText, documentLink, documentTitle, editionLabel, sectionName} from "../src/lib/edition.js";
import {DATA_FILES} from "../src/lib/dataset.js";
import {loadBriefing} from "../src/lib/files.js";
import type {Lang} from "../src/lib/format.js";
import {formatAmount} from "../src/lib/format.js";
import {PAGES} from "../src/lib/site.js";
import {shareLabel, stageShort} from "../src/lib/text.js";
import {BUILT, ensureBuilt} from "./support/built.js";
import {fixtureDir} from "./support/fixtures.js";

const briefing = loadBriefing(fixtureDir(BUILT));
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

interface Word {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Each sheet's width and its words with their boxes (pdftotext -bbox), in points. */
function sheetWords(file: string): {width: number; words: Word[]}[] {
  const xml = execFileSync("pdftotext", ["-bbox", file, "-"], {maxBuffer: 1 << 26}).toString("utf8");
  const unescape = (t: string) =>
    t
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  return [...xml.matchAll(/<page width="([\d.]+)"[^>]*>([\s\S]*?)<\/page>/g)].map((p) => ({
    width: Number(p[1]),
    words: [...p[2].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      text: unescape(m[5]),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4])
    }))
  }));
}

const overlaps = (a: Word, b: Word) => a.xMin < b.xMax && b.xMin < a.xMax;

/**
 * A table header as printed: its words in reading order, on one line or wrapped within one column (each next
 * piece to the right on the same line, or on the next line under the header's first piece). Returns each match's box.
 */
function findHeaders(words: Word[], header: string): Word[] {
  const target = squash(header);
  const extend = (box: Word, last: Word, rest: string): Word | undefined => {
    if (!rest) return box;
    const height = last.yMax - last.yMin;
    for (const w of words) {
      if (!rest.startsWith(squash(w.text))) continue;
      const sameLine = Math.abs(w.yMin - last.yMin) < height / 3 && w.xMin > last.xMax && w.xMin - last.xMax < height;
      const nextLine = w.yMin > last.yMin + height / 2 && w.yMin - last.yMax < height && overlaps(w, box);
      if (!sameLine && !nextLine) continue;
      const grown = {...box, xMin: Math.min(box.xMin, w.xMin), xMax: Math.max(box.xMax, w.xMax), yMax: Math.max(box.yMax, w.yMax)};
      const found = extend(grown, w, rest.slice(squash(w.text).length));
      if (found) return found;
    }
    return undefined;
  };
  return words.flatMap((w) => {
    const t = squash(w.text);
    const found = t && target.startsWith(t) ? extend({...w}, w, target.slice(t.length)) : undefined;
    return found ? [found] : [];
  });
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

  it("holds every page of the report in reading order under a top-level bookmark, each starting a sheet unless the one before ends short", () => {
    const sheets = pages(file()).map(squash);
    const top = bookmarks(file()).filter((b) => b.depth === 0);
    expect(top).toHaveLength(PAGES.length);
    // Poppler joins a wrapped title's lines without a space: compare without spaces.
    expect(squash(top[0].title)).toContain(squash(sectionName(briefing, lang)));
    top.forEach((b, i) => {
      // Each page opens its sheet with its running label, then its title; or, where the page before ends on a
      // short last sheet (scripts/report-pdf.ts MIN_FILL), follows on there, below that page's few lines.
      const sheet = sheets[b.page - 1];
      const at = sheet.indexOf(squash(PAGES[i][lang]));
      expect(at, PAGES[i].name).toBeGreaterThanOrEqual(0);
      if (at > 0) expect(at, `${PAGES[i].name} follows on below a short tail`).toBeLessThan(sheet.length - at);
      if (i > 0) expect(b.page).toBeGreaterThanOrEqual(top[i - 1].page);
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
    // The fixture's schemes table is longer than a sheet; its header cells (sort buttons on screen) must print on both.
    const header = lang === "ja" ? "事業項目記載出典" : "ProgrammeItemAsprintedEnglishSource";
    expect(pages(file()).filter((s) => squash(s).includes(header)).length).toBeGreaterThanOrEqual(2);
  });

  it("prints every column of the programmes table inside the sheet, the supplementary budget's figures included", () => {
    // The table was wider than A4: Chromium cut its last column (the supplementary budget) and the figures in it.
    const f = briefing.figures;
    const stage = (ref: typeof f.comparison) => (ref ? stageShort(briefing, ref, lang) : "");
    const headers = [
      lang === "ja" ? "事業" : "Programme",
      stage(f.comparison),
      stage(f.current),
      lang === "ja" ? "増減率" : "% change",
      shareLabel(briefing, {lang, unit: "printed"}),
      stage(f.supplementary)
    ].filter((h) => h);
    const largest = f.entities
      .filter((e) => e.kind !== "section" && e.supplementary)
      .sort((a, b) => b.supplementary!.value.millionYen - a.supplementary!.value.millionYen)[0];
    const amount = formatAmount(largest.supplementary!.value, {lang, unit: "printed"});
    // The programmes table's header row: every header printed whole, bottom-aligned on one line of the sheet (the
    // history table above it shares some headers, not the row).
    const row = sheetWords(file())
      .flatMap((p) => findHeaders(p.words, stage(f.supplementary)).map((column) => ({words: p.words, column})))
      .find(({words, column}) => headers.every((h) => findHeaders(words, h).some((b) => Math.abs(b.yMax - column.yMax) < 3)));
    expect(row, `a header row with all of: ${headers.join(" | ")}`).toBeDefined();
    const {words, column} = row!;
    const figure = words.find((w) => w.text === amount.split(" ")[0] && w.yMin > column.yMax && overlaps(w, column));
    expect(figure, `${amount} under ${stage(f.supplementary)}`).toBeDefined();
  });

  it("keeps its links: every data file and the slides, relative to the PDF and to files that exist beside it", () => {
    const xml = execFileSync("pdftohtml", ["-xml", "-i", "-stdout", "-q", file()], {maxBuffer: 1 << 26}).toString("utf8");
    const links = new Set([...xml.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, "&")));
    const external = [...links].filter((l) => /^[a-z]+:/i.test(l));
    // No link may name the local server the pages were drawn from.
    expect(external.filter((l) => /127\.0\.0\.1|localhost|\.invalid/.test(l))).toEqual([]);
    const local = [...links].filter((l) => !/^[a-z]+:/i.test(l) && !/\.html#\d+$/.test(l));
    for (const f of DATA_FILES) expect(local).toContain(`csv/${f}`);
    for (const ext of [".pdf", "-handout.pdf", ".pptx", "-editable.pptx", ".html"])
      expect(local).toContain(`slides/briefing-${lang}${ext}`);
    for (const l of local) expect(existsSync(join(dist, l.replace(/[?#].*$/, ""))), l).toBe(true);
    const link = documentLink(briefing);
    if (link) expect(external).toContain(link.url);
  });

  it("prints no controls", () => {
    const text = squash(pages(file()).join(""));
    for (const control of lang === "ja"
      ? ["データ表を表示", "絞り込み", "金額の単位", "印刷どおり百万円億円"]
      : ["Showthedatatable", "Amountsin", "asprinted¥million¥billion"])
      expect(text).not.toContain(control);
  });
});

describe("relativeLinks", () => {
  /** A minimal PDF with a classic cross-reference table, as Chromium writes one. */
  function pdf(objects: string[]): string {
    let out = "%PDF-1.4\n";
    const offsets = objects.map((o, i) => {
      const at = out.length;
      out += `${i + 1} 0 obj\n${o}\nendobj\n`;
      return at;
    });
    const xref = out.length;
    out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
    return `${out}trailer\n<</Size ${objects.length + 1} /Root 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  }
  /** Each cross-reference entry points at its object, and startxref at the table. */
  function consistent(text: string): boolean {
    const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
    if (!text.startsWith("xref", xref)) return false;
    const entries = [...text.slice(xref).matchAll(/^(\d{10}) \d{5} n/gm)].map((m) => Number(m[1]));
    return entries.every((at, i) => text.startsWith(`${i + 1} 0 obj`, at));
  }

  it("makes links to the origin relative, keeps other links, and moves the cross-reference offsets with them", () => {
    const origin = "http://kit.invalid";
    const before = pdf([
      "<</Type /Catalog>>",
      `<</S /URI /URI (${origin}/csv/a.csv)>>`,
      "<</S /URI /URI (https://example.org/x)>>",
      `<</S /URI /URI (${origin}/slides/b.pdf#p)>>`,
      "<</Length 3>>"
    ]);
    expect(consistent(before)).toBe(true);
    const after = relativeLinks(Buffer.from(before, "latin1"), origin).toString("latin1");
    expect(after).toContain("/URI (csv/a.csv)");
    expect(after).toContain("/URI (slides/b.pdf#p)");
    expect(after).toContain("/URI (https://example.org/x)");
    expect(after).not.toContain(origin);
    expect(consistent(after)).toBe(true);
  });

  it("returns a PDF without such links unchanged, and refuses one whose startxref is wrong", () => {
    const plain = pdf(["<</Type /Catalog>>"]);
    expect(relativeLinks(Buffer.from(plain, "latin1"), "http://kit.invalid").toString("latin1")).toBe(plain);
    expect(() => relativeLinks(Buffer.from(plain.replace(/startxref\n\d+/, "startxref\n3"), "latin1"), "x")).toThrow(/cross-reference/);
  });
});

describe("reproducible", () => {
  /** A PDF as Chromium prints it: the print time, and structure IDs from a DOM node counter starting at `from`. */
  const printed = (time: string, from: number) => {
    const id = (k: number) => `(node${String(from + k).padStart(8, "0")})`;
    return Buffer.from(
      `%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF) /CreationDate (D:${time}+00'00') /ModDate (D:${time}+00'00')>>\nendobj\n` +
        `2 0 obj\n<</S /P /ID ${id(0)}>>\nendobj\n3 0 obj\n<</S /P /ID ${id(7)}>>\nendobj\n` +
        `4 0 obj\n<</Names [${id(0)} 2 0 R ${id(7)} 3 0 R]>>\nendobj\n`,
      "latin1"
    );
  };

  it("gives two prints of the same pages the same bytes, with no object moved", () => {
    const [a, b] = [printed("20261208010217", 2811), printed("20270101120000", 2802)];
    const [x, y] = [reproducible(a), reproducible(b)];
    expect(x.equals(y)).toBe(true);
    expect(x.length).toBe(a.length);
    const text = x.toString("latin1");
    expect(text).not.toMatch(/CreationDate|ModDate|D:2026/);
    expect(text).toContain("/Producer (Skia/PDF)");
    // The IDs keep their order, and each element's ID is the one the ID tree names it by.
    expect(text).toContain("/ID (node00000001)");
    expect(text).toContain("/Names [(node00000001) 2 0 R (node00000002) 3 0 R]");
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
