// The data folder is read as regular files only, each under a size bound: a symbolic link (which could publish a
// file from outside the project, or print a line of it in an error), a folder, a FIFO (which hung the build) or a
// socket stops with the path named and nothing of its content printed; a file too large to handle stops before it
// is parsed, with its size and the limit, never with a V8 out-of-memory trace.
import {execFileSync, spawnSync} from "node:child_process";
import {cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {createServer, type Server} from "node:net";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {afterEach, beforeEach, describe, expect, it} from "vitest";
import {DataError} from "../../src/lib/errors.js";
import {loadBriefing, MAX_DATA_FILE_BYTES, readDataFiles} from "../../src/lib/files.js";
import {withBuildLock} from "../support/built.js";
import {fixtureDir} from "../support/fixtures.js";

const root = resolve(import.meta.dirname, "..", "..");
const SECRET = "SECRET-FIRST-LINE-must-never-be-printed";
let dir: string;
let outside: string;
beforeEach(() => {
  const base = mkdtempSync(join(tmpdir(), "kit-hostile-files-"));
  dir = join(base, "data");
  cpSync(fixtureDir("two"), dir, {recursive: true});
  outside = join(base, "outside.csv");
  writeFileSync(outside, `${SECRET}\n1,2,3\n`);
});
afterEach(() => rmSync(resolve(dir, ".."), {recursive: true, force: true}));

function stopped(read: () => unknown): DataError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error("expected the data folder to be refused");
}

describe("readDataFiles(dir) reads regular files only", () => {
  it("reads the fixture's regular files", () => {
    expect(Object.keys(readDataFiles(dir)).length).toBeGreaterThan(5);
  });

  it("refuses a symbolic link to a CSV outside the project, naming the path, printing nothing of it", () => {
    rmSync(join(dir, "budget.csv"));
    symlinkSync(outside, join(dir, "budget.csv"));
    const error = stopped(() => readDataFiles(dir));
    expect(error.issues).toEqual([
      {file: "budget.csv", line: 0, message: expect.stringContaining(`${join(dir, "budget.csv")} is a symbolic link, not a regular file`)}
    ]);
    expect(error.message).toContain("put a copy of the file there instead");
    expect(error.message).not.toContain(SECRET);
  });

  it("refuses a symbolic link to the system's password file without printing a line of it", () => {
    rmSync(join(dir, "settings.csv"));
    symlinkSync("/etc/passwd", join(dir, "settings.csv"));
    const error = stopped(() => loadBriefing(dir));
    expect(error.issues).toEqual([expect.objectContaining({file: "settings.csv", message: expect.stringContaining("symbolic link")})]);
    expect(error.message).not.toMatch(/root:|\/bin\/(ba)?sh/);
  });

  it("refuses a folder in a data file's place", () => {
    rmSync(join(dir, "budget.csv"));
    mkdirSync(join(dir, "budget.csv"));
    expect(stopped(() => readDataFiles(dir)).issues).toEqual([
      expect.objectContaining({file: "budget.csv", message: expect.stringContaining("is a folder")})
    ]);
  });

  it("refuses a FIFO without opening it (the read returns at once, nothing waits for a writer)", () => {
    rmSync(join(dir, "budget.csv"));
    execFileSync("mkfifo", [join(dir, "budget.csv")]);
    const started = performance.now();
    const error = stopped(() => readDataFiles(dir));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error.issues).toEqual([expect.objectContaining({file: "budget.csv", message: expect.stringContaining("named pipe (FIFO)")})]);
  });

  describe("a socket", () => {
    let server: Server | undefined;
    afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));
    it("refuses a socket in a data file's place", async () => {
      rmSync(join(dir, "notes.csv"));
      server = createServer();
      await new Promise<void>((done) => server!.listen(join(dir, "notes.csv"), done));
      expect(stopped(() => readDataFiles(dir)).issues).toEqual([
        expect.objectContaining({file: "notes.csv", message: expect.stringContaining("a socket")})
      ]);
    });
  });

  it("names every refused file at once", () => {
    for (const f of ["budget.csv", "notes.csv"]) rmSync(join(dir, f));
    symlinkSync(outside, join(dir, "budget.csv"));
    mkdirSync(join(dir, "notes.csv"));
    expect(stopped(() => readDataFiles(dir)).issues.map((i) => i.file)).toEqual(["budget.csv", "notes.csv"]);
  });
});

describe("a data file over the size bound", () => {
  it("stops before parsing, naming the file, its size and the limit", () => {
    const header = "entity,fiscalYear,stage,amount,unit,flags,notes,source\n";
    const row = 'alpha,2031,draft,"1,200",百万円,,,padding\n';
    writeFileSync(join(dir, "budget.csv"), header + row.repeat(Math.ceil((MAX_DATA_FILE_BYTES * 1.5) / Buffer.byteLength(row))));
    const error = stopped(() => readDataFiles(dir));
    expect(error.issues).toEqual([
      {file: "budget.csv", line: 0, message: expect.stringMatching(/budget\.csv is 3\.0 MB; the kit reads data files of at most 2\.0 MB/)}
    ]);
    expect(error.message.split("\n")).toHaveLength(2);
  });

  it("reads a file of one byte under the bound whole", () => {
    writeFileSync(join(dir, "budget.csv"), "x".repeat(MAX_DATA_FILE_BYTES - 1));
    expect(readDataFiles(dir)["budget.csv"]!.length).toBe(MAX_DATA_FILE_BYTES - 1);
  });
});

describe("npm run build with a hostile data folder", () => {
  it("stops at once with one message naming the FIFO, exit 1, no trace", async () => {
    rmSync(join(dir, "budget.csv"));
    execFileSync("mkfifo", [join(dir, "budget.csv")]);
    // In this checkout, so it takes turns with the shared build (test/support/built.ts): a build running there
    // would stop this one with "another build is running" before it reads the data.
    const run = await withBuildLock(async () =>
      spawnSync(process.execPath, [join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/build.ts"], {
        cwd: root,
        env: {...process.env, BUDGET_DATA_DIR: dir},
        encoding: "utf8",
        timeout: 120_000
      })
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("budget.csv");
    expect(run.stderr).toContain("named pipe (FIFO)");
    expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  }, 900_000);
});
