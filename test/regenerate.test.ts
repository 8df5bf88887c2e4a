// Regenerating after a data edit, as the third kind of user does it: in a copy of the project, with the
// README's command. Edits reach every page and slide (a corrupt figures snapshot set aside: test/print/
// deterministic.test.ts); `npm run dev`
// follows an edit (its times are printed, not asserted). The copy's data/ is the fixture edition of the shared build
// (test/fixtures/editions/report) and its dist/ a copy of that build, the last good build the user has
// (test/support/project.ts builtProject): what is expected is computed from its CSVs and the edit made.
// What a build refuses, a CSV saved during a build and a build killed while swapping: test/rebuild.test.ts.
import {existsSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {execFile, spawn} from "node:child_process";
import {promisify} from "node:util";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launch} from "../scripts/browser.js";
import {serve} from "../scripts/serve.js";
import {loadBriefing} from "../src/lib/files.js";
import {formatAmount, formatChange, formatMovement} from "../src/lib/format.js";
import {changeSentence, entity, stageShort} from "../src/lib/text.js";
import {BUILT, tmpRoot} from "./support/built.js";
import {fixtureDir} from "./support/fixtures.js";
import {gotoReady} from "./support/page.js";
import {npmBuild as build, printed, setRow as setRowIn, userEnv} from "./support/npmbuild.js";
import {builtProject} from "./support/project.js";

const run = promisify(execFile);
const project = join(tmpRoot, "project");
const env = userEnv();

// The programme edited: its current amount, and the edition and comparison as the change summary names them.
const fixture = loadBriefing(fixtureDir(BUILT));
const {current, comparison} = fixture.figures;
const edited = entity(fixture, "alpha");
const row = `${edited.id},${current.fiscalYear},${current.stage},`;
/** The change summary's line for the edited programme, from `from` to `to` (in 百万円). */
const summary = (from: number, to: number) =>
  `${edited.shortEn} ${stageShort(fixture, current, "en")}: ${printed(from)} → ${printed(to)} 百万円`;
const setRow = (text: string, amount: string) => setRowIn(text, row, amount);
const npmBuild = (extra: Record<string, string> = {}) => build(project, extra);

const budget = () => join(project, "data", "budget.csv");
const pdfText = async (file: string) => (await run("pdftotext", ["-layout", file, "-"], {maxBuffer: 1 << 26})).stdout.replace(/\s+/g, "");

let browser: Browser;
beforeAll(async () => {
  // May wait for the shared build, made by another file.
  await builtProject(project);
  browser = await launch();
}, 900_000);
afterAll(() => browser?.close());

describe("npm run build after a data edit", () => {
  let out = "";
  const before = edited.current!.value.millionYen;
  const after = before + 234;
  // The edited programme as the library sees the edited data: the sentences and slides must say the same.
  let e: ReturnType<typeof entity>;
  let b: ReturnType<typeof loadBriefing>;
  beforeAll(async () => {
    writeFileSync(budget(), setRow(readFileSync(budget(), "utf8"), `"${printed(after)}"`));
    b = loadBriefing(join(project, "data"));
    e = entity(b, edited.id);
    expect(e.current!.value.millionYen).toBe(after);
    const result = await npmBuild();
    expect(result.code, result.out).toBe(0);
    out = result.out;
  }, 600_000);

  it("says what changed, with the derived change", () => {
    expect(e.change!.millionYen).toBe(after - edited.comparison!.value.millionYen);
    expect(out).toContain(
      `${summary(before, after)} (change vs ${stageShort(fixture, comparison!, "en")} now ${formatChange(e.change!, {lang: "en", unit: "printed"})}, `
    );
  });

  it("shows the new figure and its change in the report, in a browser", async () => {
    const {url, close} = await serve(join(project, "dist"));
    const page = await browser.newPage();
    try {
      await gotoReady(page, `${url}/programmes.html`);
      const body = await page.locator("main").innerText();
      expect(body).toContain(changeSentence(b, e, {lang: "ja", unit: "printed"}));
      await gotoReady(page, `${url}/en/data.html`);
      expect(await page.locator("main").innerText()).toContain(summary(before, after));
    } finally {
      await page.close();
      await close();
    }
  });

  it("shows the new figure and its change in both slide decks and the editable PPTX", async () => {
    const squash = (t: string) => t.replace(/\s+/g, "");
    const ja = await pdfText(join(project, "dist", "slides", "briefing-ja.pdf"));
    expect(ja).toContain(squash(formatAmount(e.current!.value, {lang: "ja", unit: "printed"})));
    // Japanese writes a change as a ministry does: 「434百万円増」.
    expect(ja).toContain(squash(formatMovement(e.change!, {lang: "ja", unit: "printed"})));
    const en = await pdfText(join(project, "dist", "slides", "briefing-en.pdf"));
    expect(en).toContain(squash(formatAmount(e.current!.value, {lang: "en", unit: "printed"})));
    // The programme's summary row shows the new amount and its change.
    const md = readFileSync(join(project, "dist", "slides", "briefing-ja.md"), "utf8");
    expect(md).toContain(`${formatMovement(e.change!, {lang: "ja", unit: "printed"})}（`);
    expect(statSync(join(project, "dist", "slides", "briefing-ja-editable.pptx")).size).toBeGreaterThan(10_000);
  });
});

// The README promises that an edit shows in the preview, not how fast this machine is: every wait below is for
// an event (the served JSON, the deck file, the banner), with a timeout generous enough for a loaded machine; the
// times taken are printed, not asserted.
const PATIENCE = 120_000;

describe("npm run dev", () => {
  it("serves a CSV edit to the preview and the HTML decks", async () => {
    const port = 3400 + Math.floor(Math.random() * 500);
    const dev = spawn("npx", ["tsx", "scripts/dev.ts"], {
      cwd: project,
      env: {...env, PORT: String(port)},
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
      await poll(async () => (await json()).includes(`"entity":"${edited.id}"`), PATIENCE);
      await poll(async () => existsSync(join(project, ".build", "dev", "slides", "briefing-ja.html")), PATIENCE);
      writeFileSync(budget(), setRow(readFileSync(budget(), "utf8"), '"1,300"'));
      const report = await poll(async () => (await json()).includes('"amount":1300'), PATIENCE);
      const slides = await poll(
        async () => readFileSync(join(project, ".build", "dev", "slides", "briefing-ja.html"), "utf8").includes("1,300百万円"),
        PATIENCE
      );
      console.log(`dev: report followed the edit in ${report} ms, slides in ${slides} ms`);

      // The header's slide link works in the preview.
      const deck = await fetch(`http://127.0.0.1:${port}/slides/briefing-ja.html`);
      expect(deck.status).toBe(200);
      expect(await deck.text()).toContain("1,300百万円");

      // The data page's CSV download link works in the preview too, with the edit in it.
      const csv = await fetch(`http://127.0.0.1:${port}/csv/budget.csv`);
      expect(csv.status).toBe(200);
      expect(await csv.text()).toContain(`${row}"1,300"`);

      // A data error shows in the open page, naming file and row, while the last good figures stay.
      const page = await browser.newPage();
      try {
        await page.goto(`http://127.0.0.1:${port}/en/index.html`, {waitUntil: "load"});
        const good = readFileSync(budget(), "utf8");
        const line = good.split("\n").findIndex((l) => l.startsWith(row)) + 1;
        writeFileSync(budget(), setRow(good, "1.300"));
        const banner = page.locator("#kit-data-error");
        await banner.waitFor({timeout: PATIENCE});
        const text = await banner.innerText();
        expect(text).toContain("The figures shown are from the last good data.");
        expect(text).toContain(`budget.csv, line ${line}, column "amount"`);
        expect(await json()).toContain('"amount":1300');
        writeFileSync(budget(), good);
        await banner.waitFor({state: "detached", timeout: PATIENCE});
      } finally {
        await page.close();
      }
    } finally {
      process.kill(-dev.pid!, "SIGTERM");
    }
  }, 900_000);
});
