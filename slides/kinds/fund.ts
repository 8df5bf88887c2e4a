// The supplementary fund, as a multi-year fund: its terms (scheme facts), the programme's annual budget as the
// tile, and the restated items of the same supplementary budget.
import {formatAmount} from "../../src/lib/format.js";
import {clampText, fundTitle, nameIn, noteIn, programmeNotes} from "../../src/lib/story.js";
import {ATTRIBUTES, fullName, schemeFact, stageLabel} from "../../src/lib/text.js";
import type {FactSpec, FigureSpec, SlideSpec} from "../outline.js";
import {aboutOf, blank, purposeOf, type DeckContext} from "./context.js";

export function fundSlides(ctx: DeckContext): SlideSpec[] {
  const {b, lang, w, fmt, section, fund, curLabel} = ctx;
  if (!fund?.supplementary) return [];
  const supp = section.supplementary ?? fund.supplementary;
  const restated = b.figures.entities.filter((e) => e.restated && e.supplementary && e.supplementary.stage === supp.stage);
  const fact = (a: string) => {
    const f = schemeFact(b, fund.id, a);
    return f ? w.printed(f) : undefined;
  };
  // The title states the fund and its share; the tile sets it against the programme's annual budget.
  const figures: FigureSpec[] = fund.current
    ? [
        {
          label: w.annualBudget(curLabel, fund.status === "new"),
          value: formatAmount(fund.current.value, fmt),
          tone: fund.status === "new" ? "new" : "plain"
        }
      ]
    : [];
  const facts: FactSpec[] = [];
  // Who is supported is said in the notes; the slide keeps the fund, its terms and the partners.
  for (const a of ["fund", "supportPerProject", "period", "partners"]) {
    const v = fact(a);
    if (v) facts.push({term: ATTRIBUTES[a]?.[lang] ?? a, value: v});
  }
  return [
    {
      id: "fund",
      part: "main",
      layout: "programme",
      title: fundTitle(b, fund, lang),
      subtitle: `${stageLabel(b, supp, lang)} · ${clampText(fullName(fund, lang), 100)}`,
      ...blank(),
      figures,
      facts,
      about: aboutOf(ctx, fund.id),
      footnotes: [
        w.fundNotAnnual,
        ...restated.map((e) =>
          w.restatedInSupplementary(nameIn(e, lang, 60), formatAmount(e.supplementary!.value, fmt), noteIn(b, e.notes[0] ?? "", lang))
        )
      ],
      notes: programmeNotes(b, fund, lang, {purpose: purposeOf(ctx, fund.id), described: !!aboutOf(ctx, fund.id)}),
      sources: [fund.supplementary.source]
    }
  ];
}
