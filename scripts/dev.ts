// npm run dev: Framework's live preview of the report, plus the slide decks, following every edit.
// Framework watches pages and the modules they import, but not the CSV files a loader reads, and it re-runs a
// loader only when the loader is newer than its cache. So on a change in data/ or the library we read and
// validate the data once, write the briefing the loader prints (KIT_BRIEFING, as in the build, so report and
// slides show the same snapshot), touch the loader, and rebuild the HTML decks from that same briefing.
// A data error keeps the last good figures and shows a banner in the open page (scripts/devproxy.ts).
import {spawn, type ChildProcess} from "node:child_process";
import {existsSync, mkdirSync, readFileSync, readdirSync, renameSync, utimesSync, watch, writeFileSync} from "node:fs";
import {createServer} from "node:net";
import {join, resolve} from "node:path";
import type {Briefing} from "../src/lib/briefing.js";
import {briefingWithChanges, nextSnapshotFile} from "../src/lib/changes.js";
import {formatIssue} from "../src/lib/errors.js";
import {briefingFromInput, dataDir, readDataFiles, readSnapshotFile} from "../src/lib/files.js";
import {decodeCsv} from "../src/lib/decode.js";
import {stableJson} from "../src/lib/json.js";
import {buildSlides, type Format} from "../slides/build.js";
import {chromePath} from "./browser.js";
import {startDevProxy, type DevStatus} from "./devproxy.js";
import {dataIssues} from "./remedy.js";
import {dataFileDownload} from "./report-finish.js";
import {DATA_FILES, type DataFile} from "../src/lib/dataset.js";
import {prepare} from "./prepare.js";
import {serve} from "./serve.js";

const root = resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const devDir = join(root, ".build", "dev");
const slidesDir = join(devDir, "slides");
const briefingFile = join(devDir, "briefing.json");
const loaders = () =>
  readdirSync(join(root, "src", "data"))
    .filter((f) => /\.(json|csv)\.ts$/.test(f))
    .map((f) => join(root, "src", "data", f));

function touchLoaders() {
  const now = new Date();
  for (const file of loaders()) utimesSync(file, now, now);
}

const status: DevStatus = {issues: [], version: 0};
let briefing: Briefing | null = null;
/** Bumped whenever the data or the slide sources change: PDF and PPTX made before it are stale. */
let generation = 0;
const madeAt: Partial<Record<Format, number>> = {};

/** Reads and validates the data once; on success writes the briefing the loader prints. */
async function refreshData(): Promise<boolean> {
  let next: Briefing;
  try {
    const input = readDataFiles();
    next = briefingFromInput(input);
    // New text may need new glyphs in the font subset: from the bytes just read (the build's rule too).
    const dataTexts = Object.entries(input).map(([f, v]) => (typeof v === "string" ? v : decodeCsv(v, f)));
    await prepare({quiet: true, dataTexts});
  } catch (error) {
    status.issues = dataIssues(error, dataDir());
    status.version++;
    const lines = status.issues.map((i) => `  - ${formatIssue(i)}`).join("\n");
    console.error(
      `dev: ${status.issues.length} problem${status.issues.length === 1 ? "" : "s"} in the data:\n${lines}\n(${briefing ? "the preview keeps the last good figures and shows this in the page" : "the preview starts once the data is valid; the page shows what to fix"})`
    );
    return false;
  }
  const {file: previous} = readSnapshotFile(join(root, "dist", "figures-snapshot.json"));
  writeFileSync(`${briefingFile}.tmp`, stableJson(briefingWithChanges(next, nextSnapshotFile(previous, next))));
  renameSync(`${briefingFile}.tmp`, briefingFile);
  briefing = next;
  if (status.issues.length) console.error("dev: the data is valid again");
  status.issues = [];
  status.version++;
  generation++;
  return true;
}

let slidesRunning: Promise<void> | null = null;
let slidesAgain = false;
async function rebuildSlides() {
  if (slidesRunning) return void (slidesAgain = true);
  slidesRunning = (async () => {
    do {
      slidesAgain = false;
      const started = Date.now();
      if (!briefing) break;
      try {
        await buildSlides(briefing, slidesDir, {formats: ["html"], log: () => {}});
        console.error(`dev: slides rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        console.error(`dev: slides failed: ${error instanceof Error ? error.message : error}`);
      }
    } while (slidesAgain);
  })();
  await slidesRunning;
  slidesRunning = null;
}

/** A slide file for the header's links. PDF and the picture PPTX need Chromium and take a while: made on request. */
async function slide(name: string): Promise<Uint8Array | string> {
  const format = /^briefing-(?:ja|en)\.(pdf|pptx)$/.exec(name)?.[1] as Format | undefined;
  if (format && (madeAt[format] ?? -1) !== generation) {
    if (!chromePath())
      return `${name}: PDF and PPTX need Chromium (apt-get install -y chromium, or set CHROME_PATH); the HTML deck and the editable PPTX are at /slides/.`;
    if (!briefing) return `${name}: the data has an error and there is no good version yet; see the terminal.`;
    const made = generation;
    await slidesRunning;
    await buildSlides(briefing, slidesDir, {formats: [format], log: () => {}});
    madeAt[format] = made;
  }
  const file = join(slidesDir, name);
  return existsSync(file) ? readFileSync(file) : `${name}: no such slide file (the decks are briefing-ja and briefing-en).`;
}

async function onChange(what: string) {
  if (what === "slides") generation++;
  else if (!(await refreshData())) return;
  startPreview(); // a fresh checkout whose data was bad at start: the preview starts with the first good data
  if (what !== "slides") touchLoaders();
  void rebuildSlides();
}

/** A free loopback port for Framework's preview, which the proxy on `port` fronts. */
const freePort = () =>
  new Promise<number>((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === "object" && address ? address.port : 0));
    });
  });

mkdirSync(slidesDir, {recursive: true});
await refreshData();
const upstreamPort = await freePort();
const bin = join(root, "node_modules", "@observablehq", "framework", "dist", "bin", "observable.js");
let preview: ChildProcess | null = null;
let stopping = false;
/**
 * Framework's preview reads the briefing for its titles when it starts, so it starts only once there is good
 * data (until then the proxy shows a page naming what to fix). It is killed whenever dev exits, however.
 */
function startPreview(): void {
  if (preview || !briefing) return;
  const child = spawn(process.execPath, [bin, "preview", "--host", "127.0.0.1", "--port", String(upstreamPort), "--no-open"], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    env: {...process.env, BUDGET_DATA_DIR: dataDir(), KIT_BRIEFING: briefingFile, OBSERVABLE_TELEMETRY_DISABLE: "true"}
  });
  preview = child;
  // Framework announces its own (internal) address; the one to open is the proxy's, printed below.
  child.stdout!.on("data", (chunk: Buffer) => {
    const lines = String(chunk)
      .split("\n")
      .filter((l) => l.trim() && !l.includes(`:${upstreamPort}`) && !/Observable Framework/.test(l));
    if (lines.length) process.stdout.write(lines.join("\n") + "\n");
  });
  child.on("exit", (code) => {
    if (stopping) return;
    console.error(`dev: Framework's preview stopped (exit code ${code}); stopping too`);
    process.exit(code || 1);
  });
}
// No orphaned preview on its port, whatever ends dev: Ctrl-C, kill, an error (a port in use), a crash.
process.on("exit", () => {
  stopping = true;
  preview?.kill();
});
startPreview();
// The data page's download links: the same bytes the build copies into dist/csv/, read from data/ on each request.
const dataFile = (name: string) =>
  (DATA_FILES as readonly string[]).includes(name) ? dataFileDownload(name as DataFile) : `${name}: no such data file (see data/)`;
const proxy = await startDevProxy({port, upstreamPort, status: () => status, slide, dataFile});
console.error(`dev: preview at http://127.0.0.1:${port}/ (slides at /slides/briefing-ja.html and …/briefing-en.html)`);
// The decks alone on the next port, as before, for a second window beside the report.
const slidesServer = await serve(devDir, port + 1);
void rebuildSlides();

let timer: NodeJS.Timeout | undefined;
let pending = new Set<string>();
const schedule = (what: string) => {
  pending.add(what);
  clearTimeout(timer);
  timer = setTimeout(() => {
    const whats = pending;
    pending = new Set();
    void onChange(whats.has("data") || whats.has("lib") ? "data" : "slides");
  }, 150);
};
watch(dataDir(), () => schedule("data"));
watch(join(root, "src", "lib"), () => schedule("lib"));
watch(join(root, "src", "components"), () => schedule("slides"));
watch(join(root, "slides"), (_event, file) => file && !String(file).startsWith(".") && schedule("slides"));

const stop = () => {
  stopping = true;
  proxy.close();
  void slidesServer.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
process.on("SIGHUP", stop);
process.on("uncaughtException", (error) => {
  console.error(`dev: stopped by an error: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  process.exit(1);
});
