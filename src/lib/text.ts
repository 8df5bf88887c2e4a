import type {Briefing} from "./briefing.js";
import type {EntityFigures, KeyMessage, StageRef} from "./derive.js";
import {fiscalYearLabel, formatAmount, formatChange, formatPct, formatShareOf, sentenceUnit, type Lang, type UnitMode} from "./format.js";
import {changeOf, printed, ratioOf, type Provenance} from "./trace.js";

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
  return lang === "ja" ? `うち${e.shortJa}（内数）` : `of which ${e.shortEn} (included)`;
}

/** The 内数 items of a line with their current amounts: 「うち○○（内数）1,000百万円」, "" when none is printed. */
export function includedClause(b: Briefing, e: EntityFigures, {lang, unit}: TextOptions): string {
  const parts = e.included
    .map((id) => entity(b, id))
    .filter((x) => x.current)
    .map((x) => `${includedName(x, lang)}${lang === "ja" ? "" : " "}${formatAmount(x.current!.value, {lang, unit})}`);
  return parts.length ? (lang === "ja" ? `（${parts.join("、")}）` : ` (${parts.join("; ")})`) : "";
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
  const names = absent.map((e) => shortName(e, lang));
  return lang === "ja"
    ? `ほか${absent.length}事業（${names.join("、")}）は${notInDocument(lang)}`
    : `${absent.length} more programme${absent.length === 1 ? "" : "s"} (${names.join(", ")}) ${absent.length === 1 ? "is" : "are"} ${notInDocument(lang)}`;
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
  return old === name ? name : lang === "ja" ? `${name}（旧${old}）` : `${name} (formerly ${old})`;
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
  const parts = former.map((n) => `${shortName(n, lang)}: ${n.editions.map(label).join(lang === "ja" ? "・" : ", ")}`);
  return lang === "ja" ? `${shortName(e, lang)}（旧${parts.join("、")}）` : `${shortName(e, lang)} (formerly ${parts.join("; ")})`;
}

/** The name readers know a programme by: SICORP, 海外特別研究員 / Overseas Fellowships. */
export function shortName(e: {shortJa: string; shortEn: string}, lang: Lang): string {
  return lang === "ja" ? e.shortJa : e.shortEn;
}

export function fullName(e: {nameJa: string; nameEn: string}, lang: Lang): string {
  return lang === "ja" ? e.nameJa : e.nameEn;
}

/** A stage as the document names it: 令和5年度予算額（案） / FY2023 draft budget. */
export function stageLabel(b: Briefing, ref: StageRef, lang: Lang): string {
  const stage = b.stages.find((s) => s.id === ref.stage);
  const label = stage ? (lang === "ja" ? stage.labelJa : stage.labelEn) : ref.stage;
  return lang === "ja" ? `${fiscalYearLabel(ref.fiscalYear, lang)}${label}` : `${fiscalYearLabel(ref.fiscalYear, lang)} ${label}`;
}

/** A short stage label for axes and legends: R5案 / FY2023 draft. */
export function stageShort(b: Briefing, ref: StageRef, lang: Lang): string {
  const stage = b.stages.find((s) => s.id === ref.stage);
  if (lang === "en") return `FY${ref.fiscalYear} ${stage?.labelEn.replace(/ budget$/, "") ?? ref.stage}`;
  return `${fiscalYearLabel(ref.fiscalYear, "ja").replace(/年度$/, "")}${stage?.kind === "supplementary" ? stage.labelJa.replace(/予算額$/, "") : stage?.id === "draft" ? "案" : stage?.id === "request" ? "要求" : "当初"}`;
}

/** An entity's percentage change as shown, traced to its change and the comparison it is a percentage of. */
export function tracedPct(e: EntityFigures, options: TextOptions): string {
  const pct = formatPct(e, options.lang);
  return traced(pct, e.comparison ? ratioOf(changeOf(e), printed(e, e.comparison), pct, "change") : undefined, options);
}

/** One sentence on a programme's change, e.g. "SICORP falls by ¥87 million (−7.5%) to ¥1,073 million." */
export function changeSentence(b: Briefing, e: EntityFigures, options: TextOptions): string {
  const {lang, unit} = options;
  const name = firstMention(b, e, lang);
  const fmt = {lang, unit};
  const cur = e.current && traced(formatAmount(e.current.value, fmt), printed(e, e.current), options) + includedClause(b, e, options);
  const cmpStage = b.figures.comparison && stageShort(b, b.figures.comparison, lang);
  const curStage = stageShort(b, b.figures.current, lang);
  if (e.status === "restated") {
    const supp = e.supplementary ?? e.amounts[e.amounts.length - 1];
    const amount = supp ? traced(formatAmount(supp.value, fmt), printed(e, supp), options) : "";
    return lang === "ja"
      ? `${name}は再掲（他の項目に計上）: ${supp ? stageShort(b, supp, lang) : ""} ${amount}。この節の合計には加えない。`
      : `${name} is restated from another section (${supp ? stageShort(b, supp, lang) : ""} ${amount}) and is not added to this section's total.`;
  }
  if (e.status === "new" && cur)
    return lang === "ja" ? `${name}は新規: ${curStage} ${cur}。` : `${name} is new: ${cur} in the ${curStage}.`;
  if (!cur) return notInDocumentSentence(b, e, {lang, unit});
  if (!e.change)
    return lang === "ja"
      ? `${name}は${curStage}に${cur}（比較できる前年度の額なし）。`
      : `${name}: ${cur} in the ${curStage}, with no previous-year amount to compare.`;
  const pct = tracedPct(e, options);
  if (e.status === "flat") return lang === "ja" ? `${name}は${cmpStage}と同額の${cur}。` : `${name} is unchanged at ${cur}.`;
  if (lang === "ja") return `${name}は${cmpStage}比${traced(formatChange(e.change, fmt), changeOf(e), options)}（${pct}）の${cur}。`;
  const change = traced(
    formatChange({...e.change, millionYen: Math.abs(e.change.millionYen)}, fmt).replace(/^(約|about )?\+/, "$1"),
    changeOf(e),
    options
  );
  return `${name} ${e.status === "up" ? "rises" : "falls"} by ${change} (${pct}) to ${cur}.`;
}

/** 本資料に記載なし / not in this document: the words for an entity the current edition prints no amount for. */
export function notInDocument(lang: Lang): string {
  return lang === "ja" ? "本資料に記載なし" : "not in this document";
}

/** An entity without a figure in the current edition: said so, with its last printed amount where there is one. */
export function notInDocumentSentence(b: Briefing, e: EntityFigures, {lang, unit}: TextOptions): string {
  const name = firstMention(b, e, lang);
  const last = e.lastPrinted;
  const lastText = last && `${stageShort(b, last, lang)} ${formatAmount(last.value, {lang, unit})}`;
  return lang === "ja"
    ? `${name}: ${notInDocument(lang)}${lastText ? `（直近の額は${lastText}）` : ""}。`
    : `${name}: ${notInDocument(lang)}${lastText ? ` (last printed: ${lastText})` : ""}.`;
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
  const headingNames = headings.map((id) => {
    const s = b.strands.find((x) => x.id === id);
    return s ? (lang === "ja" ? s.nameJa : s.nameEn) : id;
  });
  const name = firstMention(b, g, lang, true);
  if (!g.current) return notInDocumentSentence(b, g, fmt);
  const cur = `${stageShort(b, g.current, lang)} ${traced(formatAmount(g.current.value, fmt), printed(g, g.current), options)}`;
  const cmp = g.comparison && traced(formatAmount(g.comparison.value, fmt), printed(g, g.comparison), options);
  const diff = g.change && traced(formatChange(g.change, fmt), changeOf(g), options);
  const change =
    g.change && g.comparison
      ? lang === "ja"
        ? `、前年度（${cmp}）比${diff}（${tracedPct(g, options)}）`
        : `, ${diff} (${tracedPct(g, options)}) on the previous year's ${cmp}`
      : "";
  const spans =
    headings.length > 1
      ? lang === "ja"
        ? `この予算行の事業は文書の${headings.length}つの見出し（${headingNames.map((h) => `「${h}」`).join("と")}）にまたがる。`
        : ` Its programmes sit under ${headings.length} of the document's headings (${headingNames.map((h) => `"${h}"`).join(" and ")}).`
      : "";
  const included = includedClause(b, g, options);
  return lang === "ja"
    ? `予算行「${name}」は${cur}${included}${change}。内訳は${names.join("、")}の${members.length}事業。${spans}`
    : `The budget line "${name}" is ${cur}${included}${change}. It covers ${members.length} programmes: ${names.join(", ")}.${spans}`;
}

/** What a share is a share of: 第7節合計（141億円）に占める割合 / Share of the section 7 total (¥14.1 billion). */
export function shareLabel(b: Briefing, {lang, unit}: TextOptions): string {
  const s = entity(b, b.figures.section);
  const total = s.current ? formatAmount(s.current.value, {lang, unit}) : "";
  const n = b.figures.edition.sectionNumber;
  return lang === "ja" ? `第${n}節合計（${total}）に占める割合` : `Share of the section ${n} total (${total})`;
}

/** A key message as one sentence in the reader's language. */
export function messageText(b: Briefing, m: KeyMessage, options: TextOptions): string {
  const {lang, unit} = options;
  const section = entity(b, b.figures.section);
  if (m.kind === "total") {
    // One unit per sentence: figures printed in different units are all shown in the larger one.
    const fmt = {lang, unit: sentenceUnit(unit, [m.current.value, ...(m.comparison ? [m.comparison.value] : [])])};
    const cur = traced(formatAmount(m.current.value, fmt), printed(section, m.current), options);
    const stage = stageLabel(b, b.figures.current, lang);
    const sectionEn = `Section ${b.figures.edition.sectionNumber}`;
    if (!m.comparison || !m.change)
      return lang === "ja" ? `${section.shortJa}の${stage}は${cur}。` : `The ${stage} for ${sectionEn.toLowerCase()} is ${cur}.`;
    const cmp = traced(formatAmount(m.comparison.value, fmt), printed(section, m.comparison), options);
    const change = traced(formatChange(m.change, fmt), changeOf(section), options);
    const pctText = formatPct(m, lang);
    const pct = traced(pctText, ratioOf(changeOf(section), printed(section, m.comparison), pctText, "change"), options);
    return lang === "ja"
      ? `${section.shortJa}の${stage}は${cur}。前年度（${cmp}）から${change}（${pct}）。`
      : `${sectionEn} totals ${cur} in the ${stage}, ${change} (${pct}) on the previous year's ${cmp}.`;
  }
  if (m.kind === "supplementary") {
    // A supplementary budget sits beside the annual budget, often as a one-off multi-year fund; it is not
    // compared with one year's budget (a ratio of the two would read as if the section grew threefold).
    const fmt = {lang, unit: sentenceUnit(unit, [m.supplementary.value, ...(m.largest ? [m.largest.figure.value] : [])])};
    const supp = traced(formatAmount(m.supplementary.value, fmt), printed(section, m.supplementary), options);
    const stage = stageLabel(b, m.supplementary, lang);
    const largest = m.largest && entity(b, m.largest.entity);
    const fund = largest && schemeFact(b, largest.id, "fund");
    const all = m.largest && m.largest.share >= 0.995;
    const largestAmount =
      m.largest && largest && traced(formatAmount(m.largest.figure.value, fmt), printed(largest, m.largest.figure), options);
    const shareText = m.largest && formatShareOf(m.largest.figure.value, m.supplementary.value, lang);
    const share =
      m.largest &&
      largest &&
      traced(shareText!, ratioOf(printed(largest, m.largest.figure), printed(section, m.supplementary), shareText!), options);
    const tail =
      m.largest && largest
        ? lang === "ja"
          ? `うち${largest.shortJa}が${largestAmount}（${all ? "全額" : share}）${fund ? "で、複数年度にわたって使う基金" : ""}。`
          : ` ${all ? `All of it` : `${largestAmount} of it (${share})`} goes to ${largest.shortEn}${fund ? ", as a fund spent over several years" : ""}.`
        : "";
    return lang === "ja"
      ? `${stage}は${supp}で、当初予算とは別枠。${tail}`
      : `The ${stage} adds ${supp}, separate from the initial budget.${tail}`;
  }
  const parts: string[] = [];
  const up = m.up && entity(b, m.up);
  const down = m.down && entity(b, m.down);
  if (up)
    parts.push(lang === "ja" ? `増額が最大: ${changeSentence(b, up, options)}` : `Largest increase: ${changeSentence(b, up, options)}`);
  if (down)
    parts.push(lang === "ja" ? `減額が最大: ${changeSentence(b, down, options)}` : `Largest decrease: ${changeSentence(b, down, options)}`);
  for (const id of m.newProgrammes) parts.push(changeSentence(b, entity(b, id), options));
  return parts.join(lang === "ja" ? "" : " ");
}

/** The itemisation sentence: how much of the total the document breaks down. */
export function itemisationText(b: Briefing, options: TextOptions): string | null {
  const {lang, unit} = options;
  const it = b.figures.itemisation.find(
    (i) => i.ref.fiscalYear === b.figures.current.fiscalYear && i.ref.stage === b.figures.current.stage
  );
  if (!it) return null;
  // One unit per sentence: the remainder is known only to the total's printed unit, so both figures use it.
  const fmt = {lang, unit: sentenceUnit(unit, [it.itemised, it.unitemised])};
  const inputs = it.programmes.map((id) => ({entity: id, figure: at(b, id, it.ref)!})).filter((i) => i.figure);
  const section = entity(b, b.figures.section);
  const total = at(b, section.id, it.ref);
  const sum: Provenance = {inputs, op: "sum", result: it.itemised};
  const itemised = traced(formatAmount(it.itemised, fmt), sum, options);
  const shareText = formatShareOf(it.itemised, it.total, lang);
  const share = traced(shareText, total && ratioOf(sum, printed(section, total), shareText), options);
  const remainder = traced(
    formatAmount(it.unitemised, fmt).replace(/^約|^about /, ""),
    total && {inputs: [{entity: section.id, figure: total}, ...inputs], op: "remainder", result: it.unitemised},
    options
  );
  return lang === "ja"
    ? `文書が事業別に示すのは${itemised}（合計の${share}）。残る約${remainder}は事業別に記載がない。`
    : `The document itemises ${itemised} (${share} of the total); the remaining about ${remainder} is not broken down by programme.`;
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
  switch (chart) {
    case "section-totals":
      return b.figures.messages
        .filter((m) => m.kind === "total" || m.kind === "supplementary")
        .map((m) => messageText(b, m, fmt))
        .join(lang === "ja" ? "" : " ");
    case "programme-dumbbell":
    case "programme-change": {
      const movers = b.figures.messages.find((m) => m.kind === "movers");
      // Every programme is accounted for: also one printed only in an older edition (no current or comparison figure).
      const missing = absentProgrammes(b);
      programmes.push(...missing.filter((e) => !programmes.includes(e)));
      const shown = programmes.length - missing.length;
      const absent =
        missing.length === 0
          ? ""
          : lang === "ja"
            ? `${missing.length}事業（${missing.map((e) => shortName(e, lang)).join("、")}）は${notInDocument(lang)}。`
            : ` ${missing.length} (${missing.map((e) => shortName(e, lang)).join(", ")}) ${missing.length === 1 ? "is" : "are"} ${notInDocument(lang)}.`;
      const counts =
        lang === "ja"
          ? `増額${count("up")}、減額${count("down")}、同額${count("flat")}、新規${count("new")}。`
          : `${count("up")} rise, ${count("down")} fall, ${count("flat")} stay flat and ${count("new")} ${count("new") === 1 ? "is" : "are"} new.`;
      const head = !missing.length
        ? lang === "ja"
          ? `${programmes.length}事業のうち${counts}`
          : `Of ${programmes.length} programmes, ${counts}`
        : lang === "ja"
          ? `${programmes.length}事業のうち今回の資料に金額があるのは${shown}事業: 増額${count("up")}、減額${count("down")}、同額${count("flat")}、新規${count("new")}。${absent}`
          : `Of ${programmes.length} programmes, ${shown} have an amount in this document: ${count("up")} rise, ${count("down")} fall, ${count("flat")} stay flat and ${count("new")} ${count("new") === 1 ? "is" : "are"} new.${absent}`;
      return `${head}${lang === "ja" ? "" : " "}${movers ? messageText(b, movers, fmt) : ""}`;
    }
    case "strands": {
      const parts = b.strands.map((s) => {
        const members = programmes.filter((e) => e.strand === s.id && e.current);
        if (!members.length) return lang === "ja" ? `「${s.nameJa}」${notInDocument(lang)}` : `"${s.nameEn}" ${notInDocument(lang)}`;
        const total = members.reduce((t, e) => t + e.current!.value.millionYen, 0);
        const amount = formatAmount({millionYen: total, step: 1}, fmt);
        return lang === "ja"
          ? `「${s.nameJa}」${amount}（${members.length}事業）`
          : `"${s.nameEn}" ${amount} (${members.length} programme${members.length === 1 ? "" : "s"})`;
      });
      const head = lang === "ja" ? "文書の見出し別に事業の額を足したもの: " : "Programme amounts added up by the document's headings: ";
      const groups = b.figures.entities
        .filter((g) => g.kind === "group" && new Set(membersOf(b, g).map((e) => e.strand)).size > 1)
        .map((g) => spansNote(b, g, fmt));
      return (
        head +
        parts.join(lang === "ja" ? "。" : "; ") +
        (lang === "ja" ? "。" : ".") +
        groups.map((t) => (lang === "ja" ? t : ` ${t}`)).join("")
      );
    }
    case "timeline": {
      const starts = b.schemes.filter((s) => s.attribute === "startYear" && s.year).sort((x, y) => x.year! - y.year!);
      if (!starts.length) return "";
      const first = starts[0],
        last = starts[starts.length - 1];
      const n = (id: string) => shortName(entity(b, id), lang);
      return lang === "ja"
        ? `最も古い${n(first.programme)}は${first.eraYear}（${first.year}年度）開始、最も新しい${n(last.programme)}は${last.eraYear}（${last.year}年度）開始。`
        : `The oldest, ${n(first.programme)}, began in FY${first.year} (${first.eraYear}); the newest with a printed start year, ${n(last.programme)}, in FY${last.year}.`;
    }
    case "support": {
      const rows = b.schemes.filter((s) => s.attribute === "supportPerProject" || s.attribute === "jicaSupport");
      return (
        rows
          .map((s) => `${shortName(entity(b, s.programme), lang)}: ${lang === "ja" ? s.printed : s.printedEn}`)
          .join(lang === "ja" ? "。" : "; ") + (lang === "ja" ? "。" : ".")
      );
    }
    case "people": {
      const rows = b.schemes.filter((s) => s.attribute === "people");
      return (
        rows
          .map((s) => `${shortName(entity(b, s.programme), lang)}: ${lang === "ja" ? s.printed : s.printedEn}`)
          .join(lang === "ja" ? "。" : "; ") + (lang === "ja" ? "。" : ".")
      );
    }
    case "frameworks":
      return (
        b.frameworks.map((f) => `${f.name}: ${lang === "ja" ? f.membersPrinted : f.membersEn}`).join(lang === "ja" ? "。" : "; ") +
        (lang === "ja" ? "。" : ".")
      );
    default:
      throw new Error(`no summary for chart ${chart}`);
  }
}

/** A heading and a budget line of the same name are different things: say so with both figures. */
export function spansNote(b: Briefing, g: EntityFigures, {lang, unit}: TextOptions): string {
  const members = membersOf(b, g);
  const headingCount = new Set(members.map((e) => e.strand).filter(Boolean)).size;
  const total = g.current ? formatAmount(g.current.value, {lang, unit}) : notInDocument(lang);
  return lang === "ja"
    ? `予算行「${g.nameJa}」（${total}、${members.length}事業）は${headingCount}つの見出しにまたがるため、同じ名前の見出しの合計とは一致しない。`
    : `The budget line "${g.nameEn}" (${total}, ${members.length} programmes) spans ${headingCount} headings, so it does not match the heading of the same name.`;
}

/** Labels of scheme attributes, in both languages, in the order cards show them. */
export const ATTRIBUTES: Record<string, {ja: string; en: string}> = {
  target: {ja: "支援対象", en: "Who is supported"},
  supportPerProject: {ja: "支援額", en: "Support per project"},
  jicaSupport: {ja: "JICAの支援", en: "JICA support"},
  costs: {ja: "支援経費", en: "Costs covered"},
  startYear: {ja: "事業開始", en: "Started"},
  period: {ja: "支援・受入期間", en: "Period"},
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
  return n ? (lang === "ja" ? n.textJa : n.textEn) : id;
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
      return lang === "ja"
        ? `${g.shortJa}（${stage}）の合計${printed}と内訳の和${summed}の差${gap}は四捨五入で説明できる範囲（各額は百万円単位で印刷）。`
        : `${g.shortEn} (${stage}): the printed total ${printed} and the sum of its programmes ${summed} differ by ${gap}, which rounding explains (each amount is printed to the nearest million yen).`;
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
