// Builds the briefing decks: Markdown from the figures, charts from the report's components, then marp-cli
// for HTML, PDF and PPTX. Output appears in the target folder only when every requested file succeeded.
import {AsyncLocalStorage} from "node:async_hooks";
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {marpCli} from "@marp-team/marp-cli";
import type {Briefing} from "../src/lib/briefing.js";
import type {Lang} from "../src/lib/format.js";
import {tokens} from "../src/lib/tokens.js";
import {chromePath, withSharedBrowser} from "../scripts/browser.js";
import {cachedOutputs, codeVersion, outputKey, storeOutputs, toolchainParts} from "../scripts/outputcache.js";
import {pruneSlidePictures, slidePictureCache} from "../scripts/slidepictures.js";
import {chartSize, renderDeck, type DeckCharts} from "./deck.js";
import {wrappedChart} from "./layout.js";
import {renderHandout} from "./handout.js";
import {deterministicMarpPptx, slideAlt} from "./marp-pptx.js";
import {reproduciblePdf} from "./marp-pdf.js";
import {deckOutline} from "./outline.js";
import {questionsMarkdown} from "./questions.js";
import {specChartSvg, svgImg} from "./svg.js";
import {barLegend} from "../src/components/legend.js";
import {editablePptx, fixedDate} from "./pptx.js";
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
      const legend = s.chart.legend ?? barLegend(b, lang, s.chart.rows);
      out[s.chart.id] = svgImg(await specChartSvg(wrappedChart(s.chart, size), {...size, legend}), s.chart.alt, size);
    }
  return out;
}

/** The decks' Markdown, one per language. */
export async function deckMarkdown(b: Briefing): Promise<Record<Lang, string>> {
  return (await deckSources(b)).deck;
}

/** The decks' Markdown and their handouts, one per language, from one outline each: what marp-cli converts. */
export async function deckSources(
  b: Briefing
): Promise<{deck: Record<Lang, string>; handout: Record<Lang, string>; alts: Record<Lang, string[]>; questions: Record<Lang, string>}> {
  const deck = {} as Record<Lang, string>;
  // The presenter's preparation list (slides/questions.ts): from the same outline as the deck's Markdown.
  const questions = {} as Record<Lang, string>;
  const handout = {} as Record<Lang, string>;
  // Each slide's alt text for Marp's PPTX (makeDeterministic), from the same outline: laying it out again cost
  // a second or more per language.
  const alts = {} as Record<Lang, string[]>;
  for (const lang of LANGS) {
    const outline = deckOutline(b, lang);
    const charts = await deckCharts(b, lang, outline);
    deck[lang] = renderDeck(b, {lang, charts, outline});
    handout[lang] = renderHandout(b, {lang, charts, outline});
    alts[lang] = outline.slides.map((s) => slideAlt(s, lang));
    questions[lang] = questionsMarkdown(b, outline);
  }
  return {deck, handout, alts, questions};
}

export interface SlidesResult {
  written: string[];
  /** Files copied from the output cache: an earlier build made them from the same input. */
  reused: string[];
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
  const out = join(work, "out");
  mkdirSync(out, {recursive: true});
  try {
    const fonts = Object.fromEntries(
      tokens.font.weights.map((w) => [w, readFileSync(join(root, "src", "_generated", `noto-sans-jp-${w}.woff2`))])
    );
    const themeFile = join(work, "theme.css");
    writeFileSync(themeFile, marpTheme(fonts));
    const handoutThemeFile = join(work, "handout.css");
    writeFileSync(handoutThemeFile, handoutTheme(fonts));
    const {deck: markdown, handout, alts, questions} = await timed("Markdown and charts", () => deckSources(b));
    const browser = chromePath();
    const reused: string[] = [];
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
    // Each output is made by marp-cli from its Markdown, its theme (fonts included) and these options alone, so
    // one made before from the same bytes is reused (scripts/outputcache.ts): a language or a format whose
    // inputs did not change is not converted again. marp-cli's raw output is what is kept; makeDeterministic
    // below runs on every build.
    const deckFlags = (format: Format) => {
      const flags = ["--html", "--allow-local-files", "--no-config-file"];
      if (format !== "html") flags.push(`--${format}`, "--browser-timeout", "120");
      // A bookmark per slide (its heading) in the PDF; title, description and lang come from the front matter.
      if (format === "pdf") flags.push("--pdf-outlines", "--pdf-outlines.pages=false", "--pdf-outlines.headings=true");
      // Marp's PPTX is one picture per slide: 1.5 × 1280×720 is Full HD, sharp on a 1080p projector, and a
      // third faster than the default 2 (the editable PPTX carries real text for anyone who edits).
      if (format === "pptx") flags.push("--image-scale", "1.5");
      return flags;
    };
    const deckTheme = readFileSync(themeFile);
    const run = (format: Format) =>
      cachedMarp({
        name: (lang) => `briefing-${lang}`,
        ext: format,
        sources: markdown,
        theme: deckTheme,
        themeFile,
        flags: deckFlags(format),
        browser: format === "html" ? undefined : browser,
        work,
        out,
        reused
      });
    // One marp-cli run per format converts both decks; the formats run side by side on the two cores, and the
    // editable PPTX (real text and native charts, no browser needed) is written meanwhile.
    // The handout: A4, each slide with its speaker notes (a PDF, so only with a browser).
    const runHandout = () =>
      cachedMarp({
        name: (lang) => `briefing-${lang}-handout`,
        ext: "pdf",
        sources: handout,
        theme: readFileSync(handoutThemeFile),
        themeFile: handoutThemeFile,
        flags: deckFlags("pdf"),
        browser,
        work,
        out,
        reused
      });
    // The three conversions that need a browser open their pages in one Chromium (scripts/browser.ts); HTML
    // alone (npm run dev) needs none, and does not load the browser's modules.
    // Marp's PPTX takes each slide's picture from the slide picture cache when that slide looked the same
    // before (scripts/slidepictures.ts): a one-figure edit redraws only the slides that show the figure.
    const pictures = browser ? slidePictureCache(browser) : undefined;
    const shared = wanted.some((f) => f !== "html")
      ? <T>(fn: () => Promise<T>) => withSharedBrowser(fn, undefined, {slidePictures: pictures})
      : <T>(fn: () => Promise<T>) => fn();
    const [editable] = await shared(() =>
      Promise.all([
        timed("editable PPTX", () => Promise.all(LANGS.map(async (lang) => [lang, await editablePptx(b, lang)] as const))),
        ...wanted.map((f) => timed(`marp-cli ${f.toUpperCase()}`, () => run(f))),
        ...(wanted.includes("pdf") ? [timed("marp-cli handouts", runHandout)] : [])
      ])
    );
    if (pictures) {
      pruneSlidePictures(pictures);
      if (process.env.KIT_TIMINGS && pictures.made + pictures.reused)
        process.stderr.write(`timing: slides: Marp PPTX pictures: ${pictures.made} drawn, ${pictures.reused} from the slide cache\n`);
    }
    await timed("deterministic files", () => makeDeterministic(out, b, alts));
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
    for (const lang of LANGS) writeFileSync(join(outDir, `briefing-${lang}-questions.md`), questions[lang]);
    for (const s of skipped) log(`slides: skipped ${s.format.toUpperCase()}: ${s.reason}`);
    if (reused.length) log(`slides: reused ${reused.sort().join(", ")} (made before from the same input)`);
    return {written, skipped, reused};
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
}

/**
 * The key of one file marp-cli makes: its Markdown (every figure, word and chart of the deck, the charts as SVG
 * with their fonts), its theme (with the fonts), marp-cli's options, and what draws it: the packages, Node, the
 * environment, the browser and the system's fonts (toolchainParts) and the code that starts and shares the
 * browser (scripts/browser.ts: its flags change how Chromium draws). Nothing else reaches marp-cli; what the
 * build does to its output afterwards (makeDeterministic) runs on every build.
 */
export function marpKey(o: {
  file: string;
  flags: readonly string[];
  browser: string | undefined;
  theme: Uint8Array | string;
  markdown: string;
}): string {
  return outputKey([
    "marp-cli",
    o.file,
    ...o.flags,
    ...toolchainParts(o.browser),
    o.browser ? codeVersion(["scripts/browser.ts"]) : "no browser",
    o.theme,
    o.markdown
  ]);
}

/**
 * Converts the languages of `sources` with marp-cli into `out` as `<name(lang)>.<ext>`: each taken from the
 * output cache when its key (Markdown, theme, options, toolchain) was made before, the others in one marp-cli
 * run over a folder holding just their Markdown, then stored.
 */
async function cachedMarp(o: {
  name: (lang: Lang) => string;
  ext: string;
  sources: Record<Lang, string>;
  theme: Uint8Array;
  themeFile: string;
  flags: string[];
  browser: string | undefined;
  work: string;
  out: string;
  reused: string[];
}): Promise<void> {
  const keys = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      marpKey({file: `${o.name(lang)}.${o.ext}`, flags: o.flags, browser: o.browser, theme: o.theme, markdown: o.sources[lang]})
    ])
  ) as Record<Lang, string>;
  const missing: Lang[] = [];
  for (const lang of LANGS) {
    const file = `${o.name(lang)}.${o.ext}`;
    const hit = cachedOutputs(keys[lang], [file]);
    if (hit) {
      writeFileSync(join(o.out, file), hit.get(file)!);
      o.reused.push(file);
    } else missing.push(lang);
  }
  if (!missing.length) return;
  const input = join(o.work, `in-${o.name("ja")}-${o.ext}`);
  mkdirSync(input, {recursive: true});
  for (const lang of missing) writeFileSync(join(input, `${o.name(lang)}.md`), o.sources[lang]);
  const argv = ["--input-dir", input, "--output", o.out, "--theme", o.themeFile, ...o.flags];
  if (o.browser) argv.push("--browser-path", o.browser);
  const code = await quietly(() => marpCli(argv));
  const files = missing.map((lang) => `${o.name(lang)}.${o.ext}`);
  if (code.result !== 0)
    throw new Error(`marp-cli failed to write ${files.join(" and ")} (exit code ${code.result}): ${oneLine(code.output)}`);
  for (const lang of missing) {
    const file = `${o.name(lang)}.${o.ext}`;
    const path = join(o.out, file);
    // An empty or missing file is left to the checks after the conversions; only a real output is kept.
    if (existsSync(path) && statSync(path).size > 0) storeOutputs(keys[lang], new Map([[file, readFileSync(path)]]));
  }
}

/** KIT_TIMINGS=1 prints each slide step's wall time (to stderr), as scripts/build.ts does for the build's steps. */
async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t = performance.now();
  try {
    return await fn();
  } finally {
    if (process.env.KIT_TIMINGS) process.stderr.write(`timing: slides: ${name}: ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
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
async function makeDeterministic(dir: string, b: Briefing, altTexts: Record<Lang, string[]>): Promise<void> {
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
    // The decks' and handouts' PDFs carry the figures' date, not the time of conversion (marp-pdf.ts).
    for (const name of [`briefing-${lang}.pdf`, `briefing-${lang}-handout.pdf`]) {
      const pdf = join(dir, name);
      if (existsSync(pdf)) writeFileSync(pdf, await reproduciblePdf(readFileSync(pdf), fixedDate(b)));
    }
    const pptx = join(dir, `briefing-${lang}.pptx`);
    // Each slide's picture carries the slide's alt text (marp-pptx.ts).
    const alts = altTexts[lang];
    if (existsSync(pptx)) {
      let shipped: Uint8Array;
      try {
        shipped = await deterministicMarpPptx(readFileSync(pptx), alts, fixedDate(b));
      } catch (error) {
        // A slide more or less than the outline: Markdown read a cell's text as a slide break or a directive.
        throw new Error(
          `briefing-${lang}.pptx: ${error instanceof Error ? error.message : error}; a text cell in data/ that Markdown reads as a slide break (a line of ---) or a directive is the usual cause: find it with grep -n -- '---' data/*.csv, fix it and run the build again`,
          {cause: error}
        );
      }
      writeFileSync(pptx, shipped);
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
