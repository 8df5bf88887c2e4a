// Incremental outputs (scripts/outputcache.ts) end to end: `npm run build` in a copy of the project holding the
// fixture edition `one`, with the slides as PDF only (KIT_FORMATS=pdf: the decks and handouts are what the
// cache reuses per language; HTML and PPTX decks go through the same function, cachedMarp). Four builds: a cold
// one; an English text edited (the English deck, handout and report show it and are made again, the Japanese deck
// and handout are reused byte for byte); a slide renderer's code edited (slides/handout.ts: the handouts show it,
// the decks, Framework's pages and the report PDFs are reused); then the output cache cleared and the same inputs
// built from nothing, which must give every file the incremental build gave, byte for byte but for the PDFs'
// creation date (test/print/deterministic.test.ts), so PDFs must print the same text.
// That every other kind of input (a figure, a name, the config, the packages, the browser, …) changes the key of
// every output made from it is checked without a build, in test/incremental-keys.test.ts.
import {execFile} from "node:child_process";
import {cpSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {promisify} from "node:util";
import {beforeAll, describe, expect, it} from "vitest";
import {chromePath} from "../scripts/browser.js";
import {tmpRoot} from "./support/built.js";
import {fixtureDir} from "./support/fixtures.js";
import {npmBuild} from "./support/npmbuild.js";
import {copyProject, fileHashes} from "./support/project.js";

const run = promisify(execFile);
const project = join(tmpRoot, "project-incremental");
const dist = join(project, "dist");
const env = {CHROME_PATH: chromePath() ?? "/usr/bin/chromium", KIT_FORMATS: "pdf"};
/** A build of a small edition takes a minute or more on two busy cores. */
const BUILD_TIME = 600_000;
const FRAMEWORK_REUSED = "Framework's pages taken from the output cache";

const pdfText = async (file: string) => (await run("pdftotext", ["-layout", file, "-"], {maxBuffer: 1 << 28})).stdout;
/** The files the build said it took from the cache. */
const reusedIn = (log: string): string[] =>
  [...log.matchAll(/reused ([^()]+?)(?: \(made before|, made before)/g)].flatMap((m) => m[1].split(", ")).sort();

const slide = (lang: string, handout = false) => `slides/briefing-${lang}${handout ? "-handout" : ""}.pdf`;
const SLIDE_PDFS = ["ja", "en"].flatMap((l) => [slide(l), slide(l, true)]);
const REPORT_PDFS = ["report-ja.pdf", "report-en.pdf"];

interface Built {
  files: Record<string, string>;
  /** What each PDF prints (dist/ is replaced by the next build). */
  pdfs: Record<string, string>;
  log: string;
}
const builds: Record<string, Built> = {};

async function build(name: string): Promise<Built> {
  const {code, out} = await npmBuild(project, env);
  expect(code, out).toBe(0);
  const files = fileHashes(dist);
  const pdfs: Record<string, string> = {};
  for (const f of Object.keys(files).filter((f) => f.endsWith(".pdf"))) pdfs[f] = (await pdfText(join(dist, f))).replace(/\s+/g, " ");
  builds[name] = {files, pdfs, log: out};
  return builds[name];
}
/** Files whose bytes differ between two builds, and files only one of them holds (Framework names some by hash). */
function differing(a: Built, b: Built): string[] {
  const names = new Set([...Object.keys(a.files), ...Object.keys(b.files)]);
  return [...names].filter((f) => a.files[f] !== b.files[f]).sort();
}
const edit = (file: string, from: string, to: string) => {
  const path = join(project, file);
  const text = readFileSync(path, "utf8");
  expect(text, `${file} holds ${from}`).toContain(from);
  writeFileSync(path, text.split(from).join(to));
};

beforeAll(async () => {
  copyProject(project);
  rmSync(join(project, "data"), {recursive: true, force: true});
  cpSync(fixtureDir("one"), join(project, "data"), {recursive: true});
  await build("cold");
}, BUILD_TIME);

describe("npm run build reuses unchanged outputs and makes again every output that shows an edit", () => {
  it("a cold build makes every output and reuses none", () => {
    expect(reusedIn(builds.cold.log)).toEqual([]);
    expect(builds.cold.log).not.toContain(FRAMEWORK_REUSED);
    for (const f of [...SLIDE_PDFS, ...REPORT_PDFS]) expect(builds.cold.files).toHaveProperty([f]);
  });

  it(
    "an English text: the English deck, handout and report show it and are made again; the Japanese deck and handout are reused byte for byte",
    async () => {
      edit("data/texts.csv", "Advance fictitious measures for testing.", "Advance invented measures for testing.");
      const b = await build("text");
      expect(reusedIn(b.log)).toEqual(["briefing-ja-handout.pdf", "briefing-ja.pdf"]);
      expect(b.log).not.toContain(FRAMEWORK_REUSED);
      const changed = differing(builds.cold, b);
      for (const f of [slide("en"), slide("en", true), "report-en.pdf", "csv/texts.csv"]) expect(changed, f).toContain(f);
      for (const f of [slide("ja"), slide("ja", true)]) expect(changed, f).not.toContain(f);
      expect(changed.filter((f) => f.startsWith("csv/"))).toEqual(["csv/texts.csv"]);
      for (const f of [slide("en", true), "report-en.pdf"]) {
        expect(b.pdfs[f], f).toContain("Advance invented measures");
        expect(builds.cold.pdfs[f], f).not.toContain("Advance invented measures");
      }
    },
    BUILD_TIME
  );

  it(
    "a slide renderer's code (slides/handout.ts): the handouts show it and are made again; the decks, Framework's pages and the report PDFs are reused",
    async () => {
      edit("slides/handout.ts", `\${i + 1} / \${o.slides.length}`, `\${i + 1} of \${o.slides.length}`);
      const b = await build("code");
      expect(b.log).toContain(FRAMEWORK_REUSED);
      expect(reusedIn(b.log)).toEqual(["briefing-en.pdf", "briefing-ja.pdf", ...REPORT_PDFS].sort());
      expect(differing(builds.text, b)).toEqual([slide("en", true), slide("ja", true)].sort());
      for (const lang of ["ja", "en"]) {
        expect(b.pdfs[slide(lang, true)]).toMatch(/ 1 of \d+ /);
        expect(builds.text.pdfs[slide(lang, true)]).not.toMatch(/ 1 of \d+ /);
      }
    },
    BUILD_TIME
  );

  it(
    "every file is what a build from nothing gives",
    async () => {
      rmSync(join(project, ".build", "cache", "outputs"), {recursive: true, force: true});
      const full = await build("full");
      expect(reusedIn(full.log)).toEqual([]);
      expect(full.log).not.toContain(FRAMEWORK_REUSED);
      const incremental = builds.code;
      expect(differing(incremental, full).filter((f) => !f.endsWith(".pdf"))).toEqual([]);
      expect(Object.keys(full.pdfs).sort()).toEqual([...SLIDE_PDFS, ...REPORT_PDFS].sort());
      for (const f of Object.keys(full.pdfs)) expect(incremental.pdfs[f], f).toBe(full.pdfs[f]);
    },
    BUILD_TIME
  );
});
