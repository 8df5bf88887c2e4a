// What importing a document would change in data/: the edition it is, every amount it prints matched to its
// programme and compared with budget.csv, the ※ notes, and everything the importer is unsure of. Pure: the
// document's reading and the parsed dataset in, a plan out; write.ts applies it, scripts/import.ts prints it.
import type {BudgetLine, Dataset, Edition, Entity, Flag} from "../lib/dataset.js";
import {readDocument, normalise, vocabulary, type Heading, type PrintedAmount, type Problem} from "./document.js";
import {isRestatedHeading, matcher, type Match} from "./match.js";
import {eraYear} from "../locale/ja/core.js";
import {planFacts, type FactPlan, type FactsReading} from "./facts.js";

export type AmountStatus = "same" | "changed" | "new";

export interface AmountPlan {
  status: AmountStatus;
  entity: Entity;
  match: Match;
  fiscalYear: number;
  stage: string;
  /** As printed, with the document's separators: "1,073". */
  printed: string;
  amount: number;
  unit: PrintedAmount["unit"];
  flags: Flag[];
  /** Note ids for the amount: existing notes.csv rows whose text the document prints, or new ones. */
  notes: string[];
  /** Where the document prints it (every line, when printed more than once). */
  lines: number[];
  text: string;
  /** The path of headings, as budget.csv's `source` writes it. */
  source: string;
  was?: BudgetLine;
}

export interface NotePlan {
  id: string;
  textJa: string;
  line: number;
  /** false when notes.csv has no note with this text: the write adds one. */
  known: boolean;
  /** The amounts it qualifies, or the heading it sits under. */
  under: string;
}

export interface EditionPlan {
  fiscalYear: number;
  stage: string;
  sectionNumber: string;
  title: string;
  line: number;
  /** undefined when editions.csv has no such edition: the write appends `row`. */
  existing?: Edition;
  row: Record<string, string>;
  /** The section's title differs from programmes.csv's. */
  renamedFrom?: string;
}

export interface ImportPlan {
  edition?: EditionPlan;
  amounts: AmountPlan[];
  notes: NotePlan[];
  /** Rows of budget.csv for the document's own edition that the document does not print (kept as they are). */
  notInDocument: BudgetLine[];
  /** Headings matched to a programme by a former or a similar name: a rename to confirm in programmes.csv/names.csv. */
  renamed: {heading: Heading; match: Match}[];
  /** Texts, scheme facts, results, frameworks and countries of data/ against what the document prints (facts.ts). */
  facts: FactPlan[];
  /** Rows of the edition whose English cell holds the Japanese until translated. */
  untranslated: FactsReading["untranslated"];
  /** What stops `--write`: anything the importer could not assign or is not sure of, with its line. */
  problems: Problem[];
}

const NUMBER_FORMAT = new Intl.NumberFormat("en-US", {maximumFractionDigits: 6});
/** 1073 → "1,073", as budget.csv and the document write it. */
const printedNumber = (amount: string) => {
  const [whole, decimals] = amount.split(".");
  return NUMBER_FORMAT.format(Number(whole)) + (decimals ? `.${decimals}` : "");
};

/** The month an edition's figures are as of, by the budget calendar (GLOSSARY.md): to review in editions.csv. */
function asOfMonth(fiscalYear: number, stage: string): {asOf: string; ja: string; en: string} {
  const [year, month] = stage === "request" ? [fiscalYear - 1, 8] : stage === "draft" ? [fiscalYear - 1, 12] : [fiscalYear, 4];
  const monthEn = new Intl.DateTimeFormat("en-GB", {month: "long", timeZone: "UTC"}).format(Date.UTC(year, month - 1, 1));
  return {
    asOf: `${year}-${String(month).padStart(2, "0")}`,
    ja: `${eraYear(year).replace(/年度$/, "年")}${month}月（予算の日程による推定。文書に日付の記載なし）`,
    en: `${monthEn} ${year} (estimated from the budget calendar; the document prints no date)`
  };
}

export function planImport(documentText: string, data: Dataset, {source}: {source: string}): ImportPlan {
  const {match, isKnownName} = matcher(data);
  const stages = data.stages.map((s) => ({id: s.id, kind: s.kind, order: s.order, labels: [s.labelJa, ...(s.aliasesJa ?? [])]}));
  const reading = readDocument(documentText, vocabulary(stages), isKnownName);
  const problems: Problem[] = [...reading.problems];
  const stageIds = new Set(data.stages.map((s) => s.id));
  const renamed = new Map<number, {heading: Heading; match: Match}>();

  /** The innermost heading that names a budget line or a strand decides what an amount belongs to. */
  const owner = (
    headings: Heading[],
    line: number,
    text: string,
    direct: boolean
  ): {entity: Entity; match: Match; heading: Heading} | undefined => {
    for (const [i, h] of [...headings].reverse().entries()) {
      const m = match(h.text);
      // An amount printed right under a heading is that heading's: an unknown name there is a new or renamed
      // programme, never its parent's figure. Further down a programme's pages (「事業の成果」…) the amount is the
      // programme's whose heading encloses it.
      if (m.kind === "none" && i === 0 && direct) break;
      if (m.kind === "none") continue;
      if (m.kind === "strand") {
        problems.push({
          line,
          text,
          message: `an amount under 「${h.text}」 (line ${h.line}), a heading that groups programmes but has no amount of its own in data/`
        });
        return undefined;
      }
      if (m.kind === "ambiguous") {
        problems.push({
          line,
          text,
          message: `「${h.text}」 (line ${h.line}) could be any of ${m.candidates.map((e) => e.id).join(", ")}: rename one in data/ or the document's text`
        });
        return undefined;
      }
      if (m.match.how === "former name" || m.match.how === "similar") renamed.set(h.line, {heading: h, match: m.match});
      return {entity: m.match.entity, match: m.match, heading: h};
    }
    const nearest = headings.at(-1);
    problems.push({
      line,
      text,
      message: nearest
        ? `an amount under 「${nearest.text}」 (line ${nearest.line}), which matches no programme in data/programmes.csv: add the programme (or its former name to names.csv) and run again`
        : "an amount before any heading: the importer cannot tell what it is for"
    });
    return undefined;
  };

  const knownNotes = new Map(data.notes.map((n) => [normalise(n.printed || n.textJa), n.id]));
  const notes = new Map<string, NotePlan>();
  const noteFor = (text: string, line: number, under: string) => {
    const key = normalise(text);
    if (!notes.has(key)) {
      const id = knownNotes.get(key);
      notes.set(key, {id: id ?? `n-import-l${line}`, textJa: text, line, known: id !== undefined, under});
    }
    return notes.get(key)!;
  };

  const byKey = new Map<string, AmountPlan>();
  for (const a of reading.amounts) {
    const who = owner(a.headings, a.line, a.text, a.direct);
    if (!who) continue;
    if (!stageIds.has(a.stage)) {
      problems.push({line: a.line, text: a.text, message: `stage "${a.stage}" is not in stages.csv: add it there first`});
      continue;
    }
    const flags: Flag[] = [];
    if (a.isNew) flags.push("new");
    if (isRestatedHeading(who.heading.text)) flags.push("restated");
    // 「※…推計額」 says how the block's figures are counted, so it qualifies each of them.
    if (a.notes.some((n) => n.text.includes("推計額"))) flags.push("includes-estimate");
    if (a.included && who.entity.kind !== "included")
      problems.push({
        line: a.line,
        text: a.text,
        message: `printed as 内数 (included in another line) but ${who.entity.id} is a ${who.entity.kind} in programmes.csv: make it kind "included"`
      });
    const key = `${who.entity.id}|${a.fiscalYear}|${a.stage}`;
    const noteIds = a.notes
      .filter((n) => !a.previous || n.text.includes("推計額"))
      .map((n) => noteFor(n.text, n.line, `${who.entity.id} ${a.fiscalYear} ${a.stage}`).id);
    const source = a.headings
      .slice(0, a.headings.indexOf(who.heading) + 1)
      .map((h) => h.text)
      .join(" > ");
    const plan: AmountPlan = {
      status: "new",
      entity: who.entity,
      match: who.match,
      fiscalYear: a.fiscalYear,
      stage: a.stage,
      printed: printedNumber(a.amount),
      amount: Number(a.amount),
      unit: a.unit,
      flags,
      notes: noteIds,
      lines: [a.line],
      text: a.text,
      source
    };
    const seen = byKey.get(key);
    if (seen) {
      // The summary page and the programme's own page print the same figure: one row, both lines.
      if (seen.amount === plan.amount && seen.unit === plan.unit) {
        seen.lines.push(a.line);
        for (const f of flags) if (!seen.flags.includes(f)) seen.flags.push(f);
        for (const n of noteIds) if (!seen.notes.includes(n)) seen.notes.push(n);
      } else
        problems.push({
          line: a.line,
          text: a.text,
          message: `${who.entity.id} ${a.fiscalYear} ${a.stage} is printed as ${plan.printed}${plan.unit} here and ${seen.printed}${seen.unit} on line ${seen.lines[0]}`
        });
      continue;
    }
    byKey.set(key, plan);
  }

  const amounts = [...byKey.values()];
  const sameFlags = (a: Flag[], b: Flag[]) => {
    const x = a.filter((f) => f !== "confirmed").sort();
    const y = b.filter((f) => f !== "confirmed").sort();
    return x.join() === y.join();
  };
  for (const a of amounts) {
    const was = data.budget.find((r) => r.entity === a.entity.id && r.fiscalYear === a.fiscalYear && r.stage === a.stage);
    if (!was) continue;
    a.was = was;
    a.status = was.amount === a.amount && was.unit === a.unit && sameFlags(was.flags, a.flags) ? "same" : "changed";
  }

  // The edition: the section's own annual amount of the latest year (the document's headline figure).
  let edition: EditionPlan | undefined;
  const headline =
    amounts.find(
      (a) =>
        a.entity.kind === "section" &&
        a.lines[0] &&
        !a.stage.startsWith("supplementary") &&
        a.fiscalYear === Math.max(...amounts.map((x) => x.fiscalYear))
    ) ?? amounts.find((a) => !a.stage.startsWith("supplementary"));
  if (!reading.section)
    problems.push({line: 1, text: "", message: "no section heading (「7.○○」) found: the importer cannot name the edition's section"});
  else if (headline) {
    const existing = data.editions.find((e) => e.fiscalYear === headline.fiscalYear && e.stage === headline.stage);
    const latest = [...data.editions].sort((a, b) => b.fiscalYear - a.fiscalYear)[0];
    const when = asOfMonth(headline.fiscalYear, headline.stage);
    const section = data.entities.find((e) => e.kind === "section");
    edition = {
      fiscalYear: headline.fiscalYear,
      stage: headline.stage,
      sectionNumber: reading.section.number,
      title: reading.section.title,
      line: reading.section.line,
      existing,
      renamedFrom: section && normalise(section.nameJa) !== normalise(reading.section.title) ? section.nameJa : undefined,
      row: {
        fiscalYear: String(headline.fiscalYear),
        stage: headline.stage,
        ministryJa: latest?.ministryJa ?? "",
        ministryEn: latest?.ministryEn ?? "",
        sectionNumber: reading.section.number,
        asOf: when.asOf,
        asOfJa: when.ja,
        asOfEn: when.en,
        url: "",
        pages: "",
        source
      }
    };
    if (!latest)
      problems.push({
        line: reading.section.line,
        text: "",
        message: "editions.csv has no edition to take the ministry's name from: add the first edition by hand"
      });
  } else
    problems.push({
      line: reading.section.line,
      text: "",
      message: "no amount for the section: the importer cannot tell the edition's year and stage"
    });

  const printedKeys = new Set(amounts.map((a) => `${a.entity.id}|${a.fiscalYear}|${a.stage}`));
  const notInDocument = edition
    ? data.budget.filter(
        (r) =>
          r.fiscalYear === edition.fiscalYear && r.stage === edition.stage && !printedKeys.has(`${r.entity}|${r.fiscalYear}|${r.stage}`)
      )
    : [];
  // Notes under a heading rather than after figures: listed, matched to notes.csv when it has them.
  for (const n of reading.notes) noteFor(n.text, n.line, n.headings.at(-1)?.text ?? "the section");

  // The facts are compared for the document's edition: lines of amounts and headings are never a fact's figures.
  let facts: FactPlan[] = [];
  let untranslated: FactsReading["untranslated"] = [];
  if (edition) {
    const lines = documentText.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
    const blocked = new Set([...reading.amounts.map((a) => a.line), ...reading.headings.map((h) => h.line)]);
    lines.forEach((l, i) => {
      if (/予算額|要求/.test(l) || /^\(?\s*[\d,.]+\s*(億円|百万円)\s*(\(新規\))?\s*\)?$/.test(normalise(l))) blocked.add(i + 1);
    });
    const found = planFacts(documentText, data, {fiscalYear: edition.fiscalYear, stage: edition.stage, blocked});
    facts = found.facts;
    untranslated = found.untranslated;
    problems.push(...found.problems);
  }

  return {edition, amounts, notes: [...notes.values()], notInDocument, renamed: [...renamed.values()], facts, untranslated, problems};
}
