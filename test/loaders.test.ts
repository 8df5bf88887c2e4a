// The data loaders as Framework runs them: a process that prints JSON, or exits non-zero with the library's message.
// They read a fixture edition (BUDGET_DATA_DIR), never this document's data/.
import {execFile} from "node:child_process";
import {cpSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import {describe, expect, it} from "vitest";
import {root} from "./support/built.js";
import {editRow, fixtureDir, fixtureText, lineIn} from "./support/fixtures.js";

const run = promisify(execFile);
const loader = (name: string, env: Record<string, string> = {}) =>
  run(process.execPath, ["--import", "tsx", join(root, "src", "data", name)], {
    cwd: root,
    env: {...process.env, BUDGET_DATA_DIR: fixtureDir("two"), ...env},
    maxBuffer: 1 << 26
  });

describe("src/data/briefing.json.ts", () => {
  it("prints the briefing the snapshot holds", async () => {
    const {stdout} = await loader("briefing.json.ts", {KIT_PREVIOUS_SNAPSHOT: join(tmpdir(), "no-such-snapshot.json")});
    await expect(JSON.stringify(JSON.parse(stdout), null, 1)).toMatchFileSnapshot("__snapshots__/briefing.json");
  });

  it("prints the same bytes twice", async () => {
    const env = {KIT_PREVIOUS_SNAPSHOT: join(tmpdir(), "no-such-snapshot.json")};
    const [a, b] = await Promise.all([loader("briefing.json.ts", env), loader("briefing.json.ts", env)]);
    expect(a.stdout).toBe(b.stdout);
  });

  it("exits non-zero with file, line and column when a CSV is bad", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kit-data-"));
    try {
      cpSync(fixtureDir("two"), dir, {recursive: true});
      const text = fixtureText("two", "budget.csv");
      const row = "alpha,2031,draft,";
      writeFileSync(
        join(dir, "budget.csv"),
        editRow(text, row, (r) => r.replace("draft", "drafted"))
      );
      const failure = await loader("briefing.json.ts", {BUDGET_DATA_DIR: dir}).then(
        () => null,
        (e: {code: number; stderr: string}) => e
      );
      expect(failure?.code).not.toBe(0);
      expect(failure?.stderr).toContain(`budget.csv, line ${lineIn(text, row)}, column "stage": unknown stage "drafted"`);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe("the changes in src/data/briefing.json.ts", () => {
  it("say there is nothing to compare with when no earlier build exists", async () => {
    const {stdout} = await loader("briefing.json.ts", {KIT_PREVIOUS_SNAPSHOT: join(tmpdir(), "no-such-snapshot.json")});
    expect(JSON.parse(stdout).changes).toEqual({compared: false, ja: [], en: []});
  });
});
