import type {Core} from "../core.js";

export const core: Core = {
  lang: "en",
  intl: "en-US",
  paren: (text) => `(${text})`,
  quote: (text) => `“${text}”`,
  list: (items) => (items.length < 3 ? items.join(" and ") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`),
  comma: ", ",
  stop: ".",
  about: (text) => (text.startsWith("about") ? text : `about ${text}`),
  sentences: (parts) => parts.join(" "),
  pick: (_ja, en) => en,
  minus: "−",
  none: "n/a",
  range: (lo, hi) => `${lo} to ${hi}`,
  largeUnit: 1000,
  yearDash: "–",
  largeFrom: 1,
  unitName: (million) => (million ? "¥ million" : "¥ billion"),
  money: (digits, million) => `¥${digits} ${million ? "million" : "billion"}`,
  fiscalYear: (year) => `FY${year}`,
  movement: ({direction, size}) => (direction === 0 ? "unchanged" : `${direction > 0 ? "up" : "down"} ${size}`),
  pctMovement: ({size}) => size
};
