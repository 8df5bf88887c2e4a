import type {TextWords} from "../text.js";
import {core} from "./core.js";

const NOT_IN_DOCUMENT = "not in this document";
const plural = (n: number, word: string) => `${word}${n === 1 ? "" : "s"}`;
const isAre = (n: number) => (n === 1 ? "is" : "are");
const quoted = (name: string) => `"${name}"`;

export const text: TextWords = {
  ...core,
  notInDocument: NOT_IN_DOCUMENT,
  includedName: (short) => `of which ${short} (included)`,
  includedItem: (name, amount) => `${name} ${amount}`,
  includedList: (items) => ` (${items.join("; ")})`,
  absentClause: (names, count) =>
    `${count} more ${plural(count, "programme")} (${names.join(", ")}${count > names.length ? `, and ${count - names.length} ${plural(count - names.length, "other")}` : ""}) ${isAre(count)} ${NOT_IN_DOCUMENT}`,
  introduced: (full, short) => (/[（(]/.test(short) ? `${full} (hereafter "${short}")` : `${full} (${short})`),
  formerly: (name, old) => `${name} (formerly ${old})`,
  formerEditions: (old, editions) => `${old}: ${editions.join(", ")}`,
  withHistory: (name, formers) => `${name} (formerly ${formers.join("; ")})`,
  stageLabel: (year, label) => `${year} ${label}`,
  // The stage's English name is stages.csv's labelEn, the same words the report's headings use.
  stageShort: (fiscalYear, stage, id) => `FY${fiscalYear} ${stage ? stage.labelEn : id}`,
  restated: (name, stage, amount) =>
    `${name} is restated from another section (${stage} ${amount}) and is not added to this section's total.`,
  isNew: (name, cur, curStage) => `${name} is new, with ${cur} in the ${curStage}.`,
  noComparison: (name, cur, curStage) => `${name} has ${cur} in the ${curStage}, with no previous-year amount to compare.`,
  flat: (name, cur) => `${name} is unchanged at ${cur}.`,
  changed: ({name, up, change, pct, cur}) => `${name} ${up ? "rises" : "falls"} by ${change} (${pct}) to ${cur}.`,
  notInDocumentSentence: (name, last) => `${name} is ${NOT_IN_DOCUMENT}${last ? ` (last printed as ${last})` : ""}.`,
  groupChange: ({cmpStage, cmp, diff, pct}) => `, ${diff} (${pct}) on the ${cmpStage} (${cmp})`,
  groupSpans: (headings) =>
    headings.length > 1
      ? ` Its programmes sit under ${headings.length} of the document's headings (${headings.map(quoted).join(" and ")}).`
      : "",
  group: ({name, cur, included, change, names, spans}) =>
    `The budget line "${name}" is ${cur}${included}${change}. It covers ${names.length} programmes, ${core.list(names)}.${spans}`,
  shareLabel: (n, total) => `Share of the section ${n} total (${total})`,
  totalOnly: ({number, stage, cur}) => `The ${stage} for ${`Section ${number}`.toLowerCase()} is ${cur}.`,
  totalWithChange: ({number, stage, cur, cmpStage, cmp, change, pct}) =>
    `Section ${number} totals ${cur} in the ${stage}, ${change} (${pct}) on the ${cmpStage} (${cmp}).`,
  supplementaryTail: ({name, amount, share, all, fund}) =>
    ` ${all ? `All of it` : `${amount} of it (${share})`} goes to ${name}${fund ? ", as a fund spent over several years" : ""}.`,
  // The stage's own English name (stages.csv's labelEn), so the sentence and the stage names agree.
  initialBudget: (stage) => (stage ? stage.labelEn : "annual budget"),
  supplementary: (stage, supp, tail, initial) => `The ${stage} adds ${supp}, separate from the ${initial}.${tail}`,
  largestIncrease: (sentence) => `${sentence.replace(/\.$/, "")}, the largest increase.`,
  largestDecrease: (sentence) => `${sentence.replace(/\.$/, "")}, the largest decrease.`,
  itemisation: (itemised, share, remainder) =>
    `The document itemises ${itemised} (${share} of the total); the remaining ${remainder} is not broken down by programme.`,
  absentSummary: (names) => ` ${names.length} (${names.join(", ")}) ${isAre(names.length)} ${NOT_IN_DOCUMENT}.`,
  statusCounts: (c) => `${c.up} rise, ${c.down} fall, ${c.flat} stay flat and ${c.new} ${isAre(c.new)} new.`,
  countsHead: (total, counts) => `Of ${total} programmes, ${counts}`,
  countsHeadAbsent: (total, shown, counts, absent) =>
    `Of ${total} programmes, ${shown} have an amount in this document, of which ${counts}${absent}`,
  withMessages: (head, messages) => `${head} ${messages}`,
  strandAmount: (name, amount, count) => `${quoted(name)} ${amount} (${count} ${plural(count, "programme")})`,
  strandAbsent: (name) => `${quoted(name)} ${NOT_IN_DOCUMENT}`,
  strands: (parts, notes) =>
    `By the document's headings, the programmes add up to ${parts.join("; ")}.${notes.map((t) => ` ${t}`).join("")}`,
  // One sentence per fact, as the Japanese gives them (「Aは…」). A fact is transcribed as it would open a table
  // cell ("About 2,900 visitors"); after "For Alpha," it is mid-sentence.
  facts: (items) =>
    !items.length
      ? "Not in this document."
      : items
          .map(
            ([name, fact]) =>
              `For ${name}, ${fact.replace(/^(About|Up to|Around|Approximately|Over|Under|At most|At least|Some|Nearly)\b/, (w) => w.toLowerCase())}.`
          )
          .join(" "),
  spansNote: ({name, total, members, headings}) =>
    `The budget line "${name}" (${total}, ${members} programmes) spans ${headings} headings, so it does not match the heading of the same name.`,
  roundingNote: ({name, stage, printed, summed, gap}) =>
    `In the ${stage}, the printed total of ${name} (${printed}) and the sum of its programmes (${summed}) differ by ${gap}, which rounding explains (each amount is printed to the nearest million yen).`,
  sectionLabel: (n, capital) => `${capital ? "Section" : "section"} ${n}`,
  ministryShort: (name) => /\(([^()]+)\)\s*$/.exec(name)?.[1] ?? name,
  documentTitle: ({ministry, edition, section, sectionName}) => `${ministry} ${edition}, ${section}: ${sectionName}`,
  footer: ({ministry, edition, section}) => `${ministry} ${edition}: ${section}`,
  briefingTitle: (section, sectionName) => `Budget briefing, ${section}: ${sectionName}`,
  sourceLine: (title, pages) => `Source: ${title}${pages ? ` (p. ${pages})` : ""}`
};
