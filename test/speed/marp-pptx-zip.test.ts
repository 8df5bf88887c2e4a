// The one-pass re-zip of Marp's PPTX (slides/marp-pptx.ts, deterministicMarpPptx): on a small PPTX written here
// the way marp-cli writes one (each slide's picture as its background, the clock in docProps/core.xml, zip
// entries dated now), the result describes every picture, carries no clock, stores the PNGs, deflates the XML,
// and is the same bytes whenever it is made from the same slides, whatever order or dates the input had.
import JSZip from "jszip";
import {describe, expect, it} from "vitest";
import {deterministicMarpPptx} from "../../slides/marp-pptx.js";

const slideXml = (rid: string) =>
  `<p:sld><p:cSld><p:bg><p:bgPr><a:blipFill><a:blip r:embed="${rid}"><a:lum/></a:blip><a:stretch><a:fillRect/></a:stretch></a:blipFill></p:bgPr></p:bg><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/></p:spTree></p:cSld></p:sld>`;
/** Bytes that stand for a PNG: any bytes do, deflated or not; these repeat, so deflating them would shrink them. */
const picture = (n: number) => new Uint8Array(4096).fill(n);

/** A Marp-like PPTX of `n` slides, its entries added in `order`, stamped and dated `clock`. */
async function marpLike(n: number, clock: Date, reverse = false): Promise<Uint8Array> {
  const entries: [string, string | Uint8Array][] = [
    ["[Content_Types].xml", `<Types/>`],
    ["ppt/presentation.xml", `<p:presentation><p:sldSz cx="12192000" cy="6858000"/></p:presentation>`],
    [
      "docProps/core.xml",
      `<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">${clock.toISOString()}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${clock.toISOString()}</dcterms:modified></cp:coreProperties>`
    ]
  ];
  for (let i = 1; i <= n; i++) {
    entries.push([`ppt/slides/slide${i}.xml`, slideXml("rId2")], [`ppt/media/image-${i}-1.png`, picture(i)]);
  }
  const zip = new JSZip();
  for (const [name, data] of reverse ? entries.reverse() : entries) zip.file(name, data, {date: clock});
  return zip.generateAsync({type: "uint8array", compression: "DEFLATE"});
}

const asOf = new Date("2001-02-03T00:00:00Z");
const alts = ["First & <one>", "Second"];

/** Each entry's compression method as the zip's central directory records it (0 stored, 8 deflated). */
function methods(bytes: Uint8Array): Record<string, number> {
  const view = Buffer.from(bytes);
  const out: Record<string, number> = {};
  for (let at = view.indexOf("PK\x01\x02"); at >= 0; at = view.indexOf("PK\x01\x02", at + 4)) {
    const nameLength = view.readUInt16LE(at + 28);
    out[view.subarray(at + 46, at + 46 + nameLength).toString()] = view.readUInt16LE(at + 10);
  }
  return out;
}

describe("deterministicMarpPptx(bytes, alts, date)", () => {
  it("gives the same bytes for the same slides, whenever marp-cli wrote them and in whatever order", async () => {
    const a = await deterministicMarpPptx(await marpLike(2, new Date("2030-01-01T10:00:00Z")), alts, asOf);
    const b = await deterministicMarpPptx(await marpLike(2, new Date("2031-06-07T11:12:13Z"), true), alts, asOf);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const other = await deterministicMarpPptx(await marpLike(2, new Date("2030-01-01T10:00:00Z")), ["First", "Second"], asOf);
    expect(Buffer.from(a).equals(Buffer.from(other))).toBe(false);
  });

  it("describes every picture, replaces the clock with the date, and dates every entry with it", async () => {
    const zip = await JSZip.loadAsync(await deterministicMarpPptx(await marpLike(2, new Date("2030-01-01T10:00:00Z")), alts, asOf));
    expect(await zip.file("ppt/slides/slide1.xml")!.async("string")).toContain(`descr="First &amp; &lt;one&gt;"`);
    expect(await zip.file("ppt/slides/slide2.xml")!.async("string")).not.toContain("<p:bg>");
    const core = await zip.file("docProps/core.xml")!.async("string");
    expect(core).not.toContain("2030");
    expect(core.match(/2001-02-03T00:00:00Z/g)).toHaveLength(2);
    expect(Object.keys(zip.files)[0]).toBe("[Content_Types].xml");
    for (const f of Object.values(zip.files)) expect(f.date.getUTCFullYear(), f.name).toBe(2001);
    expect(await zip.file("ppt/media/image-2-1.png")!.async("uint8array")).toEqual(picture(2));
  });

  it("stores the pictures and deflates the XML", async () => {
    const m = methods(await deterministicMarpPptx(await marpLike(2, new Date()), alts, asOf));
    expect(m["ppt/media/image-1-1.png"]).toBe(0);
    expect(m["ppt/media/image-2-1.png"]).toBe(0);
    expect(m["ppt/slides/slide1.xml"]).toBe(8);
    expect(m["[Content_Types].xml"]).toBe(8);
  });

  it("says so when the PPTX and the outline count different slides", async () => {
    await expect(deterministicMarpPptx(await marpLike(3, new Date()), alts, asOf)).rejects.toThrow(/3 slides; the outline has 2/);
  });
});
