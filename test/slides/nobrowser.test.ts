// Without a browser the decks still come out as HTML (and the editable PPTX), and the build says what it skipped.
import {existsSync, mkdtempSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {loadBriefing} from "../../src/lib/files.js";
import {buildSlides} from "../../slides/build.js";
import {prepare} from "../../scripts/prepare.js";
import {withBuildLock} from "../support/built.js";
import {fixtureDir} from "../support/fixtures.js";

const saved = process.env.CHROME_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = saved;
});

describe("buildSlides(briefing, dir) with no browser", () => {
  it("writes the HTML decks and the editable PPTX, skips PDF and Marp's PPTX, and says how to get them", async () => {
    process.env.CHROME_PATH = "/nonexistent/chromium";
    // Under the build lock: the shared build reads the same src/_generated/ fonts this rewrites.
    await withBuildLock(() => prepare({quiet: true}));
    const dir = mkdtempSync(join(tmpdir(), "kit-slides-"));
    const log: string[] = [];
    try {
      const result = await buildSlides(loadBriefing(fixtureDir("two")), dir, {log: (l) => log.push(l)});
      expect(result.skipped.map((s) => s.format)).toEqual(["pdf", "pptx"]);
      expect(readdirSync(dir).sort()).toEqual([
        "briefing-en-editable.pptx",
        "briefing-en-questions.md",
        "briefing-en.html",
        "briefing-en.md",
        "briefing-ja-editable.pptx",
        "briefing-ja-questions.md",
        "briefing-ja.html",
        "briefing-ja.md"
      ]);
      expect(existsSync(join(dir, "briefing-ja.pdf"))).toBe(false);
      expect(log.join("\n")).toMatch(
        /skipped PDF: no browser at CHROME_PATH=\/nonexistent\/chromium; to get PDF and PPTX, apt-get install -y chromium/
      );
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
