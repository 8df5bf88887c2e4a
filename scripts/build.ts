// npm run build: read the data once, validate it, then build the report and the slides side by side from that
// one snapshot into a temporary folder, and swap it into dist/ only when everything succeeded. A failure leaves
// dist/ exactly as it was and says which step failed and why; an interrupted build is repaired by the next one.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {ALERT, briefingWithChanges, nextSnapshotFile, type SnapshotFile} from "../src/lib/changes.js";
import {DATA_FILES} from "../src/lib/dataset.js";
import {decodeCsv} from "../src/lib/decode.js";
import {DataError} from "../src/lib/errors.js";
import {briefingFromInput, dataDir, readDataFiles, readSnapshotFile} from "../src/lib/files.js";
import {stableJson} from "../src/lib/json.js";
import {LARGE_CHANGE_FACTOR} from "../src/lib/plausibility.js";
import {pageLang} from "../src/lib/site.js";
import {briefingTitle} from "../src/lib/edition.js";
import {escapeHtml} from "../src/lib/escape.js";
import {buildSlides, type Format} from "../slides/build.js";
import {fixedDate} from "../slides/pptx.js";
import {acquireBuildLock, BuildLockedError} from "./buildlock.js";
import {unwritableFolder} from "./preflight.js";
import {prepare} from "./prepare.js";
import {dataIssues, explainFailure} from "./remedy.js";
import {frameworkBuild, frameworkKey, frameworkOutput} from "./frameworkcache.js";
import {pruneOutputs} from "./outputcache.js";
import {finishReport} from "./report-finish.js";
import {startReportPrinter, type ReportPrinter} from "./report-pdf.js";
import {recoverInterruptedBuilds as recover, swapIntoPlace} from "./swap.js";

const root = resolve(import.meta.dirname, "..");
const work = join(root, ".build");
const SNAPSHOT = "figures-snapshot.json";

export interface BuildOptions {
  /** Where the finished site goes (default dist/). */
  out?: string;
  formats?: Format[];
  log?: (line: string) => void;
  /** false: no report PDFs, for tests that check the other outputs (default true). */
  reportPdfs?: boolean;
}

/** A failure after validation, with the step it happened in; the build prints it as one paragraph. */
export class StepError extends Error {
  constructor(
    readonly step: string,
    readonly reason: string,
    options?: {cause?: unknown}
  ) {
    super(`${step} failed: ${reason}`, options);
    this.name = "StepError";
  }
}

/** An error's message and where it was thrown (the first frame in our code, else in a dependency). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const explained = explainFailure(error, root);
  if (explained) return explained;
  const frames = (error.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l));
  const ours = frames.find((l) => l.includes(root) && !l.includes("node_modules"));
  const where = (ours ?? frames[0])?.match(/\(?((?:file:\/\/)?\/[^()]+:\d+):\d+\)?$/)?.[1];
  const file = where && relative(root, where.replace(/^file:\/\//, ""));
  return `${error.message.trim()}${file ? ` (at ${file})` : ""}`;
}

/** KIT_TIMINGS=1 prints each step's wall time (to stderr), for finding where a build spends its time. */
const timings = Boolean(process.env.KIT_TIMINGS);

async function step<T>(name: string, fn: () => T | Promise<T>): Promise<T> {
  const t = performance.now();
  try {
    return await fn();
  } catch (error) {
    if (error instanceof DataError || error instanceof StepError) throw error;
    throw new StepError(name, describe(error), {cause: error});
  } finally {
    if (timings) console.error(`timing: ${name}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
}

/** Framework re-runs a loader only when the loader file is newer than its cache: drop the cache so a changed CSV always reaches the pages. */
export function clearLoaderCache(): void {
  rmSync(join(root, "src", ".observablehq", "cache", "data"), {recursive: true, force: true});
}

/** The briefing's loader (src/data/briefing.json.ts) and where Framework keeps what it printed. */
const BRIEFING_LOADER = join(root, "src", "data", "briefing.json.ts");
const BRIEFING_LOADED = join(root, "src", ".observablehq", "cache", "data", "briefing.json");

/**
 * Writes the briefing loader's output into Framework's loader cache, so Framework's build takes it as fresh
 * instead of starting the loader (a tsx process transpiling the library: one to two seconds of the report's
 * critical path, issue #21). During a build the loader prints the file KIT_BRIEFING names, byte for byte, and
 * nothing else: these are the very bytes it would print. The cache counts as fresh when it is not older than
 * the loader file, so a loader with a time in the future gives its time to the cache.
 */
export function primeBriefingLoader(briefingFile: string): void {
  if (!existsSync(BRIEFING_LOADER)) return;
  mkdirSync(dirname(BRIEFING_LOADED), {recursive: true});
  copyFileSync(briefingFile, BRIEFING_LOADED);
  const loader = statSync(BRIEFING_LOADER).mtime;
  if (statSync(BRIEFING_LOADED).mtimeMs < loader.getTime()) utimesSync(BRIEFING_LOADED, loader, loader);
}

/** Framework 1.13 writes <html> without lang: set it from the page's path so every page declares its language. */
function finishPages(dir: string, lastModified: number, titles: Record<"ja" | "en", string>, base = dir): void {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (!entry.startsWith("_") && entry !== "slides") finishPages(path, lastModified, titles, base);
    } else if (entry.endsWith(".html")) {
      const lang = pageLang(`/${relative(base, path).replace(/\\/g, "/")}`);
      // Also drop the loader output's mtime, which Framework writes into each page and which changes every build.
      writeFileSync(
        path,
        readFileSync(path, "utf8")
          .replace(/<html>/, `<html lang="${lang}">`)
          // Framework's config has one site title (Japanese): English pages get the English one.
          .replace(/(<title>[^<]*\| )([^<]*)(<\/title>)/, (_, a, __, c) => `${a}${escapeHtml(titles[lang])}${c}`)
          .replace(/"lastModified":\d+/g, `"lastModified":${lastModified}`)
      );
    }
  }
}

/**
 * Repairs what killed builds left in .build/ (an interrupted swap, temporary folders, output folders nothing
 * points to): see scripts/swap.ts.
 */
export function recoverInterruptedBuilds(log: (line: string) => void, out = join(root, "dist")): void {
  recover(work, out, log);
}

export async function build({
  out = join(root, "dist"),
  formats,
  log = (l) => console.error(l),
  reportPdfs = true
}: BuildOptions = {}): Promise<{
  changes: SnapshotFile["changes"];
  changedNow: boolean;
  compared: boolean;
}> {
  const started = performance.now();
  // 0. Before any work: every folder the build writes can be written, and no other build runs in this checkout.
  const shownOut = relative(process.cwd(), out) || ".";
  const unwritable = unwritableFolder(
    [
      {path: work, what: "its working files (.build/)"},
      {path: dirname(resolve(out)), what: `replacing ${shownOut}/`},
      {path: out, what: `removing the previous ${shownOut}/ once the new one is in place`},
      {path: join(root, "src", ".observablehq", "cache"), what: "Framework's loader cache"},
      {path: join(root, "src", "_generated"), what: "the fonts and design tokens"}
    ],
    process.cwd()
  );
  if (unwritable) throw new StepError("checking that the output can be written", unwritable);
  mkdirSync(work, {recursive: true});
  const release = acquireBuildLock(work, log);
  try {
    return await buildLocked(out, formats, log, started, reportPdfs);
  } finally {
    release();
  }
}

async function buildLocked(
  out: string,
  formats: Format[] | undefined,
  log: (line: string) => void,
  started: number,
  reportPdfs = true
): Promise<{changes: SnapshotFile["changes"]; changedNow: boolean; compared: boolean}> {
  const took: Record<string, number> = {};
  const timed = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await fn();
    } finally {
      took[name] = performance.now() - t;
    }
  };
  recoverInterruptedBuilds(log, out);

  // 1. One snapshot of the data: every file is read once, here. The report's loader, the slides, the fonts and
  //    the change summary all use these bytes, so a CSV saved while the build runs cannot mix two versions.
  let input: ReturnType<typeof readDataFiles>;
  try {
    input = readDataFiles();
  } catch (error) {
    throw new DataError(dataIssues(error, dataDir())); // a data file replaced by a folder, unreadable, …: named
  }
  const briefing = briefingFromInput(input);
  log(`data: ${briefing.budget.length} amounts in ${relative(root, dataDir()) || "."}/ are valid`);
  const dataTexts = DATA_FILES.flatMap((f) => {
    const v = input[f];
    return v === undefined ? [] : [typeof v === "string" ? v : decodeCsv(v, f)];
  });

  // 2. What changed since the last good build, computed once for the console, the report and the snapshot.
  const previousPath = join(out, SNAPSHOT);
  const {file: previous, problem} = readSnapshotFile(previousPath);
  if (problem) {
    const kept = join(work, `rejected-${SNAPSHOT}`);
    if (existsSync(previousPath)) copyFileSync(previousPath, kept);
    log(
      `changes: ${relative(process.cwd(), previousPath)} was set aside because ${problem}; this build compares with nothing and writes a new one (the old file is kept at ${relative(process.cwd(), kept)})`
    );
  }
  const next = nextSnapshotFile(previous, briefing);
  const {changedNow, ...snapshotFile} = next;

  // 3. Fonts and tokens, then the report and the slides in parallel, into a temporary folder.
  const id = `${process.pid}-${Date.now()}`;
  const tmp = join(work, `dist-${id}`);
  // The slides are made beside the report's folder, not in it, and moved in once both are done.
  const slidesTmp = join(work, `slides-${id}`);
  const briefingFile = join(work, `briefing-${id}.json`);
  const abort = new AbortController();
  mkdirSync(tmp, {recursive: true});
  try {
    writeFileSync(briefingFile, stableJson(briefingWithChanges(briefing, next)));
    await step("fonts and design tokens (scripts/prepare.ts)", () => prepare({quiet: true, dataTexts}));
    clearLoaderCache();
    primeBriefingLoader(briefingFile);
    // The report's own finishing (page fixes, its PDFs, CSV copies) follows its Framework build while the slides
    // are still being made: the two chains share nothing but the data, so the report PDFs need not wait for Marp.
    // Both chains are let finish before anything is removed, so a failure never leaves a writer in a deleted folder.
    const settled = await Promise.allSettled([
      timed("report", async () => {
        // When Framework has to build, the report PDFs' browser and server start beside it (the site it makes
        // is new, so its PDFs are too): Chromium's start-up is then off the report's critical path.
        let printer: ReportPrinter | undefined;
        try {
          const reused = await step("report (Observable Framework build)", () =>
            frameworkOutput(tmp, frameworkKey(briefingFile), () => {
              if (reportPdfs) printer = startReportPrinter(tmp);
              return frameworkBuild(tmp, briefingFile, abort.signal);
            })
          );
          if (reused) log("report: Framework's pages taken from the output cache (their sources and data are unchanged)");
          await step("finishing the pages", () =>
            finishPages(tmp, fixedDate(briefing).getTime(), {ja: briefingTitle(briefing, "ja"), en: briefingTitle(briefing, "en")})
          );
          await step("report PDFs, CSV copies and zoom (scripts/report-finish.ts)", () =>
            finishReport(tmp, briefing, {log, input, pdfs: reportPdfs, printer})
          );
        } finally {
          await printer?.close();
        }
      }).catch((error) => {
        abort.abort();
        throw error;
      }),
      timed("slides", () =>
        step("slides (marp-cli HTML, PDF, PPTX and the editable PPTX)", () => buildSlides(briefing, slidesTmp, {formats, log}))
      ).catch((error) => {
        abort.abort();
        throw error;
      })
    ]);
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
    const slides = (settled[1] as PromiseFulfilledResult<Awaited<ReturnType<typeof buildSlides>>>).value;
    await step("finishing the output", () => {
      renameSync(slidesTmp, join(tmp, "slides"));
      writeFileSync(join(tmp, SNAPSHOT), stableJson(snapshotFile) + "\n");
    });

    // 4. Swap: dist/ is a link replaced in one rename; the old output is removed once the new one is in place.
    await step(`replacing ${relative(process.cwd(), out) || "."}/`, () => swapIntoPlace(tmp, out, work, id));
    // The output cache keeps the outputs of the last few builds (scripts/outputcache.ts).
    pruneOutputs();

    if (!previous) log(problem ? "changes: nothing to compare with" : "changes: first build, nothing to compare with");
    else if (!changedNow) log("changes: no figure changed since the last good build");
    else {
      const alerts = next.changes.en.filter((l) => l.startsWith(ALERT));
      if (alerts.length)
        log(
          `changes: ${ALERT}${alerts.length} figure${alerts.length === 1 ? "" : "s"} changed by more than ${LARGE_CHANGE_FACTOR}× since the last good build; check ${alerts.length === 1 ? "it" : "them"} against the document:`
        );
      for (const line of next.changes.en) log(`changed: ${line}`);
    }
    // The time a user waits: from the start of the process (module loading included) when run as a command.
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const cli = import.meta.filename === process.argv[1];
    const total = cli ? performance.now() : performance.now() - started;
    log(
      `built ${relative(process.cwd(), out) || "."}/ (report, ${slides.written.length} slide files${slides.skipped.length ? `, skipped ${slides.skipped.map((x) => x.format).join(", ")}` : ""}) in ${s(total)} (${cli ? `start-up ${s(started)}, ` : ""}report ${s(took.report)} and slides ${s(took.slides)} side by side)`
    );
    return {changes: next.changes, changedNow, compared: next.compared};
  } catch (error) {
    abort.abort();
    rmSync(tmp, {recursive: true, force: true});
    rmSync(slidesTmp, {recursive: true, force: true});
    throw error;
  } finally {
    rmSync(briefingFile, {force: true});
  }
}

const FORMATS: readonly Format[] = ["html", "pdf", "pptx"];

/** KIT_FORMATS's comma-separated list as slide formats; anything else is refused by name. */
export function slideFormats(list: string): Format[] {
  const formats = list.split(",").map((f) => f.trim());
  const unknown = formats.filter((f) => !FORMATS.includes(f as Format));
  if (unknown.length || !formats.length)
    throw new StepError(
      "reading KIT_FORMATS",
      `${unknown.join(", ") || "nothing"} is not a slide format; use some of ${FORMATS.join(", ")}`
    );
  return formats as Format[];
}

/** The one paragraph a failed build ends with. */
export function failureMessage(error: unknown): string {
  if (error instanceof BuildLockedError) return `build stopped: ${error.message}\ndist/ was not changed.`;
  if (error instanceof DataError) return `build stopped: ${error.message}\ndist/ was not changed.`;
  if (error instanceof StepError) return `build failed in step "${error.step}": ${error.reason}\ndist/ was not changed.`;
  return `build failed: ${describe(error)}\ndist/ was not changed.`;
}

if (import.meta.filename === process.argv[1]) {
  // Whatever escapes (a callback throwing outside any step) still ends with a message and exit 1.
  // Written to stderr directly: console may be routed into marp-cli's log capture at that moment.
  const fail = (error: unknown) => {
    process.stderr.write(failureMessage(error) + "\n");
    process.exit(1);
  };
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  try {
    // KIT_DIST: build somewhere other than dist/ (benchmarks). KIT_FORMATS: only these slide formats, e.g. `pdf`
    // (decks and handouts as PDF; test/incremental-outputs.test.ts, which needs no HTML or PPTX deck).
    await build({
      ...(process.env.KIT_DIST ? {out: resolve(process.env.KIT_DIST)} : {}),
      ...(process.env.KIT_FORMATS ? {formats: slideFormats(process.env.KIT_FORMATS)} : {})
    });
  } catch (error) {
    fail(error);
  }
}
