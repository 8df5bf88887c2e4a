// Two builds of the same data give the same files: the shared build of a fixture edition (test/support/built.ts)
// and `npm run build` in a fresh copy of the project holding that edition as its data/, whose font subsets and
// other generated files are made anew (new mtimes).
// Whole trees are compared: every file in either, byte for byte, except the six PDFs, which differ only in the
// creation date Chromium writes (README "Build output") and must print the same text on the same sheets.
import {execFile} from "node:child_process";
import {cpSync, rmSync} from "node:fs";
import {join} from "node:path";
import {promisify} from "node:util";
import {beforeAll, describe, expect, it} from "vitest";
import {BUILT, ensureBuilt, tmpRoot} from "../support/built.js";
import {fixtureDir} from "../support/fixtures.js";
import {copyProject, fileHashes} from "../support/project.js";

const run = promisify(execFile);
const project = join(tmpRoot, "project-again");

const pdfText = async (file: string) => (await run("pdftotext", ["-layout", file, "-"], {maxBuffer: 1 << 28})).stdout;

describe("two builds of the same data", () => {
  let first: string;
  let second: string;
  beforeAll(async () => {
    first = await ensureBuilt();
    copyProject(project);
    rmSync(join(project, "data"), {recursive: true, force: true});
    cpSync(fixtureDir(BUILT), join(project, "data"), {recursive: true});
    const env = {...process.env};
    delete env.BUDGET_DATA_DIR;
    await run("npm", ["run", "build"], {cwd: project, env, maxBuffer: 1 << 26});
    second = join(project, "dist");
  }, 900_000);

  it("are identical file for file, but for the PDFs' dates", async () => {
    const [a, b] = [fileHashes(first), fileHashes(second)];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    const differing = Object.keys(a).filter((f) => a[f] !== b[f]);
    expect(differing.filter((f) => !f.endsWith(".pdf"))).toEqual([]);
    for (const f of differing) expect(await pdfText(join(second, f)), f).toBe(await pdfText(join(first, f)));
  });
});
