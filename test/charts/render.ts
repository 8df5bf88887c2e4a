// Draws a chart component into a JSDOM document and returns markup that is the same on every run, in the
// manner of Plot's own tests: generated class names renumbered, floats rounded to two decimals.
import {JSDOM} from "jsdom";
import type {Briefing} from "../../src/lib/briefing.js";
import type {ChartOptions} from "../../src/components/charts.js";

// One document for every drawing: a chart only creates elements in it, never attaches them, and making a JSDOM
// window cost more than drawing the chart (half the property tests' time).
let shared: Document | undefined;

export function render(component: (b: Briefing, o?: ChartOptions) => Element, b: Briefing, options: ChartOptions = {}): Element {
  shared ??= new JSDOM("<!DOCTYPE html><body></body>").window.document;
  return component(b, {width: 640, ...options, document: shared});
}

export function deterministic(markup: string): string {
  const ids = new Map<string, string>();
  return markup
    .replace(/plot-[0-9a-f]{6,}/g, (id) => {
      if (!ids.has(id)) ids.set(id, `plot-${ids.size}`);
      return ids.get(id)!;
    })
    .replace(/\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, ">\n<");
}
