// English prose without colon constructions ("SICORP: ¥5 million…"), as the Japanese has none (「SICORPは…」):
// every chart caption on the fixture editions, and the sentences they are made of, read as sentences.
import {describe, expect, it} from "vitest";
import {CHARTS} from "../../src/components/specs.js";
import {fixtureBriefing, type FixtureName} from "../support/fixtures.js";

/** A colon between words, as in "Largest increase: …" (not in a time, a ratio or a URL). */
const COLON = /[A-Za-z)"”]: /;

describe.each(["one", "two"] as FixtureName[])("English chart captions on fixture %s", (name) => {
  const b = fixtureBriefing(name);
  it.each(Object.keys(CHARTS))("%s reads without a colon construction", (id) => {
    const summary = CHARTS[id as keyof typeof CHARTS].summary(b, {lang: "en"});
    expect(summary.length).toBeGreaterThan(0);
    expect(summary.match(COLON) ?? [], summary).toEqual([]);
  });
});
