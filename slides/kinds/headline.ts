// The headline: the current total and its change as the title, the current and previous totals and any
// supplementary fund as tiles, the section's objective in the document's words.
import {asOfText, documentTitle, editionKeyPairs} from "../../src/lib/edition.js";
import {reportWords} from "../../src/locale/report.js";
import {formatAmount} from "../../src/lib/format.js";
import {changeWithPct, headlineTitle, nameIn, noteAnswer} from "../../src/lib/story.js";
import {stageLabel, stageShort} from "../../src/lib/text.js";
import type {FigureSpec, SlideSpec} from "../outline.js";
import {blank, objectiveOf, type DeckContext} from "./context.js";

export function headlineSlides(ctx: DeckContext): SlideSpec[] {
  const {b, lang, w, fmt, section, fund, cmpLabel} = ctx;
  // The title states the current total and its change; the figures add what it does not.
  // The current total first (the figure the deck is about), then what it is compared with, then the fund.
  const figures: FigureSpec[] = [];
  if (section.current) figures.push({label: ctx.curLabel, value: formatAmount(section.current.value, fmt), tone: "plain"});
  if (section.comparison) figures.push({label: cmpLabel, value: formatAmount(section.comparison.value, fmt), tone: "plain"});
  if (section.supplementary)
    figures.push({
      label: `${stageShort(b, section.supplementary, lang)}${fund ? w.fundMark : ""}`,
      value: formatAmount(section.supplementary.value, fmt),
      tone: "plain"
    });
  // The current amount's ※ notes, then the section's own notes (every edition: where other costs are counted).
  const s = [...new Set([...(section.current?.notes ?? []), ...section.notes])];
  const keys = editionKeyPairs(b, lang);
  return [
    {
      id: "headline",
      part: "main",
      layout: "title",
      title: headlineTitle(b, lang),
      subtitle: documentTitle(b, lang),
      ...blank(),
      figures,
      // The section's objective in the document's words: what the money is for, under the headline.
      about: objectiveOf(ctx),
      // The month the figures are as of, without the remark in brackets (「…。文書に日付の記載なし」 is provenance
      // for the sources slide, not for the minister).
      // Then which edition each short label of the deck stands for, said once where the labels first appear.
      footnotes: [
        w.asOfLine(asOfText(b, lang).replace(/\s*[（(][^（()）]*[）)]\s*$/, "")),
        ...(keys.length ? [reportWords(lang).editionKey(keys)] : [])
      ],
      notes: {
        points: [
          headlinePoint(ctx),
          ...(section.supplementary && fund
            ? [
                w.separateFund(
                  stageLabel(b, section.supplementary, lang),
                  formatAmount(section.supplementary.value, fmt),
                  nameIn(fund, lang)
                )
              ]
            : [])
        ],
        // What the total's notes mean for it; a total without notes has nothing to qualify it, so no question.
        questions: s.length ? [{q: w.totalQuestion, a: noteAnswer(b, s, lang)}] : []
      },
      sources: [section.current?.source ?? ""].filter(Boolean)
    }
  ];
}

function headlinePoint({b, lang, w, section: s}: DeckContext): string {
  if (!s.current) return "";
  const cur = formatAmount(s.current.value, {lang});
  const cmp = s.comparison ? formatAmount(s.comparison.value, {lang}) : "";
  const cmpStage = b.figures.comparison ? stageLabel(b, b.figures.comparison, lang) : "";
  return w.headlinePoint(stageLabel(b, b.figures.current, lang), cur, cmp, cmp ? changeWithPct(s, lang) : "", cmpStage);
}
