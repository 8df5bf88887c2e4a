import type {ChangeWords} from "../changes.js";
import {core} from "./core.js";

export const changes: ChangeWords = {
  ...core,
  nothing: "none",
  amount: (count, unit) => `${count} ${unit}`,
  unitChanged: (before, after) => ` (unit changed ${before} → ${after})`,
  derivedTail: (comparison, change, pct) => ` (change vs ${comparison} now ${change}, ${pct})`,
  largeWarning: (factor, up) => ` (${factor}× ${up ? "larger" : "smaller"} than at the last good build: check this figure)`,
  figureLine: (name, stage, what) => `${name} ${stage}: ${what}`,
  amountAdded: (amount) => `added ${amount}`,
  amountRemoved: (amount) => `removed (was ${amount})`,
  derived: ({name, before, after, pctBefore, pctAfter}) => `${name}: change ${before} → ${after} (${pctBefore} → ${pctAfter})`,
  replacedStage: (_full, word) => word,
  replacedBoth: ({name, stage, after, replaced, before, same}) =>
    `${name} ${stage} ${after} vs ${replaced} ${before}${same ? " (unchanged)" : ""}`,
  replacedDropped: ({name, stage, replaced, before}) => `${name}: not in the ${stage} (${replaced} ${before})`,
  replacedAdded: ({name, stage, replaced, after}) => `${name}: new in the ${stage} at ${after} (not in the ${replaced})`,
  renamed: (old, name) => `Renamed: ${old} → ${name}`,
  flags: (name, stage, before, after) => `${name} ${stage}: flags ${before} → ${after}`,
  itemised: (stage, before, after) => `Itemised total ${stage}: ${before} → ${after} million yen`,
  programmeAdded: (name) => `Programme added: ${name}`,
  programmeRemoved: (name) => `Programme removed: ${name}`,
  stageAdded: (stage) => `Stage added: ${stage}`,
  stageRemoved: (stage) => `Stage removed: ${stage}`,
  comparison: (what, before, after) => `${what === "current" ? "Current stage" : "Comparison stage"}: ${before} → ${after}`
};
