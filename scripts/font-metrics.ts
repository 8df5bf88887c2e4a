// Writes src/lib/metrics/faces.ts: the advance widths of the fonts the outputs are set in, as a compact table,
// so that src/lib/measure.ts measures text in Node and in the browser without parsing a font or needing any
// installed. Run once when a font changes: `npx tsx scripts/font-metrics.ts` (needs fonts-liberation for the
// Arial-compatible metrics; the Noto Sans JP the kit ships comes from node_modules).
import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {format, resolveConfig} from "prettier";

const root = join(import.meta.dirname, "..");
const noto = (file: string) => join(root, "node_modules", "@expo-google-fonts", "noto-sans-jp", file);
const liberation = (file: string) => join("/usr/share/fonts/truetype/liberation", file);

/**
 * The faces measured. Noto Sans JP: the report, the Marp decks and their PDFs (scripts/prepare.ts subsets these
 * files). Liberation Sans: metric-compatible with Arial, the editable English PPTX's font (same advance widths by design).
 */
const FACES = {
  noto: noto("400Regular/NotoSansJP_400Regular.ttf"),
  notoBold: noto("700Bold/NotoSansJP_700Bold.ttf"),
  arial: liberation("LiberationSans-Regular.ttf"),
  arialBold: liberation("LiberationSans-Bold.ttf")
};

/** The code points kept: Latin, punctuation and symbols, kana, CJK and full-width forms (others fall back in measure.ts). */
const KEPT: [number, number][] = [
  [0x20, 0x24f],
  [0x2000, 0x2bff],
  [0x3000, 0x30ff],
  [0x3400, 0x9fff],
  [0xf900, 0xfaff],
  [0xff00, 0xffef]
];

/** Code point → advance width in thousandths of an em, from a TrueType/OpenType file's cmap, hhea and hmtx. */
export function advances(font: Buffer): Map<number, number> {
  const tables = new Map<string, number>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) tables.set(font.toString("latin1", 12 + i * 16, 16 + i * 16), font.readUInt32BE(20 + i * 16));
  const at = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(at("head") + 18);
  const metrics = font.readUInt16BE(at("hhea") + 34);
  const hmtx = at("hmtx");
  const advance = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, metrics - 1));
  const glyphs = new Map<number, number>();
  const cmap = at("cmap");
  const subtables = [...Array(font.readUInt16BE(cmap + 2)).keys()].map((i) => ({
    platform: font.readUInt16BE(cmap + 4 + i * 8),
    encoding: font.readUInt16BE(cmap + 6 + i * 8),
    offset: cmap + font.readUInt32BE(cmap + 8 + i * 8)
  }));
  const full = subtables.find((s) => s.platform === 3 && s.encoding === 10 && font.readUInt16BE(s.offset) === 12);
  const bmp = subtables.find((s) => s.platform === 3 && s.encoding === 1 && font.readUInt16BE(s.offset) === 4);
  if (full) {
    const groups = font.readUInt32BE(full.offset + 12);
    for (let g = 0; g < groups; g++) {
      const p = full.offset + 16 + g * 12;
      const [start, end, glyph] = [font.readUInt32BE(p), font.readUInt32BE(p + 4), font.readUInt32BE(p + 8)];
      for (let c = start; c <= end; c++) glyphs.set(c, glyph + c - start);
    }
  } else if (bmp) {
    const o = bmp.offset;
    const segs = font.readUInt16BE(o + 6) / 2;
    const ends = o + 14;
    const starts = ends + segs * 2 + 2;
    const deltas = starts + segs * 2;
    const ranges = deltas + segs * 2;
    for (let s = 0; s < segs; s++) {
      const [end, start, delta, range] = [ends, starts, deltas, ranges].map((t) => font.readUInt16BE(t + s * 2));
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph = range === 0 ? c : font.readUInt16BE(ranges + s * 2 + range + (c - start) * 2);
        if (range !== 0 && glyph === 0) continue;
        glyph = (glyph + delta) & 0xffff;
        if (glyph) glyphs.set(c, glyph);
      }
    }
  } else throw new Error("font has no Unicode cmap");
  const out = new Map<number, number>();
  for (const [c, glyph] of glyphs) out.set(c, Math.round((advance(glyph) * 1000) / unitsPerEm));
  return out;
}

/**
 * Runs of code points of one width, as "start.end.width" in base 36 joined by commas. A run spans the code
 * points a font lacks between two of equal width (a fallback font sets them), which keeps CJK to a few runs.
 */
export function encodeRuns(widths: Map<number, number>): string {
  const runs: [number, number, number][] = [];
  const codes = [...widths.keys()].filter((c) => KEPT.some(([a, b]) => c >= a && c <= b)).sort((a, b) => a - b);
  for (const c of codes) {
    const w = widths.get(c)!;
    const last = runs.at(-1);
    const sameBlock = last && KEPT.some(([a, b]) => last[1] >= a && c <= b);
    if (last && last[2] === w && sameBlock) last[1] = c;
    else runs.push([c, c, w]);
  }
  return runs.map((r) => r.map((n) => n.toString(36)).join(".")).join(",");
}

if (import.meta.filename === process.argv[1]) {
  const lines = Object.entries(FACES).map(([name, file]) => `  ${name}: "${encodeRuns(advances(readFileSync(file)))}"`);
  const out = join(root, "src", "lib", "metrics", "faces.ts");
  const text =
    `// Generated by scripts/font-metrics.ts from the font files: do not edit. Advance widths in thousandths of an em,\n` +
    `// as runs "start.end.width" (base 36) of code points; src/lib/measure.ts reads them.\n` +
    `export const FACE_RUNS = {\n${lines.join(",\n")}\n} as const;\n`;
  writeFileSync(out, await format(text, {...(await resolveConfig(out)), filepath: out}));
  console.error(`font-metrics: wrote ${out}`);
}
