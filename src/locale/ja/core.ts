import type {Core} from "../core.js";

export const core: Core = {
  lang: "ja",
  intl: "ja-JP",
  paren: (text) => `（${text}）`,
  quote: (text) => `「${text}」`,
  list: (items) => items.join("、"),
  comma: "、",
  stop: "。",
  about: (text) => (text.startsWith("約") ? text : `約${text}`)
};
