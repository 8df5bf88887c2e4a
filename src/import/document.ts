// Reads a budget document's text (as it comes out of the ministry's PDF, headings marked or not) into what it
// prints: headings, amount lines with their stage, year, unit and marks, and ※ notes. Pure: no data/, no files.
// Knows the budget vocabulary of Japanese budget documents (予算額（案）, 補正予算額, 前年度予算額, 億円…), never
// the facts of one document; matching headings to programmes is match.ts's job.
import type {Unit} from "../lib/amount.js";
import {ERAS} from "../locale/ja/core.js";

/** A stage of stages.csv with the labels a document may print for it (labelJa and aliasesJa). */
export interface StageLabels {
  id: string;
  kind: "annual" | "supplementary";
  order: number;
  labels: string[];
}

export interface Heading {
  /** 1 for "#", 2 for "##"…; plain-text headings (a line that is only a known name) get level 9. */
  level: number;
  text: string;
  line: number;
}

export interface PrintedAmount {
  fiscalYear: number;
  /** A stages.csv id. */
  stage: string;
  /** As printed, without separators: "1073", "141", "0.5". */
  amount: string;
  unit: Unit;
  /** 新規 printed with the amount. */
  isNew: boolean;
  /** 「○○の内数」 printed with the amount. */
  included: boolean;
  /** The comparison column: 前年度予算額 of the amount it accompanies. */
  previous: boolean;
  line: number;
  /** The document's line as printed, for the summary. */
  text: string;
  /** Headings open at this line, outermost first. */
  headings: Heading[];
  /** The amount's block starts right under the innermost heading (nothing but blank lines between): that heading is its name. */
  direct: boolean;
  /** ※ lines that follow the amount's block, with their line numbers. */
  notes: {text: string; line: number}[];
}

export interface Problem {
  line: number;
  text: string;
  message: string;
}

export interface DocumentReading {
  /** The first heading: the section, e.g. 「7.科学技術イノベーションの戦略的国際展開」. */
  section?: {number: string; title: string; line: number};
  headings: Heading[];
  amounts: PrintedAmount[];
  /** ※ lines that follow no amount (a note on a programme, a heading or the section). */
  notes: {text: string; line: number; headings: Heading[]}[];
  problems: Problem[];
}

/** Full-width digits, letters, spaces and brackets as ASCII; markdown emphasis and bullets removed. */
export function normalise(line: string): string {
  return line
    .normalize("NFKC")
    .replace(/\*\*|__/g, "")
    .replace(/[\u00a0\u3000]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** 令和5年度 → 2023, 令和元年度 → 2019, 平成31年度 → 2019; a Western year 2023年度 stays. */
export function fiscalYear(era: string | undefined, year: string): number {
  const n = year === "元" ? 1 : Number(year);
  const start = ERAS.find((e) => e.name === era)?.start;
  return start ? start - 1 + n : n;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const UNIT = String.raw`(億円|百万円)`;
const AFTER_LABEL = new RegExp(String.raw`^\s*[:：]?\s*${NUMBER}\s*${UNIT}`);
const BARE_AMOUNT = new RegExp(String.raw`^\(?\s*${NUMBER}\s*${UNIT}\s*(\(新規\))?\s*\)?$`);
const NEW_MARK = /新規/;

/**
 * The stage labels of stages.csv as the document may print them: 「令和5年度予算額（案）」 is year + label, and
 * 「前年度予算額」 is the previous year's figure at the stage that label names. The labels are data (stages.csv
 * `labelJa` and `aliasesJa`), so a document's own wording is taught by adding an alias, not by changing code.
 */
export interface Vocabulary {
  /** Year and label: groups 1–2 the era and year, 3 the label. */
  stage: RegExp;
  /** 前年度 + optional label + amount: group 1 the label, 2 the number, 3 the unit. */
  previous: RegExp;
  /** Every label, as one regular-expression alternation. */
  labels: string;
  /** The stage a printed label names. */
  idOf(label: string): string;
  /** The stage of a 前年度 figure printed without a label: the last annual stage (the enacted budget). */
  previousStage: string;
}

const key = (label: string) => normalise(label).replace(/\s/g, "");
const escape = (label: string) => [...key(label)].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*");

export function vocabulary(stages: StageLabels[]): Vocabulary {
  const ids = new Map<string, string>();
  for (const s of stages) for (const l of s.labels) if (key(l)) ids.set(key(l), s.id);
  // Longest first, so 「予算額（案）」 is not read as 「予算額」 followed by 「（案）」.
  const labels =
    [...ids.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join("|") || "(?!)";
  const annual = stages.filter((s) => s.kind === "annual").sort((a, b) => b.order - a.order);
  return {
    stage: new RegExp(String.raw`(令和|平成)?(元|\d+)年度\s*(${labels})`, "g"),
    previous: new RegExp(String.raw`前年度\s*(${labels})?\s*[:：]?\s*${NUMBER}\s*${UNIT}`),
    labels,
    idOf: (label) => ids.get(key(label)) ?? "",
    previousStage: annual[0]?.id ?? ""
  };
}

interface TableColumns {
  columns: ({fiscalYear: number; stage: string; previous: boolean} | null)[];
  unit?: Unit;
}

/** The cells of a table row: | a | b | (Markdown) or tab-separated, at least two; null for any other line. */
function tableCells(raw: string): string[] | null {
  const trimmed = raw.trim();
  const cells = trimmed.startsWith("|") ? trimmed.replace(/^\||\|$/g, "").split("|") : raw.includes("\t") ? trimmed.split("\t") : null;
  return cells && cells.length >= 2 ? cells.map(normalise) : null;
}

/** A header row whose cells are stage labels (令和6年度要求・要望額, 前年度予算額): the table of amounts it opens. */
function tableHeader(cells: string[], v: Vocabulary): TableColumns | null {
  const columns = cells.map((cell) => {
    const m = new RegExp(v.stage.source).exec(cell);
    if (m) return {fiscalYear: fiscalYear(m[1], m[2]), stage: v.idOf(m[3]), previous: false};
    const p = new RegExp(`^前年度\\s*(${v.labels})?`).exec(cell);
    if (p) return {fiscalYear: 0, stage: p[1] ? v.idOf(p[1]) : v.previousStage, previous: true};
    return null;
  });
  if (!columns.some((c) => c && !c.previous)) return null;
  if (cells.some((cell) => new RegExp(`^${NUMBER}`).test(cell))) return null;
  const unit = /(億円|百万円)/.exec(cells.join(" "))?.[1] as Unit | undefined;
  return {columns, unit};
}

const isHeading = (raw: string) => /^#{1,6}\s/.test(raw.trimStart());

/**
 * Reads the document. `knownNames` (normalised programme and section names from data/, see match.ts) lets a
 * plain-text document, whose headings carry no "#", still open a heading at a line that is only a known name.
 */
export function readDocument(text: string, v: Vocabulary, knownNames: (line: string) => boolean = () => false): DocumentReading {
  const STAGE = v.stage;
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const reading: DocumentReading = {headings: [], amounts: [], notes: [], problems: []};
  const stack: Heading[] = [];
  /** The amounts of the block being read: ※ lines right after them attach to them. */
  let block: PrintedAmount[] = [];
  let blockOpen = false;
  /** Nothing but blank lines since the last heading. */
  let underHeading = false;
  /** In a text without heading marks: the last short line, a heading if an amount label follows it. */
  let lastPlain: Heading | null = null;
  const open = (h: Heading) => {
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    stack.push(h);
    reading.headings.push(h);
    block = [];
    blockOpen = false;
    underHeading = true;
    lastPlain = null;
  };

  // Text copied out of a PDF often has no heading marks. Then the first line 「7.○○」 is the section, and a short
  // line right above an amount label is the amount's heading (known to data/ or not: an unknown one must stop
  // the import, not lend its figure to the heading before it).
  const marked = lines.some(isHeading);
  /** The columns of the amount table being read: a header row of stage labels opens it, any other line ends it. */
  let table: TableColumns | null = null;
  const readTableRow = (cells: string[], columns: TableColumns, line: number, raw: string) => {
    // The row's first cell names its programme, like a heading right above the amounts.
    const name: Heading = {level: 10, text: cells[0], line};
    const found: PrintedAmount[] = [];
    columns.columns.forEach((column, k) => {
      const cell = cells[k];
      if (!column || !cell || k === 0) return;
      const m = new RegExp(String.raw`^${NUMBER}\s*${UNIT}?`).exec(cell);
      if (!m) {
        if (/\d/.test(cell))
          reading.problems.push({line, text: raw.trim(), message: `a table cell the importer cannot read as an amount: 「${cell}」`});
        return;
      }
      const unit = (m[2] ?? columns.unit) as Unit | undefined;
      if (!unit) {
        reading.problems.push({line, text: raw.trim(), message: `an amount with no unit in its cell or the table's header: 「${cell}」`});
        return;
      }
      const current = columns.columns.find((c) => c && !c.previous);
      found.push({
        fiscalYear: column.previous ? (current?.fiscalYear ?? 0) - 1 : column.fiscalYear,
        stage: column.previous ? "enacted" : column.stage,
        amount: m[1].replace(/,/g, ""),
        unit,
        isNew: NEW_MARK.test(cell),
        included: /内数/.test(cell),
        previous: column.previous,
        line,
        text: raw.trim(),
        headings: [...stack, name],
        direct: true,
        notes: []
      });
    });
    block = found;
    blockOpen = found.length > 0;
    reading.amounts.push(...found);
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = i + 1;
    const norm = normalise(raw);
    if (!norm) continue;
    if (!marked && !reading.section && /^\d+\s*[.．、]\s*\S/.test(norm) && !STAGE.test(norm)) {
      STAGE.lastIndex = 0;
      lines[i] = `# ${raw}`;
      i--;
      continue;
    }
    STAGE.lastIndex = 0;
    if (isHeading(lines[i])) {
      const level = /^\s*(#+)/.exec(lines[i])![1].length;
      const headingText = normalise(lines[i].replace(/^\s*#+\s*/, ""));
      const h = {level, text: headingText, line};
      if (!reading.section) {
        const m = /^(\d+)\s*[.．、]\s*(.+)$/.exec(headingText);
        if (m) reading.section = {number: m[1], title: m[2].trim(), line};
      }
      open(h);
      continue;
    }
    if (norm.startsWith("※")) {
      if (blockOpen && block.length) for (const a of block) a.notes.push({text: norm, line});
      else reading.notes.push({text: norm, line, headings: [...stack]});
      underHeading = false;
      continue;
    }
    const cells = tableCells(raw);
    if (cells) {
      const header = tableHeader(cells, v);
      if (header) {
        table = header;
        continue;
      }
      if (cells.every((c) => /^:?-{2,}:?$/.test(c))) continue; // | --- | --- |
      if (table) {
        readTableRow(cells, table, line, raw);
        continue;
      }
    } else table = null;
    const labels = [...norm.matchAll(STAGE)];
    if (labels.length) {
      if (!marked && lastPlain && !blockOpen) open(lastPlain);
      lastPlain = null;
      const found: PrintedAmount[] = [];
      for (const [index, m] of labels.entries()) {
        const rest = norm.slice(m.index! + m[0].length, labels[index + 1]?.index ?? norm.length);
        let amount = AFTER_LABEL.exec(rest);
        let tail = rest;
        // The figure on a line of its own below the label (「令和5年度予算額（案）」 / 「100百万円（新規）」).
        if (!amount && labels.length === 1 && !/\d/.test(rest)) {
          for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
            const next = normalise(lines[j]);
            if (!next) continue;
            const bare = BARE_AMOUNT.exec(next);
            if (bare) {
              amount = bare;
              tail = next;
              i = j;
            }
            break;
          }
        }
        if (!amount) {
          reading.problems.push({line, text: raw.trim(), message: "a budget label with no amount the importer can read"});
          continue;
        }
        found.push({
          fiscalYear: fiscalYear(m[1], m[2]),
          stage: v.idOf(m[3]),
          amount: amount[1].replace(/,/g, ""),
          unit: amount[2] as Unit,
          isNew: NEW_MARK.test(tail),
          included: /内数/.test(tail),
          previous: false,
          line,
          text: raw.trim(),
          headings: [...stack],
          direct: underHeading || (blockOpen && block[0]?.direct === true),
          notes: []
        });
      }
      // 前年度予算額 on the same line or the next one belongs to the first annual amount of this line.
      const previousOn = (candidate: string, at: number) => {
        const p = v.previous.exec(candidate);
        const current = found.find((a) => !a.stage.startsWith("supplementary"));
        if (!p || !current) return false;
        found.push({
          ...current,
          fiscalYear: current.fiscalYear - 1,
          stage: p[1] ? v.idOf(p[1]) : v.previousStage,
          amount: p[2].replace(/,/g, ""),
          unit: p[3] as Unit,
          isNew: false,
          included: false,
          previous: true,
          line: at,
          text: normalise(lines[at - 1]) === candidate ? lines[at - 1].trim() : candidate,
          notes: []
        });
        return true;
      };
      if (!previousOn(norm, line)) {
        for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
          const next = normalise(lines[j]);
          if (!next) continue;
          if (previousOn(next, j + 1)) i = j;
          break;
        }
      }
      if (found.length) {
        if (!blockOpen) block = [];
        block.push(...found);
        blockOpen = true;
        reading.amounts.push(...found);
      }
      underHeading = false;
      continue;
    }
    if (v.previous.test(norm)) {
      reading.problems.push({line, text: raw.trim(), message: "a previous-year amount with no amount of this year before it"});
      continue;
    }
    // A year and a budget label stages.csv does not know (「令和6年度第3次補正予算額」 with no such stage): never
    // skipped as prose, since that would drop a printed amount without a word.
    const label = /^(?:令和|平成)?(?:元|\d+)年度\s*([^\s:：。]{1,16}額(?:\s*\([^)]*\))?)/.exec(norm);
    if (label) {
      reading.problems.push({
        line,
        text: raw.trim(),
        message: `「${label[1]}」 is not a stage label in stages.csv: add it as a stage, or to a stage's aliasesJa`
      });
      continue;
    }
    // A plain-text heading: a line that is only a known name.
    if (knownNames(norm)) {
      open({level: 9, text: norm, line});
      continue;
    }
    // Prose ends the amount block: a ※ after it is a note on the heading, not on the figures.
    blockOpen = false;
    underHeading = false;
    // Not a heading: a sentence, a table row (cells separated by tabs), a bullet.
    const headingLike = norm.length <= 60 && !/[。.]$/.test(norm) && !raw.includes("\t") && !/^[-•・*]/.test(norm);
    lastPlain = headingLike ? {level: 9, text: norm, line} : null;
  }
  return reading;
}
