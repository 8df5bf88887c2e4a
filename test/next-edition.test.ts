// The promise of README's "When the next document arrives": adding a document is a data change only. A copy of
// the project (code, tests and data/, node_modules linked) gets the next edition exactly as the README says
// (editions.csv row, budget.csv rows), then the unit tier and the build must pass there unchanged; the
// transcription tier fails with one clear message naming the edition whose source text to add.
import {execFile} from "node:child_process";
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {SnapshotFile} from "../src/lib/changes.js";
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
const tsx = join(root, "node_modules", ".bin", "tsx");

describe("the project with the next edition added as the README says", () => {
  it("holds the new edition in data/editions.csv", () => {
    expect(readFileSync(join(copy, "data", "editions.csv"), "utf8")).toContain(`\n${next.fiscalYear},${next.stage},`);
  });

  // The unit tier reads fixture editions, not data/ (but for test/lib/no-document-names.test.ts, which reads the
  // names in data/): what must hold is that nothing in it depends on data/'s edition. The layout property test
  // lays out generated editions whatever data/ holds, so a few runs of it suffice here (LAYOUT_RUNS).
  it("passes the unit tier unchanged", async () => {
    const {code, output} = await inCopy(vitest, ["run", "--config", "vitest.unit.config.ts", "--reporter=dot"], {LAYOUT_RUNS: "10"});
    expect(code, output.slice(-6000)).toBe(0);
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
