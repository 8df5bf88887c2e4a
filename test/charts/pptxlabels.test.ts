// The editable PPTX draws each bar's text where the outline places it (BarSpec.labelAt, slides/kinds/chart.ts):
// inside the bar's end, beyond it, or from the bar's base moved across zero (by the text's width, away from its
// bar) or up above the bar. Read back from the chart XML of a generated edition whose change chart needs them.
import JSZip from "jszip";
import {describe, expect, it} from "vitest";
import {briefingFromInput} from "../../src/lib/files.js";
import {deckOutline} from "../../slides/outline.js";
import {editablePptx} from "../../slides/pptx.js";
import {RENDERED} from "../layout/editions.js";
import {editionInput} from "../layout/gen.js";

const thirty = briefingFromInput(editionInput(RENDERED.find((r) => r.name === "thirty")!.edition));

/** Each chart's bar texts as written: position, x and y offsets, white or not, in the outline's (top-down) order. */
async function barTexts(pptx: Buffer) {
  const zip = await JSZip.loadAsync(pptx);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
  const charts = [];
  for (const n of names) {
    const xml = await zip.files[n].async("string");
    const labels = [...xml.matchAll(/<c:dLbl>([\s\S]*?)<\/c:dLbl>/g)].map(([, l]) => ({
      text: /<a:t>([^<]*)<\/a:t>/.exec(l)![1],
      pos: /<c:dLblPos val="(\w+)"/.exec(l)![1],
      dx: Number(/<c:x val="([-\d.e]+)"/.exec(l)?.[1] ?? 0),
      dy: Number(/<c:y val="([-\d.e]+)"/.exec(l)?.[1] ?? 0),
      white: l.includes('val="FFFFFF"')
    }));
    // PowerPoint draws the first category at the bottom: the outline's order is the reverse.
    charts.push(labels.reverse());
  }
  return charts;
}

describe("the editable PPTX's bar texts", () => {
  it("sit where the outline places them, on an edition whose change chart puts texts across zero", async () => {
    for (const lang of ["ja", "en"] as const) {
      const specs = deckOutline(thirty, lang).slides.flatMap((s) => (s.chart ? [s.chart] : []));
      const written = await barTexts(await editablePptx(thirty, lang));
      expect(written.length).toBe(specs.length);
      const places = new Set<string>();
      specs.forEach((spec, c) =>
        spec.rows.forEach((r, i) => {
          const t = written[c][i];
          expect(t.text).toBe(r.text);
          places.add(r.labelAt!);
          const where = `${lang} ${spec.id} "${r.text}" (${r.labelAt})`;
          if (r.labelAt === "inside") expect([t.pos, t.white, t.dx, t.dy], where).toEqual(["inEnd", true, 0, 0]);
          if (r.labelAt === "outside") expect([t.pos, t.white, t.dx, t.dy], where).toEqual(["outEnd", false, 0, 0]);
          if (r.labelAt === "across") {
            // From the base, away from the bar: left of zero for a rise, right of it for a fall.
            expect([t.pos, t.white, t.dy], where).toEqual(["inBase", false, 0]);
            expect(Math.sign(t.dx), where).toBe(r.value < 0 ? 1 : -1);
          }
          if (r.labelAt === "above") {
            expect([t.pos, t.white], where).toEqual(["inBase", false]);
            expect(t.dy, where).toBeLessThan(0);
          }
        })
      );
      expect(places.has("across"), `${lang}: the edition's charts put some text across zero`).toBe(true);
    }
  }, 60_000);
});
