// The document's facts besides its amounts: prose passages (texts.csv), scheme facts (schemes.csv: support per
// project, periods, start years, people), results (results.csv), partner frameworks (frameworks.csv) and the
// countries named (countries.csv), compared with data/. Each row stays where data/ has it; what the document says
// of it decides its `editions` cell (README, "Facts carry their editions"): printed as data/ holds it, the row is
// carried over to the document's edition; printed with other figures or words, it is proposed as changed with the
// line that prints it; not printed, it is listed and kept for the editions that printed it. Pure: text in, plan out.
import type {Dataset} from "../lib/dataset.js";
import {printedText} from "../lib/texts.js";
import {fiscalYear, type Problem} from "./document.js";
import {similarity} from "./match.js";

export const FACT_FILES = ["texts.csv", "schemes.csv", "results.csv", "frameworks.csv", "countries.csv"] as const;
export type FactFile = (typeof FACT_FILES)[number];
/** same: the row already lists the edition; carried: printed again, the edition is added to the row. */
export type FactStatus = "same" | "carried" | "changed" | "not-printed";

export interface CellChange {
  column: string;
  was: string;
  now: string;
}

export interface FactPlan {
  file: FactFile;
  status: FactStatus;
  /** The row's line in its file. */
  row: number;
  /** How the summary names it: an id, or the programme and attribute. */
  name: string;
  /** The editions the row lists now (an empty cell already read as the earliest edition). */
  editions: string[];
  /** Where the document prints it. */
  lines: number[];
  /** A changed fact's cells. English cells hold the Japanese until translated (listed in `translate`). */
  cells: CellChange[];
  translate: string[];
}

/** Markup a copy of the document may carry (bold, escaped *, subscript digits) as the printed characters. */
const markup = (line: string) =>
  line
    .replace(/\*\*/g, "")
    .replace(/\\\*/g, "*")
    .replace(/<sub>(\d)<\/sub>/g, (_, d: string) => String.fromCharCode(0x2080 + Number(d)));
/** Compared without whitespace: a passage wraps over lines, a table cell is set off by a tab. */
export const squeeze = (text: string) => markup(text).replace(/\s+/g, "");

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
const numbers = (text: string) => text.match(new RegExp(NUMBER, "g")) ?? [];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The text with every figure open: 「新規採用人数（見込み）176人」 finds 「新規採用人数（見込み）180人」. */
function withFiguresOpen(squeezed: string): RegExp | null {
  const parts = squeezed.split(new RegExp(NUMBER));
  return parts.length < 2 ? null : new RegExp(parts.map(escape).join(`(${NUMBER})`), "g");
}
/** The old text with its figures replaced, in order, by the new ones: keeps the row's own spacing. */
const refigure = (text: string, figures: string[]) => {
  let i = 0;
  return text.replace(new RegExp(NUMBER, "g"), (n) => figures[i++] ?? n);
};

/** The document as one string without whitespace, each character with its line and column. */
class Printed {
  readonly lines: string[];
  readonly flat: string;
  private readonly at: {line: number; col: number}[] = [];
  private readonly starts = new Map<number, number>();
  constructor(text: string) {
    this.lines = text
      .replace(/^\uFEFF/, "")
      .split(/\r\n|\r|\n/)
      .map(markup);
    let flat = "";
    this.lines.forEach((l, i) => {
      for (let c = 0; c < l.length; c++)
        if (!/\s/.test(l[c])) {
          if (!this.starts.has(i + 1)) this.starts.set(i + 1, flat.length);
          flat += l[c];
          this.at.push({line: i + 1, col: c});
        }
    });
    this.flat = flat;
  }
  line = (index: number) => this.at[Math.min(index, this.at.length - 1)]?.line ?? 0;
  lineStart = (line: number) => this.starts.get(line) ?? -1;
  all(needle: string): number[] {
    const found: number[] = [];
    if (!needle) return found;
    for (let i = this.flat.indexOf(needle); i >= 0; i = this.flat.indexOf(needle, i + 1)) found.push(i);
    return found;
  }
  /** [a, b) is a whole table cell or a whole line (「支援期間<tab>3年」 holds the cell 「3年」). */
  isCell(a: number, b: number): boolean {
    const first = this.at[a];
    const last = this.at[b - 1];
    if (first.line !== last.line) return false;
    const s = this.lines[first.line - 1];
    const before = s.slice(0, first.col);
    const after = s.slice(last.col + 1);
    return (!before.trim() || /\t\s*$/.test(before)) && (!after.trim() || /^\s*\t/.test(after));
  }
  /** The printed text of [a, b) with its spaces, wrapped lines joined. */
  text(a: number, b: number): string {
    const first = this.at[a];
    const last = this.at[b - 1];
    const pieces: string[] = [];
    for (let l = first.line; l <= last.line; l++) {
      const s = this.lines[l - 1];
      pieces.push(s.slice(l === first.line ? first.col : 0, l === last.line ? last.col + 1 : s.length).trim());
    }
    return pieces
      .filter(Boolean)
      .reduce((acc, p) => (acc ? acc + (/[。、」）)]$/.test(acc) ? "" : " ") + p : p), "")
      .replace(/\s+/g, " ");
  }
}

interface Claim {
  a: number;
  b: number;
  line: number;
  entity: string;
  prose: boolean;
}

/** A row of one fact file as the matcher sees it. */
interface Candidate {
  file: FactFile;
  line: number;
  name: string;
  entity: string;
  editions: string[];
  /** What must be printed, as data/ holds it (with spaces) and squeezed. */
  parts: string[];
  /** Prose: a changed passage is looked for by similarity too, not only by its figures. */
  prose: boolean;
  /** Builds the changed cells from the new parts; a string is why the importer is not sure. */
  change?: (parts: string[], figures: (string[] | undefined)[]) => {cells: CellChange[]; translate: string[]} | string;
}

const BULLET = /^[-•・●*]+/;
const SIMILAR_PROSE = 0.5;

export interface FactsInput {
  fiscalYear: number;
  stage: string;
  /** Document lines that print amounts or headings: never a fact's figures. */
  blocked: Set<number>;
}

/** The editions a plan compares with: the document's own, and (when it is new) the latest one before it. */
export function referenceEditions(data: Pick<Dataset, "editions" | "stages">, edition: {fiscalYear: number; stage: string}) {
  const order = new Map(data.stages.map((s) => [s.id, s.order]));
  const key = `${edition.fiscalYear} ${edition.stage}`;
  const rank = (e: {fiscalYear: number; stage: string}) => e.fiscalYear * 1000 + (order.get(e.stage) ?? 0);
  const known = data.editions.some((e) => `${e.fiscalYear} ${e.stage}` === key);
  const before = [...data.editions].filter((e) => rank(e) < rank(edition)).sort((a, b) => rank(b) - rank(a))[0];
  return {key, known, previous: before ? `${before.fiscalYear} ${before.stage}` : undefined};
}

export interface FactsReading {
  facts: FactPlan[];
  /** Rows of the edition whose English cell still holds the Japanese (written so by an import): to translate. */
  untranslated: {file: FactFile; row: number; name: string; column: string}[];
  problems: Problem[];
}

export function planFacts(documentText: string, data: Dataset, input: FactsInput): FactsReading {
  const doc = new Printed(documentText);
  const {key, known, previous} = referenceEditions(data, input);
  // Rows of the document's edition, and when the edition is new, the rows of the one it follows.
  const reference = known ? key : previous;
  const inScope = (editions: string[]) => editions.includes(key) || (reference !== undefined && editions.includes(reference));
  const line = (row: unknown) => (row as {line?: number}).line ?? 0;
  const problems: Problem[] = [];

  const candidates: Candidate[] = [];
  for (const t of data.texts.filter((t) => inScope(t.editions)))
    candidates.push({
      file: "texts.csv",
      line: line(t),
      name: t.id,
      entity: t.entity,
      editions: t.editions,
      parts: [printedText(t)],
      prose: true,
      change: ([now]) =>
        t.printed !== undefined
          ? `texts.csv line ${line(t)} (${t.id}) corrects a typo of the printed text, which this document prints otherwise: edit the row by hand`
          : {
              cells: [
                {column: "textJa", was: t.textJa, now},
                {column: "textEn", was: t.textEn, now}
              ],
              translate: ["textEn"]
            }
    });
  for (const s of data.schemes.filter((s) => inScope(s.editions))) {
    const row = s as unknown as Record<string, unknown>;
    const cell = (c: string) => (row[c] === undefined ? "" : String(row[c]));
    candidates.push({
      file: "schemes.csv",
      line: line(s),
      name: `${s.programme} ${s.attribute}`,
      entity: s.programme,
      editions: s.editions,
      parts: [s.printed],
      prose: false,
      change: ([now], [figures]) => {
        if (!figures) return `schemes.csv line ${line(s)} (${s.programme} ${s.attribute}) is printed in other words: edit the row by hand`;
        const old = numbers(s.printed);
        const cells: CellChange[] = [
          {column: "printed", was: s.printed, now},
          {column: "printedEn", was: s.printedEn, now}
        ];
        const avoid = new Set<number>();
        if (s.eraYear && s.printed.includes(s.eraYear)) {
          // The era year's figure is the count of figures before it in the printed text.
          const k = numbers(s.printed.slice(0, s.printed.indexOf(s.eraYear))).length;
          avoid.add(k);
          const era = /^(令和|平成|昭和)/.exec(s.eraYear)?.[1];
          cells.push({column: "eraYear", was: s.eraYear, now: refigure(s.eraYear, [figures[k]])});
          cells.push({column: "year", was: cell("year"), now: String(fiscalYear(era, figures[k].replace(/,/g, "")))});
        }
        for (const column of ["low", "high"]) {
          const was = cell(column);
          if (!was) continue;
          const at = old.map((n, i) => (Number(n.replace(/,/g, "")) === Number(was) && !avoid.has(i) ? i : -1)).filter((i) => i >= 0);
          const now = new Set(at.map((i) => figures[i]));
          if (now.size > 1) return `schemes.csv line ${line(s)}: ${column} ${was} is printed twice and the document changes only one`;
          const value = [...now][0];
          if (value !== undefined) cells.push({column, was, now: value.replace(/,/g, "")});
        }
        return {cells, translate: ["printedEn"]};
      }
    });
  }
  for (const r of data.results.filter((r) => inScope(r.editions))) {
    const fixes = r.corrections ?? [];
    const printed = (s: string) => fixes.reduce((t, c) => t.split(c.shown).join(c.printed), s);
    const shown = (s: string) => fixes.reduce((t, c) => t.split(c.printed).join(c.shown), s);
    // A result's own title is printed; an alumnus's is the kit's headline, so only the summary is looked for.
    const title = r.kind === "result" ? [printed(r.titleJa)] : [];
    const sentences = printed(r.summaryJa)
      .split(/(?<=。)/)
      .filter((x) => x.trim());
    candidates.push({
      file: "results.csv",
      line: line(r),
      name: r.id,
      entity: r.programme,
      editions: r.editions,
      parts: [...title, ...sentences],
      prose: true,
      change: (parts) => {
        const cells: CellChange[] = [];
        if (title.length && parts[0] !== title[0]) cells.push({column: "titleJa", was: r.titleJa, now: shown(parts[0])});
        const summary = shown(parts.slice(title.length).join(""));
        if (summary !== r.summaryJa)
          cells.push({column: "summaryJa", was: r.summaryJa, now: summary}, {column: "summaryEn", was: r.summaryEn, now: summary});
        return {cells, translate: cells.some((c) => c.column === "summaryEn") ? ["summaryEn"] : []};
      }
    });
  }
  for (const f of data.frameworks.filter((f) => inScope(f.editions)))
    candidates.push({
      file: "frameworks.csv",
      line: line(f),
      name: f.id,
      entity: f.programme ?? "",
      editions: f.editions,
      parts: [f.membersPrinted],
      prose: false,
      change: ([now], [figures]) => {
        if (!figures) return `frameworks.csv line ${line(f)} (${f.id}) is printed in other words: edit the row by hand`;
        const cells: CellChange[] = [
          {column: "membersPrinted", was: f.membersPrinted, now},
          {column: "membersEn", was: f.membersEn, now}
        ];
        const old = numbers(f.membersPrinted);
        const at = old.findIndex((n) => Number(n) === f.partnersMin);
        if (f.partnersMin !== undefined && at >= 0)
          cells.push({column: "partnersMin", was: String(f.partnersMin), now: figures[at].replace(/,/g, "")});
        return {cells, translate: ["membersEn"]};
      }
    });
  // A country is named, not described: printed again or not, never changed by the importer.
  for (const c of data.countries.filter((c) => inScope(c.editions)))
    candidates.push({
      file: "countries.csv",
      line: line(c),
      name: `${c.iso} ${c.programme}`,
      entity: c.programme,
      editions: c.editions,
      parts: [c.nameJa],
      prose: false
    });

  /** Where the document prints a part as data/ holds it. */
  const hitsOf = (c: Candidate, part: string) => {
    const needle = squeeze(part);
    let hits = doc.all(needle);
    // A figure printed with its qualifier further along the same line (「14か国・地域：113課題（令和4年度）」 holds
    // 「14か国・地域（令和4年度）」): both pieces on one line.
    const split = /^(.+?)([（(][^（()）]+[)）])$/.exec(needle);
    if (!hits.length && split && c.file === "schemes.csv")
      hits = doc.all(split[1]).filter((i) => doc.all(split[2]).some((j) => doc.line(j) === doc.line(i) && j > i));
    if (!c.prose) {
      // A short fact (「3年」) is a figure of its own, not digits of another (「令和13年度」), and where the
      // document prints it as a table cell, that cell is where it is.
      hits = hits.filter((i) => !/\d/.test(doc.flat[i - 1] ?? "") && !/\d/.test(doc.flat[i + needle.length] ?? ""));
      const cells = hits.filter((i) => doc.isCell(i, i + needle.length));
      if (cells.length) hits = cells;
    }
    return {hits, length: needle.length};
  };

  // First what the document prints as data/ holds it: those places are taken.
  const claims: Claim[] = [];
  const found = new Map<Candidate, number[]>();
  for (const c of candidates) {
    const at: number[] = [];
    for (const part of c.parts) {
      const {hits, length} = hitsOf(c, part);
      if (!hits.length) {
        at.length = 0;
        break;
      }
      at.push(hits[0]);
      // A country's name is a word of other facts too (南ア in 「日+南ア+…」): it takes no place.
      if (c.file !== "countries.csv")
        for (const i of hits) claims.push({a: i, b: i + length, line: doc.line(i), entity: c.entity, prose: c.prose});
    }
    if (at.length) found.set(c, at);
  }
  const free = (a: number, b: number, prose = false) => !claims.some((k) => k.a < b && a < k.b && (!prose || k.prose));
  /** A paragraph is another passage's when that passage covers most of it (a title's words inside a sentence do not). */
  const freeParagraph = (a: number, b: number) => !claims.some((k) => k.prose && Math.min(b, k.b) - Math.max(a, k.a) >= (b - a) / 2);
  const nearestEntity = (at: number) => {
    const l = doc.line(at);
    let best: Claim | undefined;
    for (const k of claims) if (!best || Math.abs(k.line - l) < Math.abs(best.line - l)) best = k;
    return best?.entity;
  };

  /** Where a part printed with other figures is: one free place, or the one among this programme's facts. */
  const byFigures = (c: Candidate, part: string): {a: number; b: number; figures: string[]} | {ambiguous: number[]} | undefined => {
    const pattern = withFiguresOpen(squeeze(part));
    if (!pattern) return undefined;
    const hits = [...doc.flat.matchAll(pattern)]
      .map((m) => ({a: m.index!, b: m.index! + m[0].length, figures: m.slice(1)}))
      .filter((h) => !/\d/.test(doc.flat[h.a - 1] ?? "") && !/\d/.test(doc.flat[h.b] ?? ""))
      .filter((h) => !input.blocked.has(doc.line(h.a)) && free(h.a, h.b, c.prose));
    if (hits.length <= 1) return hits[0];
    const own = hits.filter((h) => nearestEntity(h.a) === c.entity);
    return own.length === 1 ? own[0] : {ambiguous: hits.map((h) => doc.line(h.a))};
  };

  // Paragraphs and bullets of prose not taken by a passage printed as data/ holds it.
  const blocks: {a: number; b: number; line: number}[] = [];
  {
    let open: {a: number; b: number; line: number} | undefined;
    doc.lines.forEach((raw, i) => {
      const l = i + 1;
      const text = raw.trim();
      const start = doc.lineStart(l);
      const end = start < 0 ? -1 : start + squeeze(raw).length;
      const breaks = !text || /^#/.test(text) || raw.includes("\t") || input.blocked.has(l);
      if (breaks || BULLET.test(text) || /^[(（]\d+[)）]/.test(text) || /^※/.test(text)) open = undefined;
      if (breaks || start < 0) return;
      if (open) open.b = end;
      else blocks.push((open = {a: start, b: end, line: l}));
    });
  }
  const taken = new Set<number>();
  const byWords = (part: string): {a: number; b: number} | {ambiguous: number[]} | undefined => {
    const needle = squeeze(part);
    const scored = blocks
      .filter((k, i) => !taken.has(i) && freeParagraph(k.a, k.b))
      .map((k) => ({k, score: similarity(needle, doc.flat.slice(k.a, k.b).replace(BULLET, ""))}))
      .filter((s) => s.score >= SIMILAR_PROSE)
      .sort((x, y) => y.score - x.score);
    if (!scored.length) return undefined;
    if (scored[1] && scored[0].score - scored[1].score < 0.05)
      return {ambiguous: scored.filter((s) => scored[0].score - s.score < 0.05).map((s) => s.k.line)};
    taken.add(blocks.indexOf(scored[0].k));
    // The changed passage within its paragraph: from where the old text's start is found to where its end is.
    const seg = doc.flat.slice(scored[0].k.a, scored[0].k.b);
    let from = -1;
    let to = -1;
    for (let n = needle.length; n >= 2 && from < 0; n--) from = seg.indexOf(needle.slice(0, n));
    for (let n = needle.length; n >= 2 && to < 0; n--) {
      const i = seg.lastIndexOf(needle.slice(-n));
      if (i >= 0 && i + n > Math.max(from, 0)) to = i + n;
    }
    if (from < 0) from = (BULLET.exec(seg)?.[0].length ?? 0) + (/^[(（]\d+[)）]/.exec(seg.replace(BULLET, ""))?.[0].length ?? 0);
    if (to < 0) to = seg.length;
    return {a: scored[0].k.a + from, b: scored[0].k.a + to};
  };

  const facts: FactPlan[] = [];
  for (const c of candidates) {
    const base = {file: c.file, row: c.line, name: c.name, editions: c.editions, cells: [], translate: []};
    const at = found.get(c);
    if (at) {
      facts.push({...base, status: c.editions.includes(key) ? "same" : "carried", lines: [...new Set(at.map(doc.line))]});
      continue;
    }
    if (!c.change) {
      facts.push({...base, status: "not-printed", lines: []});
      continue;
    }
    // Which parts are printed as they are, and where the others are printed now.
    const parts = [...c.parts];
    const figures: (string[] | undefined)[] = [];
    const lines: number[] = [];
    /** The lines of the parts printed otherwise: where the change is. */
    const moved: number[] = [];
    let missing = 0;
    let unsure: {lines: number[]; why: string} | undefined;
    for (const [i, part] of c.parts.entries()) {
      const hit = hitsOf(c, part).hits[0];
      if (hit !== undefined) {
        lines.push(doc.line(hit));
        continue;
      }
      const refigured = byFigures(c, part);
      if (refigured && "ambiguous" in refigured) {
        unsure = {lines: refigured.ambiguous, why: "printed with other figures in more than one place"};
        break;
      }
      if (refigured) {
        parts[i] = refigure(part, refigured.figures);
        figures[i] = refigured.figures;
        lines.push(doc.line(refigured.a));
        moved.push(doc.line(refigured.a));
        continue;
      }
      const reworded = c.prose ? byWords(part) : undefined;
      if (reworded && "ambiguous" in reworded) {
        unsure = {lines: reworded.ambiguous, why: "more than one paragraph reads like it"};
        break;
      }
      if (!reworded) {
        missing++;
        continue;
      }
      parts[i] = doc.text(reworded.a, reworded.b);
      lines.push(doc.line(reworded.a));
      moved.push(doc.line(reworded.a));
    }
    if (unsure) {
      problems.push({
        line: unsure.lines[0],
        text: "",
        message: `${c.file} line ${c.line} (${c.name}) is not printed as data/ holds it, and ${unsure.why} (lines ${unsure.lines.join(", ")}): edit the row by hand`
      });
      continue;
    }
    if (missing === c.parts.length) {
      facts.push({...base, status: "not-printed", lines: []});
      continue;
    }
    if (missing) {
      problems.push({
        line: lines[0] ?? 0,
        text: "",
        message: `${c.file} line ${c.line} (${c.name}): part of it is printed (line ${lines.join(", ")}) and part is not found: edit it by hand`
      });
      continue;
    }
    const changed = c.change(parts, figures);
    if (typeof changed === "string") {
      problems.push({line: lines[0] ?? 0, text: "", message: changed});
      continue;
    }
    facts.push({...base, status: "changed", lines: [...new Set(moved)].sort((a, b) => a - b), ...changed});
  }
  const untranslated: FactsReading["untranslated"] = [];
  const pending = (file: FactFile, rows: {editions: string[]}[], name: (r: never) => string, pairs: [string, string][]) => {
    for (const r of rows.filter((r) => inScope(r.editions)))
      for (const [ja, en] of pairs) {
        const cells = r as unknown as Record<string, string>;
        if (cells[ja] && cells[ja] === cells[en]) untranslated.push({file, row: line(r), name: name(r as never), column: en});
      }
  };
  pending("texts.csv", data.texts, (t: {id: string}) => t.id, [["textJa", "textEn"]]);
  pending("schemes.csv", data.schemes, (s: {programme: string; attribute: string}) => `${s.programme} ${s.attribute}`, [
    ["printed", "printedEn"]
  ]);
  pending("results.csv", data.results, (r: {id: string}) => r.id, [["summaryJa", "summaryEn"]]);
  pending("frameworks.csv", data.frameworks, (f: {id: string}) => f.id, [["membersPrinted", "membersEn"]]);
  return {facts, untranslated, problems};
}
