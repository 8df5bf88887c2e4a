// A chart as a picture that stands on its own: the title, the unit, the chart and its legend, the source line
// and the as-of date drawn into one SVG, which the toolbar saves as .svg or rasterises to .png. No stdlib or
// browser-only API here, so Node tests compose the same picture with JSDOM.
import {tokens} from "../lib/tokens.js";
import {textWidth, wrapLabel} from "../lib/labels.js";

const SVG = "http://www.w3.org/2000/svg";
const PAD = 16;

export interface PictureText {
  title: string;
  unitLine: string;
  source: string;
  asOf: string;
}

/** Escapes text for SVG markup. */
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})[c]!);

/** The chart's own <svg> inside what a component returned (Plot wraps it in a <figure> when it draws a legend). */
export function mainSvg(chart: Element): SVGSVGElement | null {
  const svgs = [...chart.querySelectorAll("svg")].filter((s) => !s.closest("[class*=swatch]"));
  if (chart.tagName.toLowerCase() === "svg") svgs.unshift(chart as SVGSVGElement);
  return (svgs.sort((a, b) => Number(b.getAttribute("width") ?? 0) - Number(a.getAttribute("width") ?? 0))[0] as SVGSVGElement) ?? null;
}

/** The legend entries Plot drew as HTML swatches: colour and label. */
function swatches(chart: Element): {color: string; label: string}[] {
  return [...chart.querySelectorAll("[class*=swatch]:not([class*=swatches])")].map((s) => ({
    color: s.querySelector("svg")?.getAttribute("fill") ?? s.querySelector("[fill]")?.getAttribute("fill") ?? tokens.color.text,
    label: s.textContent?.trim() ?? ""
  }));
}

/**
 * The picture as SVG markup. `fontCss` is @font-face rules (with data: URLs) so the picture shows the kit's
 * font wherever it is opened; an SVG drawn as an image cannot see the page's fonts.
 */
export function composePicture(chart: Element, text: PictureText, {fontCss = ""}: {fontCss?: string} = {}): string {
  const svg = mainSvg(chart);
  if (!svg) throw new Error("the chart has no <svg> to save");
  const chartWidth = Number(svg.getAttribute("width")) || 640;
  const chartHeight = Number(svg.getAttribute("height")) || 400;
  const width = chartWidth + 2 * PAD;
  // About 7 px per column at 12 px (CJK two columns): wrap the source line to the picture's width.
  const columns = Math.max(20, Math.floor((width - 2 * PAD) / 6.6));
  const footer = [...wrapLabel(text.source, columns).split("\n"), text.asOf].filter(Boolean);
  const legend = swatches(chart);
  const lines: string[] = [];
  let y = PAD + 20;
  lines.push(`<text x="${PAD}" y="${y}" font-size="18" font-weight="700">${esc(text.title)}</text>`);
  if (text.unitLine) {
    y += 22;
    lines.push(`<text x="${PAD}" y="${y}" font-size="13">${esc(text.unitLine)}</text>`);
  }
  if (legend.length) {
    y += 22;
    let x = PAD;
    for (const s of legend) {
      lines.push(`<rect x="${x}" y="${y - 11}" width="12" height="12" fill="${esc(s.color)}"/>`);
      lines.push(`<text x="${x + 18}" y="${y}" font-size="13">${esc(s.label)}</text>`);
      x += 18 + Math.ceil(textWidth(s.label) * 7.2) + 16;
    }
  }
  const top = y + 12;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("x", String(PAD));
  clone.setAttribute("y", String(top));
  clone.removeAttribute("style");
  clone.setAttribute("overflow", "visible");
  let fy = top + chartHeight + 8;
  const foot = footer.map((line) => {
    fy += 17;
    return `<text x="${PAD}" y="${fy}" font-size="12" fill="${tokens.color.muted}">${esc(line)}</text>`;
  });
  const height = fy + PAD;
  const font = `"${tokens.font.family}", ${tokens.font.fallback}`;
  return (
    `<svg xmlns="${SVG}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family='${font}' fill="${tokens.color.text}">` +
    `<style>${fontCss}</style>` +
    `<rect width="100%" height="100%" fill="white"/>` +
    lines.join("") +
    serialize(clone) +
    foot.join("") +
    `</svg>`
  );
}

/** Well-formed XML for the chart (outerHTML would write HTML entities such as &nbsp; that XML lacks). */
function serialize(node: Element): string {
  const view = node.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const Serializer = view?.XMLSerializer ?? globalThis.XMLSerializer;
  return new Serializer().serializeToString(node);
}
