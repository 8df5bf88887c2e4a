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
import {serve} from "./serve.js";

const root = resolve(import.meta.dirname, "..");
const bench = join(root, ".build", "bench");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// Other work on the machine inflates every time: the load average is recorded beside the results.
const loadAtStart = loadavg()[0];
const node = process.execPath;
const tsx = ["--import", "tsx"];
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

async function repeat(label: string, fn: (i: number) => Promise<{ms: number; peak: number; printed?: number}>) {
  const times: number[] = [];
  const printed: number[] = [];
  let peak = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await fn(i);
    times.push(r.ms);
    if (r.printed !== undefined) printed.push(r.printed);
    peak = Math.max(peak, r.peak);
    process.stderr.write(
      `  ${label} run ${i + 1}/${RUNS}: ${sec(r.ms)}${r.printed !== undefined ? ` (the build printed ${sec(r.printed)})` : ""}\n`
    );
  }
  return {ms: median(times), peak, runs: times, printed: printed.length ? median(printed) : undefined};
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

// --- Floors: the engines alone, doing the same kind of work. ---

function floorSite(): string {
  const dir = join(bench, "floor-site");
  mkdirSync(join(dir, "src"), {recursive: true});
  writeFileSync(join(dir, "package.json"), `{"type": "module"}\n`);
  writeFileSync(join(dir, "observablehq.config.js"), `export default {root: "src", globalStylesheets: [], sidebar: false};\n`);
  writeFileSync(join(dir, "src", "data.json"), JSON.stringify([{name: "a", value: 1}]));
  writeFileSync(
    join(dir, "src", "index.md"),
    '```js\nimport * as Plot from "@observablehq/plot";\nimport {html} from "htl";\nconst data = FileAttachment("data.json").json();\n```\n\n```js\ndisplay(Plot.barX(data, {x: "value", y: "name"}).plot());\n```\n'
  );
  if (!existsSync(join(dir, "node_modules")))
    cpSync(join(root, "node_modules"), join(dir, "node_modules"), {recursive: true, dereference: false, verbatimSymlinks: true});
  return dir;
}

function floorMarp(): string {
  const dir = join(bench, "floor-marp");
  mkdirSync(join(dir, "src"), {recursive: true});
  for (const lang of ["ja", "en"])
    writeFileSync(join(dir, "src", `deck-${lang}.md`), `---\nmarp: true\n---\n\n# ${lang === "ja" ? "予算" : "Budget"}\n`);
  const chrome = ["/usr/bin/chromium", process.env.CHROME_PATH].find((p) => p && existsSync(p))!;
  writeFileSync(
    join(dir, "run.mjs"),
    `import {marpCli} from ${JSON.stringify(join(root, "node_modules", "@marp-team", "marp-cli", "lib", "index.js"))};
const base = ["--input-dir", "src", "--output", "out", "--no-config-file"];
const run = async (f) => { const code = await marpCli([...base, ...(f === "html" ? [] : ["--" + f, "--browser-path", ${JSON.stringify(chrome)}])]); if (code) process.exit(code); };
await run("html");
await Promise.all([run("pdf"), run("pptx")]);
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
  for (let p = 0; p < programmes; p++) entities += `\np${p},programme,事業${p},Programme ${p},事業${p},P${p},JST,top-down,section7,bench`;
  let budget = "entity,fiscalYear,stage,amount,unit,flags,notes,source";
  let n = 0;
  outer: for (let p = 0; p < programmes; p++)
    for (let y = 0; y < years; y++)
      for (const stage of ["draft", "enacted"]) {
        if (n++ >= rows) break outer;
        budget += `\np${p},${1990 + y},${stage},"${(1000 + ((p * 7 + y * 13) % 9000)).toLocaleString("en-US")}",百万円,,,bench`;
      }
  return {...real, "programmes.csv": entities + "\n", "budget.csv": budget + "\n"};
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

const cold = await repeat("cold build", async () => {
  for (const d of ["src/.observablehq/cache", "src/_generated", ".build/bench/dist-cold"])
    rmSync(join(root, d), {recursive: true, force: true});
  return measure([...tsx, "scripts/build.ts"], {env: {...env, KIT_DIST: join(bench, "dist-cold")}});
});
// What a user waits for: `npm run build` after editing data/budget.csv, in a copy of the project (its own
// caches, its own dist/), timed from the command's start to its exit.
const project = copyProject();
await measure(["run", "build"], {cwd: project, command: "npm"}); // the copy's first build fills its caches
const warm = await repeat("warm rebuild after a one-figure edit (npm run build)", async (i) => {
  const file = join(project, "data", "budget.csv");
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace(/sicorp,2023,draft,"[\d,]+"/, `sicorp,2023,draft,"${(1073 + i + 1).toLocaleString("en-US")}"`)
  );
  return measure(["run", "build"], {cwd: project, command: "npm"});
});
const slides = await repeat("slides only", () => measure([...tsx, "slides/build.ts", join(bench, "slides")], {env}));

const site = floorSite();
const marp = floorMarp();
await measure([observable, "build"], {cwd: site}); // warm Framework's npm cache for the floor too
const floorReport = await repeat("floor: Framework, one page", () => measure([observable, "build"], {cwd: site}));
const floorSlides = await repeat("floor: marp-cli, one-slide decks", () => measure(["run.mjs"], {cwd: marp}));
const floorBoth = await repeat("floor: both in parallel", async () => {
  const start = performance.now();
  const [a, b] = await Promise.all([measure([observable, "build"], {cwd: site}), measure(["run.mjs"], {cwd: marp})]);
  return {ms: performance.now() - start, peak: a.peak + b.peak};
});

const dist = join(project, "dist");
const pages = PAGES.flatMap((p) => [`/${p.name}.html`, `/en/${p.name}.html`]);
const weights = Object.fromEntries(pages.map((p) => [p, pageWeight(dist, p.slice(1))]));
const timings = await loadTimes(dist, pages);
const scale = libraryAtScale(100_000);

const slideFiles = readdirSync(join(dist, "slides")).filter((f) => !f.endsWith(".md")).length;
const steps = [
  [`Cold build (no caches): report + ${slideFiles} slide files`, cold, floorBoth],
  ["Warm rebuild after a one-figure edit (`npm run build` in a copy of the project)", warm, floorBoth],
  ["Slides only (2 decks × HTML, PDF, PPTX + editable PPTX)", slides, floorSlides],
  ["Floor: Framework, one page, same imports", floorReport, null],
  ["Floor: marp-cli, one-slide decks ja+en × HTML, PDF, PPTX", floorSlides, null],
  ["Floor: both in parallel", floorBoth, null]
] as const;
const lines: string[] = [];
lines.push(
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}. Runs per step: ${RUNS} (medians).`,
  `Load average (1 min) at start ${loadAtStart.toFixed(1)}, at end ${loadavg()[0].toFixed(1)}: above ${cpus().length}, other work shared the cores and every time here is inflated.`,
  ""
);
lines.push(
  "| step | median (start to exit) | the build's own printout | floor | ratio to floor | peak memory (process tree) |",
  "|---|---|---|---|---|---|"
);
for (const [label, r, floor] of steps)
  lines.push(
    `| ${label} | ${sec(r.ms)} | ${"printed" in r && r.printed !== undefined ? sec(r.printed) : ""} | ${floor ? sec(floor.ms) : ""} | ${floor ? `${(r.ms / floor.ms).toFixed(2)}×` : ""} | ${mib(r.peak)} |`
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
