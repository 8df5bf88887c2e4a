// What a reader sees in a PDF, checked from the words poppler finds on each sheet (`pdftotext -bbox`): no word
// printed over another, no sheet left (nearly) empty, every word of a slide present on its handout page. Pure
// functions over parsed boxes, so the checker itself is tested on small synthetic sheets (test/print/pdfcheck.test.ts);
// the tests and the layout checker (scripts/layoutcheck.ts) share it.
import {execFileSync} from "node:child_process";

/** A word and its box in points, origin at the top left of the sheet (as pdftotext writes it). */
export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Sheet {
  /** 1-based sheet number. */
  page: number;
  width: number;
  height: number;
  words: Word[];
}

/** XML's five entities back to text (pdftotext's XML, a PPTX's slide XML). */
export const unescapeXml = (t: string) =>
  t
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The sheets of `pdftotext -bbox` (or `-bbox-layout`) output, in order. */
export function parseBbox(xml: string): Sheet[] {
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p, i) => ({
    page: i + 1,
    width: Number(p[1]),
    height: Number(p[2]),
    words: [...p[3].matchAll(/<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      text: unescapeXml(m[5]),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4])
    }))
  }));
}

/** Reads a PDF's sheets with poppler. */
export function readSheets(file: string): Sheet[] {
  return parseBbox(execFileSync("pdftotext", ["-bbox", file, "-"], {maxBuffer: 1 << 28}).toString("utf8"));
}

/** Japanese brackets and stops: their boxes are a full em, but their ink is half of it. */
const CJK_PUNCTUATION = /[、。，．・：；「」『』（）［］【】〔〕〈〉《》]/;

/**
 * Chromium sets two neighbouring Japanese brackets or stops (「、「」「）。」) in one em (CSS text-spacing-trim), so
 * their full-em boxes overlap by up to half an em while their ink does not: `a` is the word on the left.
 */
function trimmedPunctuation(a: Word, b: Word): boolean {
  return CJK_PUNCTUATION.test(a.text.at(-1) ?? "") || CJK_PUNCTUATION.test(b.text[0] ?? "");
}

export interface Overlap {
  page: number;
  a: Word;
  b: Word;
}

/**
 * Pairs of words printed over each other. Boxes include the font's ascent and descent, so neighbours on a line
 * touch and lines set tight share a sliver of height: a pair counts only when the shared part is more than
 * `x` of the narrower word's width and more than `y` of the shorter word's height.
 */
export function overlappingWords(sheet: Sheet, {x = 0.15, y = 0.4}: {x?: number; y?: number} = {}): Overlap[] {
  const out: Overlap[] = [];
  const words = [...sheet.words].sort((p, q) => p.xMin - q.xMin);
  for (let i = 0; i < words.length; i++) {
    const a = words[i];
    for (let j = i + 1; j < words.length && words[j].xMin < a.xMax; j++) {
      const b = words[j];
      const ix = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const iy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      const w = Math.min(a.xMax - a.xMin, b.xMax - b.xMin);
      const h = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      if (ix > x * w && iy > y * h && !(ix <= h / 2 && trimmedPunctuation(a, b))) out.push({page: sheet.page, a, b});
    }
  }
  return out;
}

/**
 * The lines of text on a sheet outside its running head and foot (the top and bottom `band` of the height, where
 * page numbers and footers sit): words whose vertical middles lie within half a word's height of each other form one line.
 */
export function contentLines(sheet: Sheet, {band = 0.06}: {band?: number} = {}): Word[][] {
  const top = sheet.height * band;
  const bottom = sheet.height * (1 - band);
  const mid = (w: Word) => (w.yMin + w.yMax) / 2;
  const words = sheet.words.filter((w) => mid(w) > top && mid(w) < bottom).sort((p, q) => mid(p) - mid(q));
  const lines: Word[][] = [];
  for (const w of words) {
    const last = lines.at(-1);
    if (last && Math.abs(mid(w) - mid(last[0])) < (last[0].yMax - last[0].yMin) / 2) last.push(w);
    else lines.push([w]);
  }
  return lines;
}

/** Sheets with fewer than `minLines` lines of content (a blank sheet, or one holding a line run over from the sheet before). */
export function nearEmptySheets(sheets: Sheet[], {minLines = 3, except = []}: {minLines?: number; except?: number[]} = {}): Sheet[] {
  return sheets.filter((s) => !except.includes(s.page) && contentLines(s).length < minLines);
}

const squash = (s: string) => s.replace(/\s+/g, "");

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * Words of a slide that its handout page does not show as often as the slide does. Lines may break elsewhere on
 * the handout, so each word is looked for in the handout's whole text with spaces removed, and counted.
 */
export function missingWords(slide: Sheet, handout: Sheet): string[] {
  const text = handout.words.map((w) => squash(w.text)).join("");
  const wanted = new Map<string, number>();
  for (const w of slide.words) {
    const t = squash(w.text);
    if (t) wanted.set(t, (wanted.get(t) ?? 0) + 1);
  }
  return [...wanted].filter(([t, n]) => count(text, t) < n).map(([t]) => t);
}

/** One line per finding, naming the file and sheet, for test failure messages. */
export function describeOverlap(file: string, o: Overlap): string {
  const box = (w: Word) => `"${w.text}" (${w.xMin.toFixed(0)},${w.yMin.toFixed(0)})–(${w.xMax.toFixed(0)},${w.yMax.toFixed(0)})`;
  return `${file} p.${o.page}: ${box(o.a)} over ${box(o.b)}`;
}

/** A heading of a PDF as its outline names it: Chromium writes one bookmark per h1–h6, pointing at the heading's sheet. */
export interface Heading {
  /** 1-based sheet number. */
  page: number;
  title: string;
}

/**
 * The bookmarks of `pdftohtml -xml` output, in order, at every level. Headings are read from the outline the
 * PDF was printed with, not guessed from type sizes: a heading is what the page marked as one.
 */
export function parseOutline(xml: string): Heading[] {
  const outline = xml.slice(xml.indexOf("<outline>"));
  return [...outline.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({page: Number(m[1]), title: unescapeXml(m[2])}));
}

/** Reads a PDF's bookmarks with poppler. */
export function readOutline(file: string): Heading[] {
  return parseOutline(execFileSync("pdftohtml", ["-xml", "-i", "-q", "-stdout", file], {maxBuffer: 1 << 28}).toString("utf8"));
}

/**
 * Text compared across a sheet's words and the outline: without spaces, and in NFKC form, because a font's
 * Unicode map may name a kanji by its radical's code point (⼤ for 大) in the text but not in the bookmark.
 */
const comparable = (s: string) => squash(s.normalize("NFKC"));

/**
 * Where `title` is printed on `sheet`: the runs of consecutive words (in poppler's reading order, which keeps a
 * heading's words together even beside another column) that read exactly as the title. A heading Chromium named
 * twice in its bookmark ("TableTable") is looked for once.
 */
export function findTitle(sheet: Sheet, title: string): Word[][] {
  const target = comparable(title);
  const half = target.slice(0, target.length / 2);
  const targets = target.length % 2 === 0 && half + half === target ? [target, half] : [target];
  const texts = sheet.words.map((w) => comparable(w.text));
  const found: Word[][] = [];
  if (!target) return found;
  for (let i = 0; i < texts.length; i++) {
    let joined = "";
    for (let j = i; j < texts.length && joined.length < target.length; j++) {
      joined += texts[j];
      if (targets.includes(joined)) {
        found.push(sheet.words.slice(i, j + 1));
        break;
      }
    }
  }
  return found;
}

/**
 * Headings left alone at the foot of their sheet: no text of the sheet's content (outside the running head and
 * foot, contentLines) lies below the heading, so nothing of its section follows it there.
 */
export function strandedHeadings(sheets: Sheet[], headings: Heading[]): Heading[] {
  return headings.filter((h) => {
    const sheet = sheets[h.page - 1];
    if (!sheet) return false;
    // A title printed more than once (a page's heading and a link or an entry that names it): the heading is the
    // print in the largest type, and of prints as large the last.
    const size = (p: Word[]) => Math.max(...p.map((w) => w.yMax - w.yMin));
    const prints = findTitle(sheet, h.title);
    if (!prints.length) return false;
    const largest = Math.max(...prints.map(size));
    const heading = prints.filter((p) => size(p) > largest - 0.5).at(-1)!;
    const bottom = Math.max(...heading.map((w) => w.yMax));
    const mid = (w: Word) => (w.yMin + w.yMax) / 2;
    return !contentLines(sheet).some((line) => line.some((w) => mid(w) > bottom));
  });
}
