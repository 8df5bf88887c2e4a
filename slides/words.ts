// Words the decks print besides the data, shared by the Marp deck (deck.ts) and the editable PPTX (pptx.ts).
import type {Briefing} from "../src/lib/briefing.js";
import type {Lang} from "../src/lib/format.js";
import {nameIn} from "../src/lib/story.js";
import {networkProgramme, schemeFact} from "../src/lib/text.js";

export const UI = {
  ja: {
    keyMessages: "要点",
    total: "節の合計と補正予算",
    change: "事業別の増減",
    strands: "3つの区分",
    people: "人材と国際ネットワーク",
    sources: "注記と出典",
    asOf: "数値の時点",
    source: "出典",
    highlight: "成果・経験者",
    scheme: "スキーム",
    amounts: "予算額",
    frameworks: "マルチ枠組み",
    peopleTitle: "年間の支援人数",
    changeLabel: "前年度比",
    changeRow: "増減",
    isNew: "（新規）",
    restated: "（再掲）",
    newBar: "新規",
    agency: "実施機関",
    computed: "この資料の数値はすべて data/ のCSVから計算。",
    sourcesNote: "再掲の額は合計に加えていない。新規事業は増減率を示さない。"
  },
  en: {
    keyMessages: "Key messages",
    total: "Section total and the supplementary budget",
    change: "Change by programme",
    strands: "Three strands",
    people: "People and the international network",
    sources: "Notes and sources",
    asOf: "Figures as of",
    source: "Source",
    highlight: "Results and alumni",
    scheme: "Scheme",
    amounts: "Budget",
    frameworks: "Multilateral frameworks",
    peopleTitle: "People supported per year",
    changeLabel: "Change",
    changeRow: "Change",
    isNew: " (new)",
    restated: " (restated)",
    newBar: "new",
    agency: "Agency",
    computed: "Every figure in this deck is computed from the CSV files in data/.",
    sourcesNote: "Restated amounts are not added to the total; new programmes have no percentage change."
  }
} as const;

/** Scheme facts a programme slide shows (deck.ts programmeSlide), in ATTRIBUTES order. */
export const SLIDE_FACTS = ["supportPerProject", "jicaSupport", "period", "startYear", "people", "countries", "projects", "fund"];

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
