// Where the total goes: the report's composition rows (programmes, then the unitemised remainder with 約) as
// bars coloured by the document's heading, with their shares of the section total.
import {compositionRows} from "../../src/components/composition.js";
import {formatShareOf, unitLabel} from "../../src/lib/format.js";
import {lineKey} from "../../src/lib/lines.js";
import {ask, emWidth, TITLE_MAX_EM} from "../../src/lib/story.js";
import {unitWords} from "../../src/locale/units.js";
import {tokens} from "../../src/lib/tokens.js";
import type {BarSpec, SlideSpec} from "../outline.js";
import {chart} from "./chart.js";
import {blank, remainderAndTotal, type DeckContext} from "./context.js";

export function compositionSlides(ctx: DeckContext): SlideSpec[] {
  const {b, lang, w, section, it, curLabel} = ctx;
  if (!it || !section.current) return [];
  // Every figure in its printed unit (statementUnit): the total as printed (141億円, never 約14,100百万円), the
  // itemised sum as its terms were printed (10,756百万円, never 約107.6億円), the remainder in its one unit.
  const {rest, itemised, total} = remainderAndTotal(it, lang);
  // The alternative text reads the bars as one statement, the total as printed.
  const rows: Omit<BarSpec, "inside">[] = compositionRows(b, {lang}).map((r) => ({
    label: r.label,
    value: r.value.millionYen,
    // In the bars' own unit (a remainder of 約33億円 beside bars in 百万円 reads 約3,300百万円), as the report draws it.
    text: w.withShare(r.barText, r.shareText),
    color: r.remainder ? tokens.color.unitemised : lineKey(b, r.id, lang).color
  }));
  // The colours by budget line (src/lib/lines.ts): a programme counted in a line's total takes the line's colour,
  // named with its printed total, so the bars agree with the line's own sheet; other programmes their heading's.
  // The swatch legend lists each colour once, in the bars' order, the remainder's last.
  const legend = [
    ...new Map(
      compositionRows(b, {lang}).map((r) => {
        const key = r.remainder ? {label: r.label, color: tokens.color.unitemised} : lineKey(b, r.id, lang);
        return [key.color, key] as const;
      })
    ).values()
  ];
  const bars = rows.map((r) => `${r.label} ${r.text}`);
  const itemisedShare = formatShareOf(it.itemised, it.total, lang, {within: true});
  const restShare = formatShareOf(it.unitemised, it.total, lang, {within: true});
  // The title leads with what the document itemises (its programmes, their printed sum and share), not with the
  // part it does not: the first form that fits the title's line.
  const titles = unitWords(lang).compositionTitles({count: it.programmes.length, itemised, share: itemisedShare, total});
  return [
    {
      id: "composition",
      part: "main",
      layout: "chart",
      title: titles.find((t) => emWidth(t) <= TITLE_MAX_EM) ?? titles[titles.length - 1],
      ...blank(),
      // The axis names the bars' unit and the total the shares are of, as printed (合計141億円に対する割合).
      chart: chart(
        "composition",
        w.compositionAlt(curLabel, total, bars),
        unitWords(lang).compositionAxis(unitLabel(1, lang), total),
        rows,
        // What the colours mean: the chart's swatch legend (slides/svg.ts, and the editable PPTX's).
        {legend}
      ),
      notes: {
        points: [w.itemisedPoint(itemised, itemisedShare, total), w.remainderPoint(w.withShare(rest, restShare))],
        // The division's answer (answers.csv) when given, else the presenter's preparation list.
        questions: [ask(b, lang, w.remainderQuestion(rest), {topic: "remainder", programme: ""})]
      },
      sources: [section.current.source]
    }
  ];
}
