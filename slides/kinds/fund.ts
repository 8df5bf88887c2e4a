// The supplementary fund, as a multi-year fund: its terms (scheme facts), the programme's annual budget as the
// tile, and the restated items of the same supplementary budget.
import {isWhole, type Quantity} from "../../src/lib/amount.js";
import {formatAmount} from "../../src/lib/format.js";
import {emWidth, nameIn, noteIn, programmeNotes, TITLE_MAX_EM} from "../../src/lib/story.js";
import {ATTRIBUTES, fullName, schemeFact, shortName, stageShort} from "../../src/lib/text.js";
import {sheetWords} from "../../src/locale/sheets.js";
import type {FactSpec, FigureSpec, SlideSpec} from "../outline.js";
import {factRow} from "./programme.js";
import {aboutOf, blank, purposeOf, statementUnit, type DeckContext} from "./context.js";

export function fundSlides(ctx: DeckContext): SlideSpec[] {
  const {b, lang, w, fmt, section, fund, curLabel} = ctx;
  if (!fund?.supplementary) return [];
  const supp = section.supplementary ?? fund.supplementary;
  const restated = b.figures.entities.filter((e) => e.restated && e.supplementary && e.supplementary.stage === supp.stage);
  const fact = (a: string) => {
    const f = schemeFact(b, fund.id, a);
    return f ? w.printed(f) : undefined;
  };
  // The fund's total is the big number (the section's printed supplementary amount when the fund is all of it);
  // the programme's annual budget, appropriated separately, is the second tile.
  const all = isWhole(fund.supplementary.value, supp.value);
  // Each figure in the unit the document prints it in (statementUnit): the fund as printed (440億円), the
  // programme's annual budget as printed (100百万円, as on every other slide, never 1億円), the restated items too.
  const amount = (q: Quantity) => formatAmount(q, {...fmt, unit: statementUnit(q)});
  const annual = fund.current && amount(fund.current.value);
  const figures: FigureSpec[] = [
    {
      label: w.fundTotalLabel(stageShort(b, supp, lang), all),
      value: amount((all ? supp : fund.supplementary).value),
      tone: "plain"
    },
    ...(annual
      ? [
          {
            label: w.annualBudget(curLabel, fund.status === "new"),
            value: annual,
            tone: fund.status === "new" ? "new" : "plain"
          } as FigureSpec
        ]
      : [])
  ];
  // A title names the programme whole or not at all (a title is never cut with …): the first candidate that fits.
  const titles = w.fundTitles(shortName(fund, lang), stageShort(b, supp, lang));
  const facts: FactSpec[] = [];
  // Who is supported is said in the notes; the slide keeps the fund, its terms and the partners.
  for (const a of ["fund", "supportPerProject", "period", "partners"]) {
    const v = fact(a);
    // The row's term as the programme sheets give it (factRow): a term the programme prints (支援期間 for a fund
    // with no 受入), never the combined 支援・受入期間.
    if (v) facts.push(factRow(sheetWords(lang), a, ATTRIBUTES[a]?.[lang] ?? a, v));
  }
  return [
    {
      id: "fund",
      part: "main",
      layout: "programme",
      title: titles.find((t) => emWidth(t) <= TITLE_MAX_EM) ?? titles[titles.length - 1],
      subtitle: fullName(fund, lang),
      ...blank(),
      figures,
      facts,
      about: aboutOf(ctx, fund.id),
      footnotes: [
        annual ? w.fundRelation(curLabel, annual) : w.fundNotAnnual,
        ...restated.map((e) =>
          w.restatedInSupplementary(nameIn(e, lang), amount(e.supplementary!.value), noteIn(b, e.notes[0] ?? "", lang))
        )
      ],
      notes: programmeNotes(b, fund, lang, {purpose: purposeOf(ctx, fund.id), described: !!aboutOf(ctx, fund.id)}),
      sources: [fund.supplementary.source],
      programme: fund.id
    }
  ];
}
