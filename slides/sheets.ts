// Programme sheets on a small edition: a sheet with few facts (a new programme, a restated one) leaves most of its
// slide empty even at the largest type scale, so consecutive sheets that fit one slide together at the deck's own
// type size (scale 1, measured by slides/layout.ts programmeBoxes) are set on one slide, one under another, and
// scaled up together. Which sheets go together is chosen by measure alone: of every way to cut the run of sheets
// into consecutive slides, the one whose sparsest slide is fullest, then the one with fewer slides. On an edition
// whose sheets each fill a slide nothing changes.
import {emWidth, nameIn, TITLE_MAX_EM} from "../src/lib/story.js";
import {entity} from "../src/lib/text.js";
import type {DeckContext} from "./kinds/context.js";
import {programmeBoxes, programmeScale} from "./layout.js";
import type {SlideSpec} from "./outline.js";

/** The slide that sets `parts` together, or undefined when they do not fit it at scale 1 or its title cannot fit. */
export function sheetsSlide(parts: SlideSpec[], {b, lang, w}: DeckContext): SlideSpec | undefined {
  if (parts.length === 1) return parts[0];
  // A sheet's programme as its title names it (its short name).
  const shortName = (p: SlideSpec) => nameIn(entity(b, p.programme!), lang);
  const fits = (t: string) => emWidth(t) <= TITLE_MAX_EM;
  const joined = w.sheetsTitle(parts.map((p) => p.title));
  const title = fits(joined) ? joined : w.sheetsNamed(parts.map((p) => shortName(p)));
  if (!fits(title)) return undefined;
  const mark = (p: SlideSpec, text: string) => w.onSheet(shortName(p), text);
  const slide: SlideSpec = {
    id: parts.map((p) => p.id).join("+"),
    part: "appendix",
    layout: "programme",
    title,
    figures: [],
    tables: [],
    facts: [],
    // A ※ note keeps its mark in front and names its programme after it.
    footnotes: parts.flatMap((p) =>
      p.footnotes.map((f) => (f.startsWith("※") ? `※${w.noteWith(f.slice(1), shortName(p))}` : w.noteWith(f, shortName(p))))
    ),
    notes: {
      points: parts.flatMap((p) => p.notes.points.map((x) => mark(p, x))),
      questions: parts.flatMap((p) => p.notes.questions.map((q) => ({...q, q: mark(p, q.q)})))
    },
    sources: [...new Set(parts.flatMap((p) => p.sources))],
    sheets: parts.map((p) => ({...p, footnotes: []}))
  };
  const {room, used} = programmeBoxes(slide);
  return used(1) <= room ? slide : undefined;
}

/** How full a slide of sheets is: the share of its room its boxes take at the scale it is set in. */
function fullness(s: SlideSpec): number {
  const {room, used} = programmeBoxes(s);
  return Math.min(1, used(programmeScale(s)) / room);
}

/** The appendix's programme sheets, consecutive ones set together where that leaves the sparsest slide fullest. */
export function combineSheets(slides: SlideSpec[], ctx: DeckContext): SlideSpec[] {
  const out: SlideSpec[] = [];
  for (let i = 0; i < slides.length;) {
    const isSheet = (s?: SlideSpec) => !!s && s.part === "appendix" && s.layout === "programme" && !!s.programme && !s.sheets;
    if (!isSheet(slides[i])) {
      out.push(slides[i++]);
      continue;
    }
    let j = i;
    while (isSheet(slides[j])) j++;
    out.push(...bestCut(slides.slice(i, j), ctx));
    i = j;
  }
  return oneScale(out);
}

/**
 * The appendix's programme sheets at one type scale, the smallest any of them needs (programmeScale), so a
 * reader paging through them meets one type size: a sheet with few words is no longer set much larger than its
 * neighbours.
 */
function oneScale(slides: SlideSpec[]): SlideSpec[] {
  const sheets = slides.filter((s) => s.part === "appendix" && s.layout === "programme");
  if (sheets.length < 2) return slides;
  const k = Math.min(...sheets.map(programmeScale));
  return slides.map((s) => (sheets.includes(s) ? {...s, scale: k} : s));
}

/** Of the ways to cut `run` into consecutive slides that fit, the one whose sparsest slide is fullest, then the fewest. */
function bestCut(run: SlideSpec[], ctx: DeckContext): SlideSpec[] {
  type Best = {least: number; slides: SlideSpec[]};
  const best: Best[] = [{least: Infinity, slides: []}];
  for (let end = 1; end <= run.length; end++) {
    let pick: Best | undefined;
    for (let start = end - 1; start >= 0; start--) {
      const slide = sheetsSlide(run.slice(start, end), ctx);
      // Sheets that do not fit together now do not fit with one more either.
      if (!slide) break;
      const least = Math.min(best[start].least, fullness(slide));
      const count = best[start].slides.length + 1;
      if (!pick || least > pick.least + 1e-9 || (Math.abs(least - pick.least) <= 1e-9 && count < pick.slides.length))
        pick = {least, slides: [...best[start].slides, slide]};
    }
    best.push(pick!);
  }
  return best[run.length].slides;
}
