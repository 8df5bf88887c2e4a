// The handout's notes are zoomed just enough to fit under their slide (slides/handout.ts notesZoom, measured with
// the theme's own sizes, slides/theme.ts HANDOUT): invented notes of growing length are set on handout pages by
// Marp with the handout theme in Chromium, each twice: as zoomed, and at 100%. Notes whose 100% height fits the
// room must not be shrunk; longer ones must end above the room's foot (the footer's band), and not be shrunk more
// than needed: at a zoom 2% larger they run past it.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {Marp} from "@marp-team/marp-core";
import type {Browser} from "playwright-core";
import subsetFont from "subset-font";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launch} from "../../scripts/browser.js";
import {notesHtml, notesZoom} from "../../slides/handout.js";
import {HANDOUT, HANDOUT_THEME_NAME, handoutSlide, handoutTheme} from "../../slides/theme.js";
import {root} from "../support/built.js";

const SENTENCES = [
  "国際共同研究の拠点を形成し、若手研究者の派遣と受入れを一体的に進める。",
  "前年度から増額となったのは、新たな公募の開始に伴う経費を計上したためである。",
  "Partner countries share the cost of each project, so the amount shown is Japan's share only.",
  "支援期間は最長5年度で、1課題あたり年間約2,000万円を上限とする。",
  "The programme was renamed this year; its figures continue those printed under the former name.",
  "研究成果の社会実装に向けて、相手国の政策担当者との対話の場を設ける。"
];
const QUESTIONS = [
  {q: "なぜ増額となったのか。", a: "新規の公募を開始するためであり、既存の課題の経費は前年度と同額である。"},
  {q: "Why does the amount fall?", a: "Projects adopted five years ago end this year, and their last grants are smaller."},
  {q: "相手国の負担はどの程度か。", a: "相手国の機関がそれぞれの研究者の経費を負担し、日本側の額には含まれない。"}
];
const HEADING = "想定問答";

/** Notes of growing length: `n` talking points (sentences joined in twos and threes) and up to three questions. */
const fixtures = Array.from({length: 14}, (_, n) => ({
  points: Array.from({length: 1 + Math.floor(n * 0.8)}, (_, i) =>
    Array.from({length: 1 + ((i + n) % 3)}, (_, k) => SENTENCES[(i * 2 + k + n) % SENTENCES.length]).join("")
  ),
  questions: QUESTIONS.slice(0, n % 4)
}));

/** The notes' room on the page: the content box under the slide's picture. */
const room = HANDOUT.page.height - HANDOUT.padding.top - HANDOUT.padding.bottom - handoutSlide().height - HANDOUT.slideGap;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Noto Sans JP, as the kit ships it, cut to the glyphs of `text` (the full font is too large to load quickly). */
async function fonts(text: string): Promise<Record<number, Uint8Array>> {
  const file = (w: string) => readFileSync(join(root, "node_modules", "@expo-google-fonts", "noto-sans-jp", w));
  return {
    400: await subsetFont(file("400Regular/NotoSansJP_400Regular.ttf"), text, {targetFormat: "woff2"}),
    700: await subsetFont(file("700Bold/NotoSansJP_700Bold.ttf"), text, {targetFormat: "woff2"})
  };
}

/** Each page's notes set by Marp and Chromium: the top and bottom of the notes block, and the content box's foot. */
async function rendered(pages: string[]): Promise<{top: number; bottom: number; foot: number}[]> {
  const markdown = `---\nmarp: true\ntheme: ${HANDOUT_THEME_NAME}\npaginate: true\nsize: A4\nfooter: "Footer"\n---\n\n${pages
    .map((notes) => `<div class="mini"><div class="slide">\n\n# Slide\n\n</div></div>\n\n${notes}`)
    .join("\n\n---\n\n")}\n`;
  const marp = new Marp({html: true});
  marp.themeSet.add(handoutTheme(await fonts(markdown + "0123456789 /")));
  const {html, css} = marp.render(markdown);
  const page = await browser.newPage({viewport: {width: HANDOUT.page.width, height: HANDOUT.page.height}});
  try {
    await page.setContent(`<!DOCTYPE html><html lang="ja"><head><style>${css}</style></head><body style="margin:0">${html}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    return await page.evaluate(() =>
      [...document.querySelectorAll("section")].map((s) => {
        const box = s.getBoundingClientRect();
        const notes = s.querySelector(".handout-notes")!.getBoundingClientRect();
        return {top: notes.top - box.top, bottom: notes.bottom - box.top, foot: box.height - parseFloat(getComputedStyle(s).paddingBottom)};
      })
    );
  } finally {
    await page.close();
  }
}

describe("the handout's notes", () => {
  it("are shrunk only when they do not fit at 100%, and then to the largest zoom that fits", async () => {
    const zoomed = fixtures.map((f, i) => notesHtml(`${i + 1} / ${fixtures.length}`, f.points, f.questions, HEADING));
    const zooms = fixtures.map((f) => notesZoom(f.points, f.questions, HEADING));
    // The same notes at 100%, and 2% larger than chosen (a zoom that must no longer fit).
    const at = (z: (i: number) => number) =>
      zoomed.map((html, i) =>
        html.replace(/ style="zoom: [\d.]+"/, "").replace('class="handout-notes"', `class="handout-notes" style="zoom: ${z(i)}"`)
      );
    const [asSet, full, larger] = [
      await rendered(zoomed),
      await rendered(at(() => 1)),
      await rendered(at((i) => Math.min(1, zooms[i] * 1.02)))
    ];
    let shrunk = 0;
    let whole = 0;
    fixtures.forEach((f, i) => {
      const zoom = zooms[i];
      const height = full[i].bottom - full[i].top;
      const label = `notes ${i + 1} (${f.points.length} points, ${f.questions.length} questions): ${height.toFixed(1)} px at 100% for ${room.toFixed(1)} px, zoom ${zoom.toFixed(3)}`;
      // Never over the foot of the page's content box, where the footer sits.
      expect(asSet[i].bottom, label).toBeLessThanOrEqual(asSet[i].foot + 0.5);
      if (height <= room) {
        whole++;
        expect(zoom, label).toBe(1);
      } else {
        shrunk++;
        // The largest zoom that fits: 2% more runs past the room.
        expect(larger[i].bottom, label).toBeGreaterThan(larger[i].foot);
      }
    });
    // The fixtures reach both cases.
    expect([whole > 0, shrunk > 0]).toEqual([true, true]);
  });
});
