// The divider between the main flow and the appendix (reference sheets a presenter turns to for questions). It
// lists the appendix's slides by title, so the divider is a contents page a presenter can point to, not a page
// holding two words.
import type {SlideSpec} from "../outline.js";
import {blank, type DeckContext} from "./context.js";

export const appendixSlides = ({w}: DeckContext): SlideSpec[] => [
  {
    id: "appendix",
    part: "appendix",
    layout: "table",
    title: w.appendixTitle,
    subtitle: w.appendixSubtitle,
    ...blank(),
    notes: {points: [w.appendixPoint], questions: []}
  }
];

/** The divider with the titles of the appendix slides after it, once every slide is built. */
export function withAppendixContents(slides: SlideSpec[], {w}: DeckContext): SlideSpec[] {
  const sheets = slides.filter((s) => s.part === "appendix" && s.id !== "appendix");
  return slides.map((s) =>
    s.id === "appendix" && sheets.length
      ? {...s, tables: [{columns: [{label: w.appendixContents, align: "left"}], rows: sheets.map((x) => ({cells: [x.title]}))}]}
      : s
  );
}
