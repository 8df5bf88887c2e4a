// One Chromium tab for a file of layout-checker tests: opened before the file's tests, closed after them, at a
// phone's width. The checker's functions run in the page as scripts/layoutcheck.ts runs them, so the page gets
// the __name() that tsx wraps named functions in.
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll} from "vitest";
import {launch} from "../../scripts/browser.js";

/** Registers the tab's set-up and tear-down; call the result inside a test to get the tab. */
export function checkerPage(viewport = {width: 390, height: 800}): () => Page {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({viewport});
    await page.addInitScript({content: "globalThis.__name = (f) => f;"});
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!page) throw new Error("checkerPage: the tab is opened in beforeAll; ask for it inside a test");
    return page;
  };
}
