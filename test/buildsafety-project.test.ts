// The whole build in a project copy whose data/ is a fixture edition (test/fixtures/editions/two), once (without
// Chromium, so no PDF: fast), checked for what issue 19 found:
// a second build while one runs, a CSV saved during a build, formulas in the published CSVs, a stale lock, a
// missing settings.csv, dist/ as a link, and a read-only output found before any work.
import {execFile, spawn} from "node:child_process";
import {cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, realpathSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {promisify} from "node:util";
import {beforeAll, describe, expect, it} from "vitest";
import {LOCK_FILE} from "../scripts/buildlock.js";
import {tmpRoot} from "./support/built.js";
import {fixtureBriefing, fixtureDir} from "./support/fixtures.js";
import {copyProject as copyFromRoot} from "./support/project.js";

const run = promisify(execFile);
const project = join(tmpRoot, "safety-project");
// No browser: the report and the HTML decks only, which is all these checks need.
const env = {...process.env, CHROME_PATH: "/nonexistent", BUDGET_DATA_DIR: ""};
const budget = () => join(project, "data", "budget.csv");

/** A copy of the project whose data/ is the fixture edition. */
const copyProject = () => {
  copyFromRoot(project);
  rmSync(join(project, "data"), {recursive: true, force: true});
  cpSync(fixtureDir("two"), join(project, "data"), {recursive: true});
};

function npmBuild(): {child: ReturnType<typeof spawn>; done: Promise<{code: number | null; out: string}>; output: () => string} {
  const child = spawn("npm", ["run", "build"], {cwd: project, env, stdio: ["ignore", "pipe", "pipe"]});
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  return {child, done: new Promise((r) => child.on("close", (code) => r({code, out}))), output: () => out};
}

/** Waits until `text` appears in what a running build printed. */
async function until(output: () => string, text: string, ms = 300_000): Promise<void> {
  const start = Date.now();
  while (!output().includes(text)) {
    if (Date.now() - start > ms) throw new Error(`no "${text}" after ${ms} ms:\n${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((r) => child.on("exit", r));
  return child.pid!;
}

// The figure saved during the build: a programme's amount in the current edition.
const {current} = fixtureBriefing("two").figures;
const edited = "alpha";
const row = `${edited},${current.fiscalYear},${current.stage},`;
const readFigure = new RegExp(`^${row}"([\\d,]+)"`, "m");
let first: {code: number | null; out: string};
let second: {code: number | null; out: string};
let stalePid = 0;
let lockOwner = 0;
let read = "";
let formula = "";

beforeAll(async () => {
  copyProject();
  // A text cell a spreadsheet would run, and no settings.csv (documented optional).
  const countries = join(project, "data", "countries.csv");
  const lines = readFileSync(countries, "utf8").split("\n");
  const [iso, nameJa] = lines[1].split(",");
  lines[1] = lines[1].replace(/^([^,]*,[^,]*,)[^,]*,/, "$1@SUM(1+1),");
  formula = `${iso},${nameJa},'@SUM(1+1),`;
  writeFileSync(countries, lines.join("\n"));
  rmSync(join(project, "data", "settings.csv"));
  // A lock left by a build that was killed.
  stalePid = await deadPid();
  mkdirSync(join(project, ".build"), {recursive: true});
  writeFileSync(join(project, ".build", LOCK_FILE), JSON.stringify({pid: stalePid, started: "2026-01-01T00:00:00.000Z"}));

  read = readFigure.exec(readFileSync(budget(), "utf8"))![1];
  const build = npmBuild();
  await until(build.output, "are valid");
  // The data was read: save another figure, and start a second build in the same checkout.
  writeFileSync(budget(), readFileSync(budget(), "utf8").replace(readFigure, `${row}"1,777"`));
  lockOwner = JSON.parse(readFileSync(join(project, ".build", LOCK_FILE), "utf8")).pid;
  second = await npmBuild().done;
  first = await build.done;
}, 900_000);

describe("npm run build in a checkout where a build was killed and another is started meanwhile", () => {
  it("takes over the killed build's lock and builds", () => {
    expect(first.code, first.out).toBe(0);
    expect(first.out).toContain(
      `took over the build lock of pid ${stalePid} (started 2026-01-01T00:00:00.000Z), which is no longer running`
    );
    expect(existsSync(join(project, ".build", LOCK_FILE))).toBe(false);
  });

  it("stops the second build at once, naming the running one, with exit 1", () => {
    expect(second.code).toBe(1);
    expect(second.out).toMatch(
      new RegExp(`another build is running \\(pid ${lockOwner}\\) since \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z; wait for it or stop it`)
    );
    expect(second.out).not.toContain("are valid");
  });

  it("publishes the CSV downloads from the data it read, not the file saved during the build", () => {
    const csv = readFileSync(join(project, "dist", "csv", "budget.csv"));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString("utf8")).toContain(`${row}"${read}"`);
    expect(csv.toString("utf8")).not.toContain('"1,777"');
    const snapshot = JSON.parse(readFileSync(join(project, "dist", "figures-snapshot.json"), "utf8"));
    expect(snapshot.snapshot.entities[edited].amounts[`${current.fiscalYear} ${current.stage}`].amount).toBe(Number(read.replace(",", "")));
  });

  it("neutralises a formula in a published CSV, and offers the missing optional settings.csv as its header", () => {
    const countries = readFileSync(join(project, "dist", "csv", "countries.csv"), "utf8");
    expect(countries).toContain(formula);
    expect(readFileSync(join(project, "dist", "csv", "settings.csv"), "utf8")).toBe("\uFEFFkey,value\n");
  });

  it("makes dist/ a link to the build's folder in .build/", () => {
    expect(lstatSync(join(project, "dist")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(project, "dist"))).toMatch(/^\.build\/out-[0-9a-f]{8}-\d+-\d+$/);
    expect(existsSync(join(project, "dist", "index.html"))).toBe(true);
  });
});

describe("npm run build with an output it cannot replace", () => {
  it("stops before any work, naming the folder and the fix", async () => {
    const target = realpathSync(join(project, "dist"));
    const asRoot = process.getuid?.() === 0;
    await run(asRoot ? "chattr" : "chmod", asRoot ? ["+i", target] : ["a-w", target]);
    try {
      const started = Date.now();
      const result = await npmBuild().done;
      expect(result.code).toBe(1);
      expect(result.out).toMatch(
        /build failed in step "checking that the output can be written": dist\/ cannot be written \((EACCES|EPERM)\), and the build needs it for removing the previous dist\/ once the new one is in place: make it writable \(chmod -R u\+w dist;/
      );
      expect(result.out).not.toContain("are valid");
      console.log(`read-only dist/ reported after ${Date.now() - started} ms`);
    } finally {
      await run(asRoot ? "chattr" : "chmod", asRoot ? ["-i", target] : ["u+w", target]);
    }
  }, 120_000);
});

describe("npm run build with a data file replaced by a folder", () => {
  it("stops naming the file and what to do, and leaves dist/ as it was", async () => {
    const before = realpathSync(join(project, "dist"));
    const notes = join(project, "data", "notes.csv");
    const text = readFileSync(notes);
    rmSync(notes);
    mkdirSync(notes);
    try {
      const result = await npmBuild().done;
      expect(result.code).toBe(1);
      expect(result.out).toMatch(/notes\.csv: \S*notes\.csv is a folder, not a regular file; .*put a copy of the file there instead/);
      expect(result.out).toContain("dist/ was not changed");
      expect(realpathSync(join(project, "dist"))).toBe(before);
    } finally {
      rmSync(notes, {recursive: true});
      writeFileSync(notes, text);
    }
  }, 120_000);
});
