// A generated edition built as a maintainer builds theirs: a copy of the project (test/support/project.ts) whose
// data/ holds the edition's files, then `npm run build` in it. Each edition gets its own copy under test/.tmp, so
// its outputs stay there to look at after a failure.
import {spawn} from "node:child_process";
import {existsSync, mkdirSync, readdirSync, realpathSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {tmpRoot} from "../support/built.js";
import {copyProject} from "../support/project.js";
import {editionInput, type GenEdition} from "./gen.js";

/** Copies the project, writes the edition into its data/ and builds it; resolves to the copy's dist/ (links followed). */
export async function buildEdition(name: string, edition: GenEdition): Promise<string> {
  const project = join(tmpRoot, `layout-${name}`);
  // LAYOUT_REUSE=1 checks the outputs of the last run again without building (while working on the checker).
  if (process.env.LAYOUT_REUSE && existsSync(join(project, "dist", "figures-snapshot.json"))) return realpathSync(join(project, "dist"));
  copyProject(project);
  const data = join(project, "data");
  for (const f of readdirSync(data)) rmSync(join(data, f), {recursive: true, force: true});
  mkdirSync(data, {recursive: true});
  for (const [file, bytes] of Object.entries(editionInput(edition))) if (bytes !== undefined) writeFileSync(join(data, file), bytes);
  const tsx = join(project, "node_modules", ".bin", "tsx");
  const {code, output} = await new Promise<{code: number | null; output: string}>((done) => {
    const child = spawn(tsx, ["scripts/build.ts"], {cwd: project, env: {...process.env, BUDGET_DATA_DIR: "", TZ: "UTC", NO_COLOR: "1"}});
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => done({code, output}));
  });
  if (code !== 0) throw new Error(`the build of generated edition "${name}" failed (exit ${code}):\n${output.slice(-3000)}`);
  return realpathSync(join(project, "dist"));
}
