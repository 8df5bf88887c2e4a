// A budget line that groups programmes, one slide each: its amounts in both years and the change, its members' amounts, the
// document heading they are described under (one footnote per heading, some are under another heading than the
// line's), and any rounding between total and members.
import {formatAmount, formatChange} from "../../src/lib/format.js";
import {tilesHeight} from "../layout.js";
import {groupTitle, nameIn, noteIn, NOT_IN_THIS_EDITION, signedChangeWithPct} from "../../src/lib/story.js";
import {fullName, membersOf} from "../../src/lib/text.js";
import type {FigureSpec, SlideSpec} from "../outline.js";
import {sheetWords} from "../../src/locale/sheets.js";
import {blank, toneOf, type DeckContext} from "./context.js";

export function groupSlides({b, lang, w, fmt, cmpLabel, curLabel}: DeckContext): SlideSpec[] {
  return b.figures.entities
    .filter((e) => e.kind === "group")
    .map((g): SlideSpec => {
      const members = membersOf(b, g);
      const strand = (id?: string) => {
        const s = b.strands.find((x) => x.id === id);
        return s ? w.named(s) : "";
      };
      // The tiles read as a programme sheet's do (current, comparison, change), so a reader paging through the
      // appendix finds the line's figures where every sheet puts them; the title states them as a sentence.
      const figures: FigureSpec[] = [];
      if (g.current) figures.push({label: curLabel, value: formatAmount(g.current.value, fmt), tone: "plain"});
      if (g.comparison) figures.push({label: cmpLabel, value: formatAmount(g.comparison.value, fmt), tone: "plain"});
      // The change as a tile while the tiles keep one row (the title states it in full): with its percentage,
      // else the amount alone, else none, so the members' table keeps the room a second row of tiles would take.
      if (g.current && g.change && g.status !== "new") {
        const oneRow = tilesHeight(figures.slice(0, 1));
        const tile = [signedChangeWithPct(g, lang), formatChange(g.change, fmt)]
          .map((value): FigureSpec => ({label: w.changeRow, value, tone: toneOf(g)}))
          .find((t) => tilesHeight([...figures, t]) <= oneRow);
        if (tile) figures.push(tile);
      }
      // Which heading the document describes each member under: one footnote per heading, not a column repeating it.
      const headings = [...new Set(members.map((m) => m.strand))].filter((id) => strand(id));
      const headingNotes = headings.map((id) =>
        sheetWords(lang).headingNote(
          strand(id),
          members.filter((m) => m.strand === id).map((m) => nameIn(m, lang)),
          headings.length === 1 && members.every((m) => m.strand === id)
        )
      );
      const groupNotes = g.notes.map((n) => noteIn(b, n, lang));
      // Members described under another heading than most of the group's members.
      const tally = new Map<string | undefined, number>();
      for (const m of members) tally.set(m.strand, (tally.get(m.strand) ?? 0) + 1);
      const main = [...tally].sort((x, y) => y[1] - x[1])[0]?.[0];
      const elsewhere = members.filter((m) => m.strand !== main);
      // The rounding remark for the current stage only (the group's checks say which stage).
      const rounding = b.figures.groupChecks
        .filter(
          (c) =>
            c.group === g.id &&
            c.difference !== 0 &&
            c.ref.stage === b.figures.current.stage &&
            c.ref.fiscalYear === b.figures.current.fiscalYear
        )
        .map((c) => w.rounding(formatAmount(c.printed, fmt), formatAmount(c.membersSum, fmt)));
      return {
        id: `group-${g.id}`,
        part: "appendix",
        layout: "table",
        title: groupTitle(b, g, lang),
        subtitle: fullName(g, lang),
        ...blank(),
        figures,
        tables: [
          {
            columns: [
              {label: w.programmeColumn, align: "left"},
              {label: cmpLabel, align: "right"},
              {label: curLabel, align: "right"}
            ],
            rows: members.map((m) => ({
              cells: [
                nameIn(m, lang),
                m.comparison ? formatAmount(m.comparison.value, fmt) : "—",
                m.current ? formatAmount(m.current.value, fmt) : NOT_IN_THIS_EDITION[lang]
              ]
            }))
          }
        ],
        footnotes: [...headingNotes, ...groupNotes, ...rounding],
        notes: {
          points: [
            w.budgetLinePoint(fullName(g, lang), members.length),
            ...(elsewhere.length
              ? [
                  w.elsewherePoint(
                    elsewhere.map((m) => nameIn(m, lang)),
                    strand(elsewhere[0].strand)
                  )
                ]
              : [])
          ],
          // Asked only where the total and its members' sum differ: else there is nothing to explain.
          questions: rounding.length ? [{q: w.roundingQuestion, a: rounding.join(" ")}] : []
        },
        sources: [g.current?.source ?? g.source]
      };
    });
}
