// Checks the editable PPTX as LibreOffice renders it (no PowerPoint on a build machine): converts each deck to
// PDF with `soffice --headless`, then reads every word's box with poppler's `pdftotext -bbox` and reports
// slides whose text runs past the body into the footer band or off the slide, and slides whose title is lost.
// Usage: npx tsx slides/lo-check.ts DIR (a folder with briefing-{ja,en}-editable.pptx); exit 1 on a finding.
import {execFileSync} from "node:child_process";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, join, resolve} from "node:path";
import {loadBriefing} from "../src/lib/files.js";
import type {Lang} from "../src/lib/format.js";
import {deckOutline} from "./outline.js";

/** The footer band starts 7.0 in down a 7.5 in slide: body text must end above it. */
const FOOTER_TOP = 7.0 / 7.5;

export function checkRendered(dir: string, b = loadBriefing()): string[] {
  const out = mkdtempSync(join(tmpdir(), "kit-lo-"));
  const problems: string[] = [];
  try {
    for (const lang of ["ja", "en"] as Lang[]) {
      const pptx = join(dir, `briefing-${lang}-editable.pptx`);
      execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", out, pptx], {stdio: "ignore"});
      const pdf = join(out, basename(pptx).replace(/\.pptx$/, ".pdf"));
      const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], {encoding: "utf8", maxBuffer: 64 << 20});
      const pages = html.split(/<page /).slice(1);
      const slides = deckOutline(b, lang).slides;
      if (pages.length !== slides.length) problems.push(`${lang}: ${pages.length} pages for ${slides.length} slides`);
      pages.forEach((page, i) => {
        const [w, h] = [Number(/width="([\d.]+)"/.exec(page)![1]), Number(/height="([\d.]+)"/.exec(page)![1])];
        const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
          (m) => ({
            x1: Number(m[3]),
            y0: Number(m[2]),
            y1: Number(m[4]),
            text: m[5]
          })
        );
        // The footer and page number sit in the band; anything else there (or off the page) overflowed.
        const body = words.filter((wd) => wd.y0 < FOOTER_TOP * h - 2);
        const low = body.filter((wd) => wd.y1 > FOOTER_TOP * h + 2);
        const wide = words.filter((wd) => wd.x1 > w + 1);
        if (low.length)
          problems.push(
            `${lang} slide ${i + 1}: text runs into the footer band: ${low
              .map((x) => x.text)
              .join(" ")
              .slice(0, 60)}`
          );
        if (wide.length)
          problems.push(
            `${lang} slide ${i + 1}: text off the right edge: ${wide
              .map((x) => x.text)
              .join(" ")
              .slice(0, 60)}`
          );
        const text = words
          .map((x) => x.text)
          .join("")
          .replace(/\s+/g, "");
        const title = slides[i]?.title.replace(/\s+/g, "").slice(0, 8);
        if (title && !text.includes(title)) problems.push(`${lang} slide ${i + 1}: title "${slides[i].title}" not found`);
      });
    }
  } finally {
    rmSync(out, {recursive: true, force: true});
  }
  return problems;
}

if (import.meta.filename === process.argv[1]) {
  const problems = checkRendered(resolve(process.argv[2] ?? "dist/slides"));
  for (const p of problems) console.error(`lo-check: ${p}`);
  console.error(problems.length ? `lo-check: ${problems.length} problem(s)` : "lo-check: every slide fits as LibreOffice renders it");
  process.exit(problems.length ? 1 : 0);
}
