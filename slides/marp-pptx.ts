// Marp's PPTX shows each slide as one picture, set as the slide's *background*: a screen reader skips
// backgrounds, and PowerPoint's accessibility checker cannot give them alt text. This moves each slide's picture
// from the background into a picture shape covering the slide, with the slide's alt text (from the outline) in
// its `descr`, so the deck reads as well as it looks. Pure functions of the bytes and the outline.
import JSZip from "jszip";
import type {Lang} from "../src/lib/format.js";
import {deckWords} from "../src/locale/deck.js";
import type {SlideSpec} from "./outline.js";

/** What a reader who cannot see the slide needs from it: its title, then its figures, chart, tables and facts. */
export function slideAlt(s: SlideSpec, lang: Lang): string {
  const w = deckWords(lang);
  const parts = [
    s.title,
    s.subtitle ?? "",
    s.figures.map((f) => w.altPair(f.label, f.value)).join(w.altItems),
    s.chart?.alt ?? "",
    ...s.tables.map((t) => t.rows.map((r) => r.cells.join(" ")).join(w.altItems)),
    s.about ? w.altPair(s.about.label, s.about.text) : "",
    s.facts.map((f) => w.altPair(f.term, f.value)).join(w.altItems)
  ];
  return w.altSentences(parts.filter(Boolean).map((p) => p.replace(/[。.]\s*$/, "")));
}

const attr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\r?\n/g, "&#10;");

/** One slide's XML with its background picture turned into a slide-sized picture shape carrying `alt`. */
export function pictureWithAlt(xml: string, alt: string, size: {cx: number; cy: number}, n: number): string {
  const bg = /<p:bg>[\s\S]*?<a:blip r:embed="([^"]+)"[\s\S]*?<\/p:bg>/.exec(xml);
  if (!bg) throw new Error(`Marp PPTX slide ${n}: no background picture to describe`);
  const pic =
    `<p:pic><p:nvPicPr><p:cNvPr id="2" name="Slide ${n}" descr="${attr(alt)}"/><p:cNvPicPr><a:picLocks noGrp="1" noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>` +
    `<p:blipFill><a:blip r:embed="${bg[1]}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>` +
    `<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${size.cx}" cy="${size.cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`;
  const out = xml.replace(bg[0], "").replace(/(<p:spTree>[\s\S]*?(?:<\/p:grpSpPr>|<p:grpSpPr\/>))/, `$1${pic}`);
  if (!out.includes(pic)) throw new Error(`Marp PPTX slide ${n}: no shape tree to put the picture in`);
  return out;
}

/**
 * Marp's PPTX as the build ships it, in one pass over the zip: every slide's picture described by `alts`, the
 * clock marp-cli stamped into docProps/core.xml replaced by `date`, every entry dated `date`, in a fixed order
 * ([Content_Types].xml first, as Office writes it), so the same slides give the same bytes. The slide pictures
 * are PNGs, already deflated inside: deflating them again at level 9 took most of the re-zip's time (about 8 s
 * a deck on this machine) for well under 1 % of their size, so they are stored; the XML is deflated.
 */
export async function deterministicMarpPptx(bytes: Uint8Array, alts: string[], date: Date): Promise<Uint8Array> {
  const zip = await described(bytes, alts);
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const core = zip.file("docProps/core.xml");
  if (core)
    zip.file(
      "docProps/core.xml",
      (await core.async("string")).replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`)
    );
  const out = new JSZip();
  const names = Object.keys(zip.files)
    .filter((n) => !zip.files[n].dir)
    .sort((x, y) => (x === "[Content_Types].xml" ? -1 : y === "[Content_Types].xml" ? 1 : x < y ? -1 : x > y ? 1 : 0));
  for (const name of names) {
    const stored = /\.(png|jpe?g|gif|webp)$/i.test(name);
    out.file(name, await zip.files[name].async("uint8array"), {
      date,
      createFolders: false,
      compression: stored ? "STORE" : "DEFLATE",
      compressionOptions: stored ? null : {level: 9}
    });
  }
  return out.generateAsync({type: "uint8array", platform: "DOS"});
}

/** The zip with each slide's background picture turned into a described picture shape (pictureWithAlt). */
async function described(bytes: Uint8Array, alts: string[]): Promise<JSZip> {
  const zip = await JSZip.loadAsync(bytes);
  const pres = await zip.file("ppt/presentation.xml")?.async("string");
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(pres ?? "");
  if (!size) throw new Error("Marp PPTX: ppt/presentation.xml gives no slide size");
  const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  if (slides.length !== alts.length) throw new Error(`Marp PPTX has ${slides.length} slides; the outline has ${alts.length}`);
  for (const name of slides) {
    const n = Number(/(\d+)\.xml$/.exec(name)![1]);
    const xml = await zip.file(name)!.async("string");
    zip.file(name, pictureWithAlt(xml, alts[n - 1], {cx: Number(size[1]), cy: Number(size[2])}, n));
  }
  return zip;
}
