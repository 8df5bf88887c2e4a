// Every text of a slide as displayed (src/lib/display.ts displayText): the document's words in one form (か月, ～,
// 2015–2036) on the slide, in its tables, chart labels and speaker notes, before the outline measures them.
import {displayText} from "../src/lib/display.js";
import type {Lang} from "../src/lib/format.js";
import type {SlideSpec} from "./outline.js";

/** A value with every string in it displayed (numbers, colours and ids have no Japanese or year range to change). */
function displayed<T>(value: T, lang: Lang): T {
  if (typeof value === "string") return displayText(value, lang) as T;
  if (Array.isArray(value)) return value.map((v) => displayed(v, lang)) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, displayed(v, lang)])) as T;
  return value;
}

/** A slide with its texts as displayed. */
export const displaySlide = (s: SlideSpec, lang: Lang): SlideSpec => displayed(s, lang);
