// A Latin word with an inner hyphen in Japanese text is one unbreakable run (issue #16: 「e-｜ASIA JRP」 broke at
// the hyphen): the report's figure spans (src/components/quantity.ts figureRuns) hold it, and the layout checker
// (scripts/layoutcheck.ts brokenHyphenated) finds it broken. Invented passages are set in a column narrowed step by
// step in Chromium with the report's CSS: as bare text Chromium breaks after the hyphen (the check sees it); in the
// spans it never does, and English text or an id on its own is left to break as Latin text does.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {brokenHyphenated} from "../../scripts/layoutcheck.js";
import {FIGURE_CLASS, figureRuns} from "../../src/components/quantity.js";
import {root} from "../support/built.js";
import {checkerPage} from "../support/checkpage.js";

const CSS = readFileSync(join(root, "src", "style.css"), "utf8");
const PASSAGES = [
  "成果：日越共同研究（x-ABCDE共同研究プログラム）",
  "ドイツ（EIG NEXUS-Tokyo 第5回「機能材料」）",
  "新型ウイルス（ABCD-XyZ-2）の解析"
];
const WIDTHS = Array.from({length: 24}, (_, i) => 60 + i * 10);

const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const spanned = (t: string) =>
  figureRuns(t)
    .map((r) => (r.figure ? `<span class="${FIGURE_CLASS}">${escape(r.text)}</span>` : escape(r.text)))
    .join("");

async function findings(page: Page, cell: (t: string) => string, texts = PASSAGES): Promise<string[]> {
  const out: string[] = [];
  for (const width of WIDTHS) {
    await page.setContent(
      `<!DOCTYPE html><html lang="ja"><head><style>${CSS}</style></head><body><main>${texts.map((t) => `<p style="width:${width}px">${cell(t)}</p>`).join("")}</main></body></html>`
    );
    out.push(...(await brokenHyphenated(page)).map((f) => `${width} px: ${f}`));
  }
  return out;
}

const tab = checkerPage();

describe("a hyphenated Latin word in Japanese text", () => {
  it("breaks at its hyphen when set as bare text (the check sees it)", async () => {
    const found = await findings(tab(), escape);
    for (const word of ["x-ABCDE", "NEXUS-Tokyo"]) expect(found.some((f) => f.includes(`"${word}" broken`))).toBe(true);
  });

  it("stays whole in the report's spans, at every width", async () => {
    expect(await findings(tab(), spanned)).toEqual([]);
  });

  it("is no finding in English text or an id, where a line may break after a hyphen", async () => {
    expect(await findings(tab(), escape, ["Joint research with Japan-Germany-France partners", "abc-purpose-1"])).toEqual([]);
  });
});
