// Transcription tier: importing each source document into data/ as it was transcribed proposes no change, so
// the importer reads every amount, unit, stage and flag the document prints the way data/ holds it.
import {describe, expect, it} from "vitest";
import {parseDataset} from "../../src/lib/dataset.js";
import {planImport} from "../../src/import/plan.js";
import {SOURCES, keyOf, sourceInput, sourceText} from "./sources.js";

// Each source as printed, and with its heading marks removed (text copied out of a PDF viewer has none).
const forms = SOURCES.flatMap((source) => [
  {source, form: "as stored", text: sourceText(source)},
  {source, form: "without heading marks", text: sourceText(source).replace(/^#+ /gm, "")}
]);

describe.each(forms)("importing $source.file $form", ({source, text}) => {
  const data = parseDataset(sourceInput(source));
  const plan = planImport(text, data, {source: source.file});

  it("is sure of every line", () => {
    expect(plan.problems).toEqual([]);
  });

  it("names the document's edition", () => {
    expect(plan.edition && keyOf(plan.edition)).toBe(keyOf(source.edition));
  });

  it("proposes no amount change: every printed amount is already in budget.csv as printed", () => {
    expect(plan.amounts.filter((a) => a.status !== "same").map((a) => `${a.entity.id} ${a.fiscalYear} ${a.stage} ${a.status}`)).toEqual([]);
  });

  it("recovers every amount budget.csv holds for what the document prints", () => {
    const recovered = new Set(plan.amounts.map((a) => `${a.entity.id} ${a.fiscalYear} ${a.stage}`));
    expect(data.budget.map((r) => `${r.entity} ${r.fiscalYear} ${r.stage}`).filter((k) => !recovered.has(k))).toEqual([]);
  });
});
