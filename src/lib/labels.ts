import {emWidth, wrapText} from "./measure.js";

/**
 * Width of text in columns, a column being half an em of the kit's font (Noto Sans JP), as measured from its
 * advance widths (src/lib/measure.ts): a kanji is 2, a Latin letter about 1.1. For widths in px use measure().
 */
export function textWidth(text: string): number {
  return emWidth(text) * 2;
}

/**
 * Wraps a label to lines of at most `width` columns (half-ems of the kit's font, measured; Plot's `lineWidth`
 * counts a CJK character as one, so Japanese labels overflow). Breaks at spaces in Latin text, anywhere in CJK
 * text, but never puts closing punctuation at the start of a line.
 */
export function wrapLabel(text: string, width: number): string {
  return wrapText(text, width, {size: 2}).join("\n");
}
