// Per-slide pictures for Marp's PPTX (issue #21). marp-cli's PPTX is one screenshot per slide, taken from the
// whole deck laid out in one page, slide after slide: after a one-figure edit most slides look exactly as before,
// yet every one was drawn and encoded again (the largest single cost of the build). Here each screenshot
// marp-cli asks the shared browser's pages for is keyed by what it can show: the slide's own markup (its text,
// its charts as data: URIs, its page number), everything else in the page (the theme with its fonts, Marp's and
// marp-cli's styles and scripts), the viewport, the clip and the options, the toolchain (browser, fonts, packages)
// and this code. A key made before gives the stored picture back, byte for byte what Chromium drew then; any
// other key takes the screenshot and stores it. What marp-cli does with the pictures (the PPTX) is unchanged.
import {createHash} from "node:crypto";
import {join, resolve} from "node:path";
import {cachedOutputs, codeVersion, outputKey, pruneOutputs, storeOutputs, toolchainParts} from "./outputcache.js";

const root = resolve(import.meta.dirname, "..");
export const slidePictureDir = join(root, ".build", "cache", "slides");
/** A few builds' worth of pictures: two decks of 15–30 slides each per build. */
export const SLIDE_PICTURES_KEPT = 240;

/** Where a build keeps its slide pictures and what it did with them (counted for the build's timings line). */
export interface SlidePictureCache {
  dir: string;
  browser: string;
  made: number;
  reused: number;
}

export function slidePictureCache(browser: string, dir = slidePictureDir): SlidePictureCache {
  return {dir, browser, made: 0, reused: 0};
}

/** The part of a puppeteer page this uses. */
interface ShotPage {
  screenshot(options?: Record<string, unknown>): Promise<Uint8Array>;
  evaluate(expression: string): Promise<unknown>;
  viewport(): unknown;
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/**
 * In the page: the markup of slide `index` and of the page without its slides, or null when there is no such
 * slide. A string, not a function, so that nothing the TypeScript loader adds to a function reaches the page.
 * The <base> marp-cli sets is left out: it names the Markdown's temporary folder, new in every build. Nothing
 * the decks show is fetched through it (charts, pictures and fonts are data: URIs inside the markup keyed here).
 */
const pageParts = (index: number, withRest: boolean) => `(() => {
  const slides = document.querySelectorAll("svg[data-marpit-svg]");
  if (${index} >= slides.length) return null;
  if (!${withRest}) return {slide: slides[${index}].outerHTML, rest: ""};
  const copy = document.documentElement.cloneNode(true);
  for (const s of copy.querySelectorAll("svg[data-marpit-svg]")) s.replaceWith(document.createComment("slide"));
  for (const b of copy.querySelectorAll("base")) b.remove();
  return {slide: slides[${index}].outerHTML, rest: copy.outerHTML};
})()`;

/**
 * The key of one screenshot: the slide's markup, the rest of the page, the viewport, the screenshot's options
 * (the clip gives the slide's place) and what draws it. Null when the screenshot is not one slide of a Marp page.
 */
export function slidePictureKey(o: {
  slide: string;
  restHash: string;
  viewport: unknown;
  options: Record<string, unknown>;
  toolchain: string;
}): string {
  return outputKey(["marp slide picture", o.toolchain, o.restHash, JSON.stringify(o.viewport), JSON.stringify(o.options), o.slide]);
}

const toolchains = new Map<string, string>();
/** Browser, fonts, packages and this code, hashed once per build and browser. */
function toolchain(browser: string): string {
  let t = toolchains.get(browser);
  if (!t)
    toolchains.set(browser, (t = outputKey([...toolchainParts(browser), codeVersion(["scripts/slidepictures.ts", "scripts/browser.ts"])])));
  return t;
}

/**
 * `page` with its screenshot taken from `cache` when the same slide was drawn before under the same key. Only a
 * clipped PNG of one whole slide is cached (what marp-cli's PPTX and PNG conversions take); any other screenshot
 * is taken as asked.
 */
export function withSlidePictures<P extends object>(page: P, cache: SlidePictureCache): P {
  const p = page as unknown as ShotPage;
  const take = p.screenshot.bind(p);
  // The page without its slides is the same for every slide of one deck: hashed at its first screenshot.
  let restHash: string | undefined;
  p.screenshot = async (options: Record<string, unknown> = {}) => {
    const clip = options.clip as {y?: number; height?: number} | undefined;
    if (options.type !== "png" || !clip || typeof clip.y !== "number" || !clip.height) return take(options);
    const index = Math.round(clip.y / clip.height);
    if (index < 0 || index * clip.height !== clip.y) return take(options);
    const parts = (await p.evaluate(pageParts(index, restHash === undefined))) as {slide: string; rest: string} | null;
    if (!parts) return take(options);
    // marp-cli names the theme it is given anew in every run (a random id in each slide and in the CSS): the
    // name draws nothing, so the key reads it as one fixed name.
    const theme = /data-theme="([^"]+)"/.exec(parts.slide)?.[1];
    const unnamed = (text: string) => (theme ? text.split(theme).join("\0theme\0") : text);
    restHash ??= sha256(unnamed(parts.rest));
    const key = slidePictureKey({
      slide: unnamed(parts.slide),
      restHash,
      viewport: p.viewport(),
      options,
      toolchain: toolchain(cache.browser)
    });
    const hit = cachedOutputs(key, ["slide.png"], cache.dir);
    if (hit) {
      cache.reused++;
      return hit.get("slide.png")!;
    }
    const bytes = await take(options);
    cache.made++;
    storeOutputs(key, new Map([["slide.png", bytes]]), cache.dir);
    return bytes;
  };
  return page;
}

/** Keeps the most recently used pictures (SLIDE_PICTURES_KEPT). */
export function pruneSlidePictures(cache: SlidePictureCache): void {
  pruneOutputs(cache.dir, SLIDE_PICTURES_KEPT);
}
