// Issues and risks (src/lib/risks.ts, computed from the figures), one row each: the largest cut, new
// programmes, the part of the total not itemised, restated items outside the total, notes that qualify figures.
import {formatAmount, formatShareOf} from "../../src/lib/format.js";
import {risks} from "../../src/lib/risks.js";
import {changeWithPct, nameIn, noteIn} from "../../src/lib/story.js";
import {entity, stageShort} from "../../src/lib/text.js";
import type {SlideSpec} from "../outline.js";
import {blank, remainderAndTotal, totalNotes, type DeckContext} from "./context.js";

/** Names listed in one cell; the rest are counted, so one row stays within the slide. */
const SHOWN = 3;

export function riskSlides(ctx: DeckContext): SlideSpec[] {
  const {b, lang, w, fmt, section} = ctx;
  // `spoken`: the detail as the speaker notes say it, where the cell sets it as a list.
  const rows: {issue: string; detail: string; spoken?: string}[] = [];
  let rest = "";
  for (const r of risks(b)) {
    if (r.kind === "cut") {
      const e = entity(b, r.entity);
      rows.push({issue: w.riskCut, detail: w.amountAndChange(nameIn(e, lang), changeWithPct(e, lang))});
    } else if (r.kind === "new") {
      const names = r.entities.map((id) => entity(b, id)).map((e) => w.nameAmount(nameIn(e, lang), formatAmount(e.current!.value, fmt)));
      rows.push({issue: w.riskNew, detail: w.namesAndMore(names.slice(0, SHOWN), names.length - Math.min(SHOWN, names.length))});
    } else if (r.kind === "unitemised") {
      const it = r.itemisation;
      const stated = remainderAndTotal(it, lang);
      rest = stated.rest;
      rows.push({
        issue: w.riskUnitemised,
        detail: w.unitemisedDetail(rest, formatShareOf(it.unitemised, it.total, lang, {within: true}), stated.total)
      });
    } else if (r.kind === "restated") {
      const names = r.entities.map((id) => {
        const e = entity(b, id);
        const f = e.current ?? e.supplementary ?? e.amounts[e.amounts.length - 1];
        return w.nameAmount(
          nameIn(e, lang),
          e.current ? formatAmount(f.value, fmt) : w.amountAt(formatAmount(f.value, fmt), stageShort(b, f, lang))
        );
      });
      rows.push({issue: w.riskRestated, detail: w.namesAndMore(names.slice(0, SHOWN), names.length - Math.min(SHOWN, names.length))});
    } else if (r.notes.length) {
      // The notes in one row: each qualifies the figures of the programmes it names, so one label says what they
      // are; the cell lists them one to a line (a run of sentences read as one), the notes say them in turn.
      const notes = r.notes.map((n) =>
        w.noteWith(noteIn(b, n.note, lang).replace(/^※/, ""), w.nameList(n.entities.map((id) => nameIn(entity(b, id), lang))))
      );
      rows.push({issue: w.riskNote, detail: w.notesList(notes), spoken: w.notesTogether(notes)});
    }
  }
  if (!rows.length) return [];
  // What the document says of the total: its notes (where other costs are counted) answer the first question.
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
            {label: w.detailColumn, align: "left"}
          ],
          rows: rows.map((r) => ({cells: [r.issue, r.detail]}))
        }
      ],
      notes: {
        points: rows.slice(0, 3).map((r) => w.spoken("topic", r.issue, r.spoken ?? r.detail)),
        questions: rest ? [{q: w.unitemisedQuestion(rest), a: w.unitemisedAnswer(totalNotes(ctx))}] : []
      },
      sources: [section.current?.source ?? ""].filter(Boolean)
    }
  ];
}
