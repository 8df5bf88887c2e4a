// `npm run dev` survives anything in data/: in a fresh project copy (no last good build) whose data (the fixture
// edition test/fixtures/editions/two) has an error, a data file replaced by a folder, and it leaves no Framework
// preview running when it is stopped.
import {spawn} from "node:child_process";
import {cpSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {createServer} from "node:net";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser} from "playwright-core";
import {launch} from "../scripts/browser.js";
import {tmpRoot} from "./support/built.js";
import {fixtureBriefing, fixtureDir, lineIn} from "./support/fixtures.js";
import {copyProject as copyFromRoot} from "./support/project.js";

const project = join(tmpRoot, "dev-project");
const budget = () => join(project, "data", "budget.csv");

/** A copy of the project whose data/ is the fixture edition. */
const copyProject = () => {
  copyFromRoot(project);
  rmSync(join(project, "data"), {recursive: true, force: true});
  cpSync(fixtureDir("two"), join(project, "data"), {recursive: true});
};

// The row made bad: a programme's amount in the current edition.
const {current} = fixtureBriefing("two").figures;
const edited = "alpha";
const row = `${edited},${current.fiscalYear},${current.stage},`;

/**
 * The first port the system hands out on its own (to every outgoing connection and every `listen(0)`): a port
 * found free above it can be taken by another connection before dev binds it (EADDRINUSE seen in CI while the
 * suite's browsers and servers ran beside it), so the test picks its ports below it.
 */
function ephemeralStart(): number {
  try {
    return Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]) || 32_768;
  } catch {
    return 32_768;
  }
}

/** Two free loopback ports in a row (dev takes PORT and PORT + 1), below the range the system hands out itself. */
async function freePorts(): Promise<number> {
  const top = Math.max(ephemeralStart() - 2, 10_002);
  for (;;) {
    const port = 10_000 + Math.floor(Math.random() * (top - 10_000));
    const ok = await Promise.all(
      [port, port + 1].map(
        (p) =>
          new Promise<boolean>((r) => {
            const s = createServer();
            s.once("error", () => r(false));
            s.listen(p, "127.0.0.1", () => s.close(() => r(true)));
          })
      )
    );
    if (ok.every(Boolean)) return port;
  }
}

const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

let browser: Browser;
let dev: ReturnType<typeof spawn>;
let log = "";
let base = "";
let good = "";
let line = 0;
const poll = async (check: () => Promise<boolean> | boolean, ms: number, what: string) => {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await Promise.resolve(check()).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}\n${log}`);
};
const status = async () => (await (await fetch(`${base}/_kit/status.json`)).json()) as {lines: string[]};

beforeAll(async () => {
  copyProject();
  good = readFileSync(budget(), "utf8");
  const lines = good.split("\n");
  line = lineIn(good, row);
  lines[line - 1] = lines[line - 1].replace(/"[\d,]+"/, '"1,07x"');
  expect(lines[line - 1]).toContain('"1,07x"');
  writeFileSync(budget(), lines.join("\n"));
  const port = await freePorts();
  base = `http://127.0.0.1:${port}`;
  // Its own process group, so the test can see whether any process of it (the preview) outlives it.
  dev = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts"], {
    cwd: project,
    env: {...process.env, PORT: String(port), BUDGET_DATA_DIR: ""},
    detached: true,
    stdio: ["ignore", "pipe", "pipe"]
  });
  dev.stdout!.on("data", (d) => (log += d));
  dev.stderr!.on("data", (d) => (log += d));
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (dev?.pid && groupAlive(dev.pid)) process.kill(-dev.pid, "SIGKILL");
});

describe("npm run dev on a fresh checkout whose data has an error", () => {
  it("stays up and shows a banner naming the file and the row", async () => {
    await poll(async () => (await status()).lines.length > 0, 180_000, "the status to list the problem");
    expect((await status()).lines).toContainEqual(expect.stringContaining(`budget.csv, line ${line}, column "amount"`));
    const page = await browser.newPage();
    try {
      const response = await page.goto(`${base}/en/index.html`, {waitUntil: "load"});
      expect(response?.status()).toBe(503);
      const banner = page.locator("#kit-data-error");
      await banner.waitFor({timeout: 60_000});
      expect(await banner.innerText()).toContain(`budget.csv, line ${line}, column "amount"`);
      expect(await page.locator("main").innerText()).toContain("The preview starts once the data is valid");
      expect(await banner.innerText()).toContain("There is no good version yet, so the preview has not started.");
    } finally {
      await page.close();
    }
    expect(dev.exitCode).toBeNull();
    expect(log).not.toMatch(/file an issue/i);
  }, 300_000);

  it("starts the preview once the data is fixed", async () => {
    writeFileSync(budget(), good);
    const json = () => fetch(`${base}/_file/data/briefing.json`).then((r) => (r.ok ? r.text() : ""));
    await poll(async () => (await json()).includes(`"entity":"${edited}"`), 240_000, "the preview to serve the briefing");
    expect((await status()).lines).toEqual([]);
  }, 300_000);
});

describe("npm run dev when a data file is replaced by a folder", () => {
  it("stays up, keeps the last good figures and names the file in the banner", async () => {
    rmSync(budget());
    mkdirSync(budget());
    try {
      await poll(async () => (await status()).lines.length > 0, 120_000, "the status to list the folder");
      expect((await status()).lines).toEqual([
        expect.stringMatching(/^budget\.csv: \S*budget\.csv is a folder, not a regular file; .*put a copy of the file there instead$/)
      ]);
      expect(dev.exitCode).toBeNull();
      const page = await fetch(`${base}/_file/data/briefing.json`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(`"entity":"${edited}"`);
    } finally {
      rmSync(budget(), {recursive: true});
      writeFileSync(budget(), good);
    }
    await poll(async () => (await status()).lines.length === 0, 120_000, "the data to be valid again");
  }, 300_000);
});

describe("stopping npm run dev", () => {
  it("leaves no process behind (Framework's preview included) when its terminal closes", async () => {
    expect(groupAlive(dev.pid!)).toBe(true);
    dev.kill("SIGHUP"); // to dev alone, not its group: the preview must be stopped by dev
    await poll(() => !groupAlive(dev.pid!), 60_000, "every process of dev to end");
  }, 90_000);
});
