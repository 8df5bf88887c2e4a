// Issues and risks: what a director-general will be asked about, each computed from the figures (src/lib/risks.ts
// and the deck's fund), one row each with its figures and what the data says of it (a qualifying note, where a
// restated item is counted, the fund's separate multi-year character) or the division's answer (answers.csv):
// the largest cut, a supplementary fund far larger than its programme's annual amount, new programmes, the part
// of the total beyond the programmes shown, restated items outside the total, notes that qualify figures. The
// questions the data does not answer go to the presenter's preparation list, never to the slide.
import {formatAmount, formatShareOf, type UnitMode} from "../../src/lib/format.js";
import {risks} from "../../src/lib/risks.js";
import type {Need} from "../../src/lib/answers.js";
import {ask, givenAnswer, nameIn, noteIn, type Question} from "../../src/lib/story.js";
import {entity, schemeFact, stageLabel, stageShort} from "../../src/lib/text.js";
import type {SpeakerNotes} from "../../src/lib/story.js";
import {storyWords} from "../../src/locale/story.js";
import type {DeckWords} from "../../src/locale/deck.js";
import type {SlideSpec, TableSpec} from "../outline.js";
import {blank, changeIn, remainderAndTotal, statementUnit, totalNotes, type DeckContext} from "./context.js";

/** Names listed in one cell; the rest are counted, so one row stays within the slide. */
const SHOWN = 3;

/**
 * A fund this many times its programme's annual amount or more is an issue of its own: the annual figure alone
 * understates the programme, and how the two relate is the first question (a fund of 440 against 1 a year).
 */
export const FUND_RATIO = 10;

export interface Row {
  issue: string;
  detail: string;
  /** What the data says of the row, or the division's answer (answers.csv); "" when nothing is known. */
  check: string;
  /** The detail as the speaker notes say it, where the cell sets it as a list. */
  spoken?: string;
  /** The detail is a sentence with its subject (「事業Aは…」): the notes say it without the issue before it. */
  named?: boolean;
  questions?: Question[];
}

export function riskSlides(ctx: DeckContext): SlideSpec[] {
  const {b, lang, w, section, fund} = ctx;
  // One unit per statement: the total's (a figure derived from a total printed in 億円 is stated in 億円).
  const unit: UnitMode = statementUnit(section.current?.value);
  const amount = (q: Parameters<typeof formatAmount>[0]) => formatAmount(q, {lang, unit});
  const rows: Row[] = [];
  const found = risks(b);

  const fundRow = fundRisk(ctx, unit);
  const unitemised = found.some((r) => r.kind === "unitemised");
  for (const r of found) {
    if (r.kind === "cut") {
      const e = entity(b, r.entity);
      const need: Need = {topic: "change", programme: e.id};
      const own = {lang, unit: statementUnit(e.current?.value)};
      rows.push({
        issue: w.riskCut,
        detail: w.riskCutDetail(nameIn(e, lang), changeIn(e, lang, statementUnit(e.current?.value))),
        // The division's reason when given; else what the figures say (from the amount compared with to this one).
        check:
          givenAnswer(b, lang, need) ??
          (e.comparison && e.current
            ? w.riskCutKnown(
                formatAmount(e.comparison.value, own),
                formatAmount(e.current.value, own),
                section.change && section.change.millionYen !== 0 ? changeIn(section, lang, unit) : undefined
              )
            : ""),
        named: true,
        questions: [ask(b, lang, w.riskCutQuestion(nameIn(e, lang)), need)]
      });
      if (fundRow) rows.push(fundRow);
    } else if (r.kind === "new") {
      // The fund's programme has its own row (fund and annual budget): not listed again as new.
      const es = r.entities.filter((id) => !(fundRow && id === fund?.id)).map((id) => entity(b, id));
      if (!es.length) continue;
      const names = es.map((e) => w.nameAmount(nameIn(e, lang), amount(e.current!.value)));
      const listed = w.namesAndMore(names.slice(0, SHOWN), names.length - Math.min(SHOWN, names.length));
      const given = es.map((e) => givenAnswer(b, lang, {topic: "people", programme: e.id})).filter(Boolean);
      rows.push({
        issue: w.riskNew,
        detail: listed,
        check: given.length === es.length ? given.join(" ") : w.riskNewKnown(stageLabel(b, b.figures.current, lang)),
        // One question per new programme: each is answered (or listed to prepare) on its own.
        questions: es.map((e) => {
          const people = schemeFact(b, e.id, "people") ?? schemeFact(b, e.id, "projects");
          return ask(b, lang, w.riskNewQuestion(nameIn(e, lang)), {topic: "people", programme: e.id}, people && w.printed(people));
        })
      });
    } else if (r.kind === "unitemised") {
      const it = r.itemisation;
      const stated = remainderAndTotal(it, lang);
      const need: Need = {topic: "remainder", programme: ""};
      rows.push({
        issue: w.riskUnitemised,
        detail: w.unitemisedDetail(stated.rest, formatShareOf(it.unitemised, it.total, lang, {within: true}), stated.total),
        check: givenAnswer(b, lang, need) ?? w.riskRemainderKnown(totalNotes(ctx), amount(it.itemised)),
        questions: [ask(b, lang, w.unitemisedQuestion(stated.rest), need)]
      });
    } else if (r.kind === "restated") {
      const es = r.entities.map((id) => entity(b, id));
      const names = es.map((e) => {
        const f = e.current ?? e.supplementary ?? e.amounts[e.amounts.length - 1];
        return w.nameAmount(nameIn(e, lang), e.current ? amount(f.value) : w.amountAt(amount(f.value), stageShort(b, f, lang)));
      });
      const notes = [...new Set(es.flatMap((e) => e.notes))].map((n) => noteIn(b, n, lang).replace(/^※/, ""));
      rows.push({
        issue: w.riskRestated,
        detail: w.namesAndMore(names.slice(0, SHOWN), names.length - Math.min(SHOWN, names.length)),
        // Where it is counted, as its note says; else that it is outside this total.
        check: notes.length ? w.notesTogether(notes) : w.riskRestatedCheck,
        questions: [{q: w.riskRestatedQuestion(w.nameList(es.map((e) => nameIn(e, lang)))), a: w.riskRestatedAnswer(notes)}]
      });
    } else if (r.kind === "notes") {
      // The notes in one row: each qualifies the figures of the programmes it names, so one label says what they
      // are; the cell lists them one to a line (a run of sentences read as one), the notes say them in turn. The
      // section total's own notes are in the unitemised row already, where they say what that part holds.
      const own = unitemised ? r.notes.filter((n) => !n.entities.every((id) => id === b.figures.section)) : r.notes;
      if (!own.length) continue;
      const notes = own.map((n) =>
        w.noteWith(noteIn(b, n.note, lang).replace(/^※/, ""), w.nameList(n.entities.map((id) => nameIn(entity(b, id), lang))))
      );
      const need: Need = {topic: "notes", programme: ""};
      rows.push({
        issue: w.riskNote,
        detail: w.notesList(notes),
        check: givenAnswer(b, lang, need) ?? w.riskNoteKnown,
        spoken: w.notesTogether(notes),
        questions: [ask(b, lang, w.riskNoteQuestion, need)]
      });
    }
  }
  // No cut in this edition: the fund row still has its place.
  if (fundRow && !rows.includes(fundRow)) rows.unshift(fundRow);
  if (!rows.length) return [];
  const notes: SpeakerNotes = {
    // A detail that names its subject (the cut, the fund) is read as it stands; the others after their issue.
    points: rows.slice(0, 3).map((r) => (r.named ? r.detail : w.spoken("topic", r.issue, r.spoken ?? r.detail))),
    questions: rows.flatMap((r) => r.questions ?? [])
  };
  return [
    {
      id: "risks",
      part: "main",
      layout: "table",
      title: w.risksTitle,
      ...blank(),
      tables: [riskTable(rows, w)],
      notes,
      sources: [section.current?.source ?? ""].filter(Boolean)
    }
  ];
}

/**
 * The rows as a table. Every cell says something: when a row has nothing in its third cell (the data says nothing
 * more of it), the table has two columns, a row's explanation, where there is one, on a line under its figures.
 */
export function riskTable(rows: readonly Pick<Row, "issue" | "detail" | "check">[], w: DeckWords): TableSpec {
  const three = rows.every((r) => r.check);
  return {
    columns: [
      {label: w.issueColumn, align: "left"},
      {label: w.detailColumn, align: "left"},
      ...(three ? [{label: w.checkColumn, align: "left" as const}] : [])
    ],
    rows: rows.map((r) => ({cells: three ? [r.issue, r.detail, r.check] : [r.issue, r.check ? `${r.detail}\n${r.check}` : r.detail]}))
  };
}

/**
 * The deck's fund (a programme's multi-year supplementary fund) when it is FUND_RATIO times its annual amount or
 * more: how the two relate is what a reader asks first; the figures say they are separate (a multi-year fund,
 * never added to or compared with the annual budget), and the year-by-year plan is the division's to give.
 */
function fundRisk(ctx: DeckContext, unit: UnitMode): Row | undefined {
  const {b, lang, w, fund} = ctx;
  if (!fund?.supplementary || !fund.current) return undefined;
  if (fund.supplementary.value.millionYen < FUND_RATIO * fund.current.value.millionYen) return undefined;
  // The fund as the section prints it when this programme is the whole of it (440億円), else its own figure.
  const supp = ctx.section.supplementary;
  const fundQ = supp && supp.value.millionYen === fund.supplementary.value.millionYen ? supp.value : fund.supplementary.value;
  const p = {
    name: nameIn(fund, lang),
    fundStage: stageShort(b, fund.supplementary, lang),
    fund: formatAmount(fundQ, {lang, unit}),
    stage: stageShort(b, fund.current, lang),
    annual: formatAmount(fund.current.value, {lang, unit})
  };
  const period = schemeFact(b, fund.id, "period");
  const known = w.riskFundKnown({stage: p.stage, annual: p.annual, period: period ? w.printed(period) : ""});
  const need: Need = {topic: "fund", programme: fund.id};
  return {
    issue: w.riskFund,
    detail: w.riskFundDetail(p),
    check: givenAnswer(b, lang, need) ?? known,
    named: true,
    questions: [{q: w.riskFundQuestion(p.name, p.fund, p.annual), a: known}, ask(b, lang, storyWords(lang).fundQuestion, need)]
  };
}
