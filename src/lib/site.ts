import type {Briefing} from "./briefing.js";
import {asOfText, briefingTitle, documentLink, sourceLine} from "./edition.js";
import {escapeHtml} from "./escape.js";
import type {Lang} from "./format.js";
import {reportWords} from "../locale/report.js";

/** The report's pages, in reading order; each exists at /name (Japanese) and /en/name (English). */
export const PAGES = [
  {name: "index", ja: "概要", en: "Overview"},
  {name: "programmes", ja: "事業別", en: "Programmes"},
  {name: "schemes", ja: "制度と人材", en: "Schemes and people"},
  {name: "network", ja: "国際ネットワーク", en: "International network"},
  {name: "results", ja: "成果", en: "Results"},
  {name: "data", ja: "データと出典", en: "Data and sources"}
] as const;

/** Where the built site keeps the CSV files for download, relative to the site root (scripts/report-finish.ts). */
export const DATA_FOLDER = "csv";

/** The language of a page from its path: /en/… is English, the rest Japanese. */
export function pageLang(path: string): Lang {
  return /^\/en(\/|$)/.test(path) ? "en" : "ja";
}

/** Which page of PAGES a path is, whatever its language. */
export function pageName(path: string): string {
  const name = path
    .replace(/^\/en(\/|$)/, "/")
    .replace(/^\//, "")
    .replace(/\.html$/, "");
  return name === "" ? "index" : name;
}

/** Relative prefix from a page to the site root, so the site works under any base path. */
function toRoot(path: string): string {
  const depth = path.split("/").length - 2;
  return depth > 0 ? "../".repeat(depth) : "./";
}

/** The header on every page: title, page navigation, slide downloads, and a visible language switch. */
export function headerHtml(path: string, b: Briefing): string {
  const lang = pageLang(path);
  const w = reportWords(lang);
  const current = pageName(path);
  const root = toRoot(path);
  const prefix = `${root}${w.pathPrefix}`;
  const other = reportWords(w.other);
  const otherPrefix = `${root}${other.pathPrefix}`;
  const href = (p: string, name: string) => (name === "index" ? p : `${p}${name}`);
  const nav = PAGES.map(
    (p) => `<a href="${href(prefix, p.name)}"${p.name === current ? ` aria-current="page"` : ""}>${escapeHtml(p[lang])}</a>`
  ).join("");
  const slides = `${root}slides/briefing-${lang}`;
  return `<div class="kit-header">
<a class="kit-title" href="${href(prefix, "index")}">${escapeHtml(briefingTitle(b, lang))}</a>
<a class="kit-lang" href="${href(otherPrefix, current)}" hreflang="${w.other}" lang="${w.other}">${other.languageName}</a>
</div>
<nav class="kit-nav" aria-label="${w.pagesNav}">${nav}</nav>
<p class="kit-slides">${w.cover.slides(
    [
      `<a href="${slides}.html">HTML</a>`,
      `<a href="${slides}.pdf">PDF</a>`,
      `<a href="${slides}.pptx">PPTX</a>`,
      `<a href="${slides}-editable.pptx">${w.editablePptx}</a>`
    ].join(escapeHtml(w.linkSeparator))
  )}</p>`;
}

/** Sets <html lang> in the browser; the build also writes it into the static HTML. */
export function headHtml(path: string): string {
  // An empty icon: otherwise every page asks the server for /favicon.ico and logs a 404.
  return `<link rel="icon" href="data:,"><script>document.documentElement.lang=${JSON.stringify(pageLang(path))}</script>`;
}

/** The footer on every page, in the page's language: the document cited, its as-of date and, when known, a link. */
export function footerHtml(path: string, b: Briefing): string {
  const lang = pageLang(path);
  const w = reportWords(lang);
  const link = documentLink(b);
  const original = link ? `${escapeHtml(w.linkSeparator)}<a href="${escapeHtml(link.url)}">${w.originalDocument}</a>` : "";
  return `${escapeHtml(sourceLine(b, lang))}${original} · ${w.asOfClause(escapeHtml(asOfText(b, lang)))}`;
}
