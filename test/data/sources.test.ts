// data/ is checked against the documents it was transcribed from (test/data/sources.ts). When the next document
// is added to data/ (README, "When the next document arrives"), this is the one check that fails, saying which
// source to add; the behaviour tests, which read fixture editions, stay green.
import {existsSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {dataEditions, keyOf, SOURCES} from "./sources.js";

describe("every edition in data/ has its source text", () => {
  it("lists a source for each row of data/editions.csv", () => {
    const known = new Set(SOURCES.map((s) => keyOf(s.edition)));
    const missing = dataEditions().filter((e) => !known.has(keyOf(e)));
    const message = missing
      .map(
        (e) =>
          `data/editions.csv holds FY${e.fiscalYear} ${e.stage}, but no source text for it is known: add a copy of that ` +
          `document as test/fixtures/<name>.txt and list it in SOURCES in test/data/sources.ts (its edition, the ` +
          `fiscal years and stages whose amounts it prints, and its comparison), then add its figures and words to ` +
          `the transcription checks in test/data/.`
      )
      .join("\n");
    expect(missing.length, message).toBe(0);
  });

  it.each(SOURCES.map((s) => [s.file, s] as const))("has the file of %s under test/fixtures/", (file) => {
    expect(existsSync(join(import.meta.dirname, "..", "fixtures", file))).toBe(true);
  });

  it.each(SOURCES.map((s) => [keyOf(s.edition), s] as const))("finds the edition of source %s in data/editions.csv", (key) => {
    expect(dataEditions().map(keyOf)).toContain(key);
  });
});
