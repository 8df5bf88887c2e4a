// Checks the editable PPTX as LibreOffice renders it (no PowerPoint on a build machine): converts each deck to
// PDF with `soffice --headless`, then reads every word's box with poppler's `pdftotext -bbox` and reports
// slides whose text runs past the body into the footer band or off the slide, and slides whose title is lost.
// The test (test/slides/libreoffice.test.ts) runs it on every test run; this file also runs alone:
// npx tsx slides/lo-check.ts DIR (a folder with briefing-{ja,en}-editable.pptx); exit 1 on a finding.
import {execFileSync} from "node:child_process";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, join, resolve} from "node:path";
import {pathToFileURL} from "node:url";
import type {Lang} from "../src/lib/format.js";
import {PPTX_FRAME} from "./fill.js";
import type {SlideSpec} from "./outline.js";

/** Where LibreOffice is, or a message saying how to install it. */
export function sofficeMissing(): string | undefined {
  try {
    execFileSync("soffice", ["--version"], {stdio: "ignore", timeout: 60_000});
    return undefined;
  } catch {
    return "LibreOffice (soffice) is not installed, so the editable PPTX cannot be checked as an office suite renders it: apt-get install -y --no-install-recommends libreoffice-impress";
  }
}

/**
 * Converts PPTX files to PDF in `outDir` with one headless LibreOffice run (one start-up for every file), in a
 * profile of its own so a LibreOffice already open on the machine does not take the job. Returns the PDFs' paths.
 */
export function libreOfficePdfs(pptxFiles: string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), "kit-lo-profile-"));
  try {
    execFileSync(
      "soffice",
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, ...pptxFiles],
      {stdio: ["ignore", "ignore", "pipe"], timeout: 180_000}
    );
  } finally {
    rmSync(profile, {recursive: true, force: true});
  }
  return pptxFiles.map((f) => join(outDir, basename(f).replace(/\.pptx$/, ".pdf")));
}

/** The fonts a PDF uses, as `pdffonts` names them, without the subset prefix (ABCDEF+). */
export function pdfFonts(pdf: string): string[] {
  const out = execFileSync("pdffonts", [pdf], {encoding: "utf8"});
  const names = out
    .split("\n")
    .slice(2)
    .map((l) => l.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, ""))
    .filter((n): n is string => !!n);
  return [...new Set(names)].sort();
}

/** What went wrong on the rendered slides of one deck: text in the footer band or off the slide, titles lost. */
export function renderedProblems(pdf: string, slides: SlideSpec[], lang: Lang): string[] {
  const problems: string[] = [];
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], {encoding: "utf8", maxBuffer: 64 << 20});
  const pages = html.split(/<page /).slice(1);
  if (pages.length !== slides.length) problems.push(`${lang}: ${pages.length} pages for ${slides.length} slides`);
  pages.forEach((page, i) => {
    const [w, h] = [Number(/width="([\d.]+)"/.exec(page)![1]), Number(/height="([\d.]+)"/.exec(page)![1])];
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      x1: Number(m[3]),
      y0: Number(m[2]),
      y1: Number(m[4]),
      text: m[5]
    }));
    // The footer and page number sit in the band; anything else there (or off the page) overflowed.
    const footerTop = PPTX_FRAME.footerTop * h;
    const low = words.filter((wd) => wd.y0 < footerTop - 2 && wd.y1 > footerTop + 2);
    const wide = words.filter((wd) => wd.x1 > w + 1);
    const text = (list: {text: string}[]) =>
      list
        .map((x) => x.text)
        .join(" ")
        .slice(0, 60);
    if (low.length) problems.push(`${lang} slide ${i + 1}: text runs into the footer band: ${text(low)}`);
    if (wide.length) problems.push(`${lang} slide ${i + 1}: text off the right edge: ${text(wide)}`);
    const all = plain(
      words
        .map((x) => x.text)
        .join("")
        .replace(/\s+/g, "")
    );
    const title = plain(slides[i]?.title.replace(/\s+/g, "") ?? "").slice(0, 8);
    if (title && !all.includes(title)) problems.push(`${lang} slide ${i + 1}: title "${slides[i].title}" not found`);
  });
  return problems;
}

/** Text as pdftotext's XML gives it and as the outline holds it, compared alike: entities decoded, curly quotes straight. */
function plain(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"');
}

if (import.meta.filename === process.argv[1]) {
  const {loadBriefing} = await import("../src/lib/files.js");
  const {deckOutline} = await import("./outline.js");
  const missing = sofficeMissing();
  if (missing) {
    console.error(`lo-check: ${missing}`);
    process.exit(1);
  }
  const dir = resolve(process.argv[2] ?? "dist/slides");
  const b = loadBriefing();
  const out = mkdtempSync(join(tmpdir(), "kit-lo-"));
  const langs: Lang[] = ["ja", "en"];
  const pdfs = libreOfficePdfs(
    langs.map((l) => join(dir, `briefing-${l}-editable.pptx`)),
    out
  );
  const problems = langs.flatMap((l, i) => renderedProblems(pdfs[i], deckOutline(b, l).slides, l));
  rmSync(out, {recursive: true, force: true});
  for (const p of problems) console.error(`lo-check: ${p}`);
  console.error(problems.length ? `lo-check: ${problems.length} problem(s)` : "lo-check: every slide fits as LibreOffice renders it");
  process.exit(problems.length ? 1 : 0);
}
