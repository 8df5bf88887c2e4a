// A new document is a data change only: a fixture edition (test/fixtures/editions/two) gets an invented next
// edition (the next fiscal year's draft, of a renamed section 8 under another ministry, printing only some
// programmes), which is built end to end (but for the report PDFs, which print the same pages); every output must
// carry its identity and none of the earlier edition's.
import {execFileSync} from "node:child_process";
import {appendFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import JSZip from "jszip";
import type {Browser} from "playwright-core";
import {reportWords} from "../src/locale/report.js";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launch} from "../scripts/browser.js";
import {serve} from "../scripts/serve.js";
import type {Briefing} from "../src/lib/briefing.js";
import {loadBriefing} from "../src/lib/files.js";
import {formatAmount} from "../src/lib/format.js";
import {entity, groupSentence, messageText, notInDocumentSentence, stageShort} from "../src/lib/text.js";
import {buildData, tmpRoot, withBuildLock} from "./support/built.js";
import {fixtureDir} from "./support/fixtures.js";
import {gotoReady} from "./support/page.js";

const data = join(tmpRoot, "fixture-edition", "data");
const out = join(tmpRoot, "fixture-edition", "dist");

/** The next edition: FY2032 draft of "section 8", printing the total, alpha, the budget line and its members, not delta. */
function writeFixture() {
  rmSync(join(tmpRoot, "fixture-edition"), {recursive: true, force: true});
  mkdirSync(data, {recursive: true});
  cpSync(fixtureDir("two"), data, {recursive: true});
  const append = (file: string, rows: string[]) => appendFileSync(join(data, file), rows.join("\n") + "\n");
  append("budget.csv", [
    "sec,2032,draft,60,億円,,,fixture 8.",
    'alpha,2032,draft,"1,300",百万円,,,fixture 8.',
    'grp,2032,draft,"2,700",百万円,,,fixture 8.',
    'beta,2032,draft,"1,700",百万円,,,fixture 8.',
    'gamma,2032,draft,"1,000",百万円,,,fixture 8.'
  ]);
  append("editions.csv", [
    "2032,draft,試験省,Ministry of Fixtures (MOFX),8,2031-12,令和13年12月（試験用）,December 2031 (fixture),,,fixture"
  ]);
  // The section is renamed in the new document.
  const programmes = readFileSync(join(data, "programmes.csv"), "utf8").split("\n");
  const at = programmes.findIndex((l) => l.startsWith("sec,section,"));
  programmes[at] = "sec,section,改名後の架空施策,Renamed fictitious measures,改名施策,Renamed measures,試験省,MOFX,,,8.改名後の架空施策";
  writeFileSync(join(data, "programmes.csv"), programmes.join("\n"));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => (statSync(join(dir, e)).isDirectory() ? files(join(dir, e)) : [join(dir, e)]));
}

/** Strings that name the earlier edition's identity (ministry, section number), which no output may contain. */
const FOREIGN = [/第3節/, /section 3\b/i, /令和14年度予算額（案） 3\./, /FY2031 draft budget, section/, /架空省/, /Ministry of Fiction/];

let browser: Browser;
let briefing: Briefing;
beforeAll(async () => {
  writeFixture();
  briefing = loadBriefing(data);
  // Every output but the report PDFs, which print the pages checked here and carry nothing of their own to check.
  await withBuildLock(() => buildData(data, out, {reportPdfs: false}));
  browser = await launch();
}, 600_000);
afterAll(async () => {
  await browser?.close();
});

describe("the next edition of a fixture (FY2032 draft, section 8, partial)", () => {
  it("titles and footers of every page name the fixture edition", () => {
    const pages = files(out).filter((f) => f.endsWith(".html") && !f.includes(`${join("dist", "slides")}`) && !f.includes("_observablehq"));
    expect(pages.length).toBeGreaterThanOrEqual(12);
    for (const page of pages) {
      const html = readFileSync(page, "utf8");
      const english = page.includes(`${join("dist", "en")}`);
      expect(html, page).toMatch(
        english ? /FY2032 draft budget, section 8/ : /令和14年度予算額（案） 第8節|令和14年度予算額（案） 8\.改名後の架空施策/
      );
      expect(html, page).toMatch(english ? /Renamed fictitious measures/ : /改名後の架空施策/);
      expect(/<title>([^<]*)<\/title>/.exec(html)?.[1], page).toMatch(
        english ? /\| Budget briefing, section 8: Renamed fictitious measures$/ : /\| 改名後の架空施策 予算ブリーフィング$/
      );
      for (const pattern of FOREIGN) expect(html, `${page} ${pattern}`).not.toMatch(pattern);
    }
  });

  it("the overview and programmes pages show the new edition's figures, the partial edition and labelled notes", async () => {
    const f = briefing.figures;
    const section = entity(briefing, f.section);
    const fmt = (lang: "ja" | "en") => ({lang, unit: "printed" as const});
    expect(f.current).toMatchObject({fiscalYear: 2032, stage: "draft"});
    const {url, close} = await serve(out);
    try {
      const page = await browser.newPage();
      await gotoReady(page, `${url}/index.html`);
      const overview = await page.locator("main").innerText();
      expect(overview).toContain(formatAmount(section.current!.value, fmt("ja")));
      expect(overview).toContain("令和14年度予算額（案）");
      // The earlier edition's note on its own total is shown only beside that total (the comparison), never bare.
      // In the report's own words for a note on a figure (※1 【令和13案 52億円】…: the note's ※ is its number's).
      const label = reportWords("ja").noteOnFigure(
        `${stageShort(briefing, f.comparison!, "ja")} ${formatAmount(section.comparison!.value, fmt("ja"))}`,
        ""
      );
      const list = await page.locator("ul.kit-notes").last().innerText();
      const notes = list.match(/.{0,14}架空の推計額を含む/g) ?? [];
      expect(notes.length).toBeGreaterThan(0);
      for (const n of notes) expect(n).toContain(label);
      for (const pattern of FOREIGN) expect(overview).not.toMatch(pattern);

      await gotoReady(page, `${url}/programmes.html`);
      const programmes = await page.locator("main").innerText();
      // delta is not in the new document: said so with its last amount, never shown as 0.
      expect(programmes).toContain(notInDocumentSentence(briefing, entity(briefing, "delta"), fmt("ja")));
      // The budget line and its members: the line's sentence, and each member's amount.
      expect(programmes).toContain(groupSentence(briefing, entity(briefing, "grp"), fmt("ja")));
      for (const id of ["beta", "gamma"]) expect(programmes).toContain(formatAmount(entity(briefing, id).current!.value, fmt("ja")));

      await gotoReady(page, `${url}/en/index.html`);
      const en = await page.locator("main").innerText();
      const total = f.messages.find((m) => m.kind === "total")!;
      expect(en).toContain(messageText(briefing, total, fmt("en")));
      expect(en).toContain("FY2032 draft budget");
      for (const pattern of FOREIGN) expect(en).not.toMatch(pattern);
      await page.close();
    } finally {
      await close();
    }
  });

  it("the decks' Markdown, PDF and PPTX carry the fixture's identity and none of the real document's", async () => {
    const slides = join(out, "slides");
    for (const lang of ["ja", "en"]) {
      const md = readFileSync(join(slides, `briefing-${lang}.md`), "utf8");
      // The footer names the ministry, the edition and the section by its short name, all from the new edition's data.
      // (A YAML string of Markdown: the text Marp shows is the string with its Markdown escapes undone.)
      const footer = String(JSON.parse(md.match(/^footer: (.*)$/m)?.[1] ?? '""')).replace(/\\([!-/:-@[-`{-~])/g, "$1");
      expect(footer).toBe(lang === "ja" ? "試験省 令和14年度予算額（案） 改名施策" : "MOFX FY2032 draft budget: Renamed measures");
      expect(md).toContain(lang === "ja" ? "令和14年度予算額（案） 8.改名後の架空施策" : "FY2032 draft budget, section 8");
      for (const pattern of FOREIGN) expect(md, `${lang} md ${pattern}`).not.toMatch(pattern);
      for (const name of [`briefing-${lang}.pptx`, `briefing-${lang}-editable.pptx`]) {
        const file = join(slides, name);
        const zip = await JSZip.loadAsync(readFileSync(file));
        const core = await zip.file("docProps/core.xml")!.async("string");
        expect(core, name).toMatch(lang === "ja" ? /改名後の架空施策/ : /Renamed fictitious measures/);
        for (const entry of Object.keys(zip.files).filter((f) => /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(f))) {
          const xml = await zip.file(entry)!.async("string");
          for (const pattern of FOREIGN) expect(xml, `${name} ${entry} ${pattern}`).not.toMatch(pattern);
        }
      }
      // The test run has Chromium: the PDF decks are there.
      const pdf = join(slides, `briefing-${lang}.pdf`);
      const text = execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], {encoding: "utf8"});
      for (const pattern of FOREIGN) expect(text, `${lang} pdf ${pattern}`).not.toMatch(pattern);
      const info = execFileSync("pdfinfo", [pdf], {encoding: "utf8"});
      expect(info).toMatch(lang === "ja" ? /改名後の架空施策/ : /Renamed fictitious measures/);
    }
  });
});
