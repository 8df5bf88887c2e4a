// Two builds of the same data give the same files: the shared build of a fixture edition (test/support/built.ts)
// and `npm run build` in a fresh copy of the project holding that edition as its data/, whose font subsets and
// other generated files are made anew (new mtimes).
// That copy's dist/ holds only a corrupt figures snapshot (a damaged last build): the build sets it aside, says so,
// compares with nothing, as a fresh checkout does, and writes a good one; so its files must still be the same.
// Whole trees are compared: every file in either, byte for byte, except the six PDFs, which differ only in the
// creation date Chromium writes (README "Build output") and must print the same text on the same sheets.
import {execFile} from "node:child_process";
import {cpSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {promisify} from "node:util";
import {beforeAll, describe, expect, it} from "vitest";
import {loadBriefing} from "../../src/lib/files.js";
import {BUILT, ensureBuilt, tmpRoot} from "../support/built.js";
import {fixtureDir} from "../support/fixtures.js";
import {copyProject, fileHashes} from "../support/project.js";

const run = promisify(execFile);
const project = join(tmpRoot, "project-again");

const pdfText = async (file: string) => (await run("pdftotext", ["-layout", file, "-"], {maxBuffer: 1 << 28})).stdout;

describe("two builds of the same data", () => {
  let first: string;
  let second: string;
  let out = "";
  let corrupt = "";
  beforeAll(async () => {
    first = await ensureBuilt();
    copyProject(project);
    rmSync(join(project, "data"), {recursive: true, force: true});
    cpSync(fixtureDir(BUILT), join(project, "data"), {recursive: true});
    corrupt = readFileSync(join(first, "figures-snapshot.json"), "utf8").slice(0, 40);
    mkdirSync(join(project, "dist"));
    writeFileSync(join(project, "dist", "figures-snapshot.json"), corrupt);
    const env = {...process.env};
    delete env.BUDGET_DATA_DIR;
    const {stdout, stderr} = await run("npm", ["run", "build"], {cwd: project, env, maxBuffer: 1 << 26});
    out = stdout + stderr;
    second = join(project, "dist");
  }, 900_000);

  it("set a corrupt figures snapshot in dist/ aside, said so, and wrote a good one", () => {
    expect(out).toContain("dist/figures-snapshot.json was set aside because it is not valid JSON");
    const {current} = loadBriefing(fixtureDir(BUILT)).figures;
    expect(JSON.parse(readFileSync(join(second, "figures-snapshot.json"), "utf8")).snapshot.current).toEqual(current);
    expect(readFileSync(join(project, ".build", "rejected-figures-snapshot.json"), "utf8")).toBe(corrupt);
  });

  it("are identical file for file, but for the PDFs' dates", async () => {
    const [a, b] = [fileHashes(first), fileHashes(second)];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    const differing = Object.keys(a).filter((f) => a[f] !== b[f]);
    expect(differing.filter((f) => !f.endsWith(".pdf"))).toEqual([]);
    for (const f of differing) expect(await pdfText(join(second, f)), f).toBe(await pdfText(join(first, f)));
  });
});
