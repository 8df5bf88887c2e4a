import type {UnitWords} from "../units.js";

export const units: UnitWords = {
  keyPointsHeader: "Key points (amounts as printed)",
  asRow: (sentence) => sentence.replace(/\.$/, ""),
  compositionTitles: ({count, itemised, share, total}) => [
    `${count} main programmes: ${itemised}, ${share} of the ${total} total`,
    `${count} main programmes: ${itemised}, ${share} of the total`,
    `${count} main programmes: ${share} of the total`
  ],
  compositionAxis: (unit, total) => `${unit} (in brackets: share of the ${total} total)`,
  totalRow: (name, unit) => `${name} (total, in ${unit})`
};
