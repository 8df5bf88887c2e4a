import type {ChangeWords} from "../changes.js";
import {core} from "./core.js";

export const changes: ChangeWords = {
  ...core,
  nothing: "なし",
  amount: (count, unit) => `${count}${unit}`,
  unitChanged: (before, after) => `（単位変更 ${before}→${after}）`,
  derivedTail: (comparison, change, pct) => `（${comparison}比 ${change}、${pct}に）`,
  largeWarning: (factor, up) => `（前回の正常なビルドの${up ? `${factor}倍` : `${factor}分の1`}。この数値を確認してください）`,
  figureLine: (name, stage, what) => `${name}（${stage}）${what}`,
  amountAdded: (amount) => `${amount}を追加`,
  amountRemoved: (amount) => `${amount}を削除`,
  derived: ({name, before, after, pctBefore, pctAfter}) => `${name}の増減 ${before} → ${after}（${pctBefore} → ${pctAfter}）`,
  replacedStage: (full) => full,
  replacedBoth: ({name, stage, after, replaced, before, same}) =>
    `${name} ${stage} ${after}（${replaced} ${before}${same ? "と同額" : "から変更"}）`,
  replacedDropped: ({name, stage, replaced, before}) => `${name}は${stage}に記載なし（${replaced} ${before}）`,
  replacedAdded: ({name, stage, replaced, after}) => `${name}は${stage}で新たに記載、${after}（${replaced}に記載なし）`,
  renamed: (old, name) => `${old}を${name}に名称変更`,
  flags: (name, stage, before, after) => `${name}（${stage}）の区分 ${before} → ${after}`,
  itemised: (stage, before, after) => `事業別の合計（${stage}）${before} → ${after}百万円`,
  programmeAdded: (name) => `事業の追加（${name}）`,
  programmeRemoved: (name) => `事業の削除（${name}）`,
  stageAdded: (stage) => `予算段階の追加（${stage}）`,
  stageRemoved: (stage) => `予算段階の削除（${stage}）`,
  comparison: (what, before, after) => `${what === "current" ? "表示する予算段階" : "比較する予算段階"}を${before}から${after}に変更`
};
