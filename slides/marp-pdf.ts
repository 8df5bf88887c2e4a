// Marp's PDFs as a function of their slides alone (issue #16 item 7). Two builds of the same data gave PDFs that
// differed in two things marp-cli and Chromium write, both inside compressed object streams:
// - the time of conversion, as the creation and modification dates (marp-cli, through pdf-lib): set to the
//   figures' "as of" date, as the PPTX dates are (pptx.ts fixedDate);
// - the tagged structure's element IDs ((node00000067)), from Chromium's DOM node counter, which starts wherever
//   the browser's earlier pages left it: renumbered 1, 2, … in their order, everywhere they appear (the elements
//   and the ID tree), so every reference still matches and the tree stays sorted.
// The work is done by the pdf-lib that marp-cli ships (marp-cli's version is pinned in package.json).
import {createRequire} from "node:module";

/** The part of pdf-lib this module uses. */
interface PdfObject {
  constructor: unknown;
}
interface PdfDict extends PdfObject {
  entries(): [unknown, PdfObject][];
  set(key: unknown, value: PdfObject): void;
}
interface PdfArray extends PdfObject {
  size(): number;
  get(index: number): PdfObject;
  set(index: number, value: PdfObject): void;
}
interface PdfString extends PdfObject {
  asString(): string;
}
interface PdfDocument {
  context: {enumerateIndirectObjects(): [unknown, PdfObject][]};
  setCreationDate(date: Date): void;
  setModificationDate(date: Date): void;
  save(): Promise<Uint8Array>;
}
interface PdfLib {
  PDFDocument: {load(bytes: Uint8Array, options: {updateMetadata: boolean}): Promise<PdfDocument>};
  PDFDict: abstract new (...args: never[]) => PdfDict;
  PDFArray: abstract new (...args: never[]) => PdfArray;
  PDFString: (abstract new (...args: never[]) => PdfString) & {of(value: string): PdfString};
}

const require = createRequire(import.meta.url);
/** marp-cli's own copy of pdf-lib (a bundled chunk: marp-cli is pinned to one version, so its name is fixed). */
export const PDF_LIB = "@marp-team/marp-cli/lib/pdf-lib.esm-CWPXb_Gd.js";

function pdfLib(): PdfLib {
  try {
    return require(PDF_LIB) as PdfLib;
  } catch (error) {
    throw new Error(
      `slides: marp-cli's pdf-lib (${PDF_LIB}) is not where this marp-cli version keeps it; after upgrading marp-cli, point slides/marp-pdf.ts at its pdf-lib chunk`,
      {cause: error}
    );
  }
}

const NODE_ID = /^node(\d+)$/;

/** Calls `at` for every string value held by a dictionary or an array, anywhere under `root`, with a setter. */
function eachString(lib: PdfLib, root: PdfObject, at: (s: string, replace: (t: string) => void) => void): void {
  const seen = new Set<PdfObject>();
  const walk = (o: PdfObject) => {
    if (seen.has(o)) return;
    seen.add(o);
    if (o instanceof lib.PDFDict)
      for (const [key, value] of o.entries()) {
        if (value instanceof lib.PDFString) at(value.asString(), (t) => o.set(key, lib.PDFString.of(t)));
        else walk(value);
      }
    else if (o instanceof lib.PDFArray)
      for (let i = 0; i < o.size(); i++) {
        const value = o.get(i);
        if (value instanceof lib.PDFString) at(value.asString(), (t) => o.set(i, lib.PDFString.of(t)));
        else walk(value);
      }
  };
  walk(root);
}

/** The PDF dated `date`, its structure IDs renumbered in order; everything else as marp-cli wrote it. */
export async function reproduciblePdf(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const lib = pdfLib();
  const pdf = await lib.PDFDocument.load(bytes, {updateMetadata: false});
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  const objects = pdf.context.enumerateIndirectObjects().map(([, o]) => o);
  const ids = new Set<string>();
  for (const o of objects) eachString(lib, o, (s) => NODE_ID.test(s) && ids.add(s));
  const order = [...ids].sort((a, b) => Number(NODE_ID.exec(a)![1]) - Number(NODE_ID.exec(b)![1]));
  const width = Math.max(8, ...order.map((s) => s.length - 4));
  const renumbered = new Map(order.map((s, i) => [s, `node${String(i + 1).padStart(width, "0")}`]));
  for (const o of objects) eachString(lib, o, (s, replace) => renumbered.has(s) && replace(renumbered.get(s)!));
  return pdf.save();
}
