// The layout checker's test for a heading over nothing (scripts/layoutcheck.ts, emptyHeadings): a report section
// the edition leaves empty (no result, no alumnus) showed its heading over blank space, which no other check saw.
// Pages are set here in Chromium with the report's CSS: a heading is over nothing when neither text nor a drawing
// shows before the next heading of its rank or higher; text hidden until hover (a figure's tooltip) is no content.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {emptyHeadings} from "../../scripts/layoutcheck.js";
import {layoutWords} from "../../src/locale/layout.js";
import {root} from "../support/built.js";
import {checkerPage} from "../support/checkpage.js";

const CSS = readFileSync(join(root, "src", "style.css"), "utf8");

const tab = checkerPage();

/** The findings on a page whose main column holds `body`. */
async function check(body: string): Promise<string[]> {
  const page = tab();
  await page.setContent(`<!DOCTYPE html><html lang="ja"><head><style>${CSS}</style></head><body><main>${body}</main></body></html>`);
  return emptyHeadings(page);
}

describe("a heading over nothing", () => {
  it("is found before the next heading of its rank and at the end of the page", async () => {
    expect(await check(`<h1>成果</h1><p>前書き</p><h2>成果一覧</h2><div class="kit-cards"></div><h2>経験者</h2><div></div>`)).toEqual([
      'heading "成果一覧" over nothing',
      'heading "経験者" over nothing'
    ]);
  });

  it("is found when all it holds is text shown on hover only, or a sub-heading over nothing", async () => {
    const tip = `<span class="kit-tip" role="tooltip">budget.csv 3行目</span>`;
    expect(await check(`<h2>経験者</h2><div>${tip}</div><h2>事業</h2><h3>第二の柱</h3><div></div>`)).toEqual([
      'heading "経験者" over nothing',
      'heading "事業" over nothing',
      'heading "第二の柱" over nothing'
    ]);
  });

  it("is not found over text, a chart, a table, a sub-heading's section, or the none-listed line", async () => {
    const none = `<p class="kit-note kit-none">${layoutWords("ja").noneListed}</p>`;
    expect(
      await check(
        `<h2>本文</h2><p>文</p><h2>図</h2><div><svg width="100" height="40"></svg></div><h2>表</h2><table><tr><td></td></tr></table>` +
          `<h2>事業</h2><section><h3>第一の柱</h3><article class="kit-card">カード</article></section><h2>経験者</h2>${none}`
      )
    ).toEqual([]);
  });
});
