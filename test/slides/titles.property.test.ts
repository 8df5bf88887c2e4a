// Titles never cut a name (issue 17: on a generated edition of 30 programmes an English title read "for Excellence
// for Exchange (JSPS) rises most"; that is the generated short name itself, whole, as data gives it). On generated
// editions of 1–30 programmes with names up to 120 characters, every title that names a programme is one of the
// forms its message offers with the whole short name (or a form without the name), and no title has "…".
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import type {Briefing} from "../../src/lib/briefing.js";
import type {EntityFigures} from "../../src/lib/derive.js";
import {briefingFromInput} from "../../src/lib/files.js";
import {changeWithPct} from "../../src/lib/story.js";
import {entity, firstMention, shortName, stageShort} from "../../src/lib/text.js";
import {storyWords} from "../../src/locale/story.js";
import {sheetsOf} from "../../slides/layout.js";
import {deckOutline} from "../../slides/outline.js";
import {describeEdition, editionArbOf, editionInput, type GenEdition} from "../layout/gen.js";
import {formatAmount, formatMovement, formatPct} from "../../src/lib/format.js";

const editions = editionArbOf({programmes: {min: 1, max: 30}, names: {min: 2, max: 120}, stages: {min: 2, max: 5}});

/** Every form a programme's own title may take (programmeTitle), each with its name whole. */
function programmeForms(b: Briefing, e: EntityFigures, lang: "ja" | "en"): string[] {
  const w = storyWords(lang);
  const name = firstMention(b, e, lang);
  const cmp = b.figures.comparison ? stageShort(b, b.figures.comparison, lang) : "";
  const pct = formatPct(e, lang).replace(/^(約|about )?[+▲−]/, "$1");
  const cur = e.current ? [name, formatAmount(e.current.value, {lang})] : [];
  return [
    ...w.restated(name),
    ...w.notInDocument(name),
    ...w.isNew(name),
    ...w.flat(name, cmp),
    ...w.moved(name, true, pct, cmp),
    ...w.moved(name, false, pct, cmp),
    ...cur,
    // An appendix sheet's (slides/kinds/programme.ts sheetTitle): a message with the name at its first mention or
    // its short name, else the name alone.
    ...[name, shortName(e, lang)].flatMap((n) => [
      n,
      ...(e.current ? [w.sheetNew(n, cur[1]), w.sheetFlat(n, cur[1])] : []),
      ...(e.change ? [w.sheetMoved(n, true, changeWithPct(e, lang)), w.sheetMoved(n, false, changeWithPct(e, lang))] : [])
    ])
  ];
}

/** How many titles the runs saw naming a programme (the property must meet some). */
let named = 0;

function check(g: GenEdition) {
  const b = briefingFromInput(editionInput(g));
  for (const lang of ["ja", "en"] as const) {
    const w = storyWords(lang);
    const slides = deckOutline(b, lang).slides;
    const where = `${describeEdition(g)} (${lang})`;
    for (const s of slides) expect(s.title, where).not.toContain("…");
    const changes = slides.find((s) => s.id === "changes");
    const movers = b.figures.messages.find((m) => m.kind === "movers");
    const [up, down] = movers?.kind === "movers" ? [movers.up, movers.down] : [];
    if (changes && (up ?? down)) {
      const mover = entity(b, (up ?? down)!);
      const name = shortName(mover, lang);
      const forms = w.change({name, rises: !!up, pct: changeWithPct(mover, lang), change: formatMovement(mover.change!, {lang})});
      expect(forms, where).toContain(changes.title);
      if (changes.title.includes(name)) named++;
    }
    // Sparse programme sheets may share a slide (slides/sheets.ts): each keeps its own title.
    for (const s of slides.flatMap(sheetsOf).filter((x) => x.id.startsWith("programme-"))) {
      const e = entity(b, s.id.slice("programme-".length));
      expect(programmeForms(b, e, lang), where).toContain(s.title);
      if (s.title.includes(firstMention(b, e, lang))) named++;
    }
  }
}

describe("slide titles on generated editions", () => {
  it("name a programme whole, or not at all, and never with …", () => {
    fc.assert(fc.property(editions, check), {numRuns: 12, seed: 29, endOnFailure: true});
    expect(named).toBeGreaterThan(0);
  }, 120_000);
});
