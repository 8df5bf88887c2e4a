import type {UnitWords} from "../units.js";

export const units: UnitWords = {
  keyPointsHeader: "Point",
  keyPointRow: (form, statement, figure) => (form === "topic" ? `${statement} – ${figure}` : `${statement}, ${figure}`),
  compositionTitles: ({count, itemised, share, total}) => [
    `The ${count} main programmes hold ${itemised}, ${share} of the ${total} total`,
    `The ${count} main programmes hold ${itemised}, ${share} of the total`,
    `The ${count} main programmes hold ${share} of the total`
  ],
  compositionAxis: (unit, total) => `${unit} (in brackets: share of the ${total} total)`,
  lineLegend: (name, total) => (total ? `${name} (${total})` : name),
  totalRow: (name, unit) => `${name} (total, in ${unit})`
};
