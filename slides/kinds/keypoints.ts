// Key points: three or four statements computed from the figures, each with its figure: the total and its
// change, the fund, the largest rise and cut, new programmes, the part the document does not itemise.
import {isWhole} from "../../src/lib/amount.js";
import {sum, type Quantity} from "../../src/lib/amount.js";
import {formatAmount, formatShareOf} from "../../src/lib/format.js";
import {nameIn} from "../../src/lib/story.js";
import {entity, stageShort} from "../../src/lib/text.js";
import type {SpokenForm} from "../../src/locale/deck.js";
import {unitWords} from "../../src/locale/units.js";
import type {SlideSpec, Tone} from "../outline.js";
import {blank, changeIn, remainderAndTotal, statementUnit, toneOf, type DeckContext} from "./context.js";

interface KeyPoint {
  /** How the statement reads aloud with its figure (DeckWords.spoken). */
  form: SpokenForm;
  statement: string;
  figure: string;
  tone: Tone;
}

/** At most four points, most important first. */
const MAX_POINTS = 4;

export function keyPoints({b, lang, w, fmt, section, fund, programmes, it}: DeckContext): KeyPoint[] {
  const out: KeyPoint[] = [];
  // Each row is one statement in the unit its figure is printed in (statementUnit), as the document itself sets
  // the total in 億円 and programmes in 百万円: 「189百万円増」 stays exact, never 「約1.9億円増」.
  const amount = (q: Quantity) => formatAmount(q, {...fmt, unit: statementUnit(q)});
  const unit = statementUnit(section.current?.value);
  if (section.current)
    out.push({
      form: "topic",
      statement: w.kpTotal(nameIn(section, lang)),
      figure: section.change
        ? w.amountAndChange(amount(section.current.value), changeIn(section, lang, unit))
        : amount(section.current.value),
      tone: toneOf(section)
    });
  if (fund?.supplementary) {
    const supp = section.supplementary ?? fund.supplementary;
    out.push({
      form: "action",
      statement: w.kpFund(nameIn(fund, lang), stageShort(b, supp, lang)),
      figure: amount(isWhole(fund.supplementary.value, supp.value) ? supp.value : fund.supplementary.value),
      tone: "plain"
    });
  }
  const movers = b.figures.messages.find((m) => m.kind === "movers");
  if (movers?.kind === "movers") {
    for (const [id, words] of [
      [movers.up, w.kpRise],
      [movers.down, w.kpCut]
    ] as const) {
      if (!id) continue;
      const e = entity(b, id);
      if (e.change)
        out.push({
          form: "named",
          statement: words(nameIn(e, lang)),
          figure: changeIn(e, lang, statementUnit(e.current?.value)),
          tone: toneOf(e)
        });
    }
  }
  const added = programmes.filter((e) => e.status === "new" && e.current);
  if (added.length)
    out.push({
      form: "named",
      statement: w.kpNew(added.length),
      // One new programme is named with its amount; several are one figure, their sum (names are in the risks).
      figure:
        added.length === 1
          ? w.nameAmount(nameIn(added[0], lang), amount(added[0].current!.value))
          : amount(sum(added.map((e) => e.current!.value))),
      tone: "new"
    });
  if (it && it.unitemised.millionYen > 0)
    out.push({
      form: "topic",
      statement: w.kpUnitemised,
      figure: w.unitemisedDetail(
        remainderAndTotal(it, lang).rest,
        formatShareOf(it.unitemised, it.total, lang, {within: true}),
        remainderAndTotal(it, lang).total
      ),
      tone: "plain"
    });
  return out.slice(0, MAX_POINTS);
}

export function keyPointSlides(ctx: DeckContext): SlideSpec[] {
  const {w, lang, section} = ctx;
  const points = keyPoints(ctx);
  if (!points.length) return [];
  const said = points.map((p) => w.spoken(p.form, p.statement, p.figure));
  return [
    {
      id: "key-points",
      part: "main",
      layout: "table",
      title: w.keyPointsTitle,
      ...blank(),
      tables: [
        {
          // One statement per row, its figures inside the sentence, each in the unit the document prints it in
          // (the total's 3億円増 in 億円, a programme's 189百万円増 in 百万円). A column of figures beside the
          // statements was read down as one series (3 against 189): with no figure column there is nothing to read
          // down, and every figure carries its unit where it stands. The header says the amounts are as printed.
          // The direction is in the words (増/減, up/down), so the rows keep one colour.
          columns: [{label: unitWords(lang).keyPointsHeader, align: "left"}],
          rows: points.map((p) => ({cells: [unitWords(lang).keyPointRow(p.form, p.statement, p.figure)]})),
          statements: true
        }
      ],
      // Every row spoken, in the table's order: the presenter reads down the table (at most MAX_POINTS).
      notes: {points: said, questions: []},
      sources: [section.current?.source ?? ""].filter(Boolean)
    }
  ];
}
