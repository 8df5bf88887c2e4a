// Screenshots of built pages, to look at: tsx scripts/screenshot.ts [--width=390] [dist] [out-dir] [paths...]
// (--width: the viewport's width in CSS px, 1200 unless given; a phone is 390).
import {mkdirSync} from "node:fs";
import {join} from "node:path";
import {launch} from "./browser.js";
import {serve} from "./serve.js";

const args = process.argv.slice(2);
const width = Number(/^--width=(\d+)$/.exec(args.find((a) => a.startsWith("--width=")) ?? "")?.[1] ?? 1200);
const [root = "dist", out = ".build/screenshots", ...paths] = args.filter((a) => !a.startsWith("--width="));
mkdirSync(out, {recursive: true});
const {url, close} = await serve(root);
const browser = await launch();
const page = await browser.newPage({viewport: {width, height: 900}});
for (const path of paths.length ? paths : ["/index.html"]) {
  await page.goto(url + path, {waitUntil: "networkidle"});
  await page.waitForTimeout(300);
  const file = join(out, `${path.replace(/^\//, "").replace(/[/.]/g, "_") || "index"}.png`);
  // Full page, plus slices a person (or a model) can read at full size.
  await page.screenshot({path: file, fullPage: true});
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 0; y < height; y += 1300, i++) {
    const slice = file.replace(/\.png$/, `.${i}.png`);
    await page.screenshot({path: slice, fullPage: true, clip: {x: 0, y, width, height: Math.min(1300, height - y)}});
    console.log(slice);
  }
}
await browser.close();
await close();
