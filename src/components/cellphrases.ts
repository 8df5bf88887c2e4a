// Table cells and headers broken only between phrases (文節), as the slides' tables are (slides/deck.ts): the
// cells are set `word-break: keep-all` (src/style.css) and each Japanese text in them gets a <wbr> between the
// phrases of components/phrases.ts, so a narrow column widens to its longest phrase instead of breaking inside a
// word (「先端国際｜共同研究」「協力相手｜国」). Chromium's own phrase model (auto-phrase) cannot do this in a
// table: a phrase it keeps whole still counts as breakable when the column's width is computed.
import {phrases} from "./phrases.js";
import {FIGURE_CLASS} from "./quantity.js";

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/** NodeFilter's values (DOM standard), spelled out: the unit tests' DOM (jsdom) has no global NodeFilter. */
const SHOW_TEXT = 4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

/**
 * `node` with a <wbr> between the phrases of each Japanese text in it, figures' unbreakable spans left whole.
 * Returns `node`, changed in place.
 */
export function phraseBreaks<T extends Node>(node: T): T {
  const doc = node.ownerDocument ?? document;
  const walker = doc.createTreeWalker(node, SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(`svg, style, script, .${FIGURE_CLASS}`) ? FILTER_REJECT : FILTER_ACCEPT)
  });
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const t of texts) {
    const value = t.nodeValue ?? "";
    if (!JAPANESE.test(value)) continue;
    const pieces = phrases(value);
    if (pieces.length < 2) continue;
    t.replaceWith(...pieces.flatMap((p, i) => (i ? [doc.createElement("wbr"), p] : [p])));
  }
  return node;
}
