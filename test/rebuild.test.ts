// `npm run build` when something goes wrong, in a copy of the project with a last good build (its data/ the
// fixture edition of the shared build, its dist/ a copy of that build: test/support/project.ts builtProject), with
// the README's command: a broken or implausible CSV and a page that fails after validation stop the build and leave
// dist/ byte-identical; a CSV saved while a build runs never makes the outputs disagree; a build killed while
// swapping dist/ leaves the last good build, and the next run cleans up and compares with it (that run is also the
// one whose CSV is saved while it builds, so the one build checks both). The checks run in order in one copy. None of them needs the PDFs, so the builds run without Chromium (NO_CHROMIUM), as a user's
// machine without it would; test/regenerate.test.ts checks that an edit reaches the PDFs.
import {spawn} from "node:child_process";
import {existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {loadBriefing} from "../src/lib/files.js";
import {entity, stageShort} from "../src/lib/text.js";
import {BUILT, tmpRoot} from "./support/built.js";
import {fixtureDir} from "./support/fixtures.js";
import {NO_CHROMIUM, npmBuild as build, printed, setRow as setRowIn, userEnv} from "./support/npmbuild.js";
import {builtProject, fileHashes as hashes} from "./support/project.js";

const project = join(tmpRoot, "project-rebuild");
const env = userEnv(NO_CHROMIUM);

// The programme edited: its current amount, and the edition as the change summary names it.
const fixture = loadBriefing(fixtureDir(BUILT));
const {current} = fixture.figures;
const edited = entity(fixture, "alpha");
const row = `${edited.id},${current.fiscalYear},${current.stage},`;
/** The change summary's line for the edited programme, from `from` to `to` (in 百万円). */
const summary = (from: number, to: number) =>
  `${edited.shortEn} ${stageShort(fixture, current, "en")}: ${printed(from)} → ${printed(to)} 百万円`;
const setRow = (text: string, amount: string) => setRowIn(text, row, amount);
const npmBuild = () => build(project, NO_CHROMIUM);
const budget = () => join(project, "data", "budget.csv");

// May wait for the shared build, made by another file.
beforeAll(() => builtProject(project), 900_000);

describe("npm run build with a broken CSV", () => {
  it("exits non-zero naming file, line and column, and leaves dist/ byte-identical", async () => {
    const before = hashes(join(project, "dist"));
    const good = readFileSync(budget(), "utf8");
    const lines = good.split("\n");
    const line = lines.findIndex((l) => l.startsWith(row)) + 1;
    lines[line - 1] = setRow(lines[line - 1], '"1,2x"');
    writeFileSync(budget(), lines.join("\n"));
    try {
      const result = await npmBuild();
      expect(result.code).not.toBe(0);
      expect(result.out).toContain(`budget.csv, line ${line}, column "amount"`);
      expect(result.out).toContain("dist/ was not changed");
      expect(hashes(join(project, "dist"))).toEqual(before);
    } finally {
      writeFileSync(budget(), good);
    }
  }, 600_000);

  it("keeps the last good output when the build fails after validation, too", async () => {
    const before = hashes(join(project, "dist"));
    // A page that throws at build time: Framework fails after the data was validated.
    writeFileSync(join(project, "src", "broken.md"), '```js\nimport {nothing} from "./no-such-module.js";\n```\n');
    try {
      const result = await npmBuild();
      expect(result.code).not.toBe(0);
      // Said while marp-cli was still converting (its console capture once swallowed this line).
      expect(result.out).toContain('build failed in step "report (Observable Framework build)": Framework exited with code');
      expect(result.out).toContain("dist/ was not changed");
      expect(hashes(join(project, "dist"))).toEqual(before);
      expect(existsSync(join(project, "dist", "broken.html"))).toBe(false);
    } finally {
      rmSync(join(project, "src", "broken.md"));
    }
  }, 600_000);
});

/** budget.csv with the row starting with `prefix` rewritten; returns the text and the row's line. */
function editRow(text: string, prefix: string, edit: (line: string) => string): {text: string; line: number} {
  const lines = text.split("\n");
  const index = lines.findIndex((l) => l.startsWith(prefix));
  expect(index, prefix).toBeGreaterThanOrEqual(0);
  lines[index] = edit(lines[index]);
  return {text: lines.join("\n"), line: index + 1};
}
const setAmount = (value: string) => (l: string) => l.replace(/^([^,]*,[^,]*,[^,]*,)("[^"]*"|[^,]*)/, `$1${value}`);
const setYear = (value: number) => (l: string) => l.replace(/^([^,]*,)\d{4}/, `$1${value}`);

describe("npm run build with well-formed but implausible data", () => {
  // Each stops before anything is written: non-zero exit, the file and the row most likely wrong, a hint. One case
  // of each kind of check as the command prints it (a year without its edition, a programme beyond its section
  // total, a number split at its comma); every typo's row and hint is checked on the same fixture, without a build,
  // by test/lib/plausibility.test.ts.
  it.each([
    // The fixture's rows (test/fixtures/editions/report/budget.csv), each with a typo a person makes.
    ["beta's year typed 2032 for 2030", "beta,2030,enacted,", setYear(2032), 'column "fiscalYear"', "Did you mean 2030"],
    ["alpha typed 12,000", "alpha,2031,draft,", setAmount('"12,000"'), 'column "amount"', "more than the sec total"],
    ["an unquoted 1,500", "beta,2031,draft,", setAmount("1,500"), 'column "amount"', 'Did you mean "1,500"?']
  ])(
    "stops %s at that row and leaves dist/ byte-identical",
    async (_name, prefix, edit, column, hint) => {
      const before = hashes(join(project, "dist"));
      const good = readFileSync(budget(), "utf8");
      const {text, line} = editRow(good, prefix, edit);
      writeFileSync(budget(), text);
      try {
        const result = await npmBuild();
        expect(result.code).not.toBe(0);
        expect(result.out).toContain(`budget.csv, line ${line}, ${column}`);
        expect(result.out).toContain(hint);
        expect(result.out).toContain("dist/ was not changed");
        expect(hashes(join(project, "dist"))).toEqual(before);
      } finally {
        writeFileSync(budget(), good);
      }
    },
    600_000
  );
});

/**
 * Runs `npm run build`; as soon as it has read and validated the data, saves `meanwhile` as budget.csv. Resolves
 * with the exit code, the output, and whether the file was saved before the build ended.
 */
async function buildSaving(meanwhile: string): Promise<{code: number | null; out: string; saved: boolean}> {
  const child = spawn("npm", ["run", "build"], {cwd: project, env, stdio: ["ignore", "pipe", "pipe"]});
  let out = "";
  let saved = false;
  const onData = (d: Buffer) => {
    out += d;
    if (!saved && out.includes("are valid")) {
      saved = true;
      writeFileSync(budget(), meanwhile);
    }
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const code = await new Promise<number | null>((r) => child.on("close", r));
  return {code, out, saved};
}

/** The report's briefing as Framework wrote it into dist/ (its name carries a content hash). */
function reportBriefing(): {budget: {entity: string; fiscalYear: number; stage: string; amount: number}[]} {
  const dir = join(project, "dist", "_file", "data");
  const file = readdirSync(dir).find((f) => /^briefing\.[0-9a-f]+\.json$/.test(f))!;
  return JSON.parse(readFileSync(join(dir, file), "utf8"));
}
const editedAmount = (b: ReturnType<typeof reportBriefing>) =>
  b.budget.find((l) => l.entity === edited.id && l.fiscalYear === current.fiscalYear && l.stage === current.stage)?.amount;

describe("a build killed while swapping dist/", () => {
  it("leaves the last good build in place, and the next run cleans up and compares with it", async () => {
    // dist/ as every build leaves it, a link to its folder in .build/. The copy's dist/ is still the folder
    // builtProject copied (no build has succeeded in this copy yet), which a build first moves aside, a one-time
    // step this check is not about.
    const dist = join(project, "dist");
    if (!lstatSync(dist).isSymbolicLink()) {
      mkdirSync(join(project, ".build"), {recursive: true});
      renameSync(dist, join(project, ".build", "out-last-good"));
      symlinkSync(join(".build", "out-last-good"), dist, "dir");
    }
    const before = hashes(dist);
    const good = readFileSync(budget(), "utf8");
    // The figure the last good build published (the data may differ: an earlier test restored the CSV).
    const snapshotOf = () => JSON.parse(readFileSync(join(project, "dist", "figures-snapshot.json"), "utf8"));
    const published = snapshotOf().snapshot.entities[edited.id].amounts[`${current.fiscalYear} ${current.stage}`].amount;
    // Leftovers of a build that was killed earlier, from a process that no longer exists.
    mkdirSync(join(project, ".build", "dist-999999-1"), {recursive: true});
    mkdirSync(join(project, ".build", "slides-999999-2"), {recursive: true});
    writeFileSync(budget(), setRow(good, '"1,111"'));
    try {
      const killed = await new Promise<{code: number | null; out: string}>((resolvePromise) => {
        const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
          cwd: project,
          env: {...env, KIT_TEST_KILL_DURING_SWAP: "before"},
          stdio: ["ignore", "pipe", "pipe"]
        });
        let out = "";
        child.stdout.on("data", (d) => (out += d));
        child.stderr.on("data", (d) => (out += d));
        child.on("close", (code) => resolvePromise({code, out}));
      });
      expect(killed.code, killed.out).not.toBe(0);
      // dist/ is a link replaced in one rename: killed just before it, dist/ is the last good build.
      expect(hashes(join(project, "dist"))).toEqual(before);

      // The next run repairs first, even when it then stops on bad data.
      writeFileSync(budget(), setRow(good, '"1,11x"'));
      const stopped = await npmBuild();
      expect(stopped.code).not.toBe(0);
      expect(stopped.out).toContain("cleaned up the output of a build stopped while swapping (dist/ still holds the last good build)");
      expect(stopped.out).toMatch(/took over the build lock of pid \d+ .*which is no longer running/);
      expect(stopped.out).toMatch(/cleaned up \d+ temporary folders? left in \.build\/ by interrupted builds/);
      expect(hashes(join(project, "dist"))).toEqual(before);
      expect(readdirSync(join(project, ".build")).filter((f) => /^(dist|slides|swap|briefing)-/.test(f))).toEqual([]);

      // The next run, whose CSV is saved with another figure as soon as the data was read: the report, the slides,
      // the download, the change summary and the published snapshot all show the figure it read (1,111), none the
      // one saved meanwhile (1,777); the change summary compares what it read with the last good build.
      writeFileSync(budget(), setRow(good, '"1,111"'));
      const rebuilt = await buildSaving(setRow(good, '"1,777"'));
      expect(rebuilt.code, rebuilt.out).toBe(0);
      expect(rebuilt.saved).toBe(true);
      expect(rebuilt.out).toContain(summary(published, 1111));
      expect(rebuilt.out).not.toContain("1,777");
      expect(editedAmount(reportBriefing())).toBe(1111);
      const deck = readFileSync(join(project, "dist", "slides", "briefing-ja.md"), "utf8");
      expect(deck).toContain("1,111百万円");
      expect(deck).not.toContain("1,777百万円");
      const download = readFileSync(join(project, "dist", "csv", "budget.csv"), "utf8");
      expect(download).toContain(`${row}"1,111"`);
      expect(download).not.toContain('"1,777"');
      const snapshot = snapshotOf();
      expect(snapshot.snapshot.entities[edited.id].amounts[`${current.fiscalYear} ${current.stage}`].amount).toBe(1111);
    } finally {
      writeFileSync(budget(), good);
    }
  }, 900_000);
});
