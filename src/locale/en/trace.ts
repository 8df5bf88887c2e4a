import type {TraceWords} from "../trace.js";
import {core} from "./core.js";

const STEP = {0.1: "0.1 point", 1: "1 point"} as const;
const unitName = (unit: string) => (unit === "億円" ? "¥100 million" : "¥ million");

export const trace: TraceWords = {
  ...core,
  origin: ({name, stage, printed, line, source, pages}) => [
    `${name}, ${stage}`,
    `Printed: ${printed}`,
    `Data: data/budget.csv line ${line}`,
    `In the document: ${source}`,
    ...(pages ? [`Page: ${pages}`] : [])
  ],
  formula: (expression, unit) => `${expression} (${unit === "億円" ? "× ¥100 million" : "¥ million"})`,
  millionSuffix: " ¥ million",
  ratioInUnit: (formula, unit) => `${formula} (amounts in ${unitName(unit)})`,
  times: " times",
  precisionHow: (lo, hi, step) =>
    step !== undefined
      ? `so the value lies between ${lo} and ${hi}; the figure shown is rounded to the ${STEP[step]} this range allows (about).`
      : `so the value lies between ${lo} and ${hi}; the figure shown is approximate.`,
  precision: ({names, ranges, how}) =>
    `Precision: ${names.join(", ")} ${names.length > 1 ? "are" : "is"} printed to the nearest ¥100 million (億円; ${ranges.map(([lo, hi]) => `${lo}–${hi}`).join(", ")} ¥ million), ${how}`,
  computed: (formula) => `Computed: ${formula}`,
  listed: (name, printed, line) => `${name} ${printed} (budget.csv line ${line})`,
  scheme: ({name, attribute, printed, line, source, pages}) => [
    `${name}, ${attribute}`,
    `Printed: ${printed}`,
    `Data: data/schemes.csv line ${line ?? "?"}`,
    `In the document: ${source}`,
    `Page: ${pages || "not recorded"}`
  ],
  note: ({id, line, source}) => [`Data: data/notes.csv line ${line ?? "?"} (${id})`, `In the document: ${source ?? "?"}`]
};
