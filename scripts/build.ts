// npm run build: validate every figure, then build the report and the slides side by side into a temporary
// folder, and swap it into dist/ only when everything succeeded. A failure leaves dist/ exactly as it was.
import {spawn} from "node:child_process";
import {existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {nextSnapshotFile, type SnapshotFile} from "../src/lib/changes.js";
import {DataError} from "../src/lib/errors.js";
import {loadBriefing, dataDir} from "../src/lib/files.js";
import {stableJson} from "../src/lib/json.js";
import {pageLang} from "../src/lib/site.js";
import {buildSlides, type Format} from "../slides/build.js";
import {fixedDate} from "../slides/pptx.js";
import {prepare} from "./prepare.js";
import {finishReport} from "./report-finish.js";

const root = resolve(import.meta.dirname, "..");
const SNAPSHOT = "figures-snapshot.json";

export interface BuildOptions {
  /** Where the finished site goes (default dist/). */
  out?: string;
  formats?: Format[];
  log?: (line: string) => void;
}

/** Runs Framework's build with our output folder; its data loaders read the same data/ we validated. */
function frameworkBuild(output: string, previousSnapshot: string): Promise<void> {
  const bin = join(root, "node_modules", "@observablehq", "framework", "dist", "bin", "observable.js");
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bin, "build"], {
      cwd: root,
      env: {...process.env, KIT_OUTPUT: output, KIT_PREVIOUS_SNAPSHOT: previousSnapshot, BUDGET_DATA_DIR: dataDir()},
      stdio: ["ignore", "pipe", "pipe"]
    });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    child.on("close", (code) =>
      code === 0 && !/\berror\b.*loader|loader.*failed/i.test(log)
        ? resolvePromise()
        : reject(
            new Error(
              `Framework build failed (exit ${code}):\n${log
                .split("\n")
                .filter((l) => !/^(build|alias|copy|bundle|  copy|↳) /.test(l))
                .slice(-30)
                .join("\n")}`
            )
          )
    );
  });
}

/** Framework re-runs a loader only when the loader file is newer than its cache: drop the cache so a changed CSV always reaches the pages. */
export function clearLoaderCache(): void {
  rmSync(join(root, "src", ".observablehq", "cache", "data"), {recursive: true, force: true});
}

/** Framework 1.13 writes <html> without lang: set it from the page's path so every page declares its language. */
function finishPages(dir: string, lastModified: number, base = dir): void {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (!entry.startsWith("_") && entry !== "slides") finishPages(path, lastModified, base);
    } else if (entry.endsWith(".html")) {
      const lang = pageLang(`/${relative(base, path).replace(/\\/g, "/")}`);
      // Also drop the loader output's mtime, which Framework writes into each page and which changes every build.
      writeFileSync(
        path,
        readFileSync(path, "utf8")
          .replace(/<html>/, `<html lang="${lang}">`)
          .replace(/"lastModified":\d+/g, `"lastModified":${lastModified}`)
      );
    }
  }
}

export async function build({out = join(root, "dist"), formats, log = (l) => console.error(l)}: BuildOptions = {}): Promise<{
  changes: SnapshotFile["changes"];
  changedNow: boolean;
  compared: boolean;
}> {
  const started = Date.now();
  // 1. Validate everything before anything is written.
  const briefing = loadBriefing();
  log(`data: ${briefing.budget.length} amounts in ${relative(root, dataDir()) || "."}/ are valid`);

  // 2. Fonts and tokens, then the report and the slides in parallel, into a temporary folder.
  await prepare({quiet: true});
  clearLoaderCache();
  const tmp = resolve(join(root, ".build", `dist-${process.pid}-${Date.now()}`));
  const previousSnapshot = join(out, SNAPSHOT);
  mkdirSync(tmp, {recursive: true});
  try {
    const [, slides] = await Promise.all([
      frameworkBuild(tmp, previousSnapshot),
      buildSlides(briefing, join(tmp, "slides.tmp"), {formats, log})
    ]);
    renameSync(join(tmp, "slides.tmp"), join(tmp, "slides"));
    finishPages(tmp, fixedDate(briefing).getTime());
    await finishReport(tmp, briefing, {log});
    const previous: SnapshotFile | null = existsSync(previousSnapshot) ? JSON.parse(readFileSync(previousSnapshot, "utf8")) : null;
    const next = nextSnapshotFile(previous, briefing);
    const {changedNow, ...file} = next;
    writeFileSync(join(tmp, SNAPSHOT), stableJson(file) + "\n");

    // 3. Swap: the old dist/ is removed only once the new one is complete.
    const old = `${tmp}-old`;
    mkdirSync(dirname(out), {recursive: true});
    if (existsSync(out)) renameSync(out, old);
    renameSync(tmp, out);
    rmSync(old, {recursive: true, force: true});

    if (!previous) log("changes: first build, nothing to compare with");
    else if (!changedNow) log("changes: no figure changed since the last good build");
    else for (const line of next.changes.en) log(`changed: ${line}`);
    log(
      `built ${relative(process.cwd(), out) || "."}/ (report, ${slides.written.length} slide files${slides.skipped.length ? `, skipped ${slides.skipped.map((s) => s.format).join(", ")}` : ""}) in ${((Date.now() - started) / 1000).toFixed(1)} s`
    );
    return {changes: next.changes, changedNow, compared: next.compared};
  } catch (error) {
    rmSync(tmp, {recursive: true, force: true});
    throw error;
  }
}

if (import.meta.filename === process.argv[1]) {
  try {
    // KIT_DIST: build somewhere other than dist/ (benchmarks).
    await build(process.env.KIT_DIST ? {out: resolve(process.env.KIT_DIST)} : {});
  } catch (error) {
    if (error instanceof DataError) console.error(`build stopped: ${error.message}\ndist/ was not changed.`);
    else console.error(`build failed: ${error instanceof Error ? error.message : error}\ndist/ was not changed.`);
    process.exit(1);
  }
}
