// Debian's Chromium, driven by playwright-core. The flags keep it from calling Google's services, which a
// closed network refuses (and which would count as requests outside the site).
//
// The slides use one Chromium per build (issue #21): `withSharedBrowser` launches it once, through marp-cli's
// own browser class, and marp-cli's PDF, PPTX and handout conversions open their pages in it instead of starting
// a browser each. The report PDFs keep a playwright browser of their own: playwright attached to the same
// process over the DevTools protocol (connectOverCDP) attaches to marp-cli's pages too, and Marp's PPTX
// screenshots then never returned (Page.captureScreenshot timed out after 180 s).
import {AsyncLocalStorage} from "node:async_hooks";
import {existsSync, readdirSync} from "node:fs";
import {createRequire} from "node:module";
import {availableParallelism} from "node:os";
import {dirname} from "node:path";
import {chromium, type Browser} from "playwright-core";
import {withSlidePictures, type SlidePictureCache} from "./slidepictures.js";

export function chromePath(): string | undefined {
  // A path the user set is taken as meant: if it does not exist there is no browser (no silent fallback).
  const explicit = process.env.CHROME_PATH || process.env.BROWSER_PATH;
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => existsSync(p));
}

export const CHROME_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage"
];

export async function launch(): Promise<Browser> {
  const executablePath = chromePath();
  if (!executablePath) throw new Error("No Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH");
  return chromium.launch({executablePath, args: CHROME_ARGS, headless: true});
}

/** How many pages a step opens at once: one per core (a page being printed keeps a core busy). */
export const PAGE_PARALLELISM = Math.max(1, availableParallelism());

/** marp-cli's browser (what its converter asks `BrowserManager.browserForConversion` for): launched once, shared. */
interface MarpBrowser {
  launch(options?: {args?: string[]}): Promise<unknown>;
  close(): Promise<void>;
  withPage<T>(fn: (page: object) => Promise<T>): Promise<T>;
}
interface MarpBrowserManager {
  browserForConversion(): Promise<MarpBrowser>;
  dispose(): Promise<void>;
}
type MarpBrowserManagerClass = {
  new (options: {path: string; protocol: "cdp"; timeout: number}): MarpBrowserManager;
  prototype: MarpBrowserManager;
};

const current = new AsyncLocalStorage<{marp: MarpBrowser}>();

/**
 * marp-cli 4's BrowserManager, the module its converter loads (the same instance: CommonJS caches by path).
 * Undefined if a marp-cli release lays out its files differently: then every step launches its own browser, as
 * before, rather than fail.
 */
function marpBrowserManager(): MarpBrowserManagerClass | undefined {
  try {
    const require = createRequire(import.meta.url);
    const lib = dirname(require.resolve("@marp-team/marp-cli"));
    const file = readdirSync(lib).find((f) => /^manager-[\w-]+\.js$/.test(f));
    if (!file) return undefined;
    const Manager = (require(`${lib}/${file}`) as {BrowserManager?: MarpBrowserManagerClass}).BrowserManager;
    return typeof Manager?.prototype?.browserForConversion === "function" ? Manager : undefined;
  } catch {
    return undefined;
  }
}

let patched = false;

/**
 * Runs `fn` with one Chromium shared by every marp-cli conversion started inside it (found by
 * async context, so concurrent builds in one process, as in tests, never share). The browser starts on first
 * use and is closed when `fn` settles. Without Chromium, or with a marp-cli this cannot hook, `fn` just runs.
 */
export async function withSharedBrowser<T>(
  fn: () => Promise<T>,
  timeoutMs = 120_000,
  {slidePictures}: {slidePictures?: SlidePictureCache} = {}
): Promise<T> {
  const path = chromePath();
  const Manager = path ? marpBrowserManager() : undefined;
  if (!path || !Manager) return fn();
  if (!patched) {
    patched = true;
    const original = Manager.prototype.browserForConversion;
    Manager.prototype.browserForConversion = function (this: MarpBrowserManager) {
      const store = current.getStore();
      return store ? Promise.resolve(store.marp) : original.call(this);
    };
  }
  // A manager of our own makes marp-cli's browser class for us (CDP, Debian's Chromium, the conversion timeout).
  const manager = new Manager({path, protocol: "cdp", timeout: timeoutMs});
  const marp = await manager.browserForConversion();
  let started: Promise<unknown> | undefined;
  const shared: MarpBrowser = {
    launch: () => (started ??= marp.launch({args: CHROME_ARGS})),
    close: async () => {},
    // Each page marp-cli opens takes its slide screenshots from the slide picture cache when one is given
    // (scripts/slidepictures.ts); marp's own withPage opens and closes the page.
    withPage: <R>(use: (page: object) => Promise<R>): Promise<R> =>
      marp.withPage.call<MarpBrowser, [(page: object) => Promise<R>], Promise<R>>(shared, (page) =>
        use(slidePictures ? withSlidePictures(page, slidePictures) : page)
      )
  };
  // marp-cli closes its conversion browser after each run: the shared one stays open until the build ends.
  Object.setPrototypeOf(shared, marp);
  try {
    return await current.run({marp: shared}, fn);
  } finally {
    await marp.close().catch(() => {});
    await manager.dispose().catch(() => {});
  }
}
