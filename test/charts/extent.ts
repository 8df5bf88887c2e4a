// Where a chart's words fall, computed from the SVG Plot writes (in JSDOM) and the fonts' own metrics, the way
// Chromium boxes SVG text (getBoundingClientRect, which the layout checker reads): each line as wide as its
// measured advances, from its baseline up by the font's ascent and down by its descent (Noto Sans JP's hhea:
// 1.16 em and 0.288 em). So a test can say "every label lies inside the chart" without a browser.
import {measure} from "../../src/lib/measure.js";

/** Noto Sans JP's ascent and descent (hhea), in em: the height of a line box Chromium reports for SVG text. */
const ASCENT = 1.16;
const DESCENT = 0.288;

export interface Extent {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const em = (value: string | null, size: number): number => {
  if (!value) return 0;
  const n = parseFloat(value);
  return value.trim().endsWith("em") ? n * size : n;
};

function translate(el: Element): [number, number] {
  const m = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/.exec(el.getAttribute("transform") ?? "");
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

/** The nearest value of an attribute (or style property) on the element or an ancestor. */
function inherited(el: Element, attr: string): string | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    // A style property wins over the presentation attribute (Plot writes font-size="10" beside style="font-size: 13px").
    const m = new RegExp(`(?:^|;)\\s*${attr}\\s*:\\s*([^;]+)`).exec(e.getAttribute("style") ?? "");
    if (m) return m[1].trim();
    const a = e.getAttribute(attr);
    if (a) return a;
    if (e.tagName.toLowerCase() === "svg") break;
  }
  return null;
}

/** The box of every non-empty <text> of `svg`, in the SVG's user units. */
export function textExtents(svg: Element, only?: Element): Extent[] {
  const out: Extent[] = [];
  for (const t of only ? [only] : svg.querySelectorAll("text")) {
    if (!t.textContent?.trim()) continue;
    let [x, y] = [0, 0];
    for (let e: Element | null = t; e && e !== svg; e = e.parentElement) {
      const [dx, dy] = translate(e);
      x += dx;
      y += dy;
    }
    const size = parseFloat(inherited(t, "font-size") ?? "13");
    const bold = /^(bold|[6-9]00)$/.test(inherited(t, "font-weight") ?? "");
    const anchor = inherited(t, "text-anchor") ?? "start";
    x += em(t.getAttribute("x"), size) + em(t.getAttribute("dx"), size);
    // A tspan's y replaces the text's own y (Plot sets the first line of several at y="-1.23em", the rest by dy).
    const origin = y;
    y += em(t.getAttribute("y"), size) + em(t.getAttribute("dy"), size);
    const spans = [...t.querySelectorAll("tspan")];
    const lines = spans.length
      ? spans.map((s) => {
          if (s.hasAttribute("y")) y = origin + em(s.getAttribute("y"), size);
          y += em(s.getAttribute("dy"), size);
          return {
            text: s.textContent ?? "",
            x: s.hasAttribute("x") ? x + em(s.getAttribute("x"), size) - em(t.getAttribute("x"), size) : x,
            y
          };
        })
      : [{text: t.textContent, x, y}];
    for (const l of lines) {
      if (!l.text.trim()) continue;
      const w = measure(l.text, {size, bold});
      const left = anchor === "middle" ? l.x - w / 2 : anchor === "end" ? l.x - w : l.x;
      out.push({text: l.text, left, right: left + w, top: l.y - ASCENT * size, bottom: l.y + DESCENT * size});
    }
  }
  return out;
}

/** The chart's own box: its width and height (the SVG's viewBox as Plot writes it). */
export function chartBox(svg: Element): {width: number; height: number} {
  const [, , width, height] = (svg.getAttribute("viewBox") ?? "0 0 0 0").split(/[ ,]+/).map(Number);
  return {width, height};
}

/** Texts of `svg` that reach outside it by more than `tolerance` (the layout checker allows 1 px). */
export function outside(svg: Element, tolerance = 1): Extent[] {
  const {width, height} = chartBox(svg);
  return textExtents(svg).filter(
    (e) => e.left < -tolerance || e.top < -tolerance || e.right > width + tolerance || e.bottom > height + tolerance
  );
}

/** The chart's <svg> from what a component returns (a <figure> when Plot adds a legend). */
export const svgOf = (el: Element): Element =>
  el.tagName.toLowerCase() === "svg" ? el : [...el.children].find((c) => c.tagName.toLowerCase() === "svg")!;

/**
 * The em box of each line of each <text> (Noto Sans JP's em box: 0.88 em above the baseline, 0.12 em below), the
 * box a glyph's ink stays in; Chromium's line box (ascent 1.16 em) is taller than the ink and overlaps the next
 * line's at a normal line height, so it cannot tell labels apart. `element` says which <text> a line belongs to.
 */
export function inkBoxes(svg: Element): (Extent & {element: number})[] {
  const out: (Extent & {element: number})[] = [];
  [...svg.querySelectorAll("text")].forEach((t, element) => {
    for (const e of textExtents(svg, t)) {
      const size = (e.bottom - e.top) / (ASCENT + DESCENT);
      const baseline = e.bottom - DESCENT * size;
      out.push({...e, top: baseline - 0.88 * size, bottom: baseline + 0.12 * size, element});
    }
  });
  return out;
}

/** Pairs of lines from different <text> elements of `svg` whose ink boxes intersect by more than `tolerance` px. */
export function overlaps(svg: Element, tolerance = 0.5): [Extent, Extent][] {
  const boxes = inkBoxes(svg);
  const out: [Extent, Extent][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, c] = [boxes[i], boxes[j]];
      if (a.element === c.element) continue;
      const w = Math.min(a.right, c.right) - Math.max(a.left, c.left);
      const h = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
      if (w > tolerance && h > tolerance) out.push([a, c]);
    }
  return out;
}

/** The boxes of the bars (rects of Plot's bar marks) of `svg`, in its user units. */
export function barBoxes(svg: Element): Extent[] {
  return [...svg.querySelectorAll("g[aria-label=bar] rect")].map((r) => {
    let [x, y] = [Number(r.getAttribute("x") ?? 0), Number(r.getAttribute("y") ?? 0)];
    for (let e: Element | null = r; e && e !== svg; e = e.parentElement) {
      const [dx, dy] = translate(e);
      x += dx;
      y += dy;
    }
    return {text: "", left: x, right: x + Number(r.getAttribute("width") ?? 0), top: y, bottom: y + Number(r.getAttribute("height") ?? 0)};
  });
}

/** Lines of dark text (not the white names set inside bars) that a bar covers by more than `tolerance` px. */
export function coveredByBars(svg: Element, tolerance = 0.5): Extent[] {
  const bars = barBoxes(svg);
  const white = new Set(
    [...svg.querySelectorAll("text")].map((t, i) => (/^(white|#fff(fff)?)$/i.test(inherited(t, "fill") ?? "") ? i : -1))
  );
  return inkBoxes(svg).filter(
    (t) =>
      !white.has(t.element) &&
      bars.some(
        (b) =>
          Math.min(t.right, b.right) - Math.max(t.left, b.left) > tolerance &&
          Math.min(t.bottom, b.bottom) - Math.max(t.top, b.top) > tolerance
      )
  );
}
