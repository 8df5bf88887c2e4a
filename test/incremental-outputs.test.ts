// Incremental outputs (scripts/outputcache.ts): `npm run build` in a copy of the project holding the fixture
// edition `one` reuses an output whose input is unchanged and makes again every output whose input changed. One
// chain of builds in one copy: a cold build; a figure edited; an English text edited; the report PDFs' code
// edited. After each edit the outputs that show it differ from the build before and the build says which it
// reused, byte-identical to the build before. At the end the output cache is cleared and the same inputs are built
// again from nothing: every file is the same as the incremental build's, byte for byte but for the PDFs, which
// differ only in the creation date Chromium writes (test/print/deterministic.test.ts) and must print the same text.
import {execFile} from "node:child_process";
import {cpSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {promisify} from "node:util";
import {beforeAll, describe, expect, it} from "vitest";
import {chromePath} from "../scripts/browser.js";
import {tmpRoot} from "./support/built.js";
import {fixtureDir, fixtureText} from "./support/fixtures.js";
import {npmBuild, setRow} from "./support/npmbuild.js";
import {copyProject, fileHashes} from "./support/project.js";

const run = promisify(execFile);
const project = join(tmpRoot, "project-incremental");
const dist = join(project, "dist");
const chrome = {CHROME_PATH: chromePath() ?? "/usr/bin/chromium"};
/** A build of a small edition takes minutes on two busy cores. */
const BUILD_TIME = 900_000;
const FRAMEWORK_REUSED = "Framework's pages taken from the output cache";

const pdfText = async (file: string) => (await run("pdftotext", ["-layout", file, "-"], {maxBuffer: 1 << 28})).stdout;
/** The files the build said it took from the cache. */
const reusedIn = (log: string): string[] =>
  [...log.matchAll(/reused ([^()]+?)(?: \(made before|, made before)/g)].flatMap((m) => m[1].split(", ")).sort();

const DECKS = ["html", "pdf", "pptx"].flatMap((f) => ["ja", "en"].map((l) => `briefing-${l}.${f}`));
const HANDOUTS = ["ja", "en"].map((l) => `briefing-${l}-handout.pdf`);
const REPORT_PDFS = ["report-ja.pdf", "report-en.pdf"];

interface Built {
  files: Record<string, string>;
  /** What each PDF prints (dist/ is replaced by the next build). */
  pdfs: Record<string, string>;
  log: string;
}
const builds: Record<string, Built> = {};

async function build(name: string): Promise<Built> {
  const {code, out} = await npmBuild(project, chrome);
  expect(code, out).toBe(0);
  const files = fileHashes(dist);
  const pdfs: Record<string, string> = {};
  for (const f of Object.keys(files).filter((f) => f.endsWith(".pdf"))) pdfs[f] = await pdfText(join(dist, f));
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
}, 900_000);

describe("npm run build reuses unchanged outputs", () => {
  it(
    "a cold build makes every output and reuses none",
    () => {
      expect(reusedIn(builds.cold.log)).toEqual([]);
      for (const f of [...DECKS, ...HANDOUTS].map((f) => `slides/${f}`).concat(REPORT_PDFS)) expect(builds.cold.files).toHaveProperty([f]);
    },
    BUILD_TIME
  );

  it(
    "a figure edited: every deck, handout and report PDF shows it and is made again; fonts and other downloads are not touched",
    async () => {
      const row = "alpha,2031,request,";
      expect(fixtureText("one", "budget.csv")).toContain(`${row}"1,100"`);
      writeFileSync(join(project, "data", "budget.csv"), setRow(readFileSync(join(project, "data", "budget.csv"), "utf8"), row, `"1,234"`));
      const fonts = fileHashes(join(project, "src", "_generated"));
      const b = await build("figure");
      expect(reusedIn(b.log)).toEqual([]);
      const changed = differing(builds.cold, b);
      for (const f of [...DECKS.filter((d) => !d.endsWith(".html")), ...HANDOUTS].map((f) => `slides/${f}`).concat(REPORT_PDFS))
        expect(changed).toContain(f);
      expect(changed).toContain("csv/budget.csv");
      expect(changed.filter((f) => f.startsWith("csv/"))).toEqual(["csv/budget.csv"]);
      expect(fileHashes(join(project, "src", "_generated"))).toEqual(fonts);
      for (const f of ["slides/briefing-ja.pdf", "slides/briefing-en.pdf", "report-ja.pdf", "report-en.pdf"])
        expect(b.pdfs[f], f).not.toBe(builds.cold.pdfs[f]);
    },
    BUILD_TIME
  );

  it(
    "an English text edited: the Japanese decks and handout are reused byte for byte; the English ones show it",
    async () => {
      edit("data/texts.csv", "Advance fictitious measures for testing.", "Advance invented measures for testing.");
      const b = await build("text");
      const reused = reusedIn(b.log);
      for (const f of DECKS.filter((d) => d.includes("-ja")).concat("briefing-ja-handout.pdf")) expect(reused).toContain(f);
      for (const f of reused.filter((f) => f.startsWith("briefing-")))
        expect(b.files[`slides/${f}`]).toBe(builds.figure.files[`slides/${f}`]);
      const changed = differing(builds.figure, b);
      expect(changed).toContain("report-en.pdf");
      expect(b.pdfs["report-en.pdf"].replace(/\s+/g, " ")).toContain("Advance invented measures");
      expect(changed.filter((f) => f.startsWith("slides/") && f.includes("-ja"))).toEqual([]);
    },
    BUILD_TIME
  );

  it(
    "the report PDFs' code edited: only the report PDFs are made again and show it; Framework's pages and every slide file are reused",
    async () => {
      edit(
        "scripts/report-pdf.ts",
        `<span class="pageNumber"></span> / <span class="totalPages"></span>`,
        `<span class="pageNumber"></span> of <span class="totalPages"></span>`
      );
      const b = await build("code");
      expect(b.log).toContain(FRAMEWORK_REUSED);
      expect(builds.text.log).not.toContain(FRAMEWORK_REUSED);
      expect(reusedIn(b.log)).toEqual([...DECKS, ...HANDOUTS].sort());
      expect(differing(builds.text, b)).toEqual([...REPORT_PDFS].sort());
      expect(b.pdfs["report-ja.pdf"]).toMatch(/^\s*1 of \d+\s*$/m);
      expect(builds.text.pdfs["report-ja.pdf"]).not.toMatch(/^\s*1 of \d+\s*$/m);
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
      const pdfs = differing(incremental, full);
      expect(pdfs.filter((f) => !f.endsWith(".pdf"))).toEqual([]);
      for (const f of Object.keys(full.pdfs)) expect(incremental.pdfs[f], f).toBe(full.pdfs[f]);
    },
    BUILD_TIME
  );
});
