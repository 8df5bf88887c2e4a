// A programme's first mention in a deck uses its full name from data, introducing the short name every later
// mention uses: 「事業A推進事業（事業A）」, then 「事業A」. The slides' text
// (titles, statements, footnotes) and the speaker notes are counted separately: a presenter reads the notes
// without the slides' words. Chart labels and the cells of tables of figures are labels, not mentions.
import type {Briefing} from "../src/lib/briefing.js";
import type {Lang} from "../src/lib/format.js";
import {fullName, shortName} from "../src/lib/text.js";
import {emWidth, TITLE_MAX_EM} from "../src/lib/story.js";
import {textWords} from "../src/locale/text.js";
import type {SlideSpec} from "./outline.js";

interface Name {
  id: string;
  short: string;
  full: string;
  /** The first mention: the full name, with the short name after it unless the full name holds it already. */
  first: string;
}

/** Where `needle` stands in `text` as a whole name (a Latin name not inside a longer word). */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  const latin = (c: string | undefined) => !!c && /[A-Za-z0-9]/.test(c);
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const whole = !(latin(needle[0]) && latin(text[i - 1])) && !(latin(needle[needle.length - 1]) && latin(text[i + needle.length]));
    if (whole) out.push(i);
  }
  return out;
}

/**
 * Names mentions in order. `mention(text, fits)` returns the text with the first mention of each programme not
 * yet named in full written in full, when the result `fits` (a title keeps its line); a text that already holds
 * a full name (a subtitle) counts as its mention.
 */
export function mentions(b: Briefing, lang: Lang) {
  const words = textWords(lang);
  const names: Name[] = b.figures.entities
    .filter((e) => e.kind === "programme")
    .map((e) => {
      const [short, full] = [shortName(e, lang), fullName(e, lang)];
      return {id: e.id, short, full, first: full.includes(short) || !short ? full : words.introduced(full, short)};
    });
  const named = new Set<string>();
  return (text: string, fits: (t: string) => boolean = () => true): string => {
    let out = text;
    for (const n of names) {
      if (named.has(n.id)) continue;
      if (occurrences(out, n.full).length) {
        named.add(n.id);
        continue;
      }
      // Every longer name's place in the text: a short name inside another name ("Alpha" in "Alpha Plus") is not a mention.
      const taken = names
        .flatMap((m) => [m.full, m.short, m.first])
        .filter((s) => s.length > n.short.length && s.includes(n.short))
        .flatMap((s) => occurrences(out, s).map((i) => [i, i + s.length]));
      const at = occurrences(out, n.short).find((i) => !taken.some(([a, z]) => i >= a && i < z));
      if (at === undefined) continue;
      const written = out.slice(0, at) + n.first + out.slice(at + n.short.length);
      if (!fits(written)) continue;
      out = written;
      named.add(n.id);
    }
    return out;
  };
}

/** The title lines a key point with a programme's full name may take. */
const STATEMENT_LINES = 2;

/** The deck's slides with each programme's first mention in full, on the slides and in the notes. */
export function firstMentions(b: Briefing, lang: Lang, slides: SlideSpec[], titleFits: (t: string) => boolean): SlideSpec[] {
  const onSlide = mentions(b, lang);
  const inNotes = mentions(b, lang);
  return slides.map((s) => {
    if (s.subtitle) onSlide(s.subtitle, () => false);
    const title = onSlide(s.title, titleFits);
    const tables = s.tables.map((t) =>
      // A statement with the full name stays within two title lines (its table is set smaller and spans the
      // slide, so at most two lines): key points are laid out on one slide, never continued. One title line was
      // too strict for the formal name of the programme a key point names first (「…プログラム（X）」).
      t.statements
        ? {
            ...t,
            rows: t.rows.map((r) => ({...r, cells: r.cells.map((c) => onSlide(c, (x) => emWidth(x) <= STATEMENT_LINES * TITLE_MAX_EM))}))
          }
        : t
    );
    const footnotes = s.footnotes.map((f) => onSlide(f));
    const notes = {
      points: s.notes.points.map((p) => inNotes(p)),
      // An open question is not in the notes (slides/questions.ts lists it): it introduces no name there.
      questions: s.notes.questions.map((q) => (q.open ? q : {...q, q: inNotes(q.q), a: inNotes(q.a)}))
    };
    return {...s, title, tables, footnotes, notes};
  });
}
