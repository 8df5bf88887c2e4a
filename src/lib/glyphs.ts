/**
 * The characters a font subset must hold: every character of the given texts, plus printable ASCII and the
 * punctuation the formatters emit, so a figure edited in data/ never falls back to another font.
 */
export function glyphSet(texts: string[]): string {
  const chars = new Set<string>();
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  for (const c of "▲△−±¥約倍%％、。・（）「」『』【】〜～：；！？ー百万円億０１２３４５６７８９，．") chars.add(c);
  for (const t of texts) for (const c of t) if (c.codePointAt(0)! >= 0x20) chars.add(c);
  return [...chars].sort().join("");
}
