// The presenter's preparation list, written next to each deck (briefing-ja-questions.md): the likely questions
// the data does not answer yet (Question.open), which the speaker notes therefore leave out. Each is listed once,
// with the slides it belongs to and the data/answers.csv row that would answer it; the next build puts the answer
// in those slides' notes. Derived from the deck's own outline, so it cannot name a slide the deck lacks.
import type {Need} from "../src/lib/answers.js";
import {editionKey, type Briefing} from "../src/lib/briefing.js";
import {briefingTitle} from "../src/lib/edition.js";
import {nameIn} from "../src/lib/story.js";
import {entity} from "../src/lib/text.js";
import {deckWords} from "../src/locale/deck.js";
import type {DeckOutline} from "./outline.js";

interface Open {
  need: Need;
  /** The question as the first slide asking it words it. */
  q: string;
  slides: number[];
}

/** The open questions of an outline, each once, in the order the deck first asks them. */
export function openQuestions(o: DeckOutline): Open[] {
  const byNeed = new Map<string, Open>();
  o.slides.forEach((s, i) => {
    for (const x of s.notes.questions) {
      if (!x.open) continue;
      const key = `${x.open.topic}|${x.open.programme}`;
      const seen = byNeed.get(key);
      if (!seen) byNeed.set(key, {need: x.open, q: x.q, slides: [i + 1]});
      else if (!seen.slides.includes(i + 1)) seen.slides.push(i + 1);
    }
  });
  return [...byNeed.values()];
}

/** A CSV cell: quoted when it holds a comma or a quote. */
const cell = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The list as Markdown, in the deck's language. */
export function questionsMarkdown(b: Briefing, o: DeckOutline): string {
  const w = deckWords(o.lang);
  const open = openQuestions(o);
  const edition = editionKey(b.figures.current);
  const items = open.map((x, i) => {
    const row = [edition, x.need.topic, x.need.programme, "…", "…", "…"].map(cell).join(",");
    // A sheet's question does not name its programme (「なぜ減ったのか。」): the list names it.
    const name = x.need.programme ? nameIn(entity(b, x.need.programme), o.lang) : "";
    const q = name && !x.q.includes(name) ? w.onSheet(name, x.q) : x.q;
    const titles = x.slides.map((n) => o.slides[n - 1].title);
    return [`${i + 1}. ${q}`, w.questionSlides(x.slides.map(String), titles), w.questionNeeds(x.need.topic), w.questionRow(row)].join(
      "\n   - "
    );
  });
  return `# ${w.questionsTitle(briefingTitle(b, o.lang))}\n\n${w.questionsIntro}\n\n${items.length ? items.join("\n") : w.questionsNone}\n`;
}
