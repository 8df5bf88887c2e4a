// The chart toolbar and traceable amounts in the built report, as a reader uses them in Chromium: each button
// downloads what it says, a copied link restores the unit, sort and filter, and an amount reached with Tab
// shows where it comes from. On the shared build of a fixture edition; expected figures are computed from its CSVs.
import {readFileSync} from "node:fs";
import Papa from "papaparse";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launch} from "../scripts/browser.js";
import {serve} from "../scripts/serve.js";
import {asOfText} from "../src/lib/edition.js";
import {loadBriefing} from "../src/lib/files.js";
import {formatAmount} from "../src/lib/format.js";
import {entity, shortName, stageShort} from "../src/lib/text.js";
import {reportWords} from "../src/locale/report.js";
import {BUILT, ensureBuilt} from "./support/built.js";
import {fixtureDir} from "./support/fixtures.js";
import {gotoReady, switchUnit} from "./support/page.js";

const briefing = loadBriefing(fixtureDir(BUILT));
const section = entity(briefing, briefing.figures.section);
/** Programmes with a current amount and a change, the largest fall first. */
const changed = briefing.figures.entities
  .filter((e) => e.kind === "programme" && e.change && e.current && e.pctChange !== null)
  .sort((a, b) => a.pctChange! - b.pctChange!);
const falling = changed[0];
const grouped = (n: number) => Math.abs(n).toLocaleString("en-US");
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve(await ensureBuilt());
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({acceptDownloads: true, viewport: {width: 1200, height: 900}});
  await gotoReady(page, server.url + path);
  return page;
}

async function download(page: Page, selector: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(selector).click()]);
  return {name: file.suggestedFilename(), bytes: readFileSync((await file.path())!)};
}

describe("the chart toolbar", () => {
  let page: Page;
  beforeAll(async () => {
    page = await open("/programmes.html");
  });
  afterAll(() => page?.close());

  it("sits under every chart of the page", async () => {
    expect(await page.locator("figure.kit-figure").count()).toBe(3);
    expect(await page.locator("figure.kit-figure .kit-toolbar").count()).toBe(3);
  });

  it("saves the chart as SVG with the title, unit, source and as-of date drawn in, and the font embedded", async () => {
    const {name, bytes} = await download(page, "#chart-programme-change .kit-save-svg");
    expect(name).toBe("programme-change-ja.svg");
    const svg = bytes.toString("utf8");
    for (const text of ["事業別の予算額の増減", "単位：百万円", asOfText(briefing, "ja"), "出典："]) expect(svg).toContain(text);
    expect(svg).toContain("@font-face");
    expect(svg).toMatch(/aria-label="bar"/);
  });

  it("saves the chart as a PNG picture twice the chart's size", async () => {
    const {name, bytes} = await download(page, "#chart-programme-change .kit-save-png");
    expect(name).toBe("programme-change-ja.png");
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    const width = bytes.readUInt32BE(16);
    const chartWidth = await page.locator("#chart-programme-change [role=img] svg").first().getAttribute("width");
    expect(width).toBeGreaterThanOrEqual(2 * Number(chartWidth));
  });

  it("saves exactly the chart's data as CSV, numbers as numbers and the unit in the header", async () => {
    const {name, bytes} = await download(page, "#chart-programme-change .kit-save-csv");
    expect(name).toBe("programme-change-ja.csv");
    const [header, ...rows] = Papa.parse<string[]>(
      bytes
        .toString("utf8")
        .replace(/^\uFEFF/, "")
        .trim()
    ).data;
    expect(header).toContain(`${stageShort(briefing, briefing.figures.current, "ja")} (百万円)`);
    expect(changed.length).toBeGreaterThan(1);
    for (const e of changed)
      expect(rows.find((r) => r[0] === shortName(e, "ja"))?.slice(1, 4), e.id).toEqual(
        [e.comparison!.value.millionYen, e.current!.value.millionYen, e.change!.millionYen].map(String)
      );
  });

  it("copies a link that restores the unit, the table's sort and filter, and scrolls to the chart", async () => {
    const figure = page.locator("#chart-programme-change");
    await figure.locator("details summary").click();
    // Filter on the falling programme's name, so the table keeps a row.
    const filter = shortName(falling, "ja");
    await figure.getByLabel("絞り込み").fill(filter);
    const header = figure.locator("th", {hasText: "増減率"});
    await header.locator("button").click();
    await header.locator("button").click();
    // A unit change redraws the chart and its table; the sort and filter stay.
    await switchUnit(page, page.getByLabel("億円", {exact: true}));
    expect(await figure.locator("th", {hasText: "増減率"}).getAttribute("aria-sort")).toBe("descending");
    expect(await figure.getByLabel("絞り込み").inputValue()).toBe(filter);
    await figure.locator(".kit-copy-link").click();
    const link = await figure.locator(".kit-tool-link").inputValue();
    const params = new URL(link).searchParams;
    expect([params.get("unit"), params.get("sort"), params.get("order"), params.get("filter")]).toEqual(["large", "pct", "desc", filter]);
    expect(link).toContain("#chart-programme-change");

    const fresh = await open(new URL(link).pathname + new URL(link).search + new URL(link).hash);
    // The link's state is applied once the page has drawn and scrolled to the chart.
    await fresh.waitForFunction(() => scrollY > 0 && document.querySelector("input[type=radio][value=large]:checked") !== null);
    expect(await fresh.locator("input[type=radio]:checked").getAttribute("value")).toBe("large");
    const restored = fresh.locator("#chart-programme-change");
    expect(await restored.locator("details").getAttribute("open")).not.toBeNull();
    expect(await restored.getByLabel("絞り込み").inputValue()).toBe(filter);
    expect(await restored.locator("th", {hasText: "増減率"}).getAttribute("aria-sort")).toBe("descending");
    const top = (await restored.boundingBox())!.y;
    expect(top).toBeGreaterThanOrEqual(-5);
    expect(top).toBeLessThan(900);
    expect(await fresh.evaluate(() => scrollY)).toBeGreaterThan(0);
    await fresh.close();
  });
});

describe("traceable amounts", () => {
  it("an amount reached with Tab shows its budget.csv line, stage, printed form and section", async () => {
    const page = await open("/index.html");
    let focused = false;
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => !!document.activeElement?.classList.contains("kit-amount"));
    }
    expect(focused).toBe(true);
    const tip = await page.evaluate(() => {
      const tip = document.getElementById(document.activeElement!.getAttribute("aria-describedby")!)!;
      return {role: tip.getAttribute("role"), display: getComputedStyle(tip).display, text: tip.innerText};
    });
    expect(tip.role).toBe("tooltip");
    expect(tip.display).toBe("block");
    expect(tip.text).toContain("data/budget.csv");
    // The headline cards run in time order, so the first amount reached is the earliest edition's total.
    const first = section.comparison ?? section.current!;
    expect(tip.text).toContain(`印刷: ${first.amount.toLocaleString("en-US")}${first.unit}`);
    await page.keyboard.press("Escape");
    expect(
      await page.evaluate(
        () => getComputedStyle(document.getElementById(document.activeElement!.getAttribute("aria-describedby")!)!).display
      )
    ).toBe("none");
    await page.close();
  });

  it("a change in a sentence says how it is computed", async () => {
    const page = await open("/en/programmes.html");
    const e = falling;
    expect(e.change!.millionYen).toBeLessThan(0);
    const amount = page.locator(".kit-amount", {hasText: `¥${grouped(e.change!.millionYen)} million`}).first();
    await amount.focus();
    const tip = page.locator(`#${await amount.getAttribute("aria-describedby")}`);
    await expect(tip.isVisible()).resolves.toBe(true);
    expect(await tip.innerText()).toContain(
      `${grouped(e.current!.value.millionYen)} − ${grouped(e.comparison!.value.millionYen)} = −${grouped(e.change!.millionYen)} (¥ million)`
    );
    await page.close();
  });

  it("every percentage and share in cards, sentences and tables reveals how it is computed", async () => {
    for (const path of ["/index.html", "/programmes.html", "/en/index.html", "/en/programmes.html"]) {
      const page = await open(path);
      // Text nodes holding a percentage or a ratio outside a traceable element, chart captions included.
      const untraced = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.querySelector("main")!, NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const parent = n.parentElement!;
          if (parent.closest(".kit-amount, svg, script, style")) continue;
          if (/\d%|\d倍|\d times/.test(n.textContent ?? "")) found.push(n.textContent!.trim());
        }
        return found;
      });
      expect(untraced, path).toEqual([]);
      // The amount's own text is its first node; the popup inside it follows. The first percentage a reader can
      // reach (one in a collapsed table cannot take focus), whatever words follow it (「2%増」).
      const tip = await page.evaluate(() => {
        const pct = [...document.querySelectorAll<HTMLElement>(".kit-amount")].find(
          (a) => /\d%/.test(a.firstChild?.textContent ?? "") && a.checkVisibility()
        )!;
        pct.focus();
        const tip = document.getElementById(pct.getAttribute("aria-describedby")!)!;
        return {display: getComputedStyle(tip).display, text: tip.innerText};
      });
      expect(tip.display).toBe("block");
      expect(tip.text).toMatch(/ ÷ .* = .*%/);
      await page.close();
    }
  });

  it("the share of the section total names the total as printed, with the range its rounding allows", async () => {
    const e = changed[changed.length - 1];
    const total = formatAmount(section.current!.value, {lang: "ja", unit: "printed"});
    const part = formatAmount(e.current!.value, {lang: "ja", unit: "printed"});
    const page = await open("/programmes.html");
    // The programme's rows in the page's tables; their percentages are changes and shares, the share being the
    // one divided by the section total.
    const tips: string[] = [];
    for (const row of await page.locator(".kit-table:not(details .kit-table) tbody tr", {hasText: shortName(e, "ja")}).all())
      for (const pct of await row.locator(".kit-amount", {hasText: "%"}).all()) {
        await pct.focus();
        tips.push(await page.locator(`#${await pct.getAttribute("aria-describedby")}`).innerText());
      }
    expect(tips.length).toBeGreaterThan(0);
    const text = tips.find((t) => t.includes(`計算: ${part} ÷ ${total} = `));
    expect(text, tips.join("\n---\n")).toBeDefined();
    // The total printed in 億円 is known to ± 0.5億円: the range shown brackets the share of the printed figures.
    const [lo, hi] = [...text!.matchAll(/([\d.]+)%[〜～]([\d.]+)%/g)].map((m) => [Number(m[1]), Number(m[2])])[0];
    const exact = (100 * e.current!.value.millionYen) / section.current!.value.millionYen;
    expect(lo).toBeLessThan(exact);
    expect(hi).toBeGreaterThan(exact);
    expect(text).toContain(`data/budget.csv ${e.current!.line}行目`);
    await page.close();
  });

  it("each headline card's note marker points at the notes-list line naming that card's figure, with its number", async () => {
    // One note printed beside two totals is two lines of the list (※1 on one, ※2 on the other): the second card
    // once said ※1, the first figure's line.
    for (const lang of ["ja", "en"] as const) {
      const page = await open(lang === "ja" ? "/index.html" : "/en/index.html");
      const cards = await page.locator(".kit-messages .kit-message").all();
      let checked = 0;
      for (const card of cards) {
        const figure = (await card.locator(".kit-big").innerText()).trim();
        for (const a of await card.locator("a.kit-note-ref").all()) {
          const line = page.locator((await a.getAttribute("href"))!);
          expect(await line.count()).toBe(1);
          const text = await line.innerText();
          expect(text, `${figure}: ${text}`).toContain(figure);
          const number = /\d+/.exec((await a.innerText()).trim())![0];
          expect(/\d+/.exec(text)![0], `${figure}: ${text}`).toBe(number);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(1);
      await page.close();
    }
  });

  it("the headline total card carries only note markers, each linking to the full note in the notes list", async () => {
    const section = briefing.figures.entities.find((e) => e.id === briefing.figures.section)!;
    const notes = section.current!.notes.map((id) => briefing.notes.find((n) => n.id === id)!);
    expect(notes.length).toBeGreaterThan(0);
    for (const lang of ["ja", "en"] as const) {
      const page = await open(lang === "ja" ? "/index.html" : "/en/index.html");
      const card = page.locator(".kit-messages .kit-message").first();
      const text = await card.innerText();
      const list = await page.locator("ul.kit-notes").last().innerText();
      for (const n of notes) {
        const full = lang === "ja" ? n.textJa : n.textEn;
        expect(text, n.id).not.toContain(full);
        // The list's number carries the document's ※ (「※1 【…】運営費…」, not 「※1 【…】※運営費…」).
        expect(list, n.id).toContain(full.replace(/^※\s*/, ""));
      }
      // One marker per note of the printed total, ※1 (English: a raised 1) onwards, each pointing at a line of the notes list.
      const hrefs = await card.locator("a.kit-note-ref").evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")!]));
      // (Alone on its line, as under a total with no change beside it, the English marker reads "Note 1".)
      const w = reportWords(lang);
      expect(hrefs.map(([mark]) => mark)).toEqual(
        notes.map((_, i) => (hrefs[i]?.[0] === w.noteLabel(i + 1) ? w.noteLabel(i + 1) : w.noteRef(i + 1)))
      );
      for (const [, href] of hrefs) {
        const target = page.locator(href!);
        expect(await target.count(), href!).toBe(1);
        expect(await target.evaluate((li) => li.closest("ul")?.classList.contains("kit-notes"))).toBe(true);
      }
      // Each note's marker names its notes.csv line.
      const tip = await page
        .locator("ul.kit-notes li .kit-tip")
        .first()
        .evaluate((t) => t.textContent);
      expect(tip).toMatch(/data\/notes\.csv/);
      await page.close();
    }
  });

  it("amounts in the programme table are traceable too", async () => {
    const page = await open("/programmes.html");
    expect(await page.locator(".kit-table:not(details .kit-table) td .kit-amount[tabindex='0'][aria-describedby]").count()).toBeGreaterThan(
      10
    );
    await page.close();
  });
});
