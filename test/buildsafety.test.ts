// The build's own safety, piece by piece and fast (no Framework build here; test/buildsafety-project.test.ts
// runs the whole build in a project copy): the lock, the swap of dist/ and its repair after a kill at each
// point, the CSV downloads, the permission check and the failure messages.
import {execFile, spawn} from "node:child_process";
import {existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import {afterEach, beforeEach, describe, expect, it} from "vitest";
import {acquireBuildLock, BuildLockedError, LOCK_FILE} from "../scripts/buildlock.js";
import {csvDownload, downloadCell} from "../scripts/csvdownload.js";
import {unwritableFolder} from "../scripts/preflight.js";
import {dataIssues, explainFailure} from "../scripts/remedy.js";
import {recoverInterruptedBuilds, swapIntoPlace} from "../scripts/swap.js";
import {DataError} from "../src/lib/errors.js";
import {root} from "./support/built.js";

const run = promisify(execFile);
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kit-safety-"));
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

/** The pid of a process that has exited (nothing runs under it now). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((r) => child.on("exit", r));
  return child.pid!;
}

describe("acquireBuildLock(work, log)", () => {
  it("refuses a second build while the first holds the lock, naming its pid and start", () => {
    const release = acquireBuildLock(dir, () => {}, new Date("2026-01-02T03:04:05Z"));
    // Another process's lock: the owner in the file is this (live) test process, as a second build would see it.
    expect(() => acquireBuildLock(dir, () => {})).toThrow(BuildLockedError);
    expect(() => acquireBuildLock(dir, () => {})).toThrow(
      `another build is running (pid ${process.pid}) since 2026-01-02T03:04:05.000Z; wait for it or stop it (kill ${process.pid})`
    );
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquireBuildLock(dir, () => {})();
  });

  it("takes over the lock of a build that no longer runs, and says so", async () => {
    const pid = await deadPid();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({pid, started: "2026-01-01T00:00:00.000Z"}));
    const log: string[] = [];
    const release = acquireBuildLock(dir, (l) => log.push(l));
    expect(log).toEqual([`took over the build lock of pid ${pid} (started 2026-01-01T00:00:00.000Z), which is no longer running`]);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).pid).toBe(process.pid);
    release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("takes over a lock file cut short (a build killed while writing it is impossible, a hand-made one is not)", () => {
    writeFileSync(join(dir, LOCK_FILE), '{"pid":');
    const log: string[] = [];
    acquireBuildLock(dir, (l) => log.push(l))();
    expect(log).toEqual([`took over an unreadable build lock in ${LOCK_FILE}`]);
  });
});

/** A finished build's output folder in `work`, holding one page that says which build it is. */
function output(work: string, name: string, text: string): string {
  const tmp = join(work, name);
  mkdirSync(tmp, {recursive: true});
  writeFileSync(join(tmp, "index.html"), text);
  return tmp;
}

/** Runs swapIntoPlace in a child process that is killed (SIGKILL) at `point`. */
async function killedSwap(tmp: string, out: string, work: string, point: "before" | "after"): Promise<number | null> {
  const code = `import {swapIntoPlace} from ${JSON.stringify(join(root, "scripts", "swap.ts"))}; swapIntoPlace(${JSON.stringify(tmp)}, ${JSON.stringify(out)}, ${JSON.stringify(work)}, process.pid + "-1");`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
    cwd: root,
    env: {...process.env, KIT_TEST_KILL_DURING_SWAP: point},
    stdio: "inherit"
  });
  return new Promise((r) => child.on("exit", (_code, signal) => r(signal === "SIGKILL" ? 137 : _code)));
}

describe("swapIntoPlace(tmp, out, work, id)", () => {
  let work: string;
  let out: string;
  beforeEach(() => {
    work = join(dir, ".build");
    out = join(dir, "dist");
    mkdirSync(work);
  });
  const page = () => readFileSync(join(out, "index.html"), "utf8");
  const leftovers = () => readdirSync(work).filter((f) => !/^out-/.test(f));

  it("makes dist a link to the new output; the old output goes when the next build starts", async () => {
    const pid = await deadPid(); // the builds are over when the next one starts
    swapIntoPlace(output(work, `dist-${pid}-1`, "first"), out, work, `${pid}-1`);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(page()).toBe("first");
    const first = realpathSync(out);
    swapIntoPlace(output(work, `dist-${pid}-2`, "second"), out, work, `${pid}-2`);
    expect(page()).toBe("second");
    expect(existsSync(first)).toBe(true);
    const log: string[] = [];
    recoverInterruptedBuilds(work, out, (l) => log.push(l));
    expect(log).toEqual([]);
    expect(existsSync(first)).toBe(false);
    expect(readdirSync(work)).toEqual([realpathSync(out).split("/").pop()]);
    expect(readdirSync(dir).sort()).toEqual([".build", "dist"]);
  });

  it("never leaves a moment without dist/: a reader polling it during 200 swaps always finds a page", async () => {
    swapIntoPlace(output(work, "dist-1-0", "0"), out, work, "1-0");
    // Another process checks for the page as fast as it can while this one swaps.
    const reader = spawn(
      process.execPath,
      [
        "-e",
        `const fs = require("fs"); let misses = 0, reads = 0, stop = false;
         process.stdin.on("data", () => (stop = true));
         console.log("ready");
         (function poll() { for (let i = 0; i < 2000; i++) { if (fs.existsSync(${JSON.stringify(join(out, "index.html"))})) reads++; else misses++; }
           if (stop) { console.log(JSON.stringify({misses, reads})); process.exit(0); } setImmediate(poll); })();`
      ],
      {stdio: ["pipe", "pipe", "inherit"]}
    );
    let answer = "";
    reader.stdout.on("data", (d) => (answer += d));
    await new Promise<void>((r) => reader.stdout.once("data", () => r()));
    for (let i = 1; i <= 200; i++) {
      swapIntoPlace(output(work, `dist-1-${i}-x`, String(i)), out, work, `1-${i}`);
      if (i % 20 === 0) await new Promise((r) => setTimeout(r, 1)); // let the reader's checks interleave
    }
    reader.stdin.write("stop\n");
    await new Promise((r) => reader.on("exit", r));
    const {misses, reads} = JSON.parse(answer.split("\n")[1]);
    expect(reads).toBeGreaterThan(1000);
    expect(misses).toBe(0);
    expect(page()).toBe("200");
  });

  it("a swap killed before its rename leaves the last good build in place; the next run removes the new folder", async () => {
    const pid = await deadPid();
    swapIntoPlace(output(work, `dist-${pid}-1`, "good"), out, work, `${pid}-1`);
    expect(await killedSwap(output(work, "dist-2-2", "killed"), out, work, "before")).toBe(137);
    expect(page()).toBe("good");
    const log: string[] = [];
    recoverInterruptedBuilds(work, out, (l) => log.push(l));
    expect(page()).toBe("good");
    expect(log).toEqual([
      expect.stringMatching(/^cleaned up the output of a build stopped while swapping \(.*dist\/ still holds the last good build\)$/)
    ]);
    expect(readdirSync(work)).toEqual([realpathSync(out).split("/").pop()]);
    expect(readdirSync(dir).sort()).toEqual([".build", "dist"]);
  });

  it("a swap killed after its rename leaves the new build in place; the next run removes the old folder", async () => {
    const pid = await deadPid();
    swapIntoPlace(output(work, `dist-${pid}-1`, "old"), out, work, `${pid}-1`);
    const old = realpathSync(out);
    expect(await killedSwap(output(work, "dist-2-2", "new"), out, work, "after")).toBe(137);
    expect(page()).toBe("new");
    recoverInterruptedBuilds(work, out, () => {});
    expect(page()).toBe("new");
    expect(existsSync(old)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it("a dist/ that is still a real folder becomes a link; killed in that one gap, the next run puts it back", async () => {
    output(dir, "dist", "legacy");
    expect(await killedSwap(output(work, "dist-2-2", "killed"), out, work, "before")).toBe(137);
    expect(existsSync(out)).toBe(false); // the one-time change from a folder to a link is the only gap
    const log: string[] = [];
    recoverInterruptedBuilds(work, out, (l) => log.push(l));
    expect(log[0]).toMatch(/^recovered: .*dist\/ restored from the last good build/);
    expect(page()).toBe("legacy");
    expect(lstatSync(out).isDirectory()).toBe(true);
    swapIntoPlace(output(work, "dist-3-3", "linked"), out, work, "3-3");
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(page()).toBe("linked");
    expect(readdirSync(dir).sort()).toEqual([".build", "dist"]);
  });

  it("leaves the output folders of other outputs (the tests' builds) alone", () => {
    const other = join(dir, "elsewhere");
    swapIntoPlace(output(work, "dist-1-1", "other"), other, work, "1-1");
    swapIntoPlace(output(work, "dist-1-2", "mine"), out, work, "1-2");
    recoverInterruptedBuilds(work, out, () => {});
    expect(readFileSync(join(other, "index.html"), "utf8")).toBe("other");
    expect(page()).toBe("mine");
  });
});

describe("csvDownload(bytes, file)", () => {
  it("neutralises text cells a spreadsheet would run, keeps numbers (negative too), BOM and line ends", () => {
    const text = [
      "id,nameEn,amount,note",
      'a,=HYPERLINK("http://evil.example"),-87,+cmd|x',
      'b,@SUM(A1),"1,073",-',
      "c,\tTabbed,141.2,plain",
      ""
    ].join("\r\n");
    const out = csvDownload(Buffer.from(text, "utf8"), "x.csv");
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(out.toString("utf8").slice(1)).toBe(
      [
        "id,nameEn,amount,note",
        `a,"'=HYPERLINK(""http://evil.example"")",-87,'+cmd|x`,
        `b,'@SUM(A1),"1,073",'-`,
        "c,'\tTabbed,141.2,plain",
        ""
      ].join("\r\n")
    );
  });

  it("reads Shift_JIS and writes UTF-8", () => {
    const sjis = Buffer.from([0x82, 0xa0, 0x2c, 0x31, 0x0a]); // "あ,1\n"
    expect(csvDownload(sjis, "x.csv").toString("utf8")).toBe("\uFEFFあ,1\n");
  });

  it.each([
    ["-87", "-87"],
    ["+5", "+5"],
    ["1,073", '"1,073"'],
    ["-1+2", "'-1+2"],
    ["-1,0", `"'-1,0"`],
    ["=1", "'=1"],
    ["\r1", `"'\r1"`]
  ])("downloadCell(%j) is %j", (cell, expected) => {
    expect(downloadCell(cell)).toBe(expected);
  });
});

describe("unwritableFolder(folders)", () => {
  it("names a folder that cannot be written, and what to do", async () => {
    const locked = join(dir, "dist");
    mkdirSync(locked);
    // Mode bits do not stop root; an immutable folder does. Use what works for the user running the tests.
    const asRoot = process.getuid?.() === 0;
    await run(asRoot ? "chattr" : "chmod", asRoot ? ["+i", locked] : ["a-w", locked]);
    try {
      expect(unwritableFolder([{path: join(dir, "fine"), what: "x"}], dir)).toBeNull();
      expect(unwritableFolder([{path: locked, what: "removing the previous dist/"}], dir)).toMatch(
        /^dist\/ cannot be written \((EACCES|EPERM)\), and the build needs it for removing the previous dist\/: make it writable \(chmod -R u\+w dist; chattr -R -i dist if it was made immutable\) and run the build again$/
      );
    } finally {
      await run(asRoot ? "chattr" : "chmod", asRoot ? ["-i", locked] : ["u+w", locked]);
    }
  });
});

describe("explainFailure(error)", () => {
  const fsError = (code: string, path: string) => Object.assign(new Error(`${code}: x`), {code, path});
  it.each([
    ["EISDIR", "is a folder where the build writes or reads a file: move or remove that folder"],
    ["EEXIST", "already exists (a leftover of an interrupted build or a copy made by hand): remove it"],
    ["EACCES", "cannot be written (EACCES): make it writable"],
    ["ENOSPC", "the disk is full while writing"]
  ])("names the path and the fix for %s", (code, words) => {
    const message = explainFailure(fsError(code, "/p/dist/slides/briefing-ja.pdf"), "/p");
    expect(message).toContain("dist/slides/briefing-ja.pdf");
    expect(message).toContain(words);
  });

  it("names the files and the fix when Chromium fails to print", () => {
    for (const text of ["Printing failed", "Unable to capture screenshot"])
      expect(
        explainFailure(new Error(`marp-cli failed to write briefing-ja.pdf and briefing-en.pdf (exit code 1): [ERROR] ${text}`))
      ).toMatch(/^briefing-ja\.pdf and briefing-en\.pdf: Chromium stopped while printing .*run the build again/);
  });

  it("leaves other errors to the build's own message", () => {
    expect(explainFailure(new Error("something else"))).toBeNull();
  });
});

describe("dataIssues(error, dataDir) for the dev banner", () => {
  it("turns a data file replaced by a folder into an issue naming the file", () => {
    const error = Object.assign(new Error("EISDIR"), {code: "EISDIR", path: "/p/data/budget.csv"});
    expect(dataIssues(error, "/p/data")).toEqual([
      {file: "budget.csv", line: 0, message: "is a folder, not a CSV file: put the CSV file back in its place"}
    ]);
  });
  it("finds the data file that is a folder when the system does not name it (readFileSync's EISDIR)", () => {
    mkdirSync(join(dir, "notes.csv"));
    const error = Object.assign(new Error("EISDIR: illegal operation on a directory, read"), {code: "EISDIR"});
    expect(dataIssues(error, dir)).toEqual([
      {file: "notes.csv", line: 0, message: "is a folder, not a CSV file: put the CSV file back in its place"}
    ]);
  });
  it("passes a DataError's issues through", () => {
    const issue = {file: "budget.csv", line: 3, column: "amount", message: "bad"};
    expect(dataIssues(new DataError([issue]), "/p/data")).toEqual([issue]);
  });
});
