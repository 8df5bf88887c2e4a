// The one measure of text: widths from the advance widths of the fonts the outputs are set in (a table
// generated from the font files by scripts/font-metrics.ts), so that charts, slide outlines, the Marp deck and
// the editable PPTX all decide layout the same way, from the text as it will be drawn. Pure: no font parsing,
// no installed fonts; works in Node and the browser.
import {FACE_RUNS} from "./metrics/faces.js";

/**
 * Which type: `noto` is the Noto Sans JP the kit ships (report, Marp decks, their PDFs and pictures);
 * `office-en` is Arial (measured with Liberation Sans, its metric-compatible twin); `office-ja` is Yu Gothic.
 */
export type Face = "noto" | "office-en" | "office-ja";
export interface Type {
  /** Size in any unit (px, pt): widths come back in the same unit. */
  size: number;
  face?: Face;
  bold?: boolean;
}

/** A phone's viewport, in CSS px: under this, charts and pages take their narrow forms (the report's one breakpoint). */
export const PHONE_PX = 560;

type Runs = {starts: Int32Array; ends: Int32Array; widths: Int32Array};
const decoded = new Map<string, Runs>();
function runs(name: keyof typeof FACE_RUNS): Runs {
  let r = decoded.get(name);
  if (!r) {
    const parts = FACE_RUNS[name].split(",").map((run) => run.split(".").map((n) => parseInt(n, 36)));
    r = {
      starts: Int32Array.from(parts, (p) => p[0]),
      ends: Int32Array.from(parts, (p) => p[1]),
      widths: Int32Array.from(parts, (p) => p[2])
    };
    decoded.set(name, r);
  }
  return r;
}

/** Thousandths of an em of a code point in a face's table, or undefined where the table has none. */
function lookup(name: keyof typeof FACE_RUNS, code: number): number | undefined {
  const {starts, ends, widths} = runs(name);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] > code) hi = mid - 1;
    else if (ends[mid] < code) lo = mid + 1;
    else return widths[mid];
  }
  return undefined;
}

/** A character none of the tables hold: full width from the CJK blocks on, else a wide Latin letter's width. */
const fallback = (code: number) => (code >= 0x2e80 ? 1000 : 640);

/** The faces' slots in the cache key: a face and weight per slot. */
const SLOT: Record<Face, number> = {noto: 0, "office-en": 2, "office-ja": 4};
// Keyed by code point and face (a number: code point × 8 + slot), not by a string built per character: layouts
// measure the same few hundred characters millions of times, and the string key cost a third of the time.
const cache = new Map<number, number>();

/** Advance of the code point `code` in thousandths of an em. */
function advanceOf(code: number, face: Face, bold: boolean): number {
  const key = code * 8 + SLOT[face] + (bold ? 1 : 0);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const noto = lookup(bold ? "notoBold" : "noto", code) ?? fallback(code);
  const arial = lookup(bold ? "arialBold" : "arial", code) ?? noto;
  // Yu Gothic sets kana, kanji and full-width forms on the full em like Noto (both are JIS-style gothic
  // faces); its proportional Latin is not published as metrics here, so it is taken as the wider of Noto's and
  // Arial's (LibreOffice, lacking Yu Gothic, substitutes a gothic face of either kind).
  const width = face === "noto" ? noto : face === "office-en" ? arial : noto >= 1000 ? noto : Math.max(noto, arial);
  cache.set(key, width);
  return width;
}

/** Advance of one character (its first code point) in thousandths of an em. */
export const advance = (char: string, face: Face = "noto", bold = false): number => advanceOf(char.codePointAt(0)!, face, bold);

/** Width of `text` in ems. */
export function emWidth(text: string, face: Face = "noto", bold = false): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    // A code point beyond the BMP takes two UTF-16 units.
    if (code > 0xffff) i++;
    w += advanceOf(code, face, bold);
  }
  return w / 1000;
}

/** Width of `text` set in `type`, in the unit of its size. */
export const measure = (text: string, type: Type): number => emWidth(text, type.face, type.bold) * type.size;

/** Width of the widest of `texts` (each may hold lines) in `type`. */
export const widest = (texts: string[], type: Type): number =>
  Math.max(0, ...texts.flatMap((t) => t.split("\n").map((line) => measure(line, type))));

/** Characters that never start a line (Japanese kinsoku) and ones that never end one. */
const NO_LINE_START = new Set([..."、。，．・：；？！ー）」』】〕％%,.;:!?)]’”…"]);
const NO_LINE_END = new Set([..."（「『【〔([‘“"]);

/** Break opportunities: a Latin word with its trailing spaces, or one other character. */
const tokens = (text: string) => text.match(/[A-Za-z0-9(),.'’\-–/&:;%+¥$€£]+ *|\s+|./gu) ?? [];

/**
 * Lines of `text` within `width` in `type`: breaks at spaces in Latin text and between any two CJK
 * characters, never before closing or after opening punctuation; a word wider than the line is broken between
 * characters. Explicit newlines are kept.
 */
export function wrapText(text: string, width: number, type: Type): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    const push = () => {
      if (line.trim()) out.push(line.trimEnd());
      line = "";
    };
    for (const token of tokens(paragraph)) {
      const alone = !line.trim();
      if (alone || measure(line + token.trimEnd(), type) <= width || NO_LINE_START.has(token[0]) || NO_LINE_END.has(line.at(-1)!)) {
        line += token;
        if (!alone) continue;
      } else {
        push();
        line = token.trimStart();
      }
      // A single word wider than the line: break it between characters.
      while (measure(line.trimEnd(), type) > width && [...line.trimEnd()].length > 1) {
        let head = "";
        for (const c of line) {
          if (head && measure(head + c, type) > width) break;
          head += c;
        }
        if (head.length >= line.trimEnd().length) break;
        out.push(head.trimEnd());
        line = line.slice(head.length).trimStart();
      }
    }
    push();
  }
  return out.length ? out : [""];
}

/** How many lines `text` takes within `width`. */
export const lineCount = (text: string, width: number, type: Type): number => wrapText(text, width, type).length;

/** Whether `text` fits on `lines` lines of `width`. */
export const fitsLines = (text: string, width: number, type: Type, lines = 1): boolean => lineCount(text, width, type) <= lines;

/**
 * Lines of `text` each no wider than `width` in `type`: wrapText keeps a closing mark or a figure with the word
 * before it (kinsoku), which may run a line past the width; then the text is wrapped again, narrower, until every
 * line fits (or the width is down to two characters), so a layout can promise its text stays within the width.
 */
export function wrapStrict(text: string, width: number, type: Type): string[] {
  let lines = wrapText(text, width, type);
  for (let w = width; lines.some((l) => measure(l, type) > width) && w > type.size * 2;) {
    w -= type.size / 2;
    lines = wrapText(text, w, type);
  }
  return lines;
}

/** A block of text in a column: its words, the width they wrap in, their type, line height (× size) and margins (same unit). */
export interface Block {
  text: string;
  width: number;
  type: Type;
  lineHeight: number;
  margin?: number;
}

/** Height of `blocks` set one under the other, each wrapped within its width (wrapText): what a page must make room for. */
export const stackHeight = (blocks: Block[]): number =>
  blocks.reduce((h, b) => h + lineCount(b.text, b.width, b.type) * b.type.size * b.lineHeight + (b.margin ?? 0), 0);
