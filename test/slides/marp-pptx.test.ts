// Marp's picture PPTX: every slide's picture is a shape with the slide's alt text, not an undescribable background.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import JSZip from "jszip";
import {describe, expect, it} from "vitest";
import {loadBriefing} from "../../src/lib/files.js";
import {slideAlt, pictureWithAlt} from "../../slides/marp-pptx.js";
import {deckOutline} from "../../slides/outline.js";
import {BUILT, ensureBuilt} from "../support/built.js";
import {fixtureDir} from "../support/fixtures.js";

const briefing = loadBriefing(fixtureDir(BUILT));
const unescape = (s: string) =>
  s
    .replace(/&#10;/g, "\n")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** A slide as marp-cli writes it: the picture as the background, an empty shape tree. */
const marpSlide = `<p:sld><p:cSld><p:bg><p:bgPr><a:blipFill dpi="0" rotWithShape="1"><a:blip r:embed="rId1"><a:lum/></a:blip><a:srcRect/><a:stretch><a:fillRect/></a:stretch></a:blipFill><a:effectLst/></p:bgPr></p:bg><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/></p:spTree></p:cSld></p:sld>`;

describe("pictureWithAlt(slideXml, alt, size, n)", () => {
  it("moves the background picture into a slide-sized picture shape whose descr is the alt text, escaped", () => {
    const xml = pictureWithAlt(marpSlide, `A <b> & "quoted"\nline`, {cx: 100, cy: 50}, 3);
    expect(xml).not.toContain("<p:bg>");
    expect(xml).toContain(`descr="A &lt;b&gt; &amp; &quot;quoted&quot;&#10;line"`);
    expect(xml).toMatch(
      /<p:spTree>.*(?:<\/p:grpSpPr>|<p:grpSpPr\/>)<p:pic>.*<a:blip r:embed="rId1"\/>.*<a:ext cx="100" cy="50"\/>.*<\/p:pic><\/p:spTree>/
    );
  });

  it("says which slide has no picture to describe", () => {
    expect(() => pictureWithAlt("<p:sld><p:spTree/></p:sld>", "x", {cx: 1, cy: 1}, 7)).toThrow(/slide 7: no background picture/);
  });
});

describe("slideAlt(slide, lang)", () => {
  it("opens with the title and carries the chart's description and the table's cells", () => {
    const slides = deckOutline(briefing, "en").slides;
    const composition = slides.find((s) => s.id === "composition")!;
    expect(slideAlt(composition, "en")).toMatch(new RegExp(`^${composition.title.replace(/[$()*+.?[\\\]^{|}]/g, "\\$&")}\\. `));
    expect(slideAlt(composition, "en")).toContain(composition.chart!.alt.replace(/\.$/, ""));
    const summary = slides.find((s) => s.id === "summary")!;
    for (const r of summary.tables[0].rows) expect(slideAlt(summary, "en")).toContain(r.cells.join(" "));
  });
});

describe.each(["ja", "en"] as const)("the built %s Marp PPTX", (lang) => {
  it("gives every slide one picture with the slide's alt text", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(await ensureBuilt(), "slides", `briefing-${lang}.pptx`)));
    const slides = deckOutline(briefing, lang).slides;
    for (let i = 1; i <= slides.length; i++) {
      const xml = await zip.file(`ppt/slides/slide${i}.xml`)!.async("string");
      const descrs = [...xml.matchAll(/<p:pic><p:nvPicPr><p:cNvPr [^>]*descr="([^"]*)"/g)].map((m) => unescape(m[1]));
      expect(descrs, `slide ${i}`).toEqual([slideAlt(slides[i - 1], lang)]);
      expect(xml, `slide ${i}`).not.toContain("<p:bg>");
    }
    expect(zip.file(`ppt/slides/slide${slides.length + 1}.xml`)).toBeNull();
  });
});
