// Notes and sources: each ※ note once, with the entities it is printed with, the source line and the as-of date.
import {asOfText, sourceLine} from "../../src/lib/edition.js";
import {nameIn, noteIn} from "../../src/lib/story.js";
import type {SlideSpec, TableSpec} from "../outline.js";
import {blank, type DeckContext} from "./context.js";

export function sourcesSlides({b, lang, w}: DeckContext): SlideSpec[] {
  const noteIds = [...new Set(b.figures.entities.flatMap((e) => [...e.notes, ...e.descriptionNotes]))];
  return [
    {
      id: "sources",
      // The deck's last slide, after the appendix: provenance for whoever checks a figure, not the briefing's story.
      part: "appendix",
      layout: "table",
      title: w.sourcesTitle,
      ...blank(),
      // Each ※ note once, with the programmes it is printed with.
      tables: (
        [
          {
            columns: [
              {label: w.noteColumn, align: "left"},
              {label: w.printedWithColumn, align: "left"}
            ],
            rows: [...new Set(noteIds.map((id) => noteIn(b, id, lang)))].map((text) => {
              const with_ = b.figures.entities.filter((e) =>
                [...e.notes, ...e.descriptionNotes].some((id) => noteIn(b, id, lang) === text)
              );
              // At most two names, whole (an official English name runs to 38 columns); the rest counted.
              // The section is named as what the note is printed with: its total (「…の合計」), not the bare name.
              const names = with_.slice(0, 2).map((e) => (e.id === b.figures.section ? w.kpTotal(nameIn(e, lang)) : nameIn(e, lang)));
              return {cells: [text.replace(/^※/, ""), w.namesAndMore(names, with_.length - names.length)]};
            })
          }
        ] satisfies TableSpec[]
      ).filter((t) => t.rows.length), // no ※ notes: the source and as-of lines alone, not a table of headers
      footnotes: [sourceLine(b, lang), w.asOfLine(asOfText(b, lang))],
      notes: {points: [w.sourcesPoint], questions: []},
      sources: [sourceLine(b, lang)]
    }
  ];
}
