// Issues and risks: what a director-general will be asked about, each computed from the figures (src/lib/risks.ts
// and the deck's fund), one row each with what the document gives and what to check: the largest cut against the
// section's stated objective, a supplementary fund far larger than its programme's annual amount, new programmes,
// the part of the total not itemised (with the total's notes), restated items outside the total, notes that
// qualify figures. The key points state the headline figures; these rows say what is open about them.
import {formatAmount, formatShareOf, type UnitMode} from "../../src/lib/format.js";
import {risks} from "../../src/lib/risks.js";
import {nameIn, noteIn} from "../../src/lib/story.js";
import {entity, schemeFact, stageShort} from "../../src/lib/text.js";
import type {SpeakerNotes} from "../../src/lib/story.js";
import {storyWords} from "../../src/locale/story.js";
import type {SlideSpec} from "../outline.js";
import {blank, changeIn, remainderAndTotal, statementUnit, totalNotes, type DeckContext} from "./context.js";

/** Names listed in one cell; the rest are counted, so one row stays within the slide. */
const SHOWN = 3;

/**
 * A fund this many times its programme's annual amount or more is an issue of its own: the annual figure alone
 * understates the programme, and how the two relate is the first question (a fund of 440 against 1 a year).
 */
export const FUND_RATIO = 10;

interface Row {
  issue: string;
  detail: string;
  check: string;
  /** The detail as the speaker notes say it, where the cell sets it as a list. */
  spoken?: string;
  /** The detail is a sentence with its subject (「事業Aは…」): the notes say it without the issue before it. */
  named?: boolean;
  question?: {q: string; a: string};
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
      const objective = b.texts.find((x) => x.entity === b.figures.section && x.kind === "objective");
      rows.push({
        issue: w.riskCut,
        detail: w.riskCutDetail(nameIn(e, lang), changeIn(e, lang, statementUnit(e.current?.value))),
        check: w.riskCutCheck,
        named: true,
        question: {q: w.riskCutQuestion(nameIn(e, lang)), a: w.riskCutAnswer(objective ? w.text(objective) : "")}
      });
      if (fundRow) rows.push(fundRow);
    } else if (r.kind === "new") {
      // The fund's programme has its own row (fund and annual budget): not listed again as new.
      const ids = r.entities.filter((id) => !(fundRow && id === fund?.id));
      if (!ids.length) continue;
      const names = ids.map((id) => entity(b, id)).map((e) => w.nameAmount(nameIn(e, lang), amount(e.current!.value)));
      const listed = w.namesAndMore(names.slice(0, SHOWN), names.length - Math.min(SHOWN, names.length));
      const plain = w.nameList(ids.map((id) => nameIn(entity(b, id), lang)));
      rows.push({
        issue: w.riskNew,
        detail: listed,
        check: w.riskNewCheck,
        question: {q: w.riskNewQuestion(plain), a: storyWords(lang).notStated}
      });
    } else if (r.kind === "unitemised") {
      const it = r.itemisation;
      const stated = remainderAndTotal(it, lang);
      rows.push({
        issue: w.riskUnitemised,
        detail: w.riskUnitemisedDetail(
          stated.rest,
          formatShareOf(it.unitemised, it.total, lang, {within: true}),
          stated.total,
          totalNotes(ctx)
        ),
        check: w.riskUnitemisedCheck,
        question: {q: w.unitemisedQuestion(stated.rest), a: w.unitemisedAnswer(totalNotes(ctx))}
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
        check: w.riskRestatedCheck,
        question: {q: w.riskRestatedQuestion(w.nameList(es.map((e) => nameIn(e, lang)))), a: w.riskRestatedAnswer(notes)}
      });
    } else if (r.kind === "notes") {
      // The notes in one row: each qualifies the figures of the programmes it names, so one label says what they
      // are; the cell lists them one to a line (a run of sentences read as one), the notes say them in turn. The
      // section total's own notes are in the unitemised row already, where they answer what that part holds.
      const own = unitemised ? r.notes.filter((n) => !n.entities.every((id) => id === b.figures.section)) : r.notes;
      if (!own.length) continue;
      const notes = own.map((n) =>
        w.noteWith(noteIn(b, n.note, lang).replace(/^※/, ""), w.nameList(n.entities.map((id) => nameIn(entity(b, id), lang))))
      );
      rows.push({issue: w.riskNote, detail: w.notesList(notes), check: w.riskNoteCheck, spoken: w.notesTogether(notes)});
    }
  }
  // No cut in this edition: the fund row still has its place.
  if (fundRow && !rows.includes(fundRow)) rows.unshift(fundRow);
  if (!rows.length) return [];
  const notes: SpeakerNotes = {
    // A detail that names its subject (the cut, the fund) is read as it stands; the others after their issue.
    points: rows.slice(0, 3).map((r) => (r.named ? r.detail : w.spoken("topic", r.issue, r.spoken ?? r.detail))),
    questions: rows.flatMap((r) => (r.question ? [r.question] : []))
  };
  return [
    {
      id: "risks",
      part: "main",
      layout: "table",
      title: w.risksTitle,
      ...blank(),
      tables: [
        {
          columns: [
            {label: w.issueColumn, align: "left"},
            {label: w.detailColumn, align: "left"},
            {label: w.checkColumn, align: "left"}
          ],
          rows: rows.map((r) => ({cells: [r.issue, r.detail, r.check]}))
        }
      ],
      notes,
      sources: [section.current?.source ?? ""].filter(Boolean)
    }
  ];
}

/**
 * The deck's fund (a programme's multi-year supplementary fund) when it is FUND_RATIO times its annual amount or
 * more: how the two relate and how the fund is spent year by year is what a reader asks, and the document's
 * figures alone do not say.
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
  return {
    issue: w.riskFund,
    detail: w.riskFundDetail(p),
    check: w.riskFundCheck,
    named: true,
    question: {
      q: w.riskFundQuestion(p.name, p.fund, p.annual),
      a: w.riskFundAnswer({stage: p.stage, annual: p.annual, period: period ? w.printed(period) : ""})
    }
  };
}
