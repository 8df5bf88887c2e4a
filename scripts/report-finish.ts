// The report's last build step, once Framework has written the pages: let readers zoom, put the data files
// beside the pages for download, and print the report PDFs. One call from scripts/build.ts.
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {DATA_FOLDER} from "../src/lib/site.js";
import type {Briefing} from "../src/lib/briefing.js";
import {DATA_FILES, OPTIONAL_FILES, SCHEMAS, type DataFile, type DataInput} from "../src/lib/dataset.js";
import {dataDir} from "../src/lib/files.js";
import {csvDownload} from "./csvdownload.js";
import {buildReportPdfs, type ReportPrinter} from "./report-pdf.js";

/** Framework 1.13 writes maximum-scale=1 into every page, which stops pinch zoom (WCAG 1.4.4); drop it. */
export function allowZoom(html: string): string {
  return html.replace(/(<meta name="viewport" content="[^"]*?),\s*maximum-scale=1(\.0)?/, "$1");
}

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (!entry.startsWith("_") && entry !== "slides") htmlFiles(path, out);
    } else if (entry.endsWith(".html")) out.push(path);
  }
  return out;
}

/**
 * The data files as downloads, from the bytes this build read and validated (never data/ again at the end: a
 * CSV saved meanwhile would make the download disagree with the figures). UTF-8 with a BOM, formulas
 * neutralised (scripts/csvdownload.ts).
 */
export function copyDataFiles(siteDir: string, input: DataInput): string[] {
  const dir = join(siteDir, DATA_FOLDER);
  mkdirSync(dir, {recursive: true});
  return DATA_FILES.map((file) => {
    const path = join(dir, file);
    writeFileSync(path, downloadOf(file, input[file]));
    return path;
  });
}

/**
 * One data file as the site offers it for download, read from the data folder now: `npm run dev` serves these
 * at the address the build writes them to (scripts/devproxy.ts), so the data page's links work in both.
 */
export function dataFileDownload(file: DataFile, from = dataDir()): Buffer {
  const path = join(from, file);
  return downloadOf(file, (file === "settings.csv" || OPTIONAL_FILES.includes(file)) && !existsSync(path) ? undefined : readFileSync(path));
}

/** An optional file the folder does not have (settings.csv) is offered as its header alone: the data page's link works. */
function downloadOf(file: DataFile, content: Uint8Array | string | undefined): Buffer {
  return csvDownload(content ?? `${SCHEMAS[file].map((c) => c.name).join(",")}\n`, file);
}

export async function finishReport(
  siteDir: string,
  briefing: Briefing,
  {
    log = (line: string) => console.error(line),
    input,
    pdfs = true,
    printer
  }: {
    log?: (line: string) => void;
    input: DataInput;
    pdfs?: boolean;
    /** A browser and server started early for the PDFs (scripts/report-pdf.ts), closed by the caller. */
    printer?: ReportPrinter;
  }
): Promise<{pdfs: string[]; skipped: string | null}> {
  for (const file of htmlFiles(siteDir)) writeFileSync(file, allowZoom(readFileSync(file, "utf8")));
  copyDataFiles(siteDir, input);
  // pdfs false: a test's build that checks other outputs (BuildOptions.reportPdfs).
  const {written, skipped} = pdfs
    ? await buildReportPdfs(siteDir, siteDir, briefing, {log, printer})
    : {written: [], skipped: "not asked for"};
  return {pdfs: written, skipped};
}
