// The divider between the main flow and the appendix (reference sheets a presenter turns to for questions).
import type {SlideSpec} from "../outline.js";
import {blank, type DeckContext} from "./context.js";

export const appendixSlides = ({w}: DeckContext): SlideSpec[] => [
  {
    id: "appendix",
    part: "appendix",
    layout: "title",
    title: w.appendixTitle,
    subtitle: w.appendixSubtitle,
    ...blank(),
    notes: {points: [w.appendixPoint], questions: []}
  }
];
