import {DataError} from "./errors.js";

/**
 * Turns the bytes of a CSV file into text. Government CSV files come as UTF-8 (often with a BOM) or as
 * Shift_JIS/CP932; anything that is neither is rejected rather than guessed.
 */
export function decodeCsv(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", {fatal: true, ignoreBOM: false}).decode(bytes);
  } catch {
    try {
      // WHATWG "shift_jis" is Windows-31J (CP932), which is what Excel on Japanese Windows writes.
      text = new TextDecoder("shift_jis", {fatal: true}).decode(bytes);
    } catch {
      throw new DataError([{file, line: 0, message: "the file is neither valid UTF-8 nor Shift_JIS (CP932) text"}]);
    }
  }
  return text;
}
