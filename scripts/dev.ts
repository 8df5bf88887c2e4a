// npm run dev: Framework's live preview of the report, plus the slide decks, following every edit.
// Framework watches pages and the modules they import, but not the CSV files a loader reads, and it re-runs a
// loader only when the loader is newer than its cache: so on a change in data/ or the library we validate the
// data, touch the loaders (Framework then re-runs them and pushes the new figures to the open page), and
// rebuild the HTML decks.
import {spawn} from "node:child_process";
import {mkdirSync, readdirSync, utimesSync, watch} from "node:fs";
import {join, resolve} from "node:path";
import {DataError} from "../src/lib/errors.js";
import {dataDir, loadBriefing} from "../src/lib/files.js";
import {buildSlides} from "../slides/build.js";
import {prepare} from "./prepare.js";
import {serve} from "./serve.js";

const root = resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const slidesDir = join(root, ".build", "dev", "slides");
const loaders = () =>
  readdirSync(join(root, "src", "data"))
    .filter((f) => /\.(json|csv)\.ts$/.test(f))
    .map((f) => join(root, "src", "data", f));

function touchLoaders() {
  const now = new Date();
  for (const file of loaders()) utimesSync(file, now, now);
}

let slidesRunning: Promise<void> | null = null;
let slidesAgain = false;
async function rebuildSlides() {
  if (slidesRunning) return void (slidesAgain = true);
  slidesRunning = (async () => {
    do {
      slidesAgain = false;
      const started = Date.now();
      try {
        await buildSlides(loadBriefing(), slidesDir, {formats: ["html"], log: () => {}});
        console.error(`dev: slides rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        console.error(error instanceof DataError ? `dev: ${error.message}` : `dev: slides failed: ${error}`);
      }
    } while (slidesAgain);
  })();
  await slidesRunning;
  slidesRunning = null;
}

async function onChange(what: string) {
  try {
    loadBriefing(); // report a bad edit at once, with file, line and column
  } catch (error) {
    if (error instanceof DataError) return console.error(`dev: ${error.message}\n(the preview keeps the last good figures)`);
    throw error;
  }
  await prepare({quiet: true}); // new text may need new glyphs in the font subset
  if (what !== "slides") touchLoaders();
  void rebuildSlides();
}

await prepare();
mkdirSync(slidesDir, {recursive: true});
const bin = join(root, "node_modules", "@observablehq", "framework", "dist", "bin", "observable.js");
const preview = spawn(process.execPath, [bin, "preview", "--port", String(port), "--no-open"], {
  cwd: root,
  stdio: "inherit",
  env: {...process.env, BUDGET_DATA_DIR: dataDir()}
});
const slidesServer = await serve(join(root, ".build", "dev"), port + 1);
console.error(`dev: slides at ${slidesServer.url}/slides/briefing-ja.html and …/briefing-en.html`);
void rebuildSlides();

let timer: NodeJS.Timeout | undefined;
let pending = new Set<string>();
const schedule = (what: string) => {
  pending.add(what);
  clearTimeout(timer);
  timer = setTimeout(() => {
    const whats = pending;
    pending = new Set();
    void onChange(whats.has("data") || whats.has("lib") ? "data" : "slides");
  }, 150);
};
watch(dataDir(), () => schedule("data"));
watch(join(root, "src", "lib"), () => schedule("lib"));
watch(join(root, "src", "components"), () => schedule("slides"));
watch(join(root, "slides"), (_event, file) => file && !String(file).startsWith(".") && schedule("slides"));

const stop = () => {
  preview.kill();
  void slidesServer.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
preview.on("exit", (code) => process.exit(code ?? 0));
