import type {Core} from "../core.js";

/** Japanese eras by their first year: the one table the kit reads and writes era years with. */
export const ERAS = [
  {name: "令和", start: 2019},
  {name: "平成", start: 1989},
  {name: "昭和", start: 1926}
];

/** The Japanese era form of a fiscal year, e.g. 2019 → 令和元年度, 2020 → 令和2年度, 1980 → 昭和55年度. */
export function eraYear(fiscalYear: number): string {
  const era = ERAS.find((e) => fiscalYear >= e.start);
  if (!era) return `${fiscalYear}年度`;
  const n = fiscalYear - era.start + 1;
  return `${era.name}${n === 1 ? "元" : n}年度`;
}

export const core: Core = {
  lang: "ja",
  intl: "ja-JP",
  paren: (text) => `（${text}）`,
  quote: (text) => `「${text}」`,
  list: (items) => items.join("、"),
  comma: "、",
  stop: "。",
  about: (text) => (text.startsWith("約") ? text : `約${text}`),
  sentences: (parts) => parts.join(""),
  pick: (ja) => ja,
  minus: "▲",
  none: "—",
  range: (lo, hi) => `${lo}～${hi}`,
  largeUnit: 100,
  yearDash: "–",
  largeFrom: 0,
  unitName: (million) => (million ? "百万円" : "億円"),
  money: (digits, million) => `${digits}${million ? "百万円" : "億円"}`,
  fiscalYear: eraYear,
  movement: ({direction, size}) => (direction === 0 ? "増減なし" : `${size}${direction > 0 ? "増" : "減"}`),
  pctMovement: ({direction, size}) => (direction === 0 ? "増減なし" : `${size}${direction > 0 ? "増" : "減"}`)
};
