/**
 * Design tokens: the one source of colours, fonts and sizes for the report's CSS, the charts and the Marp
 * theme. Colours meet WCAG AA contrast (4.5:1) on the background where they carry text.
 */
export const tokens = {
  font: {
    family: "Kit Noto Sans JP",
    /** Fallbacks when the self-hosted subset is missing a glyph. */
    fallback: `"Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif`,
    weights: [400, 700] as const
  },
  color: {
    background: "#ffffff",
    surface: "#f4f6f8",
    text: "#1b1f24",
    muted: "#4a5563",
    rule: "#c9d1d9",
    accent: "#0b5394",
    /**
     * One colour per meaning, used alike by the report, the slides and the editable PPTX; no two meanings (and no
     * document heading below) share a colour. Current stage vs comparison stage in charts:
     */
    current: "#0b5394",
    comparison: "#6f8fb3",
    /** A supplementary budget (a multi-year fund), never drawn on an annual budget's axis. */
    supplementary: "#b45309",
    increase: "#1d6b3a",
    decrease: "#b3261e",
    flat: "#5f6b7a",
    new: "#6a3d9a",
    /** An amount listed again but counted elsewhere (再掲). */
    restated: "#8a94a0",
    /** Money another body provides beside the programme's own (e.g. a partner agency's separate support, as the document prints it). */
    external: "#00707a",
    /** The part of a total the document does not break down (内訳記載なし). */
    unitemised: "#b8c0c8"
  },
  /**
   * Colours of the document's headings (strands.csv), by position: the first heading gets the first colour. None
   * is a colour of a meaning above, so a heading never reads as "fund" or "increase".
   */
  strands: ["#a3195b", "#3f3f8f", "#5f6300", "#7b4a2a", "#2f2f2f"],
  /**
   * Colours of the budget lines (groups in programmes.csv) that appropriate programmes together, by position among
   * the groups: a composition colours a group's programmes by the line their amounts are in. None is a heading's
   * colour or a colour of a meaning above.
   */
  lines: ["#1f6f8b", "#8f5b1f", "#3d6b2f"],
  size: {
    base: 16,
    slideBase: 28,
    radius: 6
  },
  /**
   * The decks' one type scale, in CSS px on a 1280×720 slide (the editable PPTX converts: 1 px = 0.75 pt), and
   * the fonts the editable PPTX names: ones Windows and Mac office installs have (the Marp decks embed their own).
   */
  deck: {
    headline: 44,
    title: 32,
    subtitle: 20,
    body: 24,
    figure: 40,
    figureLabel: 17,
    table: 21,
    chart: 18,
    note: 16,
    footer: 14,
    officeFont: {ja: "Yu Gothic", en: "Arial"}
  }
} as const;

export type Tokens = typeof tokens;

/** The colour of the heading at `index` in strands.csv (cycling when a document has more headings than colours). */
export function strandColour(index: number): string {
  return index < 0 ? tokens.color.flat : tokens.strands[index % tokens.strands.length];
}

/** The colour of the budget line at `index` among the groups (cycling when there are more lines than colours). */
export function lineColour(index: number): string {
  return tokens.lines[index % tokens.lines.length];
}

/** CSS custom properties for the report and the slides. */
export function tokensCss(t: Tokens = tokens): string {
  const vars = [
    `--kit-font: "${t.font.family}", ${t.font.fallback};`,
    ...Object.entries(t.color).map(([k, v]) => `--kit-${k}: ${v};`),
    ...t.strands.map((v, i) => `--kit-strand-${i + 1}: ${v};`),
    `--kit-radius: ${t.size.radius}px;`
  ];
  return `:root {\n${vars.map((v) => `  ${v}`).join("\n")}\n}\n`;
}
