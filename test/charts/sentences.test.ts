// The charts' Japanese reads as sentences: no caption or tooltip joins a name and a figure with a colon
// (「名前: 値」), the people caption says 「〇〇の受入人数は約2,900人」 rather than 「〇〇は受入人数 約2,900人」, and the English
// people caption puts a printed "About …" mid-sentence in lower case. Fixture edition `two`, edited where needed.
import {describe, expect, it} from "vitest";
import {splitCount} from "../../src/components/peoplecaption.js";
import {CHARTS, type ChartName, type ChartSpec} from "../../src/components/specs.js";
import {briefingFromInput} from "../../src/lib/files.js";
import type {UnitMode} from "../../src/lib/format.js";
import {editRow, fixtureBriefing, fixtureInput, fixtureText} from "../support/fixtures.js";
import {render} from "./render.js";

const two = fixtureBriefing("two");
const spec = (name: ChartName) => CHARTS[name] as unknown as ChartSpec;

/** Fixture `two` with gamma's people count printed as 「受入人数 約2,900人」 / "About 2,900 visitors". */
function withVisitors() {
  const schemes = editRow(fixtureText("two", "schemes.csv"), "gamma,people,", (r) =>
    r.replace("招へい200人,200 invitations,200,200,人,,,", '"受入人数 約2,900人","About 2,900 visitors","2,900","2,900",人,,約,')
  );
  return briefingFromInput({...fixtureInput("two"), "schemes.csv": schemes});
}

describe("splitCount", () => {
  it.each([
    ["受入人数 約2,900人", "受入人数", "約2,900人"],
    ["新規採用人数（見込み）176人", "新規採用人数（見込み）", "176人"],
    ["100人", "", "100人"],
    ["若干名", "若干名", undefined]
  ])("%s → %s + %s", (printed, what, count) => {
    expect(splitCount(printed)).toEqual({what, ...(count === undefined ? {} : {count})});
  });
});

describe("people caption", () => {
  it("ja: 「〇〇の受入人数は約2,900人」, a sentence per programme", () => {
    const summary = CHARTS.people.summary(withVisitors(), {lang: "ja"});
    expect(summary).toContain("ガンマの受入人数は約2,900人。");
    expect(summary).toContain("ベータの新規採用は100人。");
    expect(summary).not.toMatch(/は受入人数/);
  });

  it("en: one sentence, the printed phrase mid-sentence in lower case, no colon", () => {
    const summary = CHARTS.people.summary(withVisitors(), {lang: "en"});
    expect(summary).toContain("about 2,900 visitors for Gamma");
    expect(summary).not.toMatch(/About|: /);
  });

  it("names every programme the chart draws, with its count", () => {
    for (const lang of ["ja", "en"] as const) {
      const summary = CHARTS.people.summary(two, {lang});
      for (const r of CHARTS.people.rows(two, {lang})) expect(summary).toContain(r.name);
    }
  });
});

describe("no colon construction in Japanese chart text", () => {
  const names = Object.keys(CHARTS) as ChartName[];
  const units: UnitMode[] = ["printed", "million", "large"];
  it.each(names)("%s: caption and tooltips", (name) => {
    for (const unit of units) expect(spec(name).summary(two, {lang: "ja", unit})).not.toMatch(/[^\s]: |：/);
    const chart = render(spec(name).render, two, {lang: "ja"});
    for (const t of chart.querySelectorAll("title")) expect(t.textContent ?? "").not.toMatch(/: |：/);
  });

  it("the history caption is a sentence: 〇〇は、stageがamount、…", () => {
    const summary = spec("sectionHistory").summary(two, {lang: "ja"});
    expect(summary).toMatch(/^[^、]+は、.+が.+。$/);
  });
});
