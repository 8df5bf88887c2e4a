// Japanese chart labels broken between phrases (文節), as the page's CSS does with `word-break: auto-phrase`: an SVG
// label is wrapped here, by measured width, so 「取り組むトップダウン型の国際共同研究」 breaks as 「取り組む｜トップダウン型の｜
// 国際共同研究」, never 「取り組｜む」, 「ネ｜ットワーク」 or 「+83百｜万円」. The kit ships no phrase dictionary (BudouX is
// not a dependency), so a small rule finds the breaks: after punctuation and closing brackets, before opening ones,
// after a "+" joining parts (日+｜南ア), before a figure after a kanji word (期間｜約1~3週間), after a particle or a word's ending in hiragana when a kanji, katakana or Latin word follows, and between a kanji
// and a katakana word. A katakana word, a number with its unit and a Latin word are never broken unless one alone
// is wider than the line. Text without Japanese is wrapped as before (measure.ts wrapStrict).
import {measure, wrapStrict, type Type} from "../lib/measure.js";
import {HYPHENATED} from "./quantity.js";

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const HIRAGANA = /\p{Script=Hiragana}/u;
const KANJI = /[\p{Script=Han}々〆]/u;
/** Katakana and the prolonged sound mark, but not the middle dot (・ separates words). */
const KATAKANA = /[\u30A1-\u30FA\u30FC-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/u;

/** Characters that never start a line and ones that never end one (kinsoku), as measure.ts keeps them. */
const NO_LINE_START = new Set([..."、。，．・：；？！ー）」』】〕％%,.;:!?)]’”…"]);
const NO_LINE_END = new Set([..."（「『【〔([‘“"]);
/** After these a phrase ends. */
const PHRASE_END = new Set([..."、。，．・）」』】〕"]);
/** Before these a phrase starts. */
const PHRASE_START = new Set([..."（「『【〔"]);
/** Hiragana that end a phrase when a content word follows: particles and the endings of verbs and adjectives. */
const PARTICLE_END = new Set([..."はがをにでとのへもやてるうくすつむぐぶいたなず"]);
const PARTICLE_TAIL = ["から", "まで", "より"];

/**
 * Runs that are never broken: a number with its sign, 約, era or 第 and unit (約2,900人, +83百万円, ▲7.5%, 12か国,
 * an era year with 年度, 第2次), a katakana word, a Latin word (with its inner hyphens: e-ASIA). Exported for the tests.
 */
export const UNBREAKABLE =
  /[0-9]{4}[-–~〜～][0-9]{4}(?![0-9])|(?:約|最大|上限|最少|令和|平成|昭和|第)?[+±▲−-]?[0-9０-９][0-9０-９,，.．]*(?:[%％]|百万円|億円|万円|千円|円|万人|人|か国|カ国|ヵ国|ヶ国|件|年度|年間|年|歳|倍|名|次|ヶ月|か月|カ月|週間|日間|月)?|[\u30A1-\u30FA\u30FC-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]+|[A-Za-z][A-Za-z0-9'’&./-]*/gu;

/** The insides of the unbreakable runs, and their edges (where a run starts or ends). */
function unbreakable(chars: string[]): {inside: Set<number>; edges: Set<number>} {
  const text = chars.join("");
  const inside = new Set<number>();
  const edges = new Set<number>();
  for (const m of text.matchAll(UNBREAKABLE)) {
    const start = [...text.slice(0, m.index)].length;
    const length = [...m[0]].length;
    for (let i = start + 1; i < start + length; i++) inside.add(i);
    edges.add(start).add(start + length);
  }
  return {inside, edges};
}

/** Whether a line may break before chars[i] (between a phrase and the next). */
function phraseBreak(chars: string[], i: number, inside: Set<number>, starts = new Set<number>()): boolean {
  const a = chars[i - 1];
  const c = chars[i];
  if (inside.has(i) || NO_LINE_START.has(c) || NO_LINE_END.has(a)) return false;
  if (/\s/u.test(a) && !/\s/u.test(c)) return true;
  if (/\s/u.test(c)) return false;
  if (PHRASE_END.has(a) || PHRASE_START.has(c)) return true;
  // A figure after a kanji word starts a phrase (渡航期間｜3ヶ月~1年程度, 受入期間｜約1~3週間).
  if (KANJI.test(a) && starts.has(i) && /[0-9０-９約]/u.test(c)) return true;
  if (HIRAGANA.test(a) && !HIRAGANA.test(c)) {
    const before = chars.slice(Math.max(0, i - 2), i).join("");
    return PARTICLE_END.has(a) || PARTICLE_TAIL.some((t) => before.endsWith(t));
  }
  // 「日+南ア+アフリカ」 lists its parts with "+": a line may break after one (not before a signed figure, +12か国).
  if (a === "+" && i > 1 && !/[0-9０-９]/u.test(c)) return true;
  // A kanji word before a katakana one (東南｜アジア), but not one kanji (南ア, an abbreviation of a name).
  return KANJI.test(a) && KATAKANA.test(c) && KANJI.test(chars[i - 2] ?? "");
}

/** Splits `text` where `may(i)` allows a break before code point i. */
function splitAt(chars: string[], may: (i: number) => boolean): string[] {
  const out: string[] = [];
  let piece = "";
  chars.forEach((c, i) => {
    if (i > 0 && may(i)) {
      out.push(piece);
      piece = "";
    }
    piece += c;
  });
  if (piece) out.push(piece);
  return out;
}

/** The phrases of a Japanese text: pieces between which a line may break (their concatenation is the text). */
export function phrases(text: string): string[] {
  const chars = [...text];
  const {inside, edges} = unbreakable(chars);
  return splitAt(chars, (i) => phraseBreak(chars, i, inside, edges));
}

/**
 * Kanji that end a compound word (戦略的, トップダウン型, 研究者, 育成等, 外国人) and rarely start one; 人 does start
 * 人材 and 人数, so it is a suffix only when those do not follow.
 */
const SUFFIX = new Set([..."的型等者員性費額策局省"]);
const isSuffix = (chars: string[], k: number) => SUFFIX.has(chars[k]) || (chars[k] === "人" && !"材数".includes(chars[k + 1] ?? ""));

/**
 * Where a kanji run may break when the phrase is wider than the line: most kanji words are two characters
 * (先端｜国際｜共同｜研究), so the run is read from its start in words of two, each taking the suffixes after it
 * (戦略的, 研究者), and one kanji is never left alone at the run's end (支援策).
 */
function kanjiBreak(chars: string[], i: number): boolean {
  let start = i;
  while (start > 0 && KANJI.test(chars[start - 1])) start--;
  let end = i;
  while (end < chars.length && KANJI.test(chars[end])) end++;
  for (let at = start; at < end;) {
    let next = Math.min(end, at + 2);
    while (next < end && isSuffix(chars, next)) next++;
    if (end - next === 1) return false;
    if (next === i) return true;
    if (next > i) return false;
    at = next;
  }
  return false;
}

/**
 * A phrase wider than the line, in pieces it may break between: unbreakable runs whole, a particle with the word
 * before it, kanji in words of two (kanjiBreak), other characters one by one.
 */
function atoms(phrase: string): string[] {
  const chars = [...phrase];
  const {inside, edges} = unbreakable(chars);
  return splitAt(chars, (i) => {
    const [a, c] = [chars[i - 1], chars[i]];
    if (inside.has(i) || NO_LINE_START.has(c) || NO_LINE_END.has(a) || HIRAGANA.test(c)) return false;
    // A run's edge (1百万円｜約2百万円) is a word's edge, whatever the kanji around it.
    return KANJI.test(a) && KANJI.test(c) && !edges.has(i) ? kanjiBreak(chars, i) : true;
  });
}

/** Pieces packed greedily into lines of `width`; a piece wider than a line is broken by `split`. */
function pack(pieces: string[], width: number, type: Type, split: (piece: string) => string[]): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces) {
    if (measure((line + piece).trimEnd(), type) <= width) {
      line += piece;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = "";
    const head = piece.trimStart();
    if (measure(head.trimEnd(), type) <= width) line = head;
    else {
      const parts = split(head);
      lines.push(...parts.slice(0, -1));
      line = parts.at(-1) ?? "";
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [""];
}

/**
 * An atom wider than the line, in the pieces of last resort: it breaks anywhere but inside an unbreakable run and
 * against kinsoku, so a katakana word that fits a line alone is not cut because the particles after it
 * (アイウエオ｜のによる) made its atom too wide.
 */
function loose(atom: string): string[] {
  const chars = [...atom];
  const {inside} = unbreakable(chars);
  return splitAt(chars, (i) => !inside.has(i) && !NO_LINE_START.has(chars[i]) && !NO_LINE_END.has(chars[i - 1]));
}

function wrapOnce(paragraph: string, width: number, type: Type): string[] {
  const strict = (piece: string) => wrapStrict(piece, width, type);
  return pack(phrases(paragraph), width, type, (phrase) =>
    pack(atoms(phrase), width, type, (atom) => pack(loose(atom), width, type, strict))
  );
}

/**
 * Runs a line never breaks inside, in any language, though they hold a space or a dash a browser would break at:
 * a figure with its scale word (¥0.3 billion, about ¥189 million) and a year range (2015-2036). The deck keeps each
 * in an unbreakable span (keepRuns) and the measure packs each as one piece, so the two agree. A range of figures
 * (1 to 3 weeks) may break.
 */
export const KEPT_RUN =
  /(?:about |約)?[+±▲−-]?[¥$€£]?[0-9][0-9,.]*(?:\.[0-9]+)? (?:million|billion|trillion)\b|(?<![0-9])[0-9]{4}[-–~〜～][0-9]{4}(?![0-9])/gu;

/** Whether `text` holds a kept run with a break opportunity inside (a space or a dash). */
const keepsRuns = (text: string) => [...text.matchAll(KEPT_RUN)].length > 0;

/** Stands for a space inside a kept run while the text is cut into words: not a space, so no break falls there. */
const GLUE = "\u0001";

/**
 * Text without Japanese that holds kept runs: words (with their trailing spaces) packed greedily, a kept run one
 * word; a word wider than the line is broken between its pieces (keptPieces), and only a piece wider still as
 * wrapStrict breaks it.
 */
function wrapKept(text: string, width: number, type: Type): string[] {
  return text.split("\n").flatMap((paragraph) => {
    const glued = paragraph.replace(KEPT_RUN, (run) => run.replace(/ /g, GLUE));
    const words = (glued.match(/\S+\s*|\s+/gu) ?? []).map((w) => w.replaceAll(GLUE, " "));
    // A word wider than the line (no space to break at: 「(2015-2020)(2021-2030)」) breaks between its pieces, a
    // kept run and an unbreakable run whole and kinsoku kept, before it breaks anywhere.
    return pack(words, width, type, (word) => pack(keptPieces(word), width, type, (piece) => wrapStrict(piece, width, type)));
  });
}

/** A word in the pieces it may break between: never inside a kept run or an unbreakable run, never against kinsoku. */
function keptPieces(word: string): string[] {
  const chars = [...word];
  const {inside} = unbreakable(chars);
  for (const m of word.matchAll(KEPT_RUN)) {
    const start = [...word.slice(0, m.index)].length;
    for (let i = start + 1; i < start + [...m[0]].length; i++) inside.add(i);
  }
  return splitAt(chars, (i) => !inside.has(i) && !NO_LINE_START.has(chars[i]) && !NO_LINE_END.has(chars[i - 1]));
}

/**
 * Lines of `text` no wider than `width` in `type`, Japanese broken between phrases (see above), other text as
 * measure.ts's wrapStrict breaks it. Explicit newlines are kept.
 */
export function wrapPhrases(text: string, width: number, type: Type): string[] {
  if (!JAPANESE.test(text)) return keepsRuns(text) ? wrapKept(text, width, type) : wrapStrict(text, width, type);
  return text.split("\n").flatMap((paragraph) => wrapOnce(paragraph, width, type));
}

/** The class that keeps a run on one line (white-space: nowrap) in the Marp theme (slides/theme.ts). */
export const WHOLE_WORD_CLASS = "kit-word";

/**
 * HTML text (already escaped) with each hyphenated Latin word in Japanese text (e-ASIA: Chromium may break after a
 * hyphen, 「e-｜ASIA」, the measure never does) and each kept run (KEPT_RUN: ¥0.3
 * billion, 2015-2036) in an unbreakable span, as the measure (wrapPhrases) keeps them whole. One pass over both
 * patterns, so a span is never nested in another.
 */
export const keepRuns = (html: string): string =>
  html.replace(new RegExp(`${KEPT_RUN.source}|${HYPHENATED}`, "gu"), (run) => `<span class="${WHOLE_WORD_CLASS}">${run}</span>`);

/**
 * Japanese HTML text (each phrase escaped alone) with a <wbr> between the measure's phrases: the theme sets cells
 * `word-break: keep-all`, so a line breaks there (and at spaces), where the measure (wrapPhrases) broke it, not
 * where Chromium's own phrase model would (「e-ASIA共同研究プロ｜グラム」). A phrase `whole` says fits its line is
 * set in an unbreakable span (keep-all still let Chromium break 「3ヶ月｜~1年程度」); one wider than the line is left
 * to break, as the measure breaks it. Other text: kept runs in spans (keepRuns).
 */
export function phraseHtml(text: string, escape: (s: string) => string, whole: (phrase: string) => boolean = () => false): string {
  if (!JAPANESE.test(text)) return keepRuns(escape(text));
  return phrases(text)
    .map((p) => {
      const body = p.trimEnd();
      const tail = escape(p.slice(body.length));
      return (whole(body) ? `<span class="${WHOLE_WORD_CLASS}">${escape(body)}</span>` : keepRuns(escape(body))) + tail;
    })
    .join("<wbr>");
}
