import {html} from "htl";
import type {Briefing} from "../lib/briefing.js";
import type {EntityFigures} from "../lib/derive.js";
import {
  formatAmount,
  formatChange,
  formatCount,
  formatMovement,
  formatPct,
  formatShareOf,
  type Lang,
  type UnitMode
} from "../lib/format.js";
import {
  ATTRIBUTES,
  changeSentence,
  countedIds,
  entity,
  firstMention,
  frameworkName,
  fullName,
  includedName,
  initialBudget,
  itemisationText,
  membersOf,
  messageText,
  networkProgramme,
  notInDocument,
  noteText,
  roundingNote,
  schemeFact,
  shareLabel,
  shortName,
  stageLabel,
  stageShort,
  traced,
  tracedPct
} from "../lib/text.js";
import type {Quantity} from "../lib/amount.js";
import {editionKeyPairs} from "../lib/edition.js";
import {changeOf, noteLines, printed, ratioOf, schemeLines} from "../lib/trace.js";
import {DataTable, type TableColumn} from "./controls.js";
import {Passages} from "./words.js";
import {Amount, TracedText} from "./trace.js";
import {figureSpan, keepFigures} from "./quantity.js";
import {pageNames} from "./mentions.js";
import {reportWords} from "../locale/report.js";
import {layoutWords} from "../locale/layout.js";
import {currentItemisation} from "./composition.js";
import {remainderStatement} from "../lib/remainder.js";

// Page blocks shared by the Japanese and English pages. Every figure and sentence comes from the briefing;
// htl escapes every interpolated string, so text from data/ can never become markup.

interface Opts {
  lang: Lang;
  unit?: UnitMode;
}

const el = (node: unknown) => node as HTMLElement;

/**
 * What a block shows where the edition gives it nothing (no result, no alumnus, no scheme fact…): the page's
 * heading above it is in the page, so the block says so rather than leave the heading over an empty space.
 */
export const NoneListed = (lang: Lang): HTMLElement => el(html`<p class="kit-note kit-none">${layoutWords(lang).noneListed}</p>`);

/**
 * The headline numbers in time order: the comparison stage's total, the current total with its change on the
 * comparison, then the supplementary budget (a separate frame).
 */
export function KeyFigures(b: Briefing, {lang, unit}: Opts): HTMLElement {
  const s = entity(b, b.figures.section);
  const w = reportWords(lang);
  const fmt = {lang, unit};
  // Each card says which figure it holds (kit-headline-comparison, -current, -supplementary), for tests and styles.
  const card = (label: string, value: Node | string, note: Node | string, kind: string) =>
    html`<div class=${`kit-message kit-headline-${kind}`}>
      <p class="kit-note">${label}</p>
      <p class="kit-big">${value}</p>
      <p class="kit-note">${note}</p>
    </div>`;
  // Markers only: the full note (the document's words, and the kit's own remark) is in the notes list.
  const markers = (figure: Parameters<typeof NoteMarkers>[2], alone = false) => NoteMarkers(b, s.id, figure, {lang, unit}, alone);
  // In words, as a ministry states it (「令和X年度当初予算比3億円増（約2%増）」): the comparison by its formal name,
  // the change and its percentage in prose form, each traceable to the figures it comes from.
  const cmp = b.figures.comparison;
  const change =
    s.change && s.comparison && cmp
      ? html`<span class=${s.change.millionYen >= 0 ? "kit-change-up" : "kit-change-down"}
          >${TracedText(
            b,
            ({trace}) =>
              w.changeCard({
                comparison: stageLabel(b, cmp, lang),
                direction: Math.sign(s.change!.millionYen),
                movement: traced(formatMovement(s.change!, fmt), changeOf(s), {lang, trace}),
                pct: tracedPct(s, {lang, unit, trace})
              }),
            lang
          )}</span
        >`
      : "";
  return el(
    html`<div class="kit-messages">
      ${
        s.comparison && b.figures.comparison
          ? card(
              stageLabel(b, b.figures.comparison, lang),
              Amount(b, formatAmount(s.comparison.value, fmt), printed(s, s.comparison), lang),
              markers(s.comparison, true),
              "comparison"
            )
          : ""
      }
      ${
        s.current
          ? card(
              stageLabel(b, b.figures.current, lang),
              Amount(b, formatAmount(s.current.value, fmt), printed(s, s.current), lang),
              html`<span>${change} ${markers(s.current)}</span>`,
              "current"
            )
          : ""
      }
      ${s.supplementary ? card(stageLabel(b, s.supplementary, lang), Amount(b, formatAmount(s.supplementary.value, fmt), printed(s, s.supplementary), lang), w.separateFromInitial(initialBudget(b, lang)), "supplementary") : ""}
    </div>`
  );
}

/**
 * What the document says about the part of the total it does not itemise: the notes printed with the total
 * (e.g. that it includes an estimate within operating grants) and, plainly, what it does not give.
 */
export function UnitemisedNote(b: Briefing, {lang, unit}: Opts): HTMLElement | string {
  const it = currentItemisation(b);
  const s = entity(b, b.figures.section);
  const total = s.amounts.find((f) => it && f.fiscalYear === it.ref.fiscalYear && f.stage === it.ref.stage);
  if (!it || !total || it.unitemised.millionYen <= 0) return "";
  const w = reportWords(lang);
  // As the composition chart gives it (remainderStatement: one unit for the remainder everywhere), the total too.
  const {rest: remainder, total: totalText} = remainderStatement(it, lang, unit);
  const notes = total.notes.map((n) => unmarked(noteText(b, n, lang)));
  const held = notes.length
    ? w.unitemisedNotes(remainder, totalText, notes)
    : total.flags.includes("includes-estimate")
      ? w.unitemisedEstimate(remainder, totalText)
      : w.unitemisedNothing(remainder);
  return el(
    html`<p class="kit-unitemised">
      ${keepFigures(held)}${notes.length || total.flags.includes("includes-estimate") ? `${w.sentenceGap}${w.unitemisedNotGiven}` : ""}
    </p>`
  );
}

/**
 * Which edition each short label of the charts and tables stands for (「令和X案」 is 令和X年度予算額（案）), said once
 * on a page before its first chart, so a reader meets every edition by its formal name first. The editions are
 * those the section total is printed at (stages.csv names them); a label already the full name needs no key.
 */
export function EditionKey(b: Briefing, {lang}: Opts): HTMLElement | string {
  // In the order of the headline cards above (KeyFigures): the comparison, the current edition, the supplementary.
  const pairs = editionKeyPairs(b, lang);
  if (!pairs.length) return "";
  return el(html`<p class="kit-note kit-edition-key">${keepFigures(reportWords(lang).editionKey(pairs))}</p>`);
}

/** The programmes page's opening line: the editions it compares, by their formal names, and what it leaves out. */
export function comparisonLine(b: Briefing, lang: Lang): string {
  return reportWords(lang).comparisonLine(
    stageLabel(b, b.figures.current, lang),
    b.figures.comparison ? stageLabel(b, b.figures.comparison, lang) : undefined
  );
}

/** The programmes page's heading over the comparison: the two stages by their short names, not 前年度/今年度. */
export function comparisonHeading(b: Briefing, lang: Lang): string {
  const w = reportWords(lang);
  return w.comparisonHeading(
    b.figures.comparison ? stageShort(b, b.figures.comparison, lang) : undefined,
    stageShort(b, b.figures.current, lang)
  );
}

/** The key messages, computed from the figures. */
export function KeyMessages(b: Briefing, {lang, unit}: Opts): HTMLElement {
  return el(
    html`<ol class="kit-key-messages">
      ${b.figures.messages.map((m) => html`<li>${TracedText(b, ({trace}) => messageText(b, m, {lang, unit, trace}), lang)}</li>`)}
    </ol>`
  );
}

export function Itemisation(b: Briefing, opts: Opts): HTMLElement {
  return el(html`<p>${TracedText(b, ({trace}) => itemisationText(b, {...opts, trace}), opts.lang)}</p>`);
}

/**
 * Notes (※) of the given entities, each with the printed amount it annotates (令和X案 Y億円: ※…), so a note of one
 * edition's figure is never read as a note on another's. Notes of scope "entity" (every edition) stand alone.
 */
/** One line of a notes list: the note, the figure it annotates (if any), its number and, first time, its anchor. */
interface NoteItem {
  entity: string;
  label: string;
  note: string;
  /** ※1, ※2… in list order: what a card shows in place of the note. */
  number: number;
  /** The element id a card's marker links to: one per line, so each figure's marker finds its own line. */
  anchor: string;
}

/** How a notes list names the printed figure a note annotates: 令和X案 Y億円. */
const figureLabel = (b: Briefing, f: {fiscalYear: number; stage: string; value: Quantity}, {lang, unit}: Opts) =>
  `${stageShort(b, f, lang)} ${formatAmount(f.value, {lang, unit})}`;

/** The notes of entities, numbered in the order Notes lists them. */
function noteItems(b: Briefing, ids: string[], {lang, unit}: Opts): NoteItem[] {
  const items: NoteItem[] = [];
  const seen = new Set<string>();
  const push = (entityId: string, label: string, note: string) =>
    items.push({entity: entityId, label, note, number: items.length + 1, anchor: `kit-note-${entityId}-${note}-${items.length + 1}`});
  for (const id of ids) {
    const e = entity(b, id);
    // In time order, as the headline cards show them: the comparison, the current edition, the supplementary.
    for (const f of [e.comparison, e.current, e.supplementary])
      for (const n of f?.notes ?? []) {
        const label = figureLabel(b, f!, {lang, unit});
        if (!seen.has(`${label} ${n}`)) (seen.add(`${label} ${n}`), push(id, label, n));
      }
    for (const n of e.notes) if (!items.some((i) => i.note === n)) push(id, "", n);
  }
  return items;
}

/**
 * Note markers (※1 ※2 / raised 1 2) for a figure's notes, each linking to its own line in the entity's notes list:
 * the line naming this figure (one note printed beside two figures is two lines, ※1 and ※2, and the second
 * figure's card says ※2), else the note's line of its own. `alone`: nothing precedes them on their line, where a
 * raised number would read as a stray (Note 1 instead).
 */
function NoteMarkers(
  b: Briefing,
  entityId: string,
  figure: {fiscalYear: number; stage: string; value: Quantity; notes: string[]},
  opts: Opts,
  alone = false
): Node | string {
  const items = noteItems(b, [entityId], opts);
  const label = figureLabel(b, figure, opts);
  const marks = figure.notes
    .map((n) => items.find((i) => i.note === n && i.label === label) ?? items.find((i) => i.note === n))
    .filter((i): i is NoteItem => !!i)
    .map((i) => {
      const w = reportWords(opts.lang);
      const a = html`<a class="kit-note-ref" href=${`#${i.anchor}`} aria-label=${w.noteMarker(i.number)}
        >${alone ? w.noteLabel(i.number) : w.noteRef(i.number)}</a
      >`;
      return w.noteRefRaised && !alone ? html`<sup>${a}</sup>` : a;
    });
  return marks.length ? html`<span class="kit-note-refs">${marks}</span>` : "";
}

/** The notes of entities as a numbered list (※1…); each note's marker shows its notes.csv line and source. */
export function Notes(b: Briefing, ids: string[], {lang, unit}: Opts): HTMLElement {
  const items = noteItems(b, ids, {lang, unit});
  const w = reportWords(lang);
  // A heading over an empty list would stand alone (and, printed, end a sheet): say there is none.
  if (!items.length) return el(html`<p class="kit-note kit-notes">${w.noNotes}</p>`);
  return el(
    html`<ul class="kit-note kit-notes">
      ${items.map(
        ({label, note, number, anchor}) =>
          html`<li id=${anchor}>
            ${Amount(b, w.noteLabel(number), noteLines(b, note, lang), lang)}
            ${keepFigures(label ? w.noteOnFigure(label, unmarked(noteText(b, note, lang))) : unmarked(noteText(b, note, lang)))}${w.translated ? html` <span lang="ja">(${unmarked(noteText(b, note, "ja"))})</span>` : ""}${correctionOf(b, note, lang)}
          </li>`
      )}
    </ul>`
  );
}

/**
 * A note's words without the ※ the document prints before them: in the list the note's number carries the mark
 * (「※1 【…】運営費…」, not 「※1 【…】※運営費…」).
 */
const unmarked = (note: string) => note.replace(/^※\s*/, "");

/** A note shown with a typo corrected says so, with the printed form (notes.csv printed/correction columns). */
function correctionOf(b: Briefing, id: string, lang: Lang) {
  const n = b.notes.find((x) => x.id === id);
  const text = n?.printed !== undefined ? reportWords(lang).pick(n.correctionJa, n.correctionEn) : undefined;
  return text ? html` <span class="kit-note">（${text}）</span>` : "";
}

/** Section total rows as a table: one row per stage. */
export function SectionTable(b: Briefing, {lang, unit}: Opts): HTMLElement {
  const s = entity(b, b.figures.section);
  const w = reportWords(lang);
  return DataTable(
    s.amounts,
    [
      {key: "stage", label: w.stage, format: (f) => stageLabel(b, f, lang)},
      {
        key: "amount",
        label: w.amount,
        numeric: true,
        value: (f) => f.value.millionYen,
        format: (f) => formatAmount(f.value, {lang, unit}),
        cell: (f) => Amount(b, formatAmount(f.value, {lang, unit}), printed(s, f), lang),
        unit: w.millionYen
      },
      {key: "printed", label: w.asPrinted, format: (f) => `${f.amount.toLocaleString("en-US")}${f.unit}`}
    ],
    {lang, caption: fullName(s, lang), filename: `section-total-${lang}.csv`, filter: false}
  );
}

/** Every programme and group with comparison, current, change and share: sortable and filterable. */
export function ProgrammeTable(b: Briefing, {lang, unit, compact = false}: Opts & {compact?: boolean}): HTMLElement {
  // compact: the data behind the programme charts (counted programmes, amounts and changes only).
  const counted = new Set(countedIds(b));
  const rows = b.figures.entities.filter((e) => (compact ? counted.has(e.id) : e.kind !== "section"));
  const fmt = {lang, unit};
  const w = reportWords(lang);
  const million = w.millionYen;
  const strand = (e: EntityFigures) => {
    const s = b.strands.find((x) => x.id === e.strand);
    if (s) return w.pick(s.nameJa, s.nameEn);
    if (e.kind !== "group") return "";
    const headings = new Set(membersOf(b, e).map((m) => m.strand)).size;
    return w.budgetLineSpanning(headings);
  };
  const members = (e: EntityFigures) => (e.kind === "group" ? w.groupMembers(membersOf(b, e).map((m) => shortName(m, lang))) : "");
  const missing = notInDocument(lang);
  const section = entity(b, b.figures.section);
  // A share to the precision the printed figures allow (約 when the section total is printed in 億円).
  const shareText = (e: EntityFigures) =>
    e.share === null || !e.current || !section.current
      ? undefined
      : formatShareOf(e.current.value, section.current.value, lang, {within: true});
  const notInDocumentCell = (e: EntityFigures) =>
    e.restated
      ? "—"
      : `${missing}${e.lastPrinted ? w.lastPrinted(stageShort(b, e.lastPrinted, lang), formatAmount(e.lastPrinted.value, fmt)) : ""}`;
  const columns: TableColumn<EntityFigures>[] = [
    {
      key: "name",
      label: w.programme,
      value: (e) => e.order,
      format: (e) =>
        `${e.kind === "included" ? includedName(e, lang) : firstMention(b, e, lang, true)}${e.restated ? w.restatedSuffix : ""}${members(e)}`
    },
    // The overview names no heading per row: the cards below are grouped by heading, and the column broke a
    // printed page's names one fragment per line. The strands chart's table (compact) keeps it.
    ...(compact ? [{key: "strand", label: w.documentHeading, format: strand}] : []),
    {
      key: "comparison",
      label: b.figures.comparison ? stageShort(b, b.figures.comparison, lang) : "",
      numeric: true,
      value: (e) => e.comparison?.value.millionYen,
      format: (e) => (e.comparison ? formatAmount(e.comparison.value, fmt) : "—"),
      cell: (e) => (e.comparison ? Amount(b, formatAmount(e.comparison.value, fmt), printed(e, e.comparison), lang) : "—"),
      unit: million
    },
    {
      key: "current",
      label: stageShort(b, b.figures.current, lang),
      numeric: true,
      value: (e) => e.current?.value.millionYen,
      format: (e) => (e.current ? formatAmount(e.current.value, fmt) : notInDocumentCell(e)),
      cell: (e) => (e.current ? Amount(b, formatAmount(e.current.value, fmt), printed(e, e.current), lang) : notInDocumentCell(e)),
      unit: million
    },
    {
      key: "change",
      label: w.change,
      numeric: true,
      value: (e) => e.change?.millionYen,
      format: (e) =>
        e.status === "new" ? w.newProgramme : e.status === "flat" ? w.unchangedProgramme : e.change ? formatChange(e.change, fmt) : "—",
      cell: (e) =>
        e.status === "new"
          ? w.newProgramme
          : e.status === "flat"
            ? w.unchangedProgramme
            : e.change
              ? Amount(b, formatChange(e.change, fmt), changeOf(e), lang)
              : "—",
      unit: million
    },
    {
      key: "pct",
      label: w.pctChange,
      numeric: true,
      value: (e) => e.pctChange,
      format: (e) => (e.change && e.status !== "flat" ? formatPct(e, lang) : "—"),
      cell: (e) =>
        e.change && e.comparison && e.status !== "flat"
          ? Amount(b, formatPct(e, lang), ratioOf(changeOf(e), printed(e, e.comparison), formatPct(e, lang), "change"), lang)
          : "—",
      unit: "%"
    },
    {
      key: "share",
      label: shareLabel(b, {lang, unit}),
      numeric: true,
      value: (e) => e.share,
      format: (e) => shareText(e) ?? "—",
      cell: (e) => {
        const text = shareText(e);
        return text === undefined || !e.current || !section.current
          ? "—"
          : Amount(b, text, ratioOf(printed(e, e.current), printed(section, section.current), text, "share", {within: true}), lang);
      },
      unit: w.ratioUnit
    },
    {
      key: "supplementary",
      label: b.figures.supplementary ? stageShort(b, b.figures.supplementary, lang) : "",
      numeric: true,
      value: (e) => e.supplementary?.value.millionYen,
      format: (e) => (e.supplementary ? formatAmount(e.supplementary.value, fmt) : "—"),
      cell: (e) => (e.supplementary ? Amount(b, formatAmount(e.supplementary.value, fmt), printed(e, e.supplementary), lang) : "—"),
      unit: million
    }
  ];
  return DataTable(rows, columns, {
    lang,
    caption: w.budgetByProgramme,
    filename: `programmes-${lang}.csv`
  });
}

/** One card per programme, grouped by strand in the document's order. */
export function ProgrammeCards(b: Briefing, {lang, unit}: Opts): HTMLElement {
  const programmes = b.figures.entities.filter((e) => e.kind === "programme");
  const w = reportWords(lang);
  // A document heading with no programme in this edition is left out, as the document leaves it out.
  const strands = b.strands.map((s) => ({s, members: programmes.filter((e) => e.strand === s.id)})).filter((x) => x.members.length);
  if (!strands.length) return NoneListed(lang);
  return el(
    html`<div>
      ${strands.map(({s, members}) => {
        return html`<section>
          <h3>${w.pick(s.nameJa, s.nameEn)}</h3>
          <div class="kit-cards">${members.map((e) => ProgrammeCard(b, e, {lang, unit}))}</div>
        </section>`;
      })}
    </div>`
  );
}

function ProgrammeCard(b: Briefing, e: EntityFigures, {lang, unit}: Opts) {
  const fmt = {lang, unit};
  const w = reportWords(lang);
  return html`<article class="kit-card" id=${`programme-${e.id}`}>
    <h4>${fullName(e, lang)}</h4>
    ${w.translated ? html`<p class="kit-note" lang="ja">${e.nameJa}</p>` : ""}
    <dl>
      ${
        w.pick(e.agencyJa, e.agencyEn)
          ? html.fragment`<dt>${w.agency}</dt>
              <dd>${w.pick(e.agencyJa, e.agencyEn)}</dd>`
          : ""
      }
      ${e.amounts.map(
        (f) =>
          html.fragment`<dt>${stageShort(b, f, lang)}</dt>
            <dd>${Amount(b, formatAmount(f.value, fmt), printed(e, f), lang)}</dd>`
      )}
    </dl>
    ${Passages(b, e.id, "summary", {lang, credit: false})}
    <p>${TracedText(b, ({trace}) => changeSentence(b, e, {lang, unit, trace}), lang)}</p>
    ${e.notes.length ? Notes(b, [e.id], {lang, unit}) : ""}
  </article>`;
}

/** Group totals against their members, with the rounding note. */
export function GroupChecks(b: Briefing, {lang}: Opts): HTMLElement {
  // With no budget line in the edition the section above has neither lines nor checks to show.
  if (!b.figures.entities.some((e) => e.kind === "group") && !roundingNote(b, lang).length) return NoneListed(lang);
  return el(
    html`<ul>
      ${roundingNote(b, lang).map((t) => html`<li>${keepFigures(t)}</li>`)}
    </ul>`
  );
}

/** Scheme facts per programme as cards. */
export function SchemeCards(b: Briefing, {lang}: Opts): HTMLElement {
  const ids = [...new Set(b.schemes.map((s) => s.programme))].sort((x, y) => entity(b, x).order - entity(b, y).order);
  const order = Object.keys(ATTRIBUTES);
  const w = reportWords(lang);
  const name = pageNames(lang);
  if (!ids.length) return NoneListed(lang);
  return el(
    html`<div class="kit-cards">
      ${ids.map((id) => {
        const facts = b.schemes.filter((s) => s.programme === id).sort((x, y) => order.indexOf(x.attribute) - order.indexOf(y.attribute));
        return html`<article class="kit-card">
          <h3>${name(entity(b, id))}</h3>
          <dl>
            ${facts.map(
              (f) =>
                html.fragment`<dt>${ATTRIBUTES[f.attribute]?.[lang] ?? f.attribute}</dt>
                  <dd>
                    ${
                      f.attribute === "supportPerProject" || f.attribute === "separateSupport"
                        ? Amount(b, w.pick(f.printed, f.printedEn), schemeLines(b, f, lang), lang)
                        : w.pick(f.printed, f.printedEn)
                    }${f.year ? w.schemeYear(f.printed, f.eraYear, f.year) : ""}
                  </dd>`
            )}
          </dl>
        </article>`;
      })}
    </div>`
  );
}

export function SchemeTable(b: Briefing, {lang, attributes}: Opts & {attributes?: string[]}): HTMLElement {
  const w = reportWords(lang);
  const translation = w.translationColumn;
  return DataTable(
    attributes ? b.schemes.filter((s) => attributes.includes(s.attribute)) : b.schemes,
    [
      {
        key: "programme",
        label: w.programme,
        value: (s) => entity(b, s.programme).order,
        format: (s) => shortName(entity(b, s.programme), lang)
      },
      {key: "attribute", label: w.item, format: (s) => ATTRIBUTES[s.attribute]?.[lang] ?? s.attribute},
      {key: "printed", label: w.printedShort, format: (s) => s.printed},
      ...(translation ? [{key: "printedEn", label: translation, format: (s: Briefing["schemes"][number]) => s.printedEn}] : []),
      {key: "source", label: w.source, format: (s) => s.source}
    ],
    {lang, caption: w.schemesCaption, filename: `schemes-${lang}.csv`, filter: !attributes}
  );
}

export function Tiers(b: Briefing, {lang}: Opts): HTMLElement {
  const w = reportWords(lang);
  if (!b.tiers.length) return NoneListed(lang);
  return el(
    html`<ol class="kit-tiers">
      ${b.tiers.map((t) => html`<li><strong>${w.pick(t.nameJa, t.nameEn)}</strong>${w.termGap}${w.pick(t.descriptionJa, t.descriptionEn)}</li>`)}
    </ol>`
  );
}

export function FrameworkTable(b: Briefing, {lang}: Opts): HTMLElement {
  const w = reportWords(lang);
  return DataTable(
    b.frameworks,
    [
      {key: "name", label: w.framework, format: (f) => frameworkName(f, lang)},
      {key: "members", label: w.members, format: (f) => w.pick(f.membersPrinted, f.membersEn)},
      {
        key: "partnersMin",
        label: w.partnersMin,
        numeric: true,
        value: (f) => f.partnersMin,
        format: (f) => (f.partnersMin === undefined ? "—" : String(f.partnersMin)),
        unit: w.countriesUnit
      },
      {key: "note", label: w.note, format: (f) => w.pick(f.noteJa, f.noteEn) ?? ""}
    ],
    {
      lang,
      caption: frameworksCaption(b, lang),
      filename: `frameworks-${lang}.csv`,
      filter: false
    }
  );
}

export function CountryTable(b: Briefing, {lang}: Opts): HTMLElement {
  const w = reportWords(lang);
  // The table stands alone under its heading: an empty one would show column names over no row.
  if (!b.countries.length) return NoneListed(lang);
  return DataTable(
    b.countries,
    [
      {key: "name", label: w.country, format: (c) => w.pick(c.nameJa, c.nameEn)},
      {key: "iso", label: "ISO"},
      {
        key: "programme",
        label: w.programme,
        value: (c) => entity(b, c.programme).order,
        format: (c) => shortName(entity(b, c.programme), lang)
      },
      {key: "context", label: w.context, format: (c) => w.pick(c.contextJa, c.context)}
    ],
    {lang, caption: w.countriesCaption, filename: `countries-${lang}.csv`}
  );
}

/** Results and alumni, with year, institution and publication. */
export function Results(b: Briefing, {lang, kind}: Opts & {kind: "result" | "alumnus"}): HTMLElement {
  const items = b.results.filter((r) => r.kind === kind).sort((x, y) => entity(b, x.programme).order - entity(b, y.programme).order);
  const w = reportWords(lang);
  // The results come first on their page: the alumni name formally only the programmes the results did not.
  const name = pageNames(lang, kind === "alumnus" ? b.results.filter((r) => r.kind === "result").map((r) => r.programme) : []);
  if (!items.length) return NoneListed(lang);
  return el(
    html`<div class="kit-cards">
      ${items.map(
        (r) =>
          html`<article class="kit-card">
            <p class="kit-note">
              ${name(entity(b, r.programme))}${r.partner ? [w.partnerGap, ...keepFigures(w.pick(r.partner, r.partnerEn ?? r.partner))] : ""}
            </p>
            <h3 lang="ja">${r.titleJa}</h3>
            <p>${keepFigures(w.pick(r.summaryJa, r.summaryEn))}</p>
            ${r.correctionJa ? html`<p class="kit-note">${w.pick(r.correctionJa, r.correctionEn ?? r.correctionJa)}</p>` : ""}
            <dl>
              ${
                r.person
                  ? html.fragment`<dt>${w.researcher}</dt>
                      <dd>
                        ${w.translated && r.personEn ? html`${r.personEn} <span lang="ja">(${r.person.replace(/（[^（）]*）$/, "")})</span>` : r.person}
                      </dd>`
                  : ""
              }
              ${
                r.affiliation
                  ? html.fragment`<dt>${w.institution}</dt>
                      <dd>${w.translated && r.affiliationEn ? r.affiliationEn : r.affiliation}</dd>`
                  : ""
              }
              ${
                r.selectedYear
                  ? html.fragment`<dt>${kind === "alumnus" ? w.fellowship : w.selected}</dt>
                      <dd>${w.selectedYear(r.selectedEra, r.selectedYear)}</dd>`
                  : ""
              }
              ${
                r.publication
                  ? html.fragment`<dt>${w.publishedIn}</dt>
                      <dd>${r.publication}${r.published ? w.publishedOn(r.published) : ""}</dd>`
                  : ""
              }
            </dl>
            <p class="kit-note">${w.sourceOf(r.source)}</p>
          </article>`
      )}
    </div>`
  );
}

/** The partner network's headline counts, for whichever programme the document counts a network for. */
export function NetworkFigures(b: Briefing, {lang}: Opts): HTMLElement {
  const p = networkProgramme(b);
  const w = reportWords(lang);
  if (!p) return el(html`<p class="kit-note">${w.notInDocument}</p>`);
  const fact = (a: string) => schemeFact(b, p.id, a);
  const card = (label: string, value: string, note = "") =>
    html`<div class="kit-message">
      <p class="kit-note">${label}</p>
      <p class="kit-big">${figureSpan(value)}</p>
      ${note ? html`<p class="kit-note">${keepFigures(note)}</p>` : ""}
    </div>`;
  const ever = fact("jointCallCountries"),
    now = fact("currentJointCallCountries"),
    projects = fact("projects"),
    countries = fact("countries");
  const count = (f: typeof ever, unit: (n: string) => string) => (f?.high === undefined ? "" : unit(formatCount(f.high, lang)));
  return el(
    html`<div class="kit-messages">
      ${ever ? card(w.jointCallCountries, count(ever, w.countries)) : ""} ${now ? card(w.cooperatingNow, count(now, w.countries)) : ""}
      ${
        projects
          ? card(
              w.projectsIn(projects.eraYear, projects.year),
              count(projects, w.projects),
              countries ? w.pick(countries.printed, countries.printedEn) : ""
            )
          : ""
      }
    </div>`
  );
}

/** The frameworks table's caption, naming the programme that runs them when frameworks.csv says which. */
function frameworksCaption(b: Briefing, lang: Lang): string {
  const ids = [...new Set(b.frameworks.map((f) => f.programme).filter((p): p is string => !!p))];
  return reportWords(lang).frameworksCaption(ids.map((id) => shortName(entity(b, id), lang)));
}
