/** Display width of a character: CJK and full-width forms take two columns, others one. */
export function charWidth(c: string): number {
  const code = c.codePointAt(0)!;
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
    ? 2
    : 1;
}

export function textWidth(text: string): number {
  let w = 0;
  for (const c of text) w += charWidth(c);
  return w;
}

const NO_LINE_START = new Set([..."、。，．・：；？！ー）」』】〕％%"]);

/**
 * Wraps a label to lines of at most `width` columns, counting a CJK character as two (Plot's `lineWidth`
 * counts it as one, so Japanese labels overflow). Breaks at spaces in Latin text, anywhere in CJK text, but
 * never puts closing punctuation at the start of a line.
 */
export function wrapLabel(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  const tokens = text.match(/[A-Za-z0-9(),.'’\-–/&]+ ?|\s+|./gu) ?? [];
  for (const token of tokens) {
    if (line && textWidth(line + token.trimEnd()) > width && !NO_LINE_START.has(token[0])) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.join("\n");
}
