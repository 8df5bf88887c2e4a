// One summary table: every counted programme, the unitemised remainder and the section total in both years
// (each column adds up to its printed total), then restated items, which the total does not count.
import type {EntityFigures} from "../../src/lib/derive.js";
import {formatAmount, formatShareOf} from "../../src/lib/format.js";
import {remainderLabel} from "../../src/components/composition.js";
import {nameIn, NOT_IN_DOCUMENT, NOT_IN_THIS_EDITION, remainderText, summaryTitle} from "../../src/lib/story.js";
import {absentClause, countedIds, entity, stageLabel} from "../../src/lib/text.js";
import type {SlideSpec, Tone} from "../outline.js";
import {coreWords} from "../../src/locale/core.js";
import {unitWords} from "../../src/locale/units.js";
import {blank, changeIn, statementUnit, toneOf, type DeckContext} from "./context.js";

export function summarySlides(ctx: DeckContext): SlideSpec[] {
  const {b, lang, w, fmt, section, programmes, it, cmpLabel, curLabel} = ctx;
  // The remainder of the previous year's total too, so each column adds up to its printed total.
  const cmp = b.figures.comparison;
  const previousRest = cmp && b.figures.itemisation.find((i) => i.ref.fiscalYear === cmp.fiscalYear && i.ref.stage === cmp.stage);
  // Each figure as printed (programmes in 百万円, the total in 億円), its change in the ministry's form
  // (3億円増（約2%増）, 87百万円減（7.5%減）), never 「+3億円（約+2%）」.
  const row = (e: EntityFigures, strong = false, label = nameIn(e, lang)) => ({
    cells: [
      label,
      e.comparison ? formatAmount(e.comparison.value, fmt) : "—",
      e.current ? formatAmount(e.current.value, fmt) : NOT_IN_THIS_EDITION[lang],
      e.status === "new" ? w.newBar : e.change ? changeIn(e, lang, statementUnit(e.change)) : "—"
    ],
    tones: ["plain", "plain", "plain", toneOf(e)] as Tone[],
    strong
  });
  // The total row is printed in the large unit under rows in 百万円: set apart (the strong row's rule above it) and
  // named with its unit, so the column is not read as adding up to it in one unit.
  const total = section.current ?? section.comparison;
  const totalLabel =
    total && total.value.step > 1
      ? unitWords(lang).totalRow(nameIn(section, lang), coreWords(lang).unitName(false))
      : nameIn(section, lang);
  const restated = b.figures.entities.filter((e) => e.kind === "programme" && e.restated);
  return [
    {
      id: "summary",
      part: "appendix",
      layout: "table",
      title: summaryTitle(b, lang),
      ...blank(),
      tables: [
        {
          columns: [
            {label: w.programmeColumn, align: "left"},
            {label: cmpLabel, align: "right"},
            {label: curLabel, align: "right"},
            {label: cmpLabel ? w.changeOn(cmpLabel) : w.changeLabel, align: "right"}
          ],
          rows: [
            ...programmes.map((e) => row(e)),
            ...(it
              ? [{cells: [remainderLabel(lang), previousRest ? remainderText(previousRest, lang) : "—", remainderText(it, lang), "—"]}]
              : []),
            row(section, true, totalLabel),
            ...restated.map((e) => ({
              cells: [`${nameIn(e, lang)}${w.restated}`, "—", e.current ? formatAmount(e.current.value, fmt) : "—", w.notInTotal],
              tones: ["muted", "muted", "muted", "muted"] as Tone[]
            }))
          ]
        }
      ],
      footnotes: [w.summaryFootnote],
      notes: {
        points: [summaryPoint(ctx)],
        questions: [{q: w.largestQuestion, a: largestAnswer(ctx)}]
      },
      sources: [section.current?.source ?? section.source]
    }
  ];
}

function summaryPoint({b, lang, w}: DeckContext): string {
  const ps = countedIds(b)
    .map((id) => entity(b, id))
    .filter((e) => e.current);
  const n = (s: string) => ps.filter((e) => e.status === s).length;
  return w.summaryPoint({all: ps.length, up: n("up"), down: n("down"), flat: n("flat"), new: n("new")}, absentClause(b, lang));
}

function largestAnswer({b, lang, w}: DeckContext): string {
  const top = countedIds(b)
    .map((id) => entity(b, id))
    .filter((e) => e.current)
    .sort((x, y) => y.current!.value.millionYen - x.current!.value.millionYen)[0];
  if (!top) return NOT_IN_DOCUMENT[lang];
  const whole = entity(b, b.figures.section).current;
  const share = whole ? formatShareOf(top.current!.value, whole.value, lang, {within: true}) : "—";
  // Annual budgets only: a multi-year fund is not compared with one year's budget (the fund slide says so), so
  // the answer names no fund.
  return w.largestAnswer(stageLabel(b, top.current!, lang), nameIn(top, lang), formatAmount(top.current!.value, {lang}), share, undefined);
}
