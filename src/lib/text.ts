import {isWhole} from "./amount.js";
import {NAMES_SPOKEN, textWords} from "../locale/text.js";
import type {Briefing} from "./briefing.js";
import type {EntityFigures, KeyMessage, StageRef} from "./derive.js";
import {
  changePercent,
  fiscalYearLabel,
  formatAmount,
  formatChangeSize,
  formatMovement,
  formatPct,
  formatPercent,
  formatShareOf,
  type ChangeFigures,
  sentenceUnit,
  type Lang,
  type UnitMode
} from "./format.js";
import {changeOf, printed, ratioOf, type Provenance} from "./trace.js";
import {remainderText, remainderUnit} from "./remainder.js";

export interface TextOptions {
  lang: Lang;
  unit?: UnitMode;
  /**
   * When given, each amount in the sentence is wrapped in markers and its provenance pushed here, so the report
   * can make amounts traceable (components/trace.ts splits the string again). Slides never pass it.
   */
  trace?: Provenance[];
}

/** Marks an amount for tracing (see TextOptions.trace); plain text otherwise. */
export function traced(text: string, provenance: Provenance | undefined, {trace}: TextOptions): string {
  if (!trace || !provenance) return text;
  trace.push(provenance);
  return `\uE000${trace.length - 1}\uE001${text}\uE002`;
}

export function entity(b: Briefing, id: string): EntityFigures {
  const e = b.figures.entities.find((x) => x.id === id);
  if (!e) throw new Error(`unknown entity ${id}`);
  return e;
}

/** The lines of a group (its members), 内数 items left out: they are part of another member's amount. */
export function membersOf(b: Briefing, g: {id: string}): EntityFigures[] {
  return b.figures.entities.filter((e) => e.parent === g.id && e.kind !== "included");
}

/** A 内数 item as named beside its container: うち○○（内数） / of which … (included). */
export function includedName(e: {shortJa: string; shortEn: string}, lang: Lang): string {
  return textWords(lang).includedName(shortName(e, lang));
}

/** The 内数 items of a line with their current amounts: 「うち○○（内数）1,000百万円」, "" when none is printed. */
export function includedClause(b: Briefing, e: EntityFigures, {lang, unit}: TextOptions): string {
  const parts = e.included
    .map((id) => entity(b, id))
    .filter((x) => x.current)
    .map((x) => textWords(lang).includedItem(includedName(x, lang), formatAmount(x.current!.value, {lang, unit})));
  return parts.length ? textWords(lang).includedList(parts) : "";
}

/**
 * Programmes counted in the section that the current edition prints no amount for, in budget order: every
 * sentence that counts programmes names them (「ほか1事業（○○）は本資料に記載なし」).
 */
export function absentProgrammes(b: Briefing): EntityFigures[] {
  const byId = new Map(b.figures.entities.map((e) => [e.id, e]));
  const inSection = (e: EntityFigures) => {
    for (let p = e.parent, guard = 0; p && guard < 20; p = byId.get(p)?.parent, guard++) if (p === b.figures.section) return true;
    return false;
  };
  return b.figures.entities.filter((e) => e.kind === "programme" && !e.restated && !e.current && inSection(e));
}

/** 「ほか1事業（○○）は本資料に記載なし」 / "1 more programme (…) is not in this document"; "" when none. */
export function absentClause(b: Briefing, lang: Lang): string {
  const absent = absentProgrammes(b);
  if (!absent.length) return "";
  return textWords(lang).absentClause(
    absent.slice(0, NAMES_SPOKEN).map((e) => shortName(e, lang)),
    absent.length
  );
}

/**
 * The former name to give beside the current one, if any: a names.csv row printed in an edition of a fiscal year
 * on show (the comparison's year or later), i.e. while readers may still see the old name in a shown column.
 */
export function formerName(b: Briefing, e: {id: string}) {
  const from = (b.figures.comparison ?? b.figures.current).fiscalYear;
  const shown = b.names.filter((n) => n.entity === e.id && n.editions.some((k) => Number(k.slice(0, 4)) >= from));
  return shown[shown.length - 1];
}

/** The name at first mention: 新しい名称（旧○○） / New name (formerly …) while the old name is on show. */
export function firstMention(b: Briefing, e: EntityFigures, lang: Lang, full = false): string {
  const name = full ? fullName(e, lang) : shortName(e, lang);
  const former = formerName(b, e);
  if (!former) return name;
  const old = full ? fullName(former, lang) : shortName(former, lang);
  return old === name ? name : textWords(lang).formerly(name, old);
}

/**
 * A name with every former name and the editions that printed it, for tables across editions:
 * 「オメガ（旧アルファ: 令和5案）」 / "Omega (formerly Alpha: FY2023 draft)".
 */
export function nameWithHistory(b: Briefing, e: {id: string; shortJa: string; shortEn: string}, lang: Lang): string {
  const former = b.names.filter((n) => n.entity === e.id);
  if (!former.length) return shortName(e, lang);
  const label = (key: string) => {
    const [year, stage] = key.split(" ");
    return stageShort(b, {fiscalYear: Number(year), stage}, lang);
  };
  const words = textWords(lang);
  const parts = former.map((n) => words.formerEditions(shortName(n, lang), n.editions.map(label)));
  return words.withHistory(shortName(e, lang), parts);
}

/** The name readers know a programme by: its short name from programmes.csv (shortJa / shortEn). */
export function shortName(e: {shortJa: string; shortEn: string}, lang: Lang): string {
  return textWords(lang).pick(e.shortJa, e.shortEn);
}

/** A multilateral framework's name in the reader's language (frameworks.csv nameJa/nameEn), else as listed. */
export function frameworkName(f: {name: string; nameJa?: string; nameEn?: string}, lang: Lang): string {
  return textWords(lang).pick(f.nameJa || f.name, f.nameEn || f.name);
}

export function fullName(e: {nameJa: string; nameEn: string}, lang: Lang): string {
  return textWords(lang).pick(e.nameJa, e.nameEn);
}

/**
 * A stage by its formal name, for a first mention and for sentences: 令和5年度予算額（案）, 令和4年度当初予算 /
 * FY2023 draft budget, FY2022 initial budget. The last annual stage is named as initialBudget names it (a
 * ministry writes 当初予算, not the table's 予算額); the others by stages.csv's labels.
 */
export function stageLabel(b: Briefing, ref: StageRef, lang: Lang): string {
  const stage = b.stages.find((s) => s.id === ref.stage);
  const words = textWords(lang);
  const label = !stage ? ref.stage : stage === lastAnnual(b) ? words.initialBudget(stage) : words.pick(stage.labelJa, stage.labelEn);
  return words.stageLabel(fiscalYearLabel(ref.fiscalYear, lang), label);
}

/**
 * The budget a supplementary stands apart from, named in words: the last annual stage by stages.csv's order
 * (当初予算 / "initial budget", from its labelEn).
 */
export function initialBudget(b: Briefing, lang: Lang): string {
  return textWords(lang).initialBudget(lastAnnual(b));
}

const lastAnnual = (b: Briefing) => b.stages.filter((s) => s.kind === "annual").sort((x, y) => y.order - x.order)[0];

/** A short stage label for axes and legends: R5案 / FY2023 draft. */
export function stageShort(b: Briefing, ref: StageRef, lang: Lang): string {
  const stage = b.stages.find((s) => s.id === ref.stage);
  return textWords(lang).stageShort(ref.fiscalYear, stage, ref.stage);
}

/**
 * A percentage change as a sentence states it, to the precision formatPercent allows: 「7.5%減」「約2%増」
 * 「1%〜7%増」 / "7.5%", "about 2%" (the English movement before it gives the direction). Charts and tables of
 * figures keep the signed form (formatPct); prose has no sign.
 */
export function formatPctMovement(e: ChangeFigures, lang: Lang): string {
  const p = e.current && e.comparison ? changePercent(e.current.value, e.comparison.value) : null;
  if (!p) return formatPercent(null, lang);
  const direction = Math.sign(e.current!.value.millionYen - e.comparison!.value.millionYen);
  // The size of a fall is the size of its range turned round: −7.6 … −7.4 is a fall of 7.4 … 7.6.
  const size = direction < 0 ? {value: -p.value, lo: -p.hi, hi: -p.lo} : p;
  return textWords(lang).pctMovement({direction, size: formatPercent(size, lang)});
}

/** An entity's percentage change as a sentence states it, traced to its change and the comparison it is a percentage of. */
export function tracedPct(e: EntityFigures, options: TextOptions): string {
  // The sentence says the change in words; its popup's formula keeps the signed figure it computes (= ▲7.5%).
  const pct = formatPctMovement(e, options.lang);
  const signed = formatPct(e, options.lang);
  return traced(pct, e.comparison ? ratioOf(changeOf(e), printed(e, e.comparison), signed, "change") : undefined, options);
}

/** One sentence on a programme's change, e.g. "Alpha falls by ¥87 million (−7.5%) to ¥1,073 million." */
export function changeSentence(b: Briefing, e: EntityFigures, options: TextOptions): string {
  const {lang, unit} = options;
  const words = textWords(lang);
  const name = firstMention(b, e, lang);
  const fmt = {lang, unit};
  const cur = e.current && traced(formatAmount(e.current.value, fmt), printed(e, e.current), options) + includedClause(b, e, options);
  // Editions by their formal names in a sentence (令和12年度予算額), not 前年度 or a shorthand.
  const cmpStage = b.figures.comparison && stageLabel(b, b.figures.comparison, lang);
  const curStage = stageLabel(b, b.figures.current, lang);
  if (e.status === "restated") {
    const supp = e.supplementary ?? e.amounts[e.amounts.length - 1];
    const amount = supp ? traced(formatAmount(supp.value, fmt), printed(e, supp), options) : "";
    return words.restated(name, supp ? stageShort(b, supp, lang) : "", amount);
  }
  if (e.status === "new" && cur) return words.isNew(name, cur, curStage);
  if (!cur) return notInDocumentSentence(b, e, {lang, unit});
  if (!e.change) return words.noComparison(name, cur, curStage);
  const pct = tracedPct(e, options);
  if (e.status === "flat") return words.flat(name, cur, cmpStage as string);
  const change = traced(formatChangeSize(e.change, fmt), changeOf(e), options);
  return words.changed({name, up: e.status === "up", change, pct, cur, cmpStage: cmpStage as string});
}

/** 本資料に記載なし / not in this document: the words for an entity the current edition prints no amount for. */
export function notInDocument(lang: Lang): string {
  return textWords(lang).notInDocument;
}

/** An entity without a figure in the current edition: said so, with its last printed amount where there is one. */
export function notInDocumentSentence(b: Briefing, e: EntityFigures, {lang, unit}: TextOptions): string {
  const name = firstMention(b, e, lang);
  const last = e.lastPrinted;
  const lastText = last && `${stageShort(b, last, lang)} ${formatAmount(last.value, {lang, unit})}`;
  return textWords(lang).notInDocumentSentence(name, lastText || undefined);
}

/**
 * A budget line that groups programmes (kind "group"): its printed total, its change and its members, and the
 * document headings its members sit under when they are more than one. E.g. 「グローバルに…育成等（予算の合計行）は
 * 令和5案 7,704百万円、前年度比+233百万円（+3.1%）。内訳は…の4事業。」
 */
export function groupSentence(b: Briefing, g: EntityFigures, options: TextOptions): string {
  const {lang, unit} = options;
  const fmt = {lang, unit};
  const members = membersOf(b, g);
  const names = members.map((m) => shortName(m, lang));
  const headings = [...new Set(members.map((m) => m.strand).filter((x): x is string => !!x))];
  const words = textWords(lang);
  const headingNames = headings.map((id) => {
    const s = b.strands.find((x) => x.id === id);
    return s ? words.pick(s.nameJa, s.nameEn) : id;
  });
  const name = firstMention(b, g, lang, true);
  if (!g.current) return notInDocumentSentence(b, g, fmt);
  const cur = `${stageShort(b, g.current, lang)} ${traced(formatAmount(g.current.value, fmt), printed(g, g.current), options)}`;
  const cmp = g.comparison && traced(formatAmount(g.comparison.value, fmt), printed(g, g.comparison), options);
  const diff = g.change && traced(formatMovement(g.change, fmt), changeOf(g), options);
  const cmpStage = b.figures.comparison ? stageLabel(b, b.figures.comparison, lang) : "";
  const change =
    g.change && g.comparison ? words.groupChange({cmpStage, cmp: cmp as string, diff: diff as string, pct: tracedPct(g, options)}) : "";
  const spans = words.groupSpans(headingNames);
  const included = includedClause(b, g, options);
  return words.group({name, cur, included, change, names, spans});
}

/** What a share is a share of: 第7節合計（141億円）に占める割合 / Share of the section 7 total (¥14.1 billion). */
export function shareLabel(b: Briefing, {lang, unit}: TextOptions): string {
  const s = entity(b, b.figures.section);
  const total = s.current ? formatAmount(s.current.value, {lang, unit}) : "";
  return textWords(lang).shareLabel(b.figures.edition.sectionNumber, total);
}

/** A key message as one sentence in the reader's language. */
export function messageText(b: Briefing, m: KeyMessage, options: TextOptions): string {
  const {lang, unit} = options;
  const words = textWords(lang);
  const section = entity(b, b.figures.section);
  if (m.kind === "total") {
    // One unit per sentence: figures printed in different units are all shown in the larger one.
    const fmt = {lang, unit: sentenceUnit(unit, [m.current.value, ...(m.comparison ? [m.comparison.value] : [])])};
    const cur = traced(formatAmount(m.current.value, fmt), printed(section, m.current), options);
    const stage = stageLabel(b, b.figures.current, lang);
    const about = {section: shortName(section, lang), number: b.figures.edition.sectionNumber, stage, cur};
    if (!m.comparison || !m.change) return words.totalOnly(about);
    const cmp = traced(formatAmount(m.comparison.value, fmt), printed(section, m.comparison), options);
    const change = traced(formatMovement(m.change, fmt), changeOf(section), options);
    const pct = traced(
      formatPctMovement(m, lang),
      ratioOf(changeOf(section), printed(section, m.comparison), formatPct(m, lang), "change"),
      options
    );
    return words.totalWithChange({
      ...about,
      cmpStage: b.figures.comparison ? stageLabel(b, b.figures.comparison, lang) : "",
      cmp,
      change,
      pct
    });
  }
  if (m.kind === "supplementary") {
    // A supplementary budget sits beside the annual budget, often as a one-off multi-year fund; it is not
    // compared with one year's budget (a ratio of the two would read as if the section grew threefold).
    const fmt = {lang, unit: sentenceUnit(unit, [m.supplementary.value, ...(m.largest ? [m.largest.figure.value] : [])])};
    const supp = traced(formatAmount(m.supplementary.value, fmt), printed(section, m.supplementary), options);
    const stage = stageLabel(b, m.supplementary, lang);
    const largest = m.largest && entity(b, m.largest.entity);
    const fund = largest && schemeFact(b, largest.id, "fund");
    const all = m.largest && isWhole(m.largest.figure.value, m.supplementary.value);
    const largestAmount =
      m.largest && largest && traced(formatAmount(m.largest.figure.value, fmt), printed(largest, m.largest.figure), options);
    const shareText = m.largest && formatShareOf(m.largest.figure.value, m.supplementary.value, lang, {within: true});
    const share =
      m.largest &&
      largest &&
      traced(
        shareText!,
        ratioOf(printed(largest, m.largest.figure), printed(section, m.supplementary), shareText!, "share", {within: true}),
        options
      );
    const tail =
      m.largest && largest
        ? words.supplementaryTail({
            name: shortName(largest, lang),
            amount: largestAmount as string,
            share: share as string,
            all: !!all,
            fund: !!fund
          })
        : "";
    return words.supplementary(stage, supp, tail, initialBudget(b, lang));
  }
  const parts: string[] = [];
  const up = m.up && entity(b, m.up);
  const down = m.down && entity(b, m.down);
  if (up) parts.push(words.largestIncrease(changeSentence(b, up, options)));
  if (down) parts.push(words.largestDecrease(changeSentence(b, down, options)));
  for (const id of m.newProgrammes) parts.push(changeSentence(b, entity(b, id), options));
  return words.sentences(parts);
}

/** The itemisation sentence: how much of the total the document breaks down. */
export function itemisationText(b: Briefing, options: TextOptions): string | null {
  const {lang, unit} = options;
  const it = b.figures.itemisation.find(
    (i) => i.ref.fiscalYear === b.figures.current.fiscalYear && i.ref.stage === b.figures.current.stage
  );
  if (!it) return null;
  // One unit per sentence, and the remainder's one unit (remainderUnit): it reads as on the composition's bar.
  const fmt = {lang, unit: remainderUnit(unit)};
  const inputs = it.programmes.map((id) => ({entity: id, figure: at(b, id, it.ref)!})).filter((i) => i.figure);
  const section = entity(b, b.figures.section);
  const total = at(b, section.id, it.ref);
  const sum: Provenance = {inputs, op: "sum", result: it.itemised};
  const itemised = traced(formatAmount(it.itemised, fmt), sum, options);
  // The itemised programmes are counted in the total: a share of its own total, never shown above 100%.
  const shareText = formatShareOf(it.itemised, it.total, lang, {within: true});
  const share = traced(shareText, total && ratioOf(sum, printed(section, total), shareText, "share", {within: true}), options);
  const remainder = traced(
    remainderText(it, lang, fmt.unit),
    total && {inputs: [{entity: section.id, figure: total}, ...inputs], op: "remainder", result: it.unitemised},
    options
  );
  return textWords(lang).itemisation(itemised, share, remainder);
}

/** An entity's printed figure at a stage, if any. */
function at(b: Briefing, id: string, ref: StageRef) {
  return entity(b, id).amounts.find((f) => f.fiscalYear === ref.fiscalYear && f.stage === ref.stage);
}

/** Programmes counted in the section total (restated ones excluded), in budget order. */
export function countedIds(b: Briefing): string[] {
  return [...new Set(b.figures.itemisation.flatMap((i) => i.programmes))].sort((x, y) => entity(b, x).order - entity(b, y).order);
}

/** Text summaries of the charts: what a reader who cannot see the chart needs from it. */
export function chartSummary(b: Briefing, chart: string, {lang, unit, trace}: TextOptions): string {
  // With a trace list (the page's caption), the key messages quoted here mark their figures for tracing.
  const fmt = {lang, unit, trace};
  const programmes = countedIds(b).map((id) => entity(b, id));
  const count = (status: string) => programmes.filter((e) => e.status === status).length;
  const words = textWords(lang);
  switch (chart) {
    case "section-totals":
      return words.sentences(
        b.figures.messages.filter((m) => m.kind === "total" || m.kind === "supplementary").map((m) => messageText(b, m, fmt))
      );
    case "programme-dumbbell":
    case "programme-change": {
      const movers = b.figures.messages.find((m) => m.kind === "movers");
      // Every programme is accounted for: also one printed only in an older edition (no current or comparison figure).
      const missing = absentProgrammes(b);
      programmes.push(...missing.filter((e) => !programmes.includes(e)));
      const shown = programmes.length - missing.length;
      const absent = missing.length === 0 ? "" : words.absentSummary(missing.map((e) => shortName(e, lang)));
      const counts = words.statusCounts({up: count("up"), down: count("down"), flat: count("flat"), new: count("new")});
      const head = !missing.length
        ? words.countsHead(programmes.length, counts)
        : words.countsHeadAbsent(programmes.length, shown, counts, absent);
      return words.withMessages(head, movers ? messageText(b, movers, fmt) : "");
    }
    case "strands": {
      const parts = b.strands.map((s) => {
        const members = programmes.filter((e) => e.strand === s.id && e.current);
        const name = words.pick(s.nameJa, s.nameEn);
        if (!members.length) return words.strandAbsent(name);
        const total = members.reduce((t, e) => t + e.current!.value.millionYen, 0);
        return words.strandAmount(name, formatAmount({millionYen: total, step: 1}, fmt), members.length);
      });
      const groups = b.figures.entities
        .filter((g) => g.kind === "group" && new Set(membersOf(b, g).map((e) => e.strand)).size > 1)
        .map((g) => spansNote(b, g, fmt));
      return words.strands(parts, groups);
    }
    case "support":
    case "people": {
      const attributes = chart === "support" ? ["supportPerProject", "separateSupport"] : ["people"];
      const rows = b.schemes.filter((s) => attributes.includes(s.attribute));
      return words.facts(rows.map((s) => [shortName(entity(b, s.programme), lang), words.pick(s.printed, s.printedEn)]));
    }
    case "frameworks":
      return words.facts(b.frameworks.map((f) => [frameworkName(f, lang), words.pick(f.membersPrinted, f.membersEn)]));
    default:
      throw new Error(`no summary for chart ${chart}`);
  }
}

/** A heading and a budget line of the same name are different things: say so with both figures. */
export function spansNote(b: Briefing, g: EntityFigures, {lang, unit}: TextOptions): string {
  const members = membersOf(b, g);
  const headingCount = new Set(members.map((e) => e.strand).filter(Boolean)).size;
  const total = g.current ? formatAmount(g.current.value, {lang, unit}) : notInDocument(lang);
  return textWords(lang).spansNote({name: fullName(g, lang), total, members: members.length, headings: headingCount});
}

/** Labels of scheme attributes, in both languages, in the order cards show them. */
export const ATTRIBUTES: Record<string, {ja: string; en: string}> = {
  target: {ja: "支援対象", en: "Who is supported"},
  supportPerProject: {ja: "支援額", en: "Support per project"},
  separateSupport: {ja: "別途の支援", en: "Separate support"},
  costs: {ja: "支援経費", en: "Costs covered"},
  startYear: {ja: "事業開始", en: "Started"},
  period: {ja: "期間", en: "Period"},
  people: {ja: "人数", en: "People"},
  countries: {ja: "国・地域", en: "Countries and regions"},
  projects: {ja: "課題数", en: "Projects"},
  jointCallCountries: {ja: "joint call構築国", en: "Joint-call partner countries"},
  currentJointCallCountries: {ja: "現在の協力国", en: "Current partner countries"},
  fund: {ja: "基金", en: "Fund"},
  fieldSelection: {ja: "分野・相手国の設定", en: "Fields and partners"},
  partners: {ja: "協力相手国", en: "Partner countries"}
};

/** A note's text in the reader's language. */
export function noteText(b: Briefing, id: string, lang: Lang): string {
  const n = b.notes.find((x) => x.id === id);
  return n ? textWords(lang).pick(n.textJa, n.textEn) : id;
}

/** The rounding note for a group whose printed total differs from its members' sum. */
export function roundingNote(b: Briefing, lang: Lang): string[] {
  return b.figures.groupChecks
    .filter((c) => c.difference !== 0)
    .map((c) => {
      const g = entity(b, c.group);
      const stage = stageShort(b, c.ref, lang);
      const printed = formatAmount(c.printed, {lang});
      const summed = formatAmount(c.membersSum, {lang});
      const gap = formatAmount({millionYen: Math.abs(c.difference), step: 1}, {lang});
      return textWords(lang).roundingNote({name: shortName(g, lang), stage, printed, summed, gap});
    });
}

/** The programme whose partner network the document counts (it has joint-call country facts), if any. */
export function networkProgramme(b: Briefing): EntityFigures | undefined {
  const fact = b.schemes.find((s) => s.attribute === "jointCallCountries");
  return fact && entity(b, fact.programme);
}

/** A scheme fact of a programme, e.g. its number of projects. */
export function schemeFact(b: Briefing, programme: string, attribute: string) {
  return b.schemes.find((s) => s.programme === programme && s.attribute === attribute);
}
