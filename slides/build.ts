// Builds the briefing decks: Markdown from the figures, charts from the report's components, then marp-cli
// for HTML, PDF and PPTX. Output appears in the target folder only when every requested file succeeded.
import {AsyncLocalStorage} from "node:async_hooks";
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {marpCli} from "@marp-team/marp-cli";
import type {Briefing} from "../src/lib/briefing.js";
import type {Lang} from "../src/lib/format.js";
import {tokens} from "../src/lib/tokens.js";
import {chromePath, withSharedBrowser} from "../scripts/browser.js";
import {chartSize, renderDeck, type DeckCharts} from "./deck.js";
import {wrappedChart} from "./layout.js";
import {renderHandout} from "./handout.js";
import {marpPptxWithAlt, slideAlt} from "./marp-pptx.js";
import {deckOutline} from "./outline.js";
import {specChartSvg, svgImg} from "./svg.js";
import {colourLegend} from "../src/components/legend.js";
import {editablePptx, fixedDate, normaliseZip} from "./pptx.js";
import {handoutTheme, marpTheme} from "./theme.js";

const root = resolve(import.meta.dirname, "..");
export const LANGS: readonly Lang[] = ["ja", "en"];
export type Format = "html" | "pdf" | "pptx";

/** Every chart of the outline drawn as SVG at the size its slide leaves for it, as <img> HTML with its alt text. */
export async function deckCharts(b: Briefing, lang: Lang, outline = deckOutline(b, lang)): Promise<DeckCharts> {
  const out: DeckCharts = {};
  for (const s of outline.slides)
    if (s.chart) {
      const size = chartSize(s);
      // A label longer than the label column is drawn on as many lines as it measures (the outline left the bars
      // room for them: continueCharts); the SVG sets each line. Colours that mean something get a swatch legend.
      const legend = colourLegend(
        b,
        lang,
        s.chart.rows.map((r) => r.color)
      );
      out[s.chart.id] = svgImg(await specChartSvg(wrappedChart(s.chart, size), {...size, legend}), s.chart.alt, size);
    }
  return out;
}

/** The decks' Markdown and their handouts, one per language, from one outline each. */
export async function deckMarkdown(b: Briefing): Promise<Record<Lang, string>> {
  return (await deckSources(b)).deck;
}

async function deckSources(b: Briefing): Promise<{deck: Record<Lang, string>; handout: Record<Lang, string>}> {
  const deck = {} as Record<Lang, string>;
  const handout = {} as Record<Lang, string>;
  for (const lang of LANGS) {
    const outline = deckOutline(b, lang);
    const charts = await deckCharts(b, lang, outline);
    deck[lang] = renderDeck(b, {lang, charts, outline});
    handout[lang] = renderHandout(b, {lang, charts, outline});
  }
  return {deck, handout};
}

export interface SlidesResult {
  written: string[];
  skipped: {format: Format; reason: string}[];
}

/**
 * Writes dist-style slide files into `outDir`: briefing-{ja,en}.{html,pdf,pptx}. PDF and PPTX need Chromium;
 * without one they are skipped (and said so), never written blank.
 */
export async function buildSlides(
  b: Briefing,
  outDir: string,
  {formats = ["html", "pdf", "pptx"] as Format[], log = console.error} = {}
): Promise<SlidesResult> {
  const work = join(root, ".build", `slides-${process.pid}-${Date.now()}`);
  const src = join(work, "src");
  const out = join(work, "out");
  mkdirSync(src, {recursive: true});
  mkdirSync(out, {recursive: true});
  try {
    const fonts = Object.fromEntries(
      tokens.font.weights.map((w) => [w, readFileSync(join(root, "src", "_generated", `noto-sans-jp-${w}.woff2`))])
    );
    const themeFile = join(work, "theme.css");
    writeFileSync(themeFile, marpTheme(fonts));
    const handoutThemeFile = join(work, "handout.css");
    writeFileSync(handoutThemeFile, handoutTheme(fonts));
    const handoutSrc = join(work, "handout");
    mkdirSync(handoutSrc, {recursive: true});
    const {deck: markdown, handout} = await deckSources(b);
    for (const lang of LANGS) writeFileSync(join(src, `briefing-${lang}.md`), markdown[lang]);
    for (const lang of LANGS) writeFileSync(join(handoutSrc, `briefing-${lang}-handout.md`), handout[lang]);
    const browser = chromePath();
    const skipped: SlidesResult["skipped"] = [];
    const wanted = formats.filter((f) => {
      if (f === "html" || browser) return true;
      const set = process.env.CHROME_PATH || process.env.BROWSER_PATH;
      skipped.push({
        format: f,
        reason: `${set ? `no browser at CHROME_PATH=${set}` : "no Chromium found"}; to get PDF and PPTX, apt-get install -y chromium (or set CHROME_PATH to a Chrome or Chromium)`
      });
      return false;
    });
    const run = async (format: Format) => {
      const argv = ["--input-dir", src, "--output", out, "--theme", themeFile, "--html", "--allow-local-files", "--no-config-file"];
      if (format !== "html") argv.push(`--${format}`, "--browser-path", browser!, "--browser-timeout", "120");
      // A bookmark per slide (its heading) in the PDF; title, description and lang come from the front matter.
      if (format === "pdf") argv.push("--pdf-outlines", "--pdf-outlines.pages=false", "--pdf-outlines.headings=true");
      // Marp's PPTX is one picture per slide: 1.5 × 1280×720 is Full HD, sharp on a 1080p projector, and a
      // third faster than the default 2 (the editable PPTX carries real text for anyone who edits).
      if (format === "pptx") argv.push("--image-scale", "1.5");
      const code = await quietly(() => marpCli(argv));
      if (code.result !== 0)
        throw new Error(
          `marp-cli failed to write ${LANGS.map((l) => `briefing-${l}.${format}`).join(" and ")} (exit code ${code.result}): ${oneLine(code.output)}`
        );
    };
    // One marp-cli run per format converts both decks; the formats run side by side on the two cores, and the
    // editable PPTX (real text and native charts, no browser needed) is written meanwhile.
    // The handout: A4, each slide with its speaker notes (a PDF, so only with a browser).
    const runHandout = async () => {
      const argv = [
        "--input-dir",
        handoutSrc,
        "--output",
        out,
        "--theme",
        handoutThemeFile,
        "--html",
        "--allow-local-files",
        "--no-config-file"
      ];
      argv.push(
        "--pdf",
        "--browser-path",
        browser!,
        "--browser-timeout",
        "120",
        "--pdf-outlines",
        "--pdf-outlines.pages=false",
        "--pdf-outlines.headings=true"
      );
      const code = await quietly(() => marpCli(argv));
      if (code.result !== 0)
        throw new Error(
          `marp-cli failed to write ${LANGS.map((l) => `briefing-${l}-handout.pdf`).join(" and ")} (exit code ${code.result}): ${oneLine(code.output)}`
        );
    };
    // The three conversions that need a browser open their pages in one Chromium (scripts/browser.ts); HTML
    // alone (npm run dev) needs none, and does not load the browser's modules.
    const shared = wanted.some((f) => f !== "html") ? withSharedBrowser : <T>(fn: () => Promise<T>) => fn();
    const [editable] = await shared(() =>
      Promise.all([
        Promise.all(LANGS.map(async (lang) => [lang, await editablePptx(b, lang)] as const)),
        ...wanted.map(run),
        ...(wanted.includes("pdf") ? [runHandout()] : [])
      ])
    );
    await makeDeterministic(out, b);
    const written: string[] = [];
    for (const [lang, bytes] of editable) {
      writeFileSync(join(out, `briefing-${lang}-editable.pptx`), bytes);
      written.push(`briefing-${lang}-editable.pptx`);
    }
    if (wanted.includes("pdf"))
      for (const lang of LANGS) {
        const name = `briefing-${lang}-handout.pdf`;
        if (!existsSync(join(out, name))) throw new Error(`marp-cli wrote no ${name}`);
        written.push(name);
      }
    for (const format of wanted)
      for (const lang of LANGS) {
        const file = join(out, `briefing-${lang}.${format}`);
        if (!existsSync(file) || readFileSync(file).length === 0) throw new Error(`marp-cli wrote no ${file}`);
        written.push(`briefing-${lang}.${format}`);
      }
    mkdirSync(outDir, {recursive: true});
    for (const name of written) renameSync(join(out, name), join(outDir, name));
    for (const lang of LANGS) writeFileSync(join(outDir, `briefing-${lang}.md`), markdown[lang]);
    for (const s of skipped) log(`slides: skipped ${s.format.toUpperCase()}: ${s.reason}`);
    return {written, skipped};
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
}

/** marp-cli's log as one line for an error message: its error lines, else its last lines. */
function oneLine(output: string): string {
  const lines = output
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const errors = lines.filter((l) => /error|failed|unable/i.test(l));
  return (errors.length ? errors : lines).slice(-3).join(" / ");
}

/**
 * marp-cli logs every file it converts; keep its lines and show them only when it fails. The console is
 * routed by async context, not swapped wholesale: only calls made inside a quietly() run are held, so a step
 * failing meanwhile (the editable PPTX, the report) still prints its message while marp-cli runs.
 */
const quietRun = new AsyncLocalStorage<{output: string}>();
let quietDepth = 0;
const original = {log: console.log, info: console.info, warn: console.warn, error: console.error};
const routed =
  (name: keyof typeof original) =>
  (...args: unknown[]) => {
    const run = quietRun.getStore();
    if (run) run.output += args.map(String).join(" ") + "\n";
    else original[name](...args);
  };
async function quietly<T>(fn: () => Promise<T>): Promise<{result: T; output: string}> {
  const run = {output: ""};
  if (quietDepth++ === 0) Object.assign(console, {log: routed("log"), info: routed("info"), warn: routed("warn"), error: routed("error")});
  try {
    const result = await quietRun.run(run, fn);
    return {result, output: run.output};
  } finally {
    if (--quietDepth === 0) Object.assign(console, original);
  }
}

/**
 * marp-cli gives each HTML deck a random theme id and stamps the clock into each PPTX: replace both, so the
 * same data builds the same files. Also gives each picture of Marp's PPTX its slide's alt text. (The PDFs keep Chromium's creation date, inside a compressed stream.)
 */
async function makeDeterministic(dir: string, b: Briefing): Promise<void> {
  for (const lang of LANGS) {
    const html = join(dir, `briefing-${lang}.html`);
    if (existsSync(html)) {
      const text = readFileSync(html, "utf8");
      const id = /data-theme="([a-z0-9]+)"/.exec(text)?.[1];
      if (id) {
        const blank = text.split(id).join("");
        const stable = `kit${createHash("sha256").update(blank).digest("hex").slice(0, 16)}`;
        writeFileSync(html, text.split(id).join(stable));
      }
    }
    const pptx = join(dir, `briefing-${lang}.pptx`);
    // Each slide's picture carries the slide's alt text (marp-pptx.ts).
    const alts = deckOutline(b, lang).slides.map((s) => slideAlt(s, lang));
    if (existsSync(pptx)) {
      let described: Uint8Array;
      try {
        described = await marpPptxWithAlt(readFileSync(pptx), alts);
      } catch (error) {
        // A slide more or less than the outline: Markdown read a cell's text as a slide break or a directive.
        throw new Error(
          `briefing-${lang}.pptx: ${error instanceof Error ? error.message : error}; a text cell in data/ that Markdown reads as a slide break (a line of ---) or a directive is the usual cause: find it with grep -n -- '---' data/*.csv, fix it and run the build again`,
          {cause: error}
        );
      }
      writeFileSync(pptx, await normaliseZip(described, fixedDate(b)));
    }
  }
}

// npm run slides [out-dir]: the decks alone, from the current data.
if (import.meta.filename === process.argv[1]) {
  const {loadBriefing} = await import("../src/lib/files.js");
  const {prepare} = await import("../scripts/prepare.js");
  await prepare({quiet: true});
  const result = await buildSlides(loadBriefing(), resolve(process.argv[2] ?? "dist/slides"));
  console.error(`slides: wrote ${result.written.join(", ")}`);
}
