// Renders the report's chart components to standalone SVG in Node, for the slides. An SVG shown through
// <img> cannot see the page's fonts, so each SVG carries its own font subset: just the glyphs it uses.
import {wrapPhrases} from "../src/components/phrases.js";
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import * as Plot from "@observablehq/plot";
import {JSDOM} from "jsdom";
import subsetFont from "subset-font";
import {tokens} from "../src/lib/tokens.js";
import {BAR_TEXT_PX, PLOT_PX, textPx, type ChartSpec} from "./outline.js";
import {labelAtOf, labelSpan, tickLabel, type LabelAt} from "./kinds/chart.js";
import type {LegendEntry} from "../src/components/legend.js";

const root = join(import.meta.dirname, "..");
const FONT_SOURCES: Record<number, string> = {
  400: "node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
  700: "node_modules/@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf"
};
const fontCache = new Map<number, Buffer>();
const fontSource = (weight: number) => {
  if (!fontCache.has(weight)) fontCache.set(weight, readFileSync(join(root, FONT_SOURCES[weight])));
  return fontCache.get(weight)!;
};

/**
 * Subsetting takes a quarter of a second per font; a rebuild after a one-figure edit changes the text of one
 * or two charts, so subsets are kept in .build/cache by the glyphs they hold.
 */
async function subsetCached(weight: number, text: string): Promise<Buffer> {
  const glyphs = [...new Set(text)].sort().join("");
  const file = join(root, ".build", "cache", "fonts", `${weight}-${createHash("sha256").update(glyphs).digest("hex").slice(0, 24)}.woff2`);
  if (existsSync(file)) return readFileSync(file);
  const woff2 = await subsetFont(fontSource(weight), glyphs, {targetFormat: "woff2"});
  mkdirSync(dirname(file), {recursive: true});
  writeFileSync(file, woff2);
  return woff2;
}

export type ChartComponent<O> = (data: never, options: O & {document?: Document; width?: number}) => Element;

/** Draws a chart component into a JSDOM document and returns the finished SVG markup, fonts embedded. */
export async function chartSvg<T, O extends object>(component: (data: T, options: O) => Element, data: T, options: O): Promise<string> {
  const {window} = new JSDOM("<!DOCTYPE html><body></body>", {pretendToBeVisual: false});
  const element = component(data, {...options, document: window.document} as O);
  // Plot returns a <figure> when it draws a legend: keep the chart's <svg> and add the legend as SVG text.
  const svg = element.tagName.toLowerCase() === "svg" ? element : element.querySelector("svg:last-of-type");
  if (!svg) throw new Error("chart component returned no <svg>");
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const text = svg.textContent ?? "";
  const faces = await Promise.all(
    tokens.font.weights.map(async (weight) => {
      const woff2 = await subsetCached(weight, `${text}0123456789`);
      return `@font-face{font-family:"${tokens.font.family}";font-weight:${weight};src:url(data:font/woff2;base64,${woff2.toString("base64")}) format("woff2");}`;
    })
  );
  const style = window.document.createElementNS("http://www.w3.org/2000/svg", "style");
  // The chart reaches a deck as an <img>, whose text the browser shapes without a language: the font's language
  // forms ('locl') then swap digits for glyphs no character maps to, and the PDF's text layer loses them (an
  // English chart's "¥1,234 million" copied as "¥ , million"). The font's default forms are its Japanese ones.
  style.textContent = `${faces.join("")}svg{font-feature-settings:"locl" 0}`;
  svg.insertBefore(style, svg.firstChild);
  return deterministic(svg.outerHTML);
}

/** Plot gives each chart a random class name; make it stable so the same data builds the same files. */
function deterministic(svg: string): string {
  const ids = new Map<string, string>();
  return svg.replace(/plot-[0-9a-f]{6,}/g, (id) => {
    if (!ids.has(id)) ids.set(id, `plot-${ids.size}`);
    return ids.get(id)!;
  });
}

/** An <img> that shows in Marp's HTML, PDF and PPTX output (a data: SVG in Markdown image syntax does not). */
export function svgImg(svg: string, alt: string, {width}: {width?: number} = {}): string {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  const esc = alt.replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})[c]!);
  return `<img class="chart" src="${src}" alt="${esc}"${width ? ` width="${width}"` : ""}>`;
}

/** A swatch legend's type size, in px. */
const LEGEND_PX = 16;
const SWATCH = 14;

/**
 * The swatch legend above a slide chart (what each colour of its bars means): items left to right, wrapped to the
 * chart's width by their measured widths. `height` is what it takes from the top of the chart.
 */
export function legendLayout(legend: readonly LegendEntry[], width: number) {
  const line = LEGEND_PX + 10;
  let x = 0;
  let y = 0;
  let rowLines = 1;
  const items = legend.map((e) => {
    // A meaning wider than the chart (a long budget line's name) takes whole lines of its own, broken between
    // phrases (wrapPhrases), never cut.
    const room = width - SWATCH - 6;
    const lines = textPx(e.label, LEGEND_PX) <= room ? [e.label] : wrapPhrases(e.label, room, {size: LEGEND_PX});
    const w = SWATCH + 6 + Math.max(...lines.map((l) => textPx(l, LEGEND_PX)));
    if (x > 0 && x + w > width) [x, y, rowLines] = [0, y + rowLines * line, 1];
    const at = {...e, label: lines.join("\n"), lines: lines.length, x, y};
    rowLines = Math.max(rowLines, lines.length);
    x += w + 20;
    return at;
  });
  return {items, height: legend.length ? y + rowLines * line + 6 : 0};
}

/** The geometry of a slide chart: label column and type size for the number of bars (under its legend, if any). */
export function chartGeometry(
  spec: ChartSpec,
  {width, height, legend = []}: {width: number; height: number; legend?: readonly LegendEntry[]}
) {
  const band = (height - 56 - legendLayout(legend, width).height) / Math.max(1, spec.rows.length);
  const size = Math.max(11, Math.min(BAR_TEXT_PX, Math.floor(band * 0.5)));
  const marginLeft = Math.min(width - PLOT_PX - 16, Math.ceil(Math.max(0, ...spec.rows.map((r) => textPx(r.label, size))) + 18));
  // The last tick's label is centred on the plot's right edge: leave room for its half (5,000 was cut).
  const marginRight = Math.max(16, Math.ceil(textPx(tickLabel(spec.domain[1], spec.minus), size) / 2) + 6);
  return {size, marginLeft, marginRight};
}

/**
 * The rows' band geometry as Plot lays out the y scale below (a band scale, padding 0.25 inside and out, centred):
 * the step from one row to the next and the bar's thickness, in px. Plot may round the band to whole pixels;
 * the placements below keep a pixel or two in hand for that.
 */
function bands(n: number, top: number, bottom: number) {
  const step = (bottom - top) / (Math.max(1, n) + 0.25);
  return {step, bandwidth: step * 0.75};
}

/**
 * A slide chart from its outline spec as a Plot SVG element in `document`: bars, each bar's text where the spec
 * places it (BarSpec.labelAt: inside the bar's end, beyond it, across zero, or above a bar drawn thinner under
 * it), a rounded axis, and, where the bars' colours mean something (`legend`, src/components/legend.ts), a
 * swatch legend above them.
 */
export function specChartPlot(
  spec: ChartSpec,
  {width, height, legend = [], document}: {width: number; height: number; legend?: readonly LegendEntry[]; document: Document}
): Element {
  const {size, marginLeft, marginRight} = chartGeometry(spec, {width, height, legend});
  const key = legendLayout(legend, width);
  const rows = spec.rows.map((r, i) => ({...r, at: labelAtOf(r), key: String(i)}));
  const ticks: number[] = [];
  for (let v = spec.domain[0]; v <= spec.domain[1] + 1e-9; v += spec.step) ticks.push(Math.round(v * 1000) / 1000);
  const y = (r: {key: string}) => r.key;
  const marginTop = 8 + key.height;
  const marginBottom = 48;
  const {step, bandwidth} = bands(rows.length, marginTop, height - marginBottom);
  // A text above its bar: its line at the top of the row's own step (clear of the row above, whose bar and text
  // stay in their own step), the bar under it from just below the line to the band's usual bottom.
  const aboveDy = -step / 2 + size * 0.6 + 1;
  const aboveInset = Math.min(bandwidth - 3, Math.max(0, bandwidth / 2 + aboveDy + size * 0.6 + 2));
  const span = spec.domain[1] - spec.domain[0] || 1;
  // The value where an above text starts (slides/kinds/chart.ts labelSpan: zero, moved back inside the plot).
  const aboveX = (r: (typeof rows)[number]) => spec.domain[0] + (labelSpan(r, "above", spec.domain)[0] / PLOT_PX) * span;
  const at = (place: LabelAt, sign: 1 | -1) => rows.filter((r) => r.at === place && (sign > 0 ? r.value >= 0 : r.value < 0));
  const bold = {y, text: "text", fontWeight: 700} as const;
  return Plot.plot({
    document,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    style: {
      fontFamily: `"${tokens.font.family}", ${tokens.font.fallback}`,
      fontSize: `${size}px`,
      color: tokens.color.text,
      background: "transparent"
    },
    x: {
      domain: spec.domain,
      ticks,
      tickFormat: (v: number) => tickLabel(v, spec.minus),
      label: spec.axis,
      labelAnchor: "center",
      labelOffset: 42,
      grid: true
    },
    y: {domain: rows.map(y), tickFormat: (k: string) => rows[Number(k)].label, label: null, tickSize: 0, padding: 0.25},
    marks: [
      Plot.barX(
        rows.filter((r) => r.at !== "above"),
        {x: "value", y, fill: "color"}
      ),
      Plot.barX(
        rows.filter((r) => r.at === "above"),
        {x: "value", y, fill: "color", insetTop: aboveInset}
      ),
      Plot.ruleX([0], {stroke: tokens.color.text}),
      Plot.text(at("inside", 1), {...bold, x: "value", textAnchor: "end", dx: -8, fill: "white"}),
      // A negative bar's end is its left: its text inside starts there (slides/kinds/chart.ts places it).
      Plot.text(at("inside", -1), {...bold, x: "value", textAnchor: "start", dx: 8, fill: "white"}),
      Plot.text(at("outside", 1), {...bold, x: "value", textAnchor: "start", dx: 8, fill: tokens.color.text}),
      Plot.text(at("outside", -1), {...bold, x: "value", textAnchor: "end", dx: -8, fill: tokens.color.text}),
      // Across zero: in the bar's own band on the side its bar does not take.
      Plot.text(at("across", 1), {...bold, x: () => 0, textAnchor: "end", dx: -8, fill: tokens.color.text}),
      Plot.text(at("across", -1), {...bold, x: () => 0, textAnchor: "start", dx: 8, fill: tokens.color.text}),
      Plot.text(
        rows.filter((r) => r.at === "above"),
        {...bold, x: aboveX, textAnchor: "start", dx: 8, dy: aboveDy, fill: tokens.color.text}
      ),
      // The legend sits in the top margin, from the chart's left edge: each swatch with its meaning beside it.
      ...key.items.flatMap((e) => {
        const dy = 4 + e.y + LEGEND_PX / 2 + 2 - marginTop;
        return [
          Plot.dot([e], {frameAnchor: "top-left", dx: e.x + SWATCH / 2 - marginLeft, dy, symbol: "square", r: SWATCH / 2, fill: e.color}),
          Plot.text([e], {
            frameAnchor: "top-left",
            dx: e.x + SWATCH + 6 - marginLeft,
            dy,
            text: (d: LegendEntry) => d.label,
            textAnchor: "start",
            // One line centred on its swatch; a wrapped meaning hangs from the swatch's line.
            lineAnchor: e.lines > 1 ? "top" : "middle",
            ...(e.lines > 1 ? {dy: dy - LEGEND_PX / 2 - 2, lineHeight: (LEGEND_PX + 10) / LEGEND_PX} : {}),
            fontSize: LEGEND_PX,
            fill: tokens.color.text
          })
        ];
      })
    ]
  }) as unknown as Element;
}

/** A slide chart from its outline spec, as SVG with its fonts (specChartPlot). */
export async function specChartSvg(
  spec: ChartSpec,
  {width, height, legend = []}: {width: number; height: number; legend?: readonly LegendEntry[]}
): Promise<string> {
  const component = (_: unknown, {document}: {document: Document}) => specChartPlot(spec, {width, height, legend, document});
  return chartSvg(component, null, {} as {document: Document});
}
