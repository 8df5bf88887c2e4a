import type {UnitWords} from "../units.js";

export const units: UnitWords = {
  keyPointsHeader: "事項",
  keyPointRow: (form, statement, figure) =>
    form === "topic" ? `${statement}は${figure}` : form === "named" ? `${statement}で、${figure}` : `${statement}（${figure}）`,
  compositionTitles: ({count, itemised, share, total}) => [
    `主要${count}事業で${itemised}（合計${total}の${share}）`,
    `主要${count}事業で${itemised}（合計の${share}）`,
    `主要${count}事業で合計の${share}`
  ],
  compositionAxis: (unit, total) => `${unit}（括弧内は合計${total}に対する割合）`,
  lineLegend: (name, total) => (total ? `${name}（${total}）` : name),
  totalRow: (name, unit) => `${name}（合計・${unit}単位）`
};
