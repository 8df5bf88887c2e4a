// npm run bench: prints medians of build, regeneration and slide times beside the engines' own floor, page
// weights and load times, and the library at 100,000 rows; then records the table in BENCHMARKS.md.
// A script that prints numbers, not a test: nothing here passes or fails.
import {spawn} from "node:child_process";
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from "node:fs";
import {cpus, loadavg, totalmem} from "node:os";
import {join, resolve} from "node:path";
import {gzipSync} from "node:zlib";
import Papa from "papaparse";
import {parseDataset} from "../src/lib/dataset.js";
import {deriveFigures} from "../src/lib/derive.js";
import {readDataFiles} from "../src/lib/files.js";
import {PAGES} from "../src/lib/site.js";
import {launch} from "./browser.js";
import {oneFigureEdit} from "./onefigure.js";
import {serve} from "./serve.js";

const root = resolve(import.meta.dirname, "..");
const bench = join(root, ".build", "bench");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// Other work on the machine inflates every time: the load average is recorded beside the results.
const loadAtStart = loadavg()[0];
const node = process.execPath;
const tsx = ["--import", "tsx"];
/** What `npm run build` runs (scripts/launch.mjs: the cached bundle of scripts/build.ts). */
const buildCommand = ["scripts/launch.mjs", "scripts/build.ts"];
/** The 1-, 5- and 15-minute load averages, as printed beside every step. */
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const observable = join(root, "node_modules", "@observablehq", "framework", "dist", "bin", "observable.js");

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * Resident memory of a process and all its descendants (Chromium and Framework's workers included). Walks down
 * from `pid` through /proc/<pid>/task/<tid>/children, reading only the tree's own files: the first version read
 * /proc/<pid>/stat of every process on the machine every 50 ms, about 8 ms of CPU per sample with 140 processes,
 * and on a busy 2-core machine the sampler ran back to back, competing with the build it measured.
 */
function treeRss(pid: number): number {
  let rss = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      rss += Number(readFileSync(`/proc/${p}/statm`, "utf8").split(" ")[1]) * 4096;
      for (const task of readdirSync(`/proc/${p}/task`))
        for (const child of readFileSync(`/proc/${p}/task/${task}/children`, "utf8").split(" "))
          if (child.trim()) stack.push(Number(child));
    } catch {
      // The process ended between two reads.
    }
  }
  return rss;
}

/**
 * Runs a command; returns wall time (what a user waits for, start-up and exit included), the time the build
 * printed for itself when it prints one ("built … in 9.9 s"), and the peak memory of its process tree.
 */
function measure(
  args: string[],
  {cwd = root, env = {}, command = node}: {cwd?: string; env?: Record<string, string>; command?: string} = {}
): Promise<{ms: number; peak: number; printed?: number}> {
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {cwd, env: {...process.env, ...env}, stdio: ["ignore", "ignore", "pipe"]});
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
    child.on("close", (code) => {
      clearInterval(timer);
      const printed = /^built .* in ([\d.]+) s/m.exec(err)?.[1];
      if (code !== 0) reject(new Error(`${args.join(" ")} exited ${code}\n${err.slice(-2000)}`));
      else resolvePromise({ms: performance.now() - start, peak, printed: printed ? Number(printed) * 1000 : undefined});
    });
  });
}

interface Repeated {
  ms: number;
  peak: number;
  runs: number[];
  printed?: number;
  /** The 1-minute load average before the first run and after the last. */
  loadBefore: number;
  loadAfter: number;
}

/** The 1-minute load average a run may start at (BENCH_SETTLE, default 1). */
const SETTLE = Number(process.env.BENCH_SETTLE ?? 1);

/**
 * Waits until the 1-minute load average is below SETTLE (at most five minutes), so each run starts on a quiet
 * machine: the previous run's own load decays first instead of inflating the next one. Returns the load it started at.
 */
async function settle(): Promise<number> {
  const start = Date.now();
  while (loadavg()[0] >= SETTLE && Date.now() - start < 300_000) await new Promise((r) => setTimeout(r, 2000));
  if (Date.now() - start > 2500) process.stderr.write(`  waited ${sec(Date.now() - start)} for the load average to fall to ${load()}\n`);
  return loadavg()[0];
}

async function repeat(label: string, fn: (i: number) => Promise<{ms: number; peak: number; printed?: number}>): Promise<Repeated> {
  const times: number[] = [];
  const printed: number[] = [];
  let peak = 0;
  // The highest load any run started at: a step is quiet when every one of its runs started below 1.
  let loadBefore = 0;
  for (let i = 0; i < RUNS; i++) {
    loadBefore = Math.max(loadBefore, await settle());
    const before = load();
    const r = await fn(i);
    times.push(r.ms);
    if (r.printed !== undefined) printed.push(r.printed);
    peak = Math.max(peak, r.peak);
    process.stderr.write(
      `  ${label} run ${i + 1}/${RUNS}: ${sec(r.ms)}${r.printed !== undefined ? ` (the build printed ${sec(r.printed)})` : ""}; load average before ${before}, after ${load()}\n`
    );
  }
  return {ms: median(times), peak, runs: times, printed: printed.length ? median(printed) : undefined, loadBefore, loadAfter: loadavg()[0]};
}

/** A copy of the project beside the real one, sharing node_modules, as a user's checkout would be. */
function copyProject(): string {
  const dir = join(bench, "project");
  const skip = new Set(["node_modules", "dist", ".build", ".git", ".observablehq", "_generated", "test"]);
  mkdirSync(dir, {recursive: true});
  for (const entry of readdirSync(root))
    if (!skip.has(entry)) cpSync(join(root, entry), join(dir, entry), {recursive: true, filter: (src) => !skip.has(src.split("/").pop()!)});
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  return dir;
}

// --- Floors: the engines alone, producing the same kinds of output, one after another (issue #21). ---

const chrome = () => ["/usr/bin/chromium", process.env.CHROME_PATH].find((p) => p && existsSync(p))!;

/** Framework building one page with one data loader and a Plot chart. */
function floorSite(): string {
  const dir = join(bench, "floor-site");
  mkdirSync(join(dir, "src"), {recursive: true});
  writeFileSync(join(dir, "package.json"), `{"type": "module"}\n`);
  writeFileSync(join(dir, "observablehq.config.js"), `export default {root: "src", globalStylesheets: [], sidebar: false};\n`);
  writeFileSync(
    join(dir, "src", "data.json.js"),
    `process.stdout.write(JSON.stringify([{name: "a", value: 1}, {name: "b", value: 2}]));\n`
  );
  writeFileSync(
    join(dir, "src", "index.md"),
    '# Budget\n\n```js\nimport * as Plot from "@observablehq/plot";\nconst data = FileAttachment("data.json").json();\n```\n\n```js\ndisplay(Plot.barX(data, {x: "value", y: "name"}).plot());\n```\n'
  );
  if (!existsSync(join(dir, "node_modules")))
    cpSync(join(root, "node_modules"), join(dir, "node_modules"), {recursive: true, dereference: false, verbatimSymlinks: true});
  return dir;
}

/** marp-cli turning two one-slide decks (ja, en) into HTML, then PDF and PPTX side by side, as our build runs them. */
function floorMarp(): string {
  const dir = join(bench, "floor-marp");
  mkdirSync(join(dir, "src"), {recursive: true});
  for (const lang of ["ja", "en"])
    writeFileSync(join(dir, "src", `deck-${lang}.md`), `---\nmarp: true\n---\n\n# ${lang === "ja" ? "予算" : "Budget"}\n`);
  writeFileSync(
    join(dir, "run.mjs"),
    `import {marpCli} from ${JSON.stringify(join(root, "node_modules", "@marp-team", "marp-cli", "lib", "index.js"))};
const base = ["--input-dir", "src", "--output", "out", "--no-config-file"];
const run = async (f) => { const code = await marpCli([...base, ...(f === "html" ? [] : ["--" + f, "--browser-path", ${JSON.stringify(chrome())}])]); if (code) process.exit(code); };
await run("html");
await Promise.all([run("pdf"), run("pptx")]);
`
  );
  return dir;
}

/** Chromium printing the floor site's page twice, as the two report PDFs (served as our report PDFs are). */
function floorPrint(site: string): string {
  const dir = join(bench, "floor-print");
  mkdirSync(dir, {recursive: true});
  writeFileSync(
    join(dir, "run.mjs"),
    `import {chromium} from ${JSON.stringify(join(root, "node_modules", "playwright-core", "index.mjs"))};
import {createServer} from "node:http";
import {readFile} from "node:fs/promises";
import {extname, join} from "node:path";
const types = {".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json"};
const dist = ${JSON.stringify(join(site, "dist"))};
const server = createServer(async (req, res) => {
  const path = join(dist, decodeURIComponent(new URL(req.url, "http://x").pathname));
  try {
    const body = await readFile(path);
    res.writeHead(200, {"content-type": types[extname(path)] ?? "application/octet-stream"}).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const url = "http://127.0.0.1:" + server.address().port;
const browser = await chromium.launch({executablePath: ${JSON.stringify(chrome())}, args: ["--no-sandbox"], headless: true});
for (const lang of ["ja", "en"]) {
  const tab = await browser.newPage();
  await tab.goto(url + "/index.html", {waitUntil: "networkidle"});
  await tab.pdf({path: "report-" + lang + ".pdf", format: "A4", printBackground: true});
  await tab.close();
}
await browser.close();
server.close();
`
  );
  return dir;
}

/** marp-cli writing two one-slide decks with speaker notes as PDFs with their notes: the handouts. */
function floorHandout(): string {
  const dir = join(bench, "floor-handout");
  mkdirSync(join(dir, "src"), {recursive: true});
  for (const lang of ["ja", "en"])
    writeFileSync(
      join(dir, "src", `handout-${lang}.md`),
      `---\nmarp: true\nsize: A4\n---\n\n# ${lang === "ja" ? "予算" : "Budget"}\n\n<!--\n${lang === "ja" ? "説明" : "Talking point"}\n-->\n`
    );
  writeFileSync(
    join(dir, "run.mjs"),
    `import {marpCli} from ${JSON.stringify(join(root, "node_modules", "@marp-team", "marp-cli", "lib", "index.js"))};
const code = await marpCli(["--input-dir", "src", "--output", "out", "--no-config-file", "--pdf", "--pdf-notes", "--browser-path", ${JSON.stringify(chrome())}]);
if (code) process.exit(code);
`
  );
  return dir;
}

// --- Report pages: weight and load time. ---

function pageWeight(dist: string, page: string) {
  const html = readFileSync(join(dist, page), "utf8");
  const base = join(dist, page, "..");
  const refs = new Set<string>();
  for (const m of html.matchAll(/(?:href|src)="(\.[^"]+)"/g)) refs.add(m[1]);
  for (const m of html.matchAll(/"path":"(\.[^"]+)"/g)) refs.add(m[1]);
  const sizes = {js: [0, 0], css: [0, 0], fonts: [0, 0], data: [0, 0]};
  for (const ref of refs) {
    const file = join(base, ref.split("?")[0]);
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    const kind = ref.endsWith(".js")
      ? "js"
      : ref.endsWith(".css")
        ? "css"
        : ref.endsWith(".woff2")
          ? "fonts"
          : ref.endsWith(".json")
            ? "data"
            : null;
    if (!kind) continue;
    sizes[kind][0] += bytes.length;
    // woff2 is already compressed; servers do not gzip it.
    sizes[kind][1] += kind === "fonts" ? bytes.length : gzipSync(bytes, {level: 9}).length;
  }
  return sizes;
}

async function loadTimes(dist: string, pages: string[]) {
  const {url, close} = await serve(dist);
  const browser = await launch();
  const out: Record<string, {dcl: number; load: number; ready: number}> = {};
  for (const path of pages) {
    const samples: {dcl: number; load: number; ready: number}[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.goto(url + path, {waitUntil: "load"});
      await page.waitForFunction(() => !document.querySelector(".observablehq--loading") && document.fonts.status === "loaded");
      samples.push(
        await page.evaluate(() => {
          const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
          return {dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, ready: performance.now()};
        })
      );
      await page.close();
    }
    out[path] = {
      dcl: median(samples.map((s) => s.dcl)),
      load: median(samples.map((s) => s.load)),
      ready: median(samples.map((s) => s.ready))
    };
  }
  await browser.close();
  await close();
  return out;
}

// --- The library at scale. ---

function scaleInput(rows: number) {
  const real = readDataFiles();
  const programmes = Math.ceil(rows / 100);
  const years = 50;
  let entities = new TextDecoder().decode(real["programmes.csv"] as Uint8Array).trimEnd();
  // Rows built from the file's own header and its first programme row (strand, parent), so the bench follows the
  // schema and names nothing of this document.
  const parsed = Papa.parse<Record<string, string>>(entities, {header: true});
  const header = parsed.meta.fields ?? [];
  const model = parsed.data.find((r) => r.kind === "programme") ?? {};
  for (let p = 0; p < programmes; p++) {
    const row: Record<string, string> = {
      ...model,
      id: `p${p}`,
      kind: "programme",
      nameJa: `事業${p}`,
      nameEn: `Programme ${p}`,
      shortJa: `事業${p}`,
      shortEn: `P${p}`,
      source: "bench"
    };
    entities += `\n${Papa.unparse([header.map((h) => row[h] ?? "")])}`;
  }
  let budget = "entity,fiscalYear,stage,amount,unit,flags,notes,source";
  let n = 0;
  outer: for (let p = 0; p < programmes; p++)
    for (let y = 0; y < years; y++)
      for (const stage of ["draft", "enacted"]) {
        if (n++ >= rows) break outer;
        budget += `\np${p},${1990 + y},${stage},"${(1000 + ((p * 7 + y * 13) % 9000)).toLocaleString("en-US")}",百万円,,,bench`;
      }
  // The latest generated year and stage is the current edition: it needs its row in editions.csv (a copy of the
  // real current edition's row under the generated year and stage).
  const last = budget.slice(budget.lastIndexOf("\n") + 1).split(",");
  const editions = Papa.parse<Record<string, string>>(new TextDecoder().decode(real["editions.csv"] as Uint8Array).trim(), {header: true});
  const edition = {...editions.data[editions.data.length - 1], fiscalYear: last[1], stage: last[2]};
  const editionsCsv = Papa.unparse({fields: editions.meta.fields ?? [], data: [...editions.data, edition]});
  return {...real, "programmes.csv": entities + "\n", "budget.csv": budget + "\n", "editions.csv": editionsCsv + "\n"};
}

function libraryAtScale(rows: number) {
  const input = scaleInput(rows);
  const text = input["budget.csv"] as string;
  const ours: number[] = [];
  const bare: number[] = [];
  let peak = 0;
  // Two warm-up rounds first (JIT, papaparse's first-call costs), then the measured ones.
  for (let i = 0; i < 2; i++) (deriveFigures(parseDataset(input)), Papa.parse(text, {header: true}));
  for (let i = 0; i < Math.max(RUNS, 7); i++) {
    const before = process.memoryUsage().heapUsed;
    let t = performance.now();
    const dataset = parseDataset(input);
    deriveFigures(dataset);
    ours.push(performance.now() - t);
    peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    t = performance.now();
    Papa.parse(text, {header: true});
    bare.push(performance.now() - t);
  }
  return {rows, ours: median(ours), bare: median(bare), peak};
}

// --- Main ---

rmSync(bench, {recursive: true, force: true});
mkdirSync(bench, {recursive: true});
const data = join(bench, "data");
cpSync(join(root, "data"), data, {recursive: true});
const env = {BUDGET_DATA_DIR: data};
console.error(`bench: ${RUNS} runs per step`);

const site = floorSite();
const marp = floorMarp();
const print = floorPrint(site);
const handout = floorHandout();
/** Framework's build of the floor page, its loader cache dropped first as our build drops its own. */
const frameworkFloor = () => {
  rmSync(join(site, "src", ".observablehq", "cache"), {recursive: true, force: true});
  return measure([observable, "build"], {cwd: site});
};
await frameworkFloor(); // warm Framework's npm cache for the floor too (and build the page the print floor prints)
const floorParts = {report: [] as number[], slides: [] as number[], print: [] as number[], handout: [] as number[]};
const floor = await repeat("floor: the engines one after another", async () => {
  const parts = [
    ["report", await frameworkFloor()],
    ["slides", await measure(["run.mjs"], {cwd: marp})],
    ["print", await measure(["run.mjs"], {cwd: print})],
    ["handout", await measure(["run.mjs"], {cwd: handout})]
  ] as const;
  for (const [k, r] of parts) floorParts[k].push(r.ms);
  return {ms: parts.reduce((t, [, r]) => t + r.ms, 0), peak: Math.max(...parts.map(([, r]) => r.peak))};
});
const part = (runs: number[]): Repeated => ({ms: median(runs), peak: 0, runs, loadBefore: floor.loadBefore, loadAfter: floor.loadAfter});

// BENCH_FLOOR_ONLY=1: the floors alone, printed and not recorded (to try the floor scripts).
if (process.env.BENCH_LIBRARY_ONLY) {
  // After the floor, the library at scale alone, printed, nothing recorded: a quick check of the parser at scale.
  console.log(libraryAtScale(100_000));
  process.exit(0);
}
if (process.env.BENCH_FLOOR_ONLY) {
  for (const [k, runs] of Object.entries(floorParts)) console.log(`floor part ${k}: ${sec(median(runs))}`);
  console.log(`floor: ${sec(floor.ms)} (load average ${floor.loadBefore.toFixed(2)} → ${floor.loadAfter.toFixed(2)})`);
  process.exit(0);
}

const cold = await repeat("cold build", async () => {
  // Every cache the build keeps: Framework's, the generated fonts, the start-up bundle, the outputs and the Marp
  // PPTX's slide pictures (scripts/slidepictures.ts).
  for (const d of [
    "src/.observablehq/cache",
    "src/_generated",
    ".build/bin",
    ".build/cache/outputs",
    ".build/cache/slides",
    ".build/bench/dist-cold"
  ])
    rmSync(join(root, d), {recursive: true, force: true});
  return measure(buildCommand, {env: {...env, KIT_DIST: join(bench, "dist-cold")}});
});
// What a user waits for: `npm run build` after editing data/budget.csv, in a copy of the project (its own
// caches, its own dist/), timed from the command's start to its exit.
const project = copyProject();
await measure(["run", "build"], {cwd: project, command: "npm"}); // the copy's first build fills its caches
const dataFile = (name: string) => join(project, "data", name);
const original = {
  budget: readFileSync(dataFile("budget.csv"), "utf8"),
  programmes: readFileSync(dataFile("programmes.csv"), "utf8"),
  editions: readFileSync(dataFile("editions.csv"), "utf8")
};
const warm = await repeat("warm rebuild after a one-figure edit (npm run build)", async (i) => {
  const edit = oneFigureEdit(original, i + 1);
  if (i === 0) console.log(`  the edited figure: ${edit.entity} ${edit.fiscalYear} ${edit.stage}, ${edit.from} → ${edit.to}, +1 per run`);
  writeFileSync(dataFile("budget.csv"), edit.text);
  return measure(["run", "build"], {cwd: project, command: "npm"});
});
// Slides only, made anew: without clearing the output cache this would time copying the decks back, and without
// clearing the slide pictures it would time the PPTX drawn from pictures already taken.
const slides = await repeat("slides only", () => {
  for (const d of [".build/cache/outputs", ".build/cache/slides"]) rmSync(join(root, d), {recursive: true, force: true});
  return measure([...tsx, "slides/build.ts", join(bench, "slides")], {env});
});

const dist = join(project, "dist");
const pages = PAGES.flatMap((p) => [`/${p.name}.html`, `/en/${p.name}.html`]);
const weights = Object.fromEntries(pages.map((p) => [p, pageWeight(dist, p.slice(1))]));
const timings = await loadTimes(dist, pages);
const scale = libraryAtScale(100_000);

const slideFiles = readdirSync(join(dist, "slides")).filter((f) => !f.endsWith(".md")).length;
const steps = [
  [`Cold build (no caches): report + ${slideFiles} slide files`, cold, floor],
  ["Warm rebuild after a one-figure edit (`npm run build` in a copy of the project)", warm, floor],
  ["Slides only (2 decks × HTML, PDF, PPTX, handouts + editable PPTX)", slides, null],
  ["Floor: the four engines below, one after another", floor, null],
  ["Floor part: Framework, one page, one loader, a Plot chart", part(floorParts.report), null],
  ["Floor part: marp-cli, one-slide decks ja+en × HTML, PDF, PPTX", part(floorParts.slides), null],
  ["Floor part: Chromium printing the page twice (report PDFs)", part(floorParts.print), null],
  ["Floor part: marp-cli, two notes PDFs (handouts)", part(floorParts.handout), null]
] as const;
const lines: string[] = [];
// Quiet: every run started below load 1. The load after a run is the run's own work (a build keeps both cores
// busy), so it is printed but does not mark the step.
const quiet = (r: Repeated) => r.loadBefore < 1;
lines.push(
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}. Runs per step: ${RUNS} (medians).`,
  `Load average (1 min) at start ${loadAtStart.toFixed(2)}, at end ${loadavg()[0].toFixed(2)}. Each run waited for the load average to fall below ${SETTLE}; a step any of whose runs started at 1 or more says "under load". The load after a step is its own work.`,
  ""
);
lines.push(
  "| step | median (start to exit) | the build's own printout | floor | ratio to floor | peak memory (process tree) | load average before → after |",
  "|---|---|---|---|---|---|---|"
);
for (const [label, r, fl] of steps)
  lines.push(
    `| ${label} | ${sec(r.ms)} | ${r.printed !== undefined ? sec(r.printed) : ""} | ${fl ? sec(fl.ms) : ""} | ${fl ? `${(r.ms / fl.ms).toFixed(2)}×` : ""} | ${r.peak ? mib(r.peak) : ""} | ${r.loadBefore.toFixed(2)} → ${r.loadAfter.toFixed(2)}${quiet(r) ? "" : " (under load)"} |`
  );
lines.push(
  "",
  "| page | JS raw / gzip | CSS raw / gzip | fonts | data raw / gzip | JS+CSS gzip | DOMContentLoaded | load | figures drawn |",
  "|---|---|---|---|---|---|---|---|---|"
);
for (const p of pages) {
  const w = weights[p];
  const t = timings[p];
  lines.push(
    `| ${p} | ${kb(w.js[0])} / ${kb(w.js[1])} | ${kb(w.css[0])} / ${kb(w.css[1])} | ${kb(w.fonts[0])} | ${kb(w.data[0])} / ${kb(w.data[1])} | ${kb(w.js[1] + w.css[1])} | ${t.dcl.toFixed(0)} ms | ${t.load.toFixed(0)} ms | ${t.ready.toFixed(0)} ms |`
  );
}
lines.push(
  "",
  "| library at scale | rows | median | rows per second | papaparse bare parse | ratio | heap growth |",
  "|---|---|---|---|---|---|---|",
  `| parse + validate + derive | ${scale.rows.toLocaleString("en-US")} | ${scale.ours.toFixed(0)} ms | ${Math.round((scale.rows / scale.ours) * 1000).toLocaleString("en-US")} | ${scale.bare.toFixed(0)} ms | ${(scale.ours / scale.bare).toFixed(2)}× | ${mib(scale.peak)} |`
);
const table = lines.join("\n");
console.log(table);

const file = join(root, "BENCHMARKS.md");
const begin = "<!-- bench:begin -->";
const end = "<!-- bench:end -->";
const doc = existsSync(file) ? readFileSync(file, "utf8") : `# Benchmarks\n\n${begin}\n${end}\n`;
writeFileSync(file, doc.replace(new RegExp(`${begin}[\\s\\S]*${end}`), `${begin}\n${table}\n${end}`));
console.error(`bench: results recorded in BENCHMARKS.md`);
