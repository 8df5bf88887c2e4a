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
