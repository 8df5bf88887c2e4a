// Per-slide pictures of Marp's PPTX (scripts/slidepictures.ts) with the real marp-cli and Chromium, on a small
// deck written here: a first conversion draws every slide; after one slide's text is edited only that slide is
// drawn again and the others come from the cache; and the PPTX made with the cache is byte for byte the one made
// from an empty cache (after the build's deterministic re-zip, which fixes marp-cli's clock).
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {marpCli} from "@marp-team/marp-cli";
import JSZip from "jszip";
import {afterAll, describe, expect, it} from "vitest";
import {chromePath, withSharedBrowser} from "../../scripts/browser.js";
import {slidePictureCache, type SlidePictureCache} from "../../scripts/slidepictures.js";
import {deterministicMarpPptx} from "../../slides/marp-pptx.js";

const browser = chromePath();
const work = mkdtempSync(join(tmpdir(), "slidepictures-"));
afterAll(() => rmSync(work, {recursive: true, force: true}));

const deck = (second: string) =>
  [
    "---",
    "marp: true",
    "paginate: true",
    "---",
    "",
    "# One",
    "",
    "First slide",
    "",
    "---",
    "",
    `# Two`,
    "",
    second,
    "",
    "---",
    "",
    "# Three",
    "",
    "Last slide",
    ""
  ].join("\n");
const asOf = new Date("2001-02-03T00:00:00Z");
const ALTS = ["one", "two", "three"];

/** `markdown` as Marp's PPTX, its slide screenshots through `cache`; the bytes as the build ships them. */
async function pptx(name: string, markdown: string, cache: SlidePictureCache): Promise<Uint8Array> {
  const dir = join(work, name);
  mkdirSync(dir, {recursive: true});
  writeFileSync(join(dir, "deck.md"), markdown);
  // A theme of its own, as the build gives: marp-cli names it anew (a random id in the page) in every run.
  writeFileSync(join(dir, "theme.css"), "/* @theme kit-test */\nsection { background: #fff; color: #123; font-size: 40px; }\n");
  const out = join(dir, "deck.pptx");
  const code = await withSharedBrowser(
    () =>
      marpCli([
        join(dir, "deck.md"),
        "--pptx",
        "--no-config-file",
        "--theme",
        join(dir, "theme.css"),
        "--image-scale",
        "1",
        "--browser-path",
        browser!,
        "-o",
        out
      ]),
    undefined,
    {slidePictures: cache}
  );
  expect(code).toBe(0);
  return deterministicMarpPptx(readFileSync(out), ALTS, asOf);
}

/** Each slide's picture, in slide order. */
async function pictures(bytes: Uint8Array): Promise<Buffer[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Buffer[] = [];
  for (let i = 1; i <= ALTS.length; i++) {
    const rels = await zip.file(`ppt/slides/_rels/slide${i}.xml.rels`)!.async("string");
    const target = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)![1];
    out.push(Buffer.from(await zip.file(`ppt/media/${target}`)!.async("uint8array")));
  }
  return out;
}

describe("Marp PPTX slide pictures", () => {
  const cacheDir = join(work, "cache");
  let first: Uint8Array;
  let edited: Uint8Array;

  // The full tier needs Chromium (README): without it these checks fail, they are not skipped.
  it("finds Chromium to draw the slides with", () => {
    expect(browser, "no Chromium: install it or set CHROME_PATH").toBeTruthy();
  });

  it("a first conversion draws every slide", async () => {
    const cache = slidePictureCache(browser!, cacheDir);
    first = await pptx("first", deck("Second slide"), cache);
    expect({made: cache.made, reused: cache.reused}).toEqual({made: 3, reused: 0});
  }, 300_000);

  it("after one slide's text changes, that slide is drawn again and the others are taken from the cache", async () => {
    const cache = slidePictureCache(browser!, cacheDir);
    edited = await pptx("edited", deck("Second slide, edited"), cache);
    expect({made: cache.made, reused: cache.reused}).toEqual({made: 1, reused: 2});
    const [before, after] = [await pictures(first), await pictures(edited)];
    expect(after[0].equals(before[0])).toBe(true);
    expect(after[1].equals(before[1])).toBe(false);
    expect(after[2].equals(before[2])).toBe(true);
  }, 300_000);

  it("the PPTX made with the cache is the one made without it, byte for byte", async () => {
    const empty = slidePictureCache(browser!, join(work, "empty"));
    const full = await pptx("full", deck("Second slide, edited"), empty);
    expect({made: empty.made, reused: empty.reused}).toEqual({made: 3, reused: 0});
    expect(Buffer.from(full).equals(Buffer.from(edited))).toBe(true);
  }, 300_000);
});
