// The report's last build step, once Framework has written the pages: let readers zoom, put the data files
// beside the pages for download, and print the report PDFs. One call from scripts/build.ts.
import {mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {DATA_FOLDER} from "../src/lib/site.js";
import type {Briefing} from "../src/lib/briefing.js";
import {DATA_FILES} from "../src/lib/dataset.js";
import {decodeCsv} from "../src/lib/decode.js";
import {dataDir} from "../src/lib/files.js";
import {buildReportPdfs} from "./report-pdf.js";

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
 * The data files as downloads: each CSV the build validated, as UTF-8 with a BOM (so spreadsheets read the
 * Japanese) whatever encoding it was saved in. The data page links to them.
 */
export function copyDataFiles(siteDir: string, from = dataDir()): string[] {
  const dir = join(siteDir, DATA_FOLDER);
  mkdirSync(dir, {recursive: true});
  return DATA_FILES.map((file) => {
    const path = join(dir, file);
    writeFileSync(path, dataFileDownload(file, from));
    return path;
  });
}

/**
 * One data file as the site offers it for download (UTF-8 with a BOM). The build copies these (copyDataFiles)
 * and `npm run dev` serves them at the same address (scripts/devproxy.ts), so the data page's links work in both.
 */
export function dataFileDownload(file: string, from = dataDir()): Buffer {
  const text = decodeCsv(readFileSync(join(from, file)), file).replace(/^\uFEFF/, "");
  return Buffer.from(`\uFEFF${text}`, "utf8");
}

export async function finishReport(
  siteDir: string,
  briefing: Briefing,
  {log = (line: string) => console.error(line)}: {log?: (line: string) => void} = {}
): Promise<{pdfs: string[]; skipped: string | null}> {
  for (const file of htmlFiles(siteDir)) writeFileSync(file, allowZoom(readFileSync(file, "utf8")));
  copyDataFiles(siteDir);
  const {written, skipped} = await buildReportPdfs(siteDir, siteDir, briefing, {log});
  return {pdfs: written, skipped};
}
