// Where an HTML document would fetch or follow an address outside itself (test/hostile/render.test.ts and
// report.test.ts): visible text may name the hostile host freely, attributes and styles may not.
import {JSDOM} from "jsdom";
import {EVIL} from "./corpus.js";

const URL_ATTRIBUTES = new Set(["src", "href", "srcset", "poster", "action", "formaction", "xlink:href", "background", "data", "ping"]);
/** Attributes that hold text for people (a chart's alt text, the document's title in <meta>): they may name anything. */
const TEXT_ATTRIBUTES = new Set(["alt", "title", "aria-label", "aria-description"]);
const isText = (el: Element, name: string) =>
  TEXT_ATTRIBUTES.has(name) ||
  (el.tagName === "META" && name === "content" && !/image|url/i.test(el.getAttribute("name") ?? el.getAttribute("property") ?? ""));

/**
 * Every place in an HTML document (its text, or the document parsed) where an address would be fetched or followed: URL attributes (allowed only as
 * data: or in-page #), `url(…)` and `@import` in style attributes and <style> elements, and <script> bodies.
 * Returns what was found pointing outside; visible text may name `evil.example` freely.
 */
export function outsideReferences(html: string | Document, extraCss = ""): string[] {
  const found: string[] = [];
  // A document already parsed is read as it is (a caller that checks it otherwise too parses it once).
  const document = typeof html === "string" ? new JSDOM(html).window.document : html;
  const css = [extraCss, ...[...document.querySelectorAll("style")].map((s) => s.textContent ?? "")];
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      const value = attr.value.trim();
      if (URL_ATTRIBUTES.has(attr.name.toLowerCase()) && !/^(data:|#)/i.test(value)) found.push(`<${el.tagName} ${attr.name}="${value}">`);
      if (attr.name === "style") css.push(value);
      if (/^on/i.test(attr.name) || (!isText(el, attr.name.toLowerCase()) && (value.includes(EVIL) || /^\s*javascript:/i.test(value))))
        found.push(`<${el.tagName} ${attr.name}="${value}">`);
    }
    if (el.tagName === "SCRIPT" && ((el.textContent ?? "").includes(EVIL) || el.getAttribute("src")))
      found.push(`<script>${(el.textContent ?? "").slice(0, 80)}`);
  }
  for (const text of css) {
    for (const m of text.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) if (!/^(data:|#)/i.test(m[2])) found.push(`url(${m[2]})`);
    for (const m of text.matchAll(/@import\s+[^;]*/gi)) found.push(m[0]);
    if (text.includes(EVIL)) found.push(`css: …${text.slice(text.indexOf(EVIL) - 40, text.indexOf(EVIL) + 20)}…`);
  }
  return found;
}
