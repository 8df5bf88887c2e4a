// Marp's PDFs are a function of their slides alone (slides/marp-pdf.ts): two conversions of the same slides at
// different times, by browsers whose DOM node counters stood at different numbers, give the same bytes; the dates
// are the ones asked for, and every structure element keeps the ID its ID tree names it by.
import {createRequire} from "node:module";
import {describe, expect, it} from "vitest";
import {PDF_LIB, reproduciblePdf} from "../../slides/marp-pdf.js";

const require = createRequire(import.meta.url);
// marp-cli's pdf-lib, the one the module uses, to make a PDF as marp-cli and Chromium do.
const {PDFDocument, PDFName, PDFString} = require(PDF_LIB);

/** A one-page tagged PDF converted at `when`, its two structure elements numbered from `from`. */
async function convertedAt(when: Date, from: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({updateMetadata: false});
  doc.addPage([960, 540]).drawText("Slide", {x: 50, y: 270});
  doc.setTitle("Deck");
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  const id = (k: number) => PDFString.of(`node${String(from + k).padStart(8, "0")}`);
  const ctx = doc.context;
  const elements = [0, 9].map((k) => ctx.register(ctx.obj({Type: "StructElem", S: "P", ID: id(k)})));
  const tree = ctx.register(ctx.obj({Names: [id(0), elements[0], id(9), elements[1]]}));
  doc.catalog.set(PDFName.of("StructTreeRoot"), ctx.register(ctx.obj({Type: "StructTreeRoot", K: elements, IDTree: tree})));
  return doc.save();
}

describe("reproduciblePdf", () => {
  it("gives PDFs converted at different times and node counts the same bytes, dated as asked, IDs matching", async () => {
    const asOf = new Date(Date.UTC(2030, 11, 1));
    const [a, b] = await Promise.all([
      convertedAt(new Date(Date.UTC(2031, 0, 5, 9)), 2811),
      convertedAt(new Date(Date.UTC(2032, 6, 7, 18)), 66)
    ]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    const [x, y] = await Promise.all([reproduciblePdf(a, asOf), reproduciblePdf(b, asOf)]);
    expect(Buffer.from(x).equals(Buffer.from(y))).toBe(true);
    const doc = await PDFDocument.load(x, {updateMetadata: false});
    expect(doc.getCreationDate()?.toISOString()).toBe(asOf.toISOString());
    expect(doc.getModificationDate()?.toISOString()).toBe(asOf.toISOString());
    expect(doc.getTitle()).toBe("Deck");
    expect(doc.getPageCount()).toBe(1);
    const root = doc.catalog.lookup(PDFName.of("StructTreeRoot"));
    const elements = root
      .lookup(PDFName.of("K"))
      .asArray()
      .map((r: unknown) => doc.context.lookup(r));
    const names = root.lookup(PDFName.of("IDTree")).lookup(PDFName.of("Names")).asArray();
    expect(elements.map((e: {lookup: (n: unknown) => {asString(): string}}) => e.lookup(PDFName.of("ID")).asString())).toEqual([
      "node00000001",
      "node00000002"
    ]);
    expect(names[0].asString()).toBe("node00000001");
    expect(doc.context.lookup(names[1])).toBe(elements[0]);
    expect(names[2].asString()).toBe("node00000002");
    expect(doc.context.lookup(names[3])).toBe(elements[1]);
  });
});
