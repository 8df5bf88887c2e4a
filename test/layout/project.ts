// A generated edition built as a maintainer builds theirs: a copy of the project (test/support/project.ts) whose
// data/ holds the edition's files, then `npm run build` in it. One copy serves every edition of a run, one after
// the other, so the second and later builds find its caches warm (font subsets, Framework's); each build's output
// is copied out to test/.tmp/layout-<name>, where it stays to look at after a failure.
import {spawn} from "node:child_process";
import {cpSync, existsSync, mkdirSync, readdirSync, realpathSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {tmpRoot} from "../support/built.js";
import {copyProject} from "../support/project.js";
import {editionInput, type GenEdition} from "./gen.js";

const project = join(tmpRoot, "layout-project");
let copied = false;

/** Writes the edition into the project copy's data/, builds it and copies the output out; resolves to that folder. */
export async function buildEdition(name: string, edition: GenEdition): Promise<string> {
  const out = join(tmpRoot, `layout-${name}`);
  // LAYOUT_REUSE=1 checks the outputs of the last run again without building (while working on the checker).
  if (process.env.LAYOUT_REUSE && existsSync(join(out, "figures-snapshot.json"))) return out;
  // A fresh copy once per run: never the code of an earlier run.
  if (!copied) copyProject(project);
  copied = true;
  const data = join(project, "data");
  for (const f of readdirSync(data)) rmSync(join(data, f), {recursive: true, force: true});
  mkdirSync(data, {recursive: true});
  for (const [file, bytes] of Object.entries(editionInput(edition))) if (bytes !== undefined) writeFileSync(join(data, file), bytes);
  // Each edition is built as a first build: no snapshot of another edition to compare with.
  rmSync(join(project, "dist"), {recursive: true, force: true});
  const tsx = join(project, "node_modules", ".bin", "tsx");
  const {code, output} = await new Promise<{code: number | null; output: string}>((done) => {
    const child = spawn(tsx, ["scripts/build.ts"], {cwd: project, env: {...process.env, BUDGET_DATA_DIR: "", TZ: "UTC", NO_COLOR: "1"}});
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => done({code, output}));
  });
  if (code !== 0) throw new Error(`the build of generated edition "${name}" failed (exit ${code}):\n${output.slice(-3000)}`);
  rmSync(out, {recursive: true, force: true});
  cpSync(realpathSync(join(project, "dist")), out, {recursive: true});
  return out;
}
