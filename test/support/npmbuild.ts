// `npm run build` in a copy of the project, as a user runs it, for the tests that regenerate after an edit
// (test/regenerate.test.ts, test/rebuild.test.ts); and the one budget.csv row those tests edit.
import {execFile} from "node:child_process";
import {promisify} from "node:util";

const run = promisify(execFile);

/** The environment of a user's shell: no data folder override. */
export const userEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {...process.env, ...extra};
  delete env.BUDGET_DATA_DIR;
  return env;
};

/**
 * Without Chromium (a CHROME_PATH that does not exist) the build writes the report, the HTML decks and the editable
 * PPTX, not the PDFs: for the checks of what a build reads, refuses, swaps and compares, which PDFs take no part in.
 */
export const NO_CHROMIUM = {CHROME_PATH: "/nonexistent"};

/** Runs `npm run build` in `project`; resolves with its exit code and everything it printed. */
export async function npmBuild(project: string, extra: Record<string, string> = {}): Promise<{code: number; out: string}> {
  try {
    const {stdout, stderr} = await run("npm", ["run", "build"], {cwd: project, env: userEnv(extra), maxBuffer: 1 << 26});
    return {code: 0, out: stdout + stderr};
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string};
    return {code: e.code, out: e.stdout + e.stderr};
  }
}

/** A number as budget.csv prints it (1,234). */
export const printed = (n: number): string => n.toLocaleString("en-US");

/** budget.csv's text with the amount of the row starting with `row` (entity,fiscalYear,stage,) set to `amount`. */
export const setRow = (text: string, row: string, amount: string): string =>
  text.replace(new RegExp(`^${row}("[^"]*"|[^,]*)`, "m"), `${row}${amount}`);
