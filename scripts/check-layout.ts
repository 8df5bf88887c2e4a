// npm run check:layout -- [DATA_DIR]: builds the data in DATA_DIR (default data/) into a folder of its own and
// checks what people will see in every output (scripts/layoutcheck.ts): text cut, spilled off a slide or page,
// printed over other text, blank pages, handouts missing words, the editable PPTX as LibreOffice prints it.
// Prints one line per finding and exits 1 if there is any; dist/ is not touched.
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {build, failureMessage} from "./build.js";
import {chromePath} from "./browser.js";
import {checkOutputs, popplerMissing} from "./layoutcheck.js";

const data = resolve(process.argv[2] ?? "data");
const missing = [
  chromePath() ? undefined : "Chromium not found: apt-get install -y chromium (or set CHROME_PATH)",
  popplerMissing()
].filter(Boolean);
if (missing.length) {
  for (const m of missing) console.error(`check:layout: ${m}`);
  process.exit(1);
}
const out = join(mkdtempSync(join(tmpdir(), "kit-check-layout-")), "dist");
process.env.BUDGET_DATA_DIR = data;
const started = Date.now();
try {
  console.error(`check:layout: building ${data}`);
  await build({out, log: () => {}});
  const findings = await checkOutputs(out, {log: (l) => console.error(`check:layout: ${l}`)});
  for (const f of findings) console.log(f);
  console.error(
    `check:layout: ${findings.length ? `${findings.length} finding(s)` : "every output shows every word whole"} (${((Date.now() - started) / 1000).toFixed(0)} s)`
  );
  process.exitCode = findings.length ? 1 : 0;
} catch (error) {
  console.error(failureMessage(error).replace(/\ndist\/ was not changed\.$/, ""));
  process.exitCode = 1;
} finally {
  if (!process.env.KEEP_OUTPUT) rmSync(resolve(out, ".."), {recursive: true, force: true});
  else console.error(`check:layout: outputs kept in ${out}`);
}
