// Words the decks print besides the data, shared by the Marp deck (deck.ts) and the editable PPTX (pptx.ts).
import type {Briefing} from "../src/lib/briefing.js";
import type {Lang} from "../src/lib/format.js";
import {nameIn} from "../src/lib/story.js";
import {networkProgramme, schemeFact} from "../src/lib/text.js";

export const UI = {
  ja: {
    asOf: "数値の時点",
    highlight: "成果・経験者",
    frameworks: "マルチ枠組み",
    changeLabel: "前年度比",
    changeRow: "増減",
    isNew: "（新規）",
    restated: "（再掲）",
    newBar: "新規",
    about: "事業の概要（資料の記載）",
    objective: "この節の目的（資料の記載）"
  },
  en: {
    asOf: "Figures as of",
    highlight: "Results and alumni",
    frameworks: "Multilateral frameworks",
    changeLabel: "Change",
    changeRow: "Change",
    isNew: " (new)",
    restated: " (restated)",
    newBar: "new",
    about: "What it does (the document's words)",
    objective: "What this section is for (the document's words)"
  }
} as const;

/** Scheme facts a programme slide shows (outline.ts programmeSlide), in ATTRIBUTES order: who is supported, with what, how long, how many. */
export const SLIDE_FACTS = ["target", "supportPerProject", "jicaSupport", "costs", "period", "startYear", "people", "countries", "projects", "fund"];

/** The partner counts of the programme the document counts a network for, in one line. */
export function networkLine(b: Briefing, lang: Lang): string {
  const p = networkProgramme(b);
  if (!p) return "";
  const fact = (a: string) => schemeFact(b, p.id, a);
  const name = nameIn(p, lang);
  const ever = fact("jointCallCountries"),
    now = fact("currentJointCallCountries"),
    projects = fact("projects");
  if (!ever || !now) return "";
  return lang === "ja"
    ? `${name}: ${ever.printed}（${now.printed}）${projects ? `、${projects.printed}` : ""}`
    : `${name}: ${ever.printedEn} (${now.printedEn.toLowerCase()})${projects ? `; ${projects.printedEn}` : ""}.`;
}
