// Waiting in the browser for a condition, never for a fixed time.
import type {Locator, Page} from "playwright-core";

/** Checks a unit radio and waits until the page has redrawn: the main text differs from before the change. */
export async function switchUnit(page: Page, radio: Locator): Promise<void> {
  const before = await page.locator("main").innerText();
  await radio.check();
  await page.waitForFunction((text) => document.querySelector("main")?.innerText !== text, before);
}

/**
 * Opens `url` in `page` and waits until the page has drawn: loaded, no request of the page still open and none
 * started while two more animation frames ran (Framework's runtime draws the cells that wait for a file on the
 * frames after it arrives, and a chart drawn at its width on the next one), no cell's loading indicator left
 * (`observablehq-loading`) and the fonts loaded. Every wait is for a condition; this replaces `networkidle`, which
 * waited half a second after the last request of every page and said nothing of the cells or the fonts.
 */
export async function gotoReady(page: Page, url: string, timeout = 180_000): Promise<void> {
  let open = 0;
  let started = 0;
  const start = () => (open++, started++);
  const end = () => open--;
  page.on("request", start);
  page.on("requestfinished", end);
  page.on("requestfailed", end);
  try {
    await page.goto(url, {waitUntil: "load", timeout});
    const deadline = Date.now() + timeout;
    for (;;) {
      const before = started;
      const drawn = await page.evaluate(async () => {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await document.fonts.ready;
        return document.querySelector("observablehq-loading") === null;
      });
      if (drawn && open === 0 && started === before) return;
      if (Date.now() > deadline) throw new Error(`${url} did not finish drawing in ${timeout} ms (${open} requests open)`);
    }
  } finally {
    page.off("request", start);
    page.off("requestfinished", end);
    page.off("requestfailed", end);
  }
}
