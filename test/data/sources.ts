// The source documents data/ was transcribed from, and what each prints. The transcription tier
// (`npm run test:data`, test/data/**) checks data/ against these texts; the behaviour tests never read data/.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {DataInput} from "../../src/lib/dataset.js";
import {readDataFiles} from "../../src/lib/files.js";

export interface StageKey {
  fiscalYear: number;
  stage: string;
}

export interface Source {
  /** The copy of the document, under test/fixtures/. */
  file: string;
  /** Its row of editions.csv. */
  edition: StageKey;
  /** The fiscal years and stages whose amounts it prints (its own edition, the previous-year column, a supplementary). */
  prints: StageKey[];
  /** The stage it compares with, as the reader of the document sees it. */
  comparison: StageKey;
}

export const SOURCES: Source[] = [
  {
    file: "000_0b1583d91517b07d.txt",
    edition: {fiscalYear: 2023, stage: "draft"},
    prints: [
      {fiscalYear: 2023, stage: "draft"},
      {fiscalYear: 2022, stage: "enacted"},
      {fiscalYear: 2022, stage: "supplementary-2"}
    ]
    ,
    comparison: {fiscalYear: 2022, stage: "enacted"}
  }
];

/** The data folder this tier checks, named: the unit and transcription tiers' default one does not exist (vitest.config.ts NO_DATA_FOLDER). */
export const DATA_FOLDER = join(import.meta.dirname, "..", "..", "data");

export const keyOf = ({fiscalYear, stage}: StageKey): string => `${fiscalYear} ${stage}`;

export const sourceText = (source: Source): string => readFileSync(join(import.meta.dirname, "..", "fixtures", source.file), "utf8");

/** The fiscal year and stage of every row of data/editions.csv (its first two columns, never quoted). */
export function dataEditions(input: DataInput = readDataFiles(DATA_FOLDER)): StageKey[] {
  return rows(input, "editions.csv").map(([fiscalYear, stage]) => ({fiscalYear: Number(fiscalYear), stage}));
}

function rows(input: DataInput, file: "editions.csv" | "budget.csv"): string[][] {
  const text = new TextDecoder().decode(input[file] as Uint8Array).replace(/^\uFEFF/, "");
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.replace(/,/g, "").trim())
    .map((line) => line.split(","));
}

/**
 * data/ as `source` printed it: only the amounts of the stages it prints, only its edition, and its edition pinned
 * as current (settings.csv). A newer edition in data/ then leaves these checks as they were; sources.test.ts says
 * that a source is missing.
 */
export function sourceInput(source: Source, input: DataInput = readDataFiles(DATA_FOLDER)): DataInput {
  const printed = new Set(source.prints.map(keyOf));
  const keep = (file: "editions.csv" | "budget.csv", wanted: (key: string) => boolean) => {
    const text = new TextDecoder().decode(input[file] as Uint8Array).replace(/^\uFEFF/, "");
    const [header, ...lines] = text.split(/\r?\n/);
    const kept = lines.filter((line) => {
      const [, year, stage] = file === "budget.csv" ? line.split(",") : ["", ...line.split(",")];
      return wanted(`${year} ${stage}`);
    });
    return [header, ...kept].join("\n") + "\n";
  };
  return {
    ...input,
    "budget.csv": keep("budget.csv", (key) => printed.has(key)),
    "editions.csv": keep("editions.csv", (key) => key === keyOf(source.edition)),
    "settings.csv": `key,value\ncurrent,${keyOf(source.edition)}\ncomparison,${keyOf(source.comparison)}\n`
  };
}
