import type {TraceWords} from "../trace.js";
import {core} from "./core.js";

const STEP = {0.1: "0.1ポイント", 1: "1ポイント"} as const;

export const trace: TraceWords = {
  ...core,
  origin: ({name, stage, printed, line, source, pages}) => [
    `${name}・${stage}`,
    `印刷: ${printed}`,
    `データ: data/budget.csv ${line}行目`,
    `文書の箇所: ${source}`,
    ...(pages ? [`ページ: ${pages}`] : [])
  ],
  formula: (expression, unit) => `${expression}（${unit}）`,
  millionSuffix: "百万円",
  ratioInUnit: (formula, unit) => `${formula}（金額は${unit}）`,
  times: "倍",
  precisionHow: (lo, hi, step) =>
    step !== undefined
      ? `そのため値は${lo}～${hi}の間で、表示はこの幅に合わせた${STEP[step]}単位の概数（約）。`
      : `そのため値は${lo}～${hi}の間で、表示は概数。`,
  precision: ({names, units, ranges, how}) =>
    `精度: ${names.join("・")}は${units.join("・")}単位の印刷（${ranges.map(([lo, hi]) => `${lo}～${hi}`).join("、")}百万円の幅）。${how}`,
  computed: (formula) => `計算: ${formula}`,
  listed: (name, printed, line) => `${name} ${printed} (budget.csv ${line}行目)`,
  scheme: ({name, attribute, printed, line, source, pages}) => [
    `${name}・${attribute}`,
    `印刷: ${printed}`,
    `データ: data/schemes.csv ${line ?? "?"}行目`,
    `文書の箇所: ${source}`,
    `ページ: ${pages || "記載なし"}`
  ],
  note: ({id, line, source}) => [`データ: data/notes.csv ${line ?? "?"}行目（${id}）`, `文書の箇所: ${source ?? "?"}`]
};
