import type {ChartWords} from "../charts.js";
import {core} from "./core.js";

/** A printed fact mid-sentence: "About 2,900 visitors" → "about 2,900 visitors" (an acronym such as JICA is kept). */
const lowerFirst = (text: string) => text.replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());

export const chartWords: ChartWords = {
  lang: "en",
  pick: core.pick,
  title: {
    composition: "What the section total is made of",
    sectionHistory: "The section total by budget year and stage",
    sectionTotals: "Annual and supplementary budget",
    programmeDumbbell: "Budget by programme, compared",
    programmeChange: "Change in budget by programme",
    strands: "Budget by the document's headings",
    timeline: "Programme start years",
    support: "Support per project per year",
    people: "People supported",
    frameworks: "Partner countries of the multilateral frameworks"
  },
  column: {
    part: "Part",
    amount: "Amount",
    shown: "As shown",
    fiscalYear: "Fiscal year",
    stage: "Stage",
    printed: "As printed",
    programme: "Programme",
    change: "Change",
    pctChange: "% change",
    strand: "Strand",
    startYear: "Start (fiscal year)",
    era: "Japanese era",
    low: "Low",
    high: "High",
    asPrinted: "As printed",
    peoplePerYear: "People",
    counted: "What is counted",
    stay: "Stay",
    framework: "Framework",
    partners: "Partner countries besides Japan (at least)",
    members: "Members"
  },
  unit: {perProject: "¥ million per project per year", people: "people", countries: "countries"},
  unitLine: (units) => `Unit: ${units.join(", ")}`,
  asOf: (text) => `Figures as of ${text}`,
  changeAxis: (unit, comparison) => `Change${comparison ? ` from ${comparison}` : ""} (${unit})`,
  changeLabel: ({signed, pct, direction}) => (direction === 0 ? "No change" : `${signed} (${pct})`),
  startAxis: "Start (fiscal year)",
  supportAxis: "Support per project per year (¥ million)",
  peopleAxis: "People",
  partnersAxis: "Partner countries besides Japan (at least)",
  newLabel: "new",
  newSince: (stage) => `(new; first amount in the ${stage})`,
  startLabel: (name, era, year, isNew) => `${name} ${isNew ? era : year}`,
  externalRow: (name) => `${name} (separate support)`,
  supportMark: ({kind, low, high, upper, about}) =>
    kind === "range" ? `${low}–${high}` : `${kind === "cap" ? (upper ? "cap " : "max. ") : ""}${about ? "about " : ""}${high}`,
  supportLegend: {own: "The programme's support", external: "Another body's separate support"},
  unknownCount: (printed) => (printed ? `${printed} (number not in the document)` : "number not in the document"),
  separately: (stage, amount) =>
    `Also ${amount} in the ${stage}. A supplementary budget is not comparable with one year's budget, so it is not drawn on this axis.`,
  statusLegend: {up: "Increase", down: "Decrease", flat: "No change", new: "New"},
  peoplePanel: (kinds) => {
    const text = kinds.filter(Boolean).join(" / ") || "people";
    return text.charAt(0).toUpperCase() + text.slice(1);
  },
  peopleCount: (count, about) => `${about ? "c. " : ""}${count}`,
  listSeparator: " · ",
  noHeading: "No heading",
  remainder: "Other (not itemised)",
  about: (text) => `about ${text}`,
  withShare: (amount, share) => `${amount} (${share})`,
  noSectionTotal: "This document prints no section total.",
  compositionSummary: (p) =>
    `Of the ${p.stage} total of ${p.total}, ${p.count} programmes account for ${p.itemised} (${p.itemisedShare}); ${p.remainderText} (${p.remainderShare}) is not itemised in the document.`,
  peopleSummary: (rows) =>
    `The document counts ${core.list(
      rows.map((r) =>
        // The English transcription reads as a phrase ("176 new fellows (expected)"): it is used whole.
        r.count === undefined
          ? `${lowerFirst(r.printed)} (number not in the document) for ${r.name}`
          : `${lowerFirst(r.printed)} for ${r.name}`
      )
    )}.`,
  tip: (name, value) => `${name}: ${value}`,
  startTip: (name, era, year) => `${name}: ${era ? `${era} (${year})` : year}`,
  historyLine: (name, parts) => `${name} amounts to ${core.list(parts)}.`,
  historyPart: (stage, amount) => `${amount} in the ${stage}`,
  historyJoin: " "
};
