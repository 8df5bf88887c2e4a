// A generator of valid editions (fast-check): 1–30 programmes with names of 2–120 characters in Japanese
// and English, 1–5 printed stages (request, draft, enacted, supplementary), amounts in 百万円 or 億円. Each is
// written as the data files a maintainer would save, on top of the fixture edition `two` read once: its
// programmes, their scheme facts, results and notes are replaced by the generated ones (texts of the section
// stay, printed in the generated edition), so the whole pipeline — parse, validate, plausibility, briefing — runs on it.
import {join} from "node:path";
import fc from "fast-check";
import Papa from "papaparse";
import type {DataInput} from "../../src/lib/dataset.js";
import {readDataFiles} from "../../src/lib/files.js";

type Row = Record<string, string>;

export interface GenProgramme {
  nameJa: string;
  nameEn: string;
  /** The short name the data must give (up to 40 characters here: short names are short, but not always). */
  shortJa: string;
  shortEn: string;
  strand: number;
  /** Amount in 百万円 per printed stage (same order as `stages`), undefined where not printed. */
  amounts: (number | undefined)[];
}

export interface GenEdition {
  /** (fiscal year offset from the current, stage id), oldest first; the last annual one is current. */
  stages: {year: number; stage: string}[];
  programmes: GenProgramme[];
  /** The unit the section total is printed in. */
  sectionUnit: "百万円" | "億円";
  programmeUnit: "百万円" | "億円";
  /** Unitemised remainder of the section total, 百万円. */
  remainder: number;
}

const KANJI = [..."国際共同研究推進事業科学技術振興機構若手海外特別派遣先端戦略的展開育成支援交流基金学術新興地域協力開発"];
const KANA = [..."アジアフリカネットワーク・プログラムさくらサイエンスの"];
const WORDS = [
  "International",
  "Joint",
  "Research",
  "Program",
  "for",
  "Young",
  "Scientists",
  "Strategic",
  "Exchange",
  "Network",
  "Fund",
  "(JSPS)",
  "Asia",
  "Africa",
  "Partnership",
  "of",
  "Excellence"
];

/** A Japanese name of `len` characters (kanji and katakana, as programme names are). */
const nameJa = (min: number, max: number) =>
  fc.array(fc.constantFrom(...KANJI, ...KANA), {minLength: min, maxLength: max, size: "max"}).map((cs) => cs.join(""));
/** An English name of words, cut to at most `max` characters at a word. */
const nameEn = (min: number, max: number) =>
  fc.array(fc.constantFrom(...WORDS), {minLength: 1, maxLength: 20, size: "max"}).map((ws) => {
    let s = ws.join(" ");
    while (s.length > max) s = s.slice(0, s.lastIndexOf(" ") > 0 ? s.lastIndexOf(" ") : max);
    return s.length >= min ? s : `${s} Program`.slice(0, Math.max(min, 2));
  });

/** One programme printed in `stageCount` stages, its names `min`–`max` characters long. */
export const programmeArb = (stageCount: number, {min = 2, max = 120}: {min?: number; max?: number} = {}): fc.Arbitrary<GenProgramme> =>
  fc.record({
    nameJa: nameJa(min, max),
    nameEn: nameEn(min, max),
    shortJa: nameJa(2, 40),
    shortEn: nameEn(2, 40),
    strand: fc.nat(2),
    amounts: fc.tuple(...Array.from({length: stageCount}, () => fc.option(fc.integer({min: 1, max: 60000}), {nil: undefined, freq: 4})))
  });

/** The stages an edition may print, in order: last year's, this year's and the next request. */
const STAGE_POOL = [
  {year: -1, stage: "enacted"},
  {year: -1, stage: "supplementary-2"},
  {year: 0, stage: "request"},
  {year: 0, stage: "draft"},
  {year: 0, stage: "enacted"},
  {year: 1, stage: "request"}
];

/** Editions of `programmes` programmes whose names are `names` characters long, printing `stages` stages. */
export function editionArbOf({
  programmes = {min: 1, max: 30},
  names = {min: 2, max: 120},
  stages = {min: 1, max: 5}
}: {
  programmes?: {min: number; max: number};
  names?: {min: number; max: number};
  stages?: {min: number; max: number};
} = {}): fc.Arbitrary<GenEdition> {
  return fc
    .subarray(STAGE_POOL, {minLength: stages.min, maxLength: stages.max})
    .filter((s) => s.some((x) => !x.stage.startsWith("supplementary")))
    .chain((stages) =>
      fc.record({
        stages: fc.constant(stages),
        programmes: fc.array(programmeArb(stages.length, names), {minLength: programmes.min, maxLength: programmes.max, size: "max"}),
        sectionUnit: fc.constantFrom("百万円" as const, "億円" as const),
        programmeUnit: fc.constantFrom("百万円" as const, "億円" as const),
        remainder: fc.integer({min: 0, max: 5000})
      })
    );
}

/** Any edition the kit promises to lay out: 1–30 programmes, names of 2–120 characters, 1–5 stages. */
export const editionArb: fc.Arbitrary<GenEdition> = editionArbOf();

let base: DataInput | undefined;
const parse = (buf: Buffer | Uint8Array | string | undefined): Row[] =>
  Papa.parse<Row>(String(buf ?? "").replace(/^\uFEFF/, ""), {header: true, skipEmptyLines: true}).data;
const write = (rows: Row[], columns: string[]) =>
  Buffer.from(Papa.unparse({fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? ""))}));
const header = (buf: Buffer | Uint8Array | string | undefined) =>
  String(buf ?? "")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)[0]
    .split(",");

/** The data files of a generated edition. */
export function editionInput(g: GenEdition): DataInput {
  base ??= readDataFiles(join(import.meta.dirname, "..", "fixtures", "editions", "two"));
  const input: DataInput = {...base};
  const programmes = parse(base["programmes.csv"]);
  const section = programmes.find((p) => p.kind === "section")!;
  const strands = parse(base["strands.csv"]);
  const editions = parse(base["editions.csv"]);
  const fy = Number(editions[0].fiscalYear);
  const ids = g.programmes.map((_, i) => `gen-${i + 1}`);
  const keep = new Set([section.id]);

  input["programmes.csv"] = write(
    [
      section,
      ...g.programmes.map((p, i) => ({
        id: ids[i],
        kind: "programme",
        nameJa: p.nameJa,
        nameEn: p.nameEn,
        shortJa: p.shortJa,
        shortEn: p.shortEn,
        agencyJa: "科学技術振興機構",
        agencyEn: "JST",
        strand: strands[p.strand % strands.length].id,
        parent: section.id,
        source: section.source
      }))
    ],
    header(base["programmes.csv"])
  );
  const printed = (millionYen: number, unit: "百万円" | "億円") =>
    unit === "百万円" ? millionYen.toLocaleString("en-US") : Math.max(1, Math.round(millionYen / 100)).toLocaleString("en-US");
  const budget: Row[] = [];
  g.stages.forEach((st, s) => {
    const members = g.programmes.map((p) => p.amounts[s]).filter((a): a is number => a !== undefined);
    // Members printed in 億円 round; the total covers them as printed.
    const itemised = members.reduce((t, a) => t + (g.programmeUnit === "億円" ? Math.max(1, Math.round(a / 100)) * 100 : a), 0);
    const total = itemised + g.remainder + 100;
    const row = (entity: string, amount: string, unit: string) => ({
      entity,
      fiscalYear: String(fy + st.year),
      stage: st.stage,
      amount,
      unit,
      flags: "",
      notes: "",
      source: section.source
    });
    budget.push(row(section.id, printed(g.sectionUnit === "億円" ? Math.ceil(total / 100) * 100 : total, g.sectionUnit), g.sectionUnit));
    g.programmes.forEach((p, i) => {
      if (p.amounts[s] !== undefined) budget.push(row(ids[i], printed(p.amounts[s]!, g.programmeUnit), g.programmeUnit));
    });
  });
  input["budget.csv"] = write(budget, header(base["budget.csv"]));
  // Every stage a generated edition may print, supplementary budgets up to the third.
  input["stages.csv"] = write(
    [
      ...["request", "draft", "enacted"].map((id, i) => ({
        id,
        kind: "annual",
        order: String(i + 1),
        labelJa: `${id}額`,
        labelEn: id,
        source: "generated"
      })),
      ...[1, 2, 3].map((n) => ({
        id: `supplementary-${n}`,
        kind: "supplementary",
        order: String(n),
        labelJa: `第${n}次補正予算額`,
        labelEn: `supplementary budget ${n}`,
        source: "generated"
      }))
    ],
    header(base["stages.csv"])
  );
  // The current edition: the newest annual stage printed.
  const order = ["request", "draft", "enacted"];
  const current = g.stages
    .filter((s) => order.includes(s.stage))
    .sort((x, y) => x.year - y.year || order.indexOf(x.stage) - order.indexOf(y.stage))
    .at(-1)!;
  input["editions.csv"] = write(
    [{...editions[0], fiscalYear: String(fy + current.year), stage: current.stage}],
    header(base["editions.csv"])
  );
  // Everything tied to the real programmes goes with them.
  // A fact kept is printed in the one generated edition (an empty `editions` cell: the earliest, here the only one).
  const of = (file: keyof DataInput, column: string) => {
    if (!base![file]) return;
    input[file] = write(
      parse(base![file])
        .filter((r) => !r[column] || keep.has(r[column]))
        .map((r) => ("editions" in r ? {...r, editions: ""} : r)),
      header(base![file])
    );
  };
  of("schemes.csv", "programme");
  of("results.csv", "programme");
  of("countries.csv", "programme");
  of("texts.csv", "entity");
  of("frameworks.csv", "programme");
  of("tiers.csv", "programme");
  if (base["names.csv"]) input["names.csv"] = write([], header(base["names.csv"]));
  input["notes.csv"] = write(
    parse(base["notes.csv"])
      .filter((r) => r.scope === "entity" && keep.has(r.appliesTo))
      .map((r) => ("editions" in r ? {...r, editions: ""} : r)),
    header(base["notes.csv"])
  );
  return input;
}

/** For a failing case: the edition as files on disk, to build end to end (`BUDGET_DATA_DIR=… npm run build`). */
export const describeEdition = (g: GenEdition) =>
  `${g.programmes.length} programmes, stages ${g.stages.map((s) => `${s.year}:${s.stage}`).join(" ")}, units ${g.sectionUnit}/${g.programmeUnit}`;
