// Waiting in the browser for a condition, never for a fixed time.
import type {Locator, Page} from "playwright-core";

/** Checks a unit radio and waits until the page has redrawn: the main text differs from before the change. */
export async function switchUnit(page: Page, radio: Locator): Promise<void> {
  const before = await page.locator("main").innerText();
  await radio.check();
  await page.waitForFunction((text) => document.querySelector("main")?.innerText !== text, before);
}
