// Where the total goes: the report's composition rows (programmes, then the unitemised remainder with 約) as
// bars coloured by the document's heading, with their shares of the section total.
import {compositionRows} from "../../src/components/composition.js";
import {formatAmount, formatShareOf, unitLabel} from "../../src/lib/format.js";
import {compositionUnit} from "../../src/lib/remainder.js";
import {ask, compositionTitle} from "../../src/lib/story.js";
import {entity} from "../../src/lib/text.js";
import {tokens} from "../../src/lib/tokens.js";
import type {BarSpec, SlideSpec} from "../outline.js";
import {chart} from "./chart.js";
import {blank, remainderAndTotal, strandColourOf, type DeckContext} from "./context.js";

export function compositionSlides(ctx: DeckContext): SlideSpec[] {
  const {b, lang, w, fmt, section, it, curLabel} = ctx;
  if (!it || !section.current) return [];
  // The axis note names the total the shares are of: in the bars' unit too (one unit per visual).
  const total = remainderAndTotal(it, lang, compositionUnit()).total;
  // The alternative text reads the bars as one statement: in their unit (百万円), the total too.
  const altTotal = formatAmount(section.current.value, {lang, unit: "million"});
  // The report's composition rows (programmes, then the remainder with 約): the same labels and amounts.
  const rows: Omit<BarSpec, "inside">[] = compositionRows(b, {lang}).map((r) => ({
    label: r.label,
    value: r.value.millionYen,
    // In the bars' own unit (a remainder of 約33億円 beside bars in 百万円 reads 約3,300百万円), as the report draws it.
    text: w.withShare(r.barText, r.shareText),
    color: r.remainder ? tokens.color.unitemised : strandColourOf(b, entity(b, r.id).strand)
  }));
  const bars = rows.map((r) => `${r.label} ${r.text}`);
  // The title (compositionTitle) and the notes are statements: in the total's unit (statementUnit), so a remainder
  // derived from a total printed in 億円 reads 約33億円 beside 141億円, not 約3,300百万円 beside 約14,100百万円.
  const {rest, itemised, total: itTotal} = remainderAndTotal(it, lang);
  const itemisedShare = formatShareOf(it.itemised, it.total, lang, {within: true});
  const restShare = formatShareOf(it.unitemised, it.total, lang, {within: true});
  return [
    {
      id: "composition",
      part: "main",
      layout: "chart",
      title: compositionTitle(b, lang),
      ...blank(),
      chart: chart("composition", w.compositionAlt(curLabel, altTotal, bars), w.compositionAxis(unitLabel(1, lang), total), rows),
      // What the colours mean is the chart's swatch legend (slides/svg.ts, and the editable PPTX's): not repeated here.
      notes: {
        points: [w.itemisedPoint(itemised, itemisedShare, itTotal), w.remainderPoint(w.withShare(rest, restShare))],
        // The division's answer (answers.csv) when given, else the presenter's preparation list.
        questions: [ask(b, lang, w.remainderQuestion(rest), {topic: "remainder", programme: ""})]
      },
      sources: [section.current.source]
    }
  ];
}
