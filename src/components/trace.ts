// Traceable amounts: each amount on a page is a focusable element whose popup (on hover and on keyboard
// focus) says where it comes from: budget.csv line, stage, printed form, the document's section and page, and
// for a derived amount how it is computed. The popup is the amount's accessible description.
import {html} from "htl";
import type {Briefing} from "../lib/briefing.js";
import type {Lang} from "../lib/format.js";
import type {TextOptions} from "../lib/text.js";
import {provenanceLines, type Provenance} from "../lib/trace.js";
import {figureSpan, figureTail, keepFigures} from "./quantity.js";

let next = 0;

const asNode = (node: Node | string): Node => (typeof node === "string" ? document.createTextNode(node) : node);

/** Places the popup beside its amount; fixed, so a scrolling table never clips it. */
function place(amount: HTMLElement, tip: HTMLElement) {
  const r = amount.getBoundingClientRect();
  const width = Math.min(360, window.innerWidth - 16);
  tip.style.width = `${width}px`;
  tip.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - width - 8))}px`;
  tip.style.top = `${r.bottom + 6}px`;
}

/**
 * One amount with its provenance popup (or the popup's lines, made elsewhere); without one, the amount alone.
 * Either way its figures never break across lines (.kit-figure-run is nowrap in src/style.css).
 */
export function Amount(b: Briefing | null, text: string, provenance: Provenance | string[] | undefined, lang: Lang): Node | string {
  if (!provenance) return figureSpan(text);
  const id = `kit-tip-${next++}`;
  const lines = Array.isArray(provenance) ? provenance : b ? provenanceLines(b, provenance, lang) : [];
  const tip = html`<span role="tooltip" id=${id} class="kit-tip"
    >${lines.map((line) => html`<span class="kit-tip-line">${line}</span>`)}</span
  >` as HTMLElement;
  // Its figures are nowrap, not the whole text: a scheme's printed support ("up to about ¥100 million per project
  // per year") is one traced amount, and unbroken it widened a card past a phone's screen.
  const amount = html`<span class="kit-amount" tabindex="0" aria-describedby=${id}>${keepFigures(text)}${tip}</span>` as HTMLElement;
  const show = () => {
    amount.classList.remove("kit-tip-dismissed");
    place(amount, tip);
  };
  amount.addEventListener("focus", show);
  amount.addEventListener("mouseenter", show);
  // Escape hides the popup without moving focus (WCAG 1.4.13: dismissible).
  amount.addEventListener("keydown", (event) => event.key === "Escape" && amount.classList.add("kit-tip-dismissed"));
  return amount;
}

/** A marked sentence whose popups' lines were made beforehand (a chart caption: components/specs.ts chartFigure). */
export function MarkedText(marked: string, lines: string[][], lang: Lang): Node[] {
  return marked
    .split(/(\uE000\d+\uE001[^\uE002]*\uE002)/)
    .filter((part) => part)
    .map((part) => {
      const m = /^\uE000(\d+)\uE001([^\uE002]*)\uE002$/.exec(part);
      if (!m) return keepFigures(part).map(asNode);
      return [asNode(Amount(null, m[2], lines[Number(m[1])], lang))];
    })
    .flat();
}

/**
 * A sentence from lib/text.ts with its amounts traceable: `sentence` is called with a trace list, and the
 * markers it puts around each amount become Amount elements.
 */
export function TracedText(b: Briefing, sentence: (options: Pick<TextOptions, "trace">) => string | null, lang: Lang): Node[] {
  const trace: Provenance[] = [];
  const text = sentence({trace}) ?? "";
  const nodes: Node[] = [];
  let last: Node | null = null;
  for (let part of text.split(/(\uE000\d+\uE001[^\uE002]*\uE002)/)) {
    const m = /^\uE000(\d+)\uE001([^\uE002]*)\uE002$/.exec(part);
    if (m) {
      last = asNode(Amount(b, m[2], trace[Number(m[1])], lang));
      nodes.push(last);
      continue;
    }
    // 増/減 written after a traced change (「189百万円増」) stays on the line of its figure.
    const tail = last ? figureTail(part) : "";
    if (last && tail) {
      const run = figureSpan("");
      nodes[nodes.length - 1] = run;
      run.append(last, tail);
      part = part.slice(tail.length);
    }
    last = null;
    nodes.push(...keepFigures(part).map(asNode));
  }
  return nodes;
}
