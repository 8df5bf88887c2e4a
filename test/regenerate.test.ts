// Regenerating after a data edit, as the third kind of user does it: in a copy of the project, with the
// README's command. Edits reach every page and slide; a broken CSV leaves dist/ untouched.
import {execFile, spawn} from "node:child_process";
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from "node:fs";
import {createHash} from "node:crypto";
import {join, relative} from "node:path";
import {promisify} from "node:util";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launch} from "../scripts/browser.js";
import {serve} from "../scripts/serve.js";
import {root, tmpRoot} from "./support/built.js";

const run = promisify(execFile);
const project = join(tmpRoot, "project");
const SKIP = new Set(["node_modules", "dist", ".build", ".git", ".observablehq", "_generated", ".tmp"]);

function copyProject() {
  rmSync(project, {recursive: true, force: true});
  mkdirSync(project, {recursive: true});
  for (const entry of readdirSync(root)) {
    if (SKIP.has(entry) || entry === "test") continue;
    cpSync(join(root, entry), join(project, entry), {recursive: true, filter: (src) => !SKIP.has(src.split("/").pop()!)});
  }
  symlinkSync(join(root, "node_modules"), join(project, "node_modules"));
}

async function npmBuild(): Promise<{code: number; out: string}> {
  try {
    const {stdout, stderr} = await run("npm", ["run", "build"], {cwd: project, env: process.env, maxBuffer: 1 << 26});
    return {code: 0, out: stdout + stderr};
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string};
    return {code: e.code, out: e.stdout + e.stderr};
  }
}

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

const budget = () => join(project, "data", "budget.csv");
const pdfText = async (file: string) => (await run("pdftotext", ["-layout", file, "-"], {maxBuffer: 1 << 26})).stdout.replace(/\s+/g, "");

let browser: Browser;
beforeAll(async () => {
  delete process.env.BUDGET_DATA_DIR;
  copyProject();
  browser = await launch();
  const first = await npmBuild();
  expect(first.code, first.out).toBe(0);
}, 600_000);
afterAll(() => browser?.close());

describe("npm run build after a data edit", () => {
  let out = "";
  beforeAll(async () => {
    writeFileSync(budget(), readFileSync(budget(), "utf8").replace('sicorp,2023,draft,"1,073"', 'sicorp,2023,draft,"1,234"'));
    const result = await npmBuild();
    expect(result.code, result.out).toBe(0);
    out = result.out;
  }, 600_000);

  it("says what changed, with the derived change", () => {
    expect(out).toContain("SICORP FY2023 draft: 1,073 → 1,234 百万円 (change vs FY2022 enacted now +74, +6.4%)");
  });

  it("shows the new figure and its change in the report, in a browser", async () => {
    const {url, close} = await serve(join(project, "dist"));
    const page = await browser.newPage();
    try {
      await page.goto(`${url}/programmes.html`, {waitUntil: "networkidle"});
      const body = await page.locator("main").innerText();
      expect(body).toContain("SICORPは令和4当初比+74百万円（+6.4%）の1,234百万円。");
      await page.goto(`${url}/en/data.html`, {waitUntil: "networkidle"});
      expect(await page.locator("main").innerText()).toContain("SICORP FY2023 draft: 1,073 → 1,234 百万円");
    } finally {
      await page.close();
      await close();
    }
  });

  it("shows the new figure and its change in both slide decks and the editable PPTX", async () => {
    const ja = await pdfText(join(project, "dist", "slides", "briefing-ja.pdf"));
    expect(ja).toContain("1,234百万円");
    expect(ja).toContain("+74百万円");
    const en = await pdfText(join(project, "dist", "slides", "briefing-en.pdf"));
    expect(en).toContain("¥1,234million");
    // The programme's appendix slide is titled from the new figures (+6.4%), its summary row shows both.
    const md = readFileSync(join(project, "dist", "slides", "briefing-ja.md"), "utf8");
    expect(md).toContain("SICORPは6\\.4%増");
    expect(md).toContain("+74百万円（+6.4%）");
    expect(statSync(join(project, "dist", "slides", "briefing-ja-editable.pptx")).size).toBeGreaterThan(10_000);
  });

  it("builds byte-identical files from the same data, but for the PDFs' creation dates", async () => {
    const before = hashes(join(project, "dist"));
    const again = await npmBuild();
    expect(again.code, again.out).toBe(0);
    expect(again.out).toContain("no figure changed since the last good build");
    const after = hashes(join(project, "dist"));
    const differing = Object.keys({...before, ...after}).filter((f) => before[f] !== after[f]);
    expect(differing.sort()).toEqual([
      "slides/briefing-en-handout.pdf",
      "slides/briefing-en.pdf",
      "slides/briefing-ja-handout.pdf",
      "slides/briefing-ja.pdf"
    ]);
  }, 600_000);
});

describe("npm run build with a broken CSV", () => {
  it("exits non-zero naming file, line and column, and leaves dist/ byte-identical", async () => {
    const before = hashes(join(project, "dist"));
    const good = readFileSync(budget(), "utf8");
    const lines = good.split("\n");
    const line = lines.findIndex((l) => l.startsWith("satreps,2023,draft")) + 1;
    lines[line - 1] = lines[line - 1].replace('"1,878"', '"1,87x"');
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
      expect(hashes(join(project, "dist"))).toEqual(before);
      expect(existsSync(join(project, "dist", "broken.html"))).toBe(false);
    } finally {
      rmSync(join(project, "src", "broken.md"));
    }
  }, 600_000);
});

describe("npm run dev", () => {
  it("serves a CSV edit to the preview and the HTML decks within seconds", async () => {
    const port = 3400 + Math.floor(Math.random() * 500);
    const dev = spawn("npx", ["tsx", "scripts/dev.ts"], {
      cwd: project,
      env: {...process.env, PORT: String(port)},
      detached: true,
      stdio: ["ignore", "pipe", "pipe"]
    });
    let log = "";
    dev.stdout.on("data", (d) => (log += d));
    dev.stderr.on("data", (d) => (log += d));
    const poll = async (check: () => Promise<boolean>, ms: number) => {
      const start = Date.now();
      while (Date.now() - start < ms) {
        if (await check().catch(() => false)) return Date.now() - start;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`timed out after ${ms} ms\n${log}`);
    };
    const json = () => fetch(`http://127.0.0.1:${port}/_file/data/briefing.json`).then((r) => r.text());
    try {
      await poll(async () => (await json()).includes('"entity":"sicorp"'), 60_000);
      await poll(async () => existsSync(join(project, ".build", "dev", "slides", "briefing-ja.html")), 60_000);
      writeFileSync(budget(), readFileSync(budget(), "utf8").replace(/sicorp,2023,draft,"[\d,]+"/, 'sicorp,2023,draft,"1,300"'));
      const report = await poll(async () => (await json()).includes('"amount":1300'), 10_000);
      const slides = await poll(
        async () => readFileSync(join(project, ".build", "dev", "slides", "briefing-ja.html"), "utf8").includes("1,300百万円"),
        30_000
      );
      console.log(`dev: report followed the edit in ${report} ms, slides in ${slides} ms`);
      expect(report).toBeLessThan(5_000);
    } finally {
      process.kill(-dev.pid!, "SIGTERM");
    }
  }, 180_000);
});
