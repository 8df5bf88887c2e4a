// The next document added to a data folder as README's "When the next document arrives" says, derived from what
// the folder holds (never from this document's figures): the annual stage after the current edition's (or the
// next fiscal year's first annual stage), one editions.csv row (the current row's ministry and section, as-of three
// months later) and one budget.csv row per amount the current edition prints, the same amount in the same unit
// with its flags and ※ notes (an enacted budget often prints the draft's figures).
import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import Papa from "papaparse";
import {parseDataset} from "../../src/lib/dataset.js";
import {chooseStages} from "../../src/lib/derive.js";
import {readDataFiles} from "../../src/lib/files.js";

export interface NextEdition {
  fiscalYear: number;
  stage: string;
}

const table = (dir: string, file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(dir, file), "utf8").replace(/^\uFEFF/, ""), {header: true, skipEmptyLines: true});

function append(dir: string, file: string, rows: Record<string, string>[]) {
  const {meta} = table(dir, file);
  const text = readFileSync(join(dir, file), "utf8").trimEnd();
  writeFileSync(join(dir, file), text + "\n" + Papa.unparse(rows, {columns: meta.fields, header: false, newline: "\n"}) + "\n");
}

const nextMonth = (month: string, by: number) => {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
};

/** Adds the next edition to the data folder `dir` and returns which it is. */
export function addNextEdition(dir: string): NextEdition {
  const dataset = parseDataset(readDataFiles(dir));
  const {current} = chooseStages(dataset);
  const annual = dataset.stages.filter((s) => s.kind === "annual").sort((a, b) => a.order - b.order);
  const after = annual.find((s) => s.order > annual.find((a) => a.id === current.stage)!.order);
  const next: NextEdition = after
    ? {fiscalYear: current.fiscalYear, stage: after.id}
    : {fiscalYear: current.fiscalYear + 1, stage: annual[0].id};

  const editions = table(dir, "editions.csv").data;
  const edition = editions.find((e) => Number(e.fiscalYear) === current.fiscalYear && e.stage === current.stage)!;
  const asOf = nextMonth(edition.asOf, 3);
  append(dir, "editions.csv", [
    {
      ...edition,
      fiscalYear: String(next.fiscalYear),
      stage: next.stage,
      asOf,
      asOfJa: `${asOf}（試験用）`,
      asOfEn: `${asOf} (test edition)`,
      url: "",
      pages: "",
      source: "test edition"
    }
  ]);
  const rows = table(dir, "budget.csv").data.filter((b) => Number(b.fiscalYear) === current.fiscalYear && b.stage === current.stage);
  append(
    dir,
    "budget.csv",
    rows.map((b) => ({...b, fiscalYear: String(next.fiscalYear), stage: next.stage}))
  );
  return next;
}
