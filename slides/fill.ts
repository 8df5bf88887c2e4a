// How much of a rendered slide's body is empty, measured on the rendered pages (a PDF deck, or the editable
// PPTX as LibreOffice renders it), not estimated from the layout code.
//
// The measure, and why it is this one. A page is rasterised in grey (pdftoppm -gray); a pixel is ink when it
// is darker than the background (the figure tiles' light surface counts: a tile is content). The body is the
// band between the title's rule and the footer band. It is cut into three vertical strips (left, middle,
// right third), because a slide can be full on one side and bare on the other (a column of figures beside a
// short list). In each strip, a row of pixels is blank when it has no ink; blank runs shorter than a gap
// (GAP_PX, a little more than a text line's leading or the space between table rows and figure tiles) are the
// normal spacing of text and are not counted; longer runs are empty space. The slide's emptiness is the share
// of the body's rows in such runs, averaged over the three strips. So a chart counts as full where its grid
// lines run (they cross every row of the plot), a paragraph counts as full between its lines, and the bottom
// 40% of a slide with nothing there counts as 40% empty, wherever it is.
import {execFileSync} from "node:child_process";
import {mkdtempSync, readFileSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

/** An 8-bit grey image, row by row (0 black, 255 white). */
export interface Grey {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Where the body is, as fractions of the page: the side margins, the top when there is no title rule, and where the footer band starts. */
export interface BodyFrame {
  marginX: number;
  top: number;
  footerTop: number;
}

/** The Marp theme's frame: 64 px side padding, 48 px top and 64 px bottom padding (the footer band) of 1280×720. */
export const MARP_FRAME: BodyFrame = {marginX: 64 / 1280, top: 48 / 720, footerTop: (720 - 64) / 720};
/** The editable PPTX's frame (slides/pptx.ts): 64 px margins of 13.333 in; footer from 7.0 in of 7.5 in. */
export const PPTX_FRAME: BodyFrame = {marginX: 64 / 1280, top: 40 / 720, footerTop: 7.0 / 7.5};

/** A pixel is ink when darker than this (the background is white; the tiles' surface colour is 245). */
export const INK = 250;
/** Blank runs shorter than this, in slide px of a 720 px high slide, are spacing, not emptiness. */
export const GAP_PX = 40;

export interface Fill {
  /** Share of the body (0–1) that is empty, averaged over the three strips. */
  empty: number;
  /** Each strip's empty share, left to right. */
  strips: number[];
  /** The body band in image rows: [first, last). */
  body: [number, number];
}

/** Parses a binary PGM (P5, 8-bit), as pdftoppm -gray writes it. */
export function parsePgm(bytes: Uint8Array): Grey {
  let pos = 0;
  const token = () => {
    for (;;) {
      while (pos < bytes.length && /\s/.test(String.fromCharCode(bytes[pos]))) pos++;
      if (bytes[pos] !== 0x23) break; // a # comment runs to the end of the line
      while (pos < bytes.length && bytes[pos] !== 0x0a) pos++;
    }
    let s = "";
    while (pos < bytes.length && !/\s/.test(String.fromCharCode(bytes[pos]))) s += String.fromCharCode(bytes[pos++]);
    return s;
  };
  const magic = token();
  const [width, height, max] = [token(), token(), token()].map(Number);
  if (magic !== "P5" || !(width > 0 && height > 0) || max !== 255) throw new Error(`not an 8-bit binary PGM (${magic} ${width}×${height}, max ${max})`);
  pos++; // the one whitespace byte after the header
  const data = bytes.subarray(pos, pos + width * height);
  if (data.length !== width * height) throw new Error(`PGM data is ${data.length} bytes, expected ${width * height}`);
  return {width, height, data};
}

/** The first row below the title's rule: a row in the top quarter inked across most of the body's width. */
export function bodyTop(img: Grey, frame: BodyFrame): number {
  const x0 = Math.round(frame.marginX * img.width);
  const x1 = img.width - x0;
  let last = -1;
  for (let y = 0; y < img.height / 4; y++) {
    let ink = 0;
    for (let x = x0; x < x1; x++) if (img.data[y * img.width + x] < INK) ink++;
    if (ink > 0.9 * (x1 - x0)) last = y;
    else if (last >= 0) break;
  }
  return last >= 0 ? last + 1 : Math.round(frame.top * img.height);
}

/** How empty the body of one rendered slide is (see the comment at the top). */
export function measureFill(img: Grey, frame: BodyFrame): Fill {
  const top = bodyTop(img, frame);
  const bottom = Math.round(frame.footerTop * img.height);
  const x0 = Math.round(frame.marginX * img.width);
  const x1 = img.width - x0;
  const gap = (GAP_PX / 720) * img.height;
  const rows = bottom - top;
  const strips = [0, 1, 2].map((i) => {
    const a = x0 + Math.round(((x1 - x0) * i) / 3);
    const b = x0 + Math.round(((x1 - x0) * (i + 1)) / 3);
    let empty = 0;
    let run = 0;
    for (let y = top; y <= bottom; y++) {
      let inked = y === bottom; // the footer band ends the last run
      for (let x = a; x < b && !inked; x++) inked = img.data[y * img.width + x] < INK;
      if (inked) {
        if (run >= gap) empty += run;
        run = 0;
      } else run++;
    }
    return rows > 0 ? empty / rows : 0;
  });
  return {empty: strips.reduce((s, x) => s + x, 0) / 3, strips, body: [top, bottom]};
}

/** Every page of a PDF as a grey image, at `dpi` (pdftoppm, from poppler-utils). */
export function pdfPages(pdf: string, dpi = 48): Grey[] {
  const dir = mkdtempSync(join(tmpdir(), "kit-fill-"));
  try {
    execFileSync("pdftoppm", ["-gray", "-r", String(dpi), pdf, join(dir, "p")], {stdio: ["ignore", "ignore", "pipe"]});
    return readdirSync(dir)
      .filter((f) => f.endsWith(".pgm"))
      .sort((x, y) => Number(/(\d+)\.pgm$/.exec(x)![1]) - Number(/(\d+)\.pgm$/.exec(y)![1]))
      .map((f) => parsePgm(readFileSync(join(dir, f))));
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** The emptiness of every slide of a rendered deck, in slide order. */
export const deckFill = (pdf: string, frame: BodyFrame): Fill[] => pdfPages(pdf).map((p) => measureFill(p, frame));

// npx tsx slides/fill.ts FILE.pdf [pptx]: each slide's empty share, to look at while laying slides out.
if (import.meta.filename === process.argv[1]) {
  const frame = process.argv[3] === "pptx" ? PPTX_FRAME : MARP_FRAME;
  deckFill(process.argv[2], frame).forEach((f, i) =>
    console.log(`${String(i + 1).padStart(2)} ${(f.empty * 100).toFixed(0).padStart(3)}% empty  (strips ${f.strips.map((s) => (s * 100).toFixed(0)).join("/")})`)
  );
}
