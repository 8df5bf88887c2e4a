// The handful of generated editions the full tier of the layout checker renders end to end (render.test.ts):
// the extremes of what the kit promises (one programme in one stage; thirty programmes with names up to 120
// characters in five stages) and one in between. Names and amounts come from fast-check with fixed seeds, so
// every run builds the same three editions and a finding can be reproduced.
import fc from "fast-check";
import {programmeArb, type GenEdition} from "./gen.js";

/** `count` programmes for `stages`, names `min`–`max` characters, drawn with `seed`. */
function programmes(seed: number, count: number, stages: GenEdition["stages"], names: {min: number; max: number}) {
  const list = fc.sample(fc.array(programmeArb(stages.length, names), {minLength: count, maxLength: count}), {seed, numRuns: 1})[0];
  // Every stage prints at least its first programme, so each stage has an itemised figure to show.
  return list.map((p, i) => (i === 0 ? {...p, amounts: p.amounts.map((a, s) => a ?? 1000 + 37 * s)} : p));
}

const one: GenEdition["stages"] = [{year: 0, stage: "draft"}];
const five: GenEdition["stages"] = [
  {year: -1, stage: "enacted"},
  {year: -1, stage: "supplementary-2"},
  {year: 0, stage: "draft"},
  {year: 0, stage: "enacted"},
  {year: 1, stage: "request"}
];
const two: GenEdition["stages"] = [
  {year: -1, stage: "enacted"},
  {year: 0, stage: "draft"}
];

export const RENDERED: {name: string; edition: GenEdition}[] = [
  {
    name: "single",
    edition: {
      stages: one,
      programmes: programmes(1, 1, one, {min: 2, max: 30}),
      sectionUnit: "百万円",
      programmeUnit: "百万円",
      remainder: 0
    }
  },
  {
    name: "thirty",
    edition: {
      stages: five,
      programmes: programmes(30, 30, five, {min: 60, max: 120}),
      sectionUnit: "億円",
      programmeUnit: "億円",
      remainder: 4200
    }
  },
  {
    name: "medium",
    edition: {
      stages: two,
      programmes: programmes(8, 8, two, {min: 10, max: 60}),
      sectionUnit: "億円",
      programmeUnit: "百万円",
      remainder: 850
    }
  }
];
