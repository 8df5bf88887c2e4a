// A new document is a data change only: a fixture edition of our own (an invented FY2024 draft of a renamed
// section 8, printing only some programmes) is built end to end, and every output must carry its identity and
// none of the real document's.
import {execFileSync} from "node:child_process";
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import JSZip from "jszip";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {build} from "../scripts/build.js";
import {launch} from "../scripts/browser.js";
import {serve} from "../scripts/serve.js";
import {root, tmpRoot} from "./support/built.js";

const data = join(tmpRoot, "fixture-edition", "data");
const out = join(tmpRoot, "fixture-edition", "dist");

/** The fixture: FY2024 draft of "section 8", printing the total, the group line and four members, not ASPIRE. */
function writeFixture() {
  rmSync(join(tmpRoot, "fixture-edition"), {recursive: true, force: true});
  mkdirSync(data, {recursive: true});
  cpSync(join(root, "data"), data, {recursive: true});
  const append = (file: string, rows: string[]) =>
    writeFileSync(join(data, file), readFileSync(join(data, file), "utf8").trimEnd() + "\n" + rows.join("\n") + "\n");
  append("budget.csv", [
    "section7,2024,draft,150,億円,,,fixture 8.",
    'sicorp,2024,draft,"1,100",百万円,,,fixture 8.',
    'satreps,2024,draft,"1,900",百万円,,,fixture 8.',
    'young-global,2024,draft,"7,800",百万円,,,fixture 8.',
    'jsps-overseas,2024,draft,"2,700",百万円,,,fixture 8.',
    "young-challenge,2024,draft,270,百万円,,,fixture 8.",
    'jsps-intl,2024,draft,"3,400",百万円,,,fixture 8.',
    'sakura,2024,draft,"1,430",百万円,,,fixture 8.'
  ]);
  append("editions.csv", [
    "2024,draft,試験省,Ministry of Fixtures (MOF),8,2023-12,令和5年12月（試験用）,December 2023 (fixture),,,fixture"
  ]);
  // The section is renamed in the new document.
  const programmes = readFileSync(join(data, "programmes.csv"), "utf8").split("\n");
  programmes[1] =
    "section7,section,試験用の国際展開セクション,International deployment of fixtures,試験用国際展開（第8節）,Section 8 total,試験省,MOF,,,8.試験用";
  writeFileSync(join(data, "programmes.csv"), programmes.join("\n"));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => (statSync(join(dir, e)).isDirectory() ? files(join(dir, e)) : [join(dir, e)]));
}

/** Strings that name the real document's edition or section, which no output of the fixture may contain. */
const FOREIGN = [/第7節/, /section 7\b/i, /令和5年度予算額（案） 7\./, /FY2023 draft budget, section/, /文部科学省/, /\bMEXT\b/];

let browser: Browser;
beforeAll(async () => {
  writeFixture();
  const previous = process.env.BUDGET_DATA_DIR;
  process.env.BUDGET_DATA_DIR = data;
  try {
    await build({out, log: () => {}});
  } finally {
    if (previous === undefined) delete process.env.BUDGET_DATA_DIR;
    else process.env.BUDGET_DATA_DIR = previous;
  }
  browser = await launch();
}, 600_000);
afterAll(async () => {
  await browser?.close();
});

describe("a fixture edition (FY2024 draft, section 8, partial)", () => {
  it("titles and footers of every page name the fixture edition", () => {
    const pages = files(out).filter((f) => f.endsWith(".html") && !f.includes(`${join("dist", "slides")}`) && !f.includes("_observablehq"));
    expect(pages.length).toBeGreaterThanOrEqual(12);
    for (const page of pages) {
      const html = readFileSync(page, "utf8");
      const english = page.includes(`${join("dist", "en")}`);
      expect(html, page).toMatch(
        english ? /FY2024 draft budget, section 8/ : /令和6年度予算額（案） 第8節|令和6年度予算額（案） 8\.試験用の国際展開セクション/
      );
      expect(html, page).toMatch(english ? /International deployment of fixtures/ : /試験用の国際展開セクション/);
      expect(/<title>([^<]*)<\/title>/.exec(html)?.[1], page).toMatch(
        english
          ? /\| Budget briefing, section 8: International deployment of fixtures$/
          : /\| 試験用の国際展開セクション 予算ブリーフィング$/
      );
      for (const pattern of FOREIGN) expect(html, `${page} ${pattern}`).not.toMatch(pattern);
    }
  });

  it("the overview and programmes pages show the fixture's figures, the partial edition and labelled notes", async () => {
    const {url, close} = await serve(out);
    try {
      const page = await browser.newPage();
      await page.goto(`${url}/index.html`, {waitUntil: "networkidle"});
      const overview = await page.locator("main").innerText();
      expect(overview).toContain("150億円");
      expect(overview).toContain("令和6年度予算額（案）");
      // The real document's note on its own total is shown only beside that total (the comparison), never bare.
      const notes = overview.match(/.{0,14}※運営費交付金中の推計額含む/g) ?? [];
      for (const n of notes) expect(n).toMatch(/令和5案 141億円: ※/);
      for (const pattern of FOREIGN) expect(overview).not.toMatch(pattern);

      await page.goto(`${url}/programmes.html`, {waitUntil: "networkidle"});
      const programmes = await page.locator("main").innerText();
      expect(programmes).toMatch(/先端国際共同研究: 本資料に記載なし（直近の額は令和5案 100百万円）/);
      expect(programmes).toContain("今回の資料に金額があるのは6事業");
      // The group line and its members agree: 7,800 = 2,700 + 270 + 3,400 + 1,430.
      expect(programmes).toMatch(/令和6案 7,800百万円、前年度（7,704百万円）比\+96百万円/);
      for (const amount of ["2,700百万円", "270百万円", "3,400百万円", "1,430百万円"]) expect(programmes).toContain(amount);

      await page.goto(`${url}/en/index.html`, {waitUntil: "networkidle"});
      const en = await page.locator("main").innerText();
      expect(en).toContain("Section 8 totals ¥15 billion in the FY2024 draft budget");
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
      expect(md).toContain(lang === "ja" ? "試験省 令和6年度予算額（案） 第8節" : "MOF FY2024 draft budget, section 8");
      for (const pattern of FOREIGN) expect(md, `${lang} md ${pattern}`).not.toMatch(pattern);
      for (const name of [`briefing-${lang}.pptx`, `briefing-${lang}-editable.pptx`]) {
        const file = join(slides, name);
        if (!existsSync(file)) continue; // Marp's PPTX needs Chromium; the editable one is always there
        const zip = await JSZip.loadAsync(readFileSync(file));
        const core = await zip.file("docProps/core.xml")!.async("string");
        expect(core, name).toMatch(lang === "ja" ? /試験用の国際展開セクション/ : /International deployment of fixtures/);
        for (const entry of Object.keys(zip.files).filter((f) => /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(f))) {
          const xml = await zip.file(entry)!.async("string");
          for (const pattern of FOREIGN) expect(xml, `${name} ${entry} ${pattern}`).not.toMatch(pattern);
        }
      }
      const pdf = join(slides, `briefing-${lang}.pdf`);
      if (existsSync(pdf)) {
        const text = execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], {encoding: "utf8"});
        for (const pattern of FOREIGN) expect(text, `${lang} pdf ${pattern}`).not.toMatch(pattern);
        const info = execFileSync("pdfinfo", [pdf], {encoding: "utf8"});
        expect(info).toMatch(lang === "ja" ? /試験用の国際展開セクション/ : /International deployment of fixtures/);
      }
    }
  });
});
