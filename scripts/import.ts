// npm run import -- FILE [--write]: reads a budget document's text and prints what it would change in the data
// folder (BUDGET_DATA_DIR or data/), each proposal with the document line it came from. With --write it applies
// the proposals, after checking the result as a build would; anything unsure stops the write.
import {lstatSync, readFileSync, renameSync, writeFileSync} from "node:fs";
import {basename, join} from "node:path";
import {DataError, issueLines} from "../src/lib/errors.js";
import {briefingFromInput, dataDir, readDataFiles} from "../src/lib/files.js";
import {parseDataset, type DataInput, type Dataset} from "../src/lib/dataset.js";
import {planImport} from "../src/import/plan.js";
import {summary} from "../src/import/summary.js";
import {applyPlan} from "../src/import/write.js";
import {FACT_FILES} from "../src/import/facts.js";

const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

function fail(step: string, lines: string[]): never {
  console.error(`import: ${step}`);
  for (const l of lines) console.error(`  ${l}`);
  process.exit(1);
}

function main() {
  const args = process.argv.slice(2);
  const write = args.includes("--write");
  const files = args.filter((a) => !a.startsWith("--"));
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--write");
  if (files.length !== 1 || unknown.length)
    fail("usage", [
      "npm run import -- DOCUMENT.txt [--write]",
      "DOCUMENT.txt: the budget document's text (see README, When the next document arrives)"
    ]);
  const file = files[0];

  let documentText: string;
  try {
    const stats = lstatSync(file);
    if (!stats.isFile()) fail(`reading ${file}`, ["not a regular file"]);
    if (stats.size > MAX_DOCUMENT_BYTES)
      fail(`reading ${file}`, [`${stats.size} bytes; a budget document's text is well under 2 MB: is this the right file?`]);
    documentText = new TextDecoder("utf-8", {fatal: true}).decode(readFileSync(file));
  } catch (error) {
    if (error instanceof TypeError) fail(`reading ${file}`, ["not UTF-8 text: save the document's text as UTF-8"]);
    fail(`reading ${file}`, [(error as Error).message]);
  }

  const dir = dataDir();
  let data: Dataset;
  let input: DataInput;
  try {
    input = readDataFiles(dir);
    data = parseDataset(input);
  } catch (error) {
    if (error instanceof DataError) fail(`reading the data folder ${dir} (fix it before importing)`, issueLines(error.issues));
    throw error;
  }

  const source = basename(file);
  const plan = planImport(documentText, data, {source});
  for (const line of summary(plan, source)) console.log(line);
  if (!write) {
    console.log(
      plan.problems.length
        ? "\nDry run: nothing written. Resolve the lines above, then run with --write."
        : "\nDry run: nothing written. Run again with --write to apply."
    );
    return;
  }
  if (plan.problems.length) fail("nothing written", [`${plan.problems.length} line(s) the importer is not sure of (listed above)`]);

  const text = (f: "budget.csv" | "editions.csv" | "notes.csv" | (typeof FACT_FILES)[number]) =>
    new TextDecoder().decode(input[f] as Uint8Array).replace(/^\uFEFF/, "");
  const facts = Object.fromEntries(FACT_FILES.map((f) => [f, text(f)]));
  const result = applyPlan(
    plan,
    {"budget.csv": text("budget.csv"), "editions.csv": text("editions.csv"), "notes.csv": text("notes.csv"), ...facts},
    {source}
  );
  if (!result.changes.length) {
    console.log("\nNothing to change: data/ already holds every amount and fact this document prints.");
    return;
  }
  // The result must pass every check a build makes before any file is replaced.
  try {
    briefingFromInput({...input, ...result.files});
  } catch (error) {
    if (error instanceof DataError) fail("nothing written: the imported rows do not pass the data checks", issueLines(error.issues));
    throw error;
  }
  for (const [name, content] of Object.entries(result.files)) {
    const path = join(dir, name);
    writeFileSync(`${path}.import-tmp`, content!);
    renameSync(`${path}.import-tmp`, path);
  }
  console.log(`\nWritten to ${dir}:`);
  for (const c of result.changes) console.log(`  ${c}`);
  console.log("Next: review the rows (English names and texts written as the Japanese, editions.csv asOf/url), then `npm run build`.");
}

main();
