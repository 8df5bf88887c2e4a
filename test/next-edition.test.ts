// The promise of README's "When the next document arrives": adding a document is a data change only. A copy of
// the project (code, tests and data/, node_modules linked) gets the next edition exactly as the README says
// (editions.csv row, budget.csv rows), then the unit tier and the build must pass there unchanged; the
// transcription tier fails with one clear message naming the edition whose source text to add.
//
// The copy differs from this checkout in data/ only, and `npm test` runs the whole unit tier in this checkout, so
// the unit tier passes in the copy when every unit-tier file that can read data/ passes there. A file can read it
// in two ways: through the library's default folder (src/lib/files.ts dataDir), which the unit tier points at a
// folder that does not exist (vitest.config.ts NO_DATA_FOLDER: such a read fails in this checkout already), or by
// naming it; the files that name it, themselves or in a test module they import, are the ones run in the copy.
import {execFile} from "node:child_process";
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {promisify} from "node:util";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {SnapshotFile} from "../src/lib/changes.js";
import {NO_DATA_FOLDER, UNIT} from "../vitest.config.js";
import unitConfig from "../vitest.unit.config.js";
import {addNextEdition, type NextEdition} from "./support/nextedition.js";
import {root} from "./support/built.js";

const run = promisify(execFile);
// Outside the project: a copy inside it would copy itself.
const copy = mkdtempSync(join(tmpdir(), "kit-next-edition-"));
/** What a clone holds, less what a build or a test run makes. */
const COPIED = [
  ".prettierrc.json",
  ".prettierignore",
  "data",
  "observablehq.config.ts",
  "package.json",
  "scripts",
  "slides",
  "src",
  "test",
  "tsconfig.json",
  "types",
  "vitest.config.ts",
  "vitest.unit.config.ts"
];
const SKIPPED = [join("test", ".tmp"), join("src", ".observablehq"), join("src", "_generated")];

let next: NextEdition;
beforeAll(() => {
  for (const entry of COPIED)
    if (existsSync(join(root, entry)))
      cpSync(join(root, entry), join(copy, entry), {recursive: true, filter: (src) => !SKIPPED.some((s) => src.startsWith(join(root, s)))});
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
  next = addNextEdition(join(copy, "data"));
});

afterAll(() => rmSync(copy, {recursive: true, force: true}));

/** Runs a command in the copy; resolves with its exit code and output instead of throwing. */
async function inCopy(command: string, args: string[], env: Record<string, string> = {}): Promise<{code: number; output: string}> {
  try {
    const {stdout, stderr} = await run(command, args, {
      cwd: copy,
      env: {...process.env, BUDGET_DATA_DIR: "", TZ: "UTC", NO_COLOR: "1", FORCE_COLOR: "0", ...env},
      maxBuffer: 64 << 20
    });
    return {code: 0, output: stdout + stderr};
  } catch (error) {
    const e = error as {code?: number; stdout?: string; stderr?: string};
    return {code: typeof e.code === "number" ? e.code : 1, output: `${e.stdout ?? ""}${e.stderr ?? ""}`};
  }
}

const vitest = join(root, "node_modules", ".bin", "vitest");

/** A glob of vitest.config.ts (`**`, `*`) as a pattern of a path from the project's root. */
const globPattern = (glob: string) =>
  new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*\*\//g, "(?:.*/)?")
      .replace(/\*/g, "[^/]*")}$`
  );

/** Every file under `dir`, as a path from the project's root. */
const walk = (dir: string): string[] =>
  readdirSync(join(root, dir), {withFileTypes: true}).flatMap((e) =>
    e.name === ".tmp" || e.name === "node_modules" ? [] : e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]
  );

/**
 * Code that names the data folder: a path with a `data` segment, the library's default folder, or the variable
 * that sets it, unless set to a folder by name (`BUDGET_DATA_DIR: fixture`: that folder is read, and if it is data/
 * its path names it).
 */
const NAMES_DATA = /["'`/]data["'`/]|\bdataDir\(|BUDGET_DATA_DIR(?!\s*:\s*[A-Za-z_$])/;
/** Code without its comments (a comment may name data/ and read nothing). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[\s;{}(),])\/\/.*$/gm, "$1");

/** Whether the test module `file` names the data folder, itself or through a module under test/ it imports. */
function namesData(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file) || !existsSync(join(root, file))) return false;
  seen.add(file);
  const text = code(readFileSync(join(root, file), "utf8"));
  if (NAMES_DATA.test(text)) return true;
  return [...text.matchAll(/(?:from\s+|import\(\s*)["'](\.{1,2}\/[^"']+)["']/g)]
    .map((m) => join(dirname(file), m[1]).replace(/\.js$/, ".ts"))
    .some((f) => f.startsWith(`test/`) && namesData(f, seen));
}

/** The unit tier's files (vitest.config.ts UNIT) that name the data folder. */
const unitFilesNamingData = () =>
  walk("test")
    .filter((f) => UNIT.some((g) => globPattern(g).test(f)))
    .filter((f) => namesData(f))
    .sort();
const tsx = join(root, "node_modules", ".bin", "tsx");

describe("the project with the next edition added as the README says", () => {
  it("holds the new edition in data/editions.csv", () => {
    expect(readFileSync(join(copy, "data", "editions.csv"), "utf8")).toContain(`\n${next.fiscalYear},${next.stage},`);
  });

  it("runs the unit tier with a data folder that does not exist, so a file reading data/ must name it", () => {
    expect(existsSync(NO_DATA_FOLDER), NO_DATA_FOLDER).toBe(false);
    expect(unitConfig.test?.env?.BUDGET_DATA_DIR).toBe(NO_DATA_FOLDER);
  });

  // The layout property test lays out generated editions whatever data/ holds: a few runs suffice (LAYOUT_RUNS).
  it("passes every unit-tier file that names data/, unchanged", async () => {
    const files = unitFilesNamingData();
    expect(files.length, "no unit-tier file names data/: test/lib/no-document-names.test.ts reads it").toBeGreaterThan(0);
    const {code, output} = await inCopy(vitest, ["run", "--config", "vitest.unit.config.ts", "--reporter=dot", ...files], {
      LAYOUT_RUNS: "10"
    });
    expect(code, output.slice(-6000)).toBe(0);
    expect(output).toMatch(new RegExp(`Test Files\\s+${files.length} passed \\(${files.length}\\)`));
  }, 600_000);

  // Without Chromium (a CHROME_PATH that does not exist): the report, the HTML decks and the editable PPTX, not the
  // PDFs. test/edition.test.ts builds an invented edition with Chromium, PDFs included; this one need not repeat it.
  it("builds (exit 0) with the new edition current", async () => {
    const {code, output} = await inCopy(tsx, ["scripts/build.ts"], {CHROME_PATH: join(copy, "no-chromium")});
    expect(code, output.slice(-4000)).toBe(0);
    const file = JSON.parse(readFileSync(join(copy, "dist", "figures-snapshot.json"), "utf8")) as SnapshotFile;
    expect(file.snapshot.current).toEqual(next);
  }, 600_000);

  it("fails the transcription tier with one message naming the source to add", async () => {
    const {code, output} = await inCopy(vitest, ["run", "test/data", "--reporter=dot"]);
    expect(code).not.toBe(0);
    expect(output).toContain(`data/editions.csv holds FY${next.fiscalYear} ${next.stage}, but no source text for it is known`);
    expect(output).toMatch(/Tests\s+\S*1 failed/);
  }, 600_000);
});
