// The full tier of the layout checker: a handful of generated editions (test/layout/editions.ts) each built end to
// end in a copy of the project as a maintainer would, then every output checked as a reader gets it
// (scripts/layoutcheck.ts): the Marp HTML decks and the report's pages at 1200 and 390 px in Chromium, the PDFs,
// the handouts against their decks, and the editable PPTX as LibreOffice prints it. One build per edition serves
// every check. LAYOUT_REUSE=1 checks the last run's builds again without building.
import {describe, expect, it} from "vitest";
import {checkOutputs} from "../../scripts/layoutcheck.js";
import {describeEdition} from "./gen.js";
import {RENDERED} from "./editions.js";
import {buildEdition} from "./project.js";

describe.each(RENDERED)("generated edition $name", ({name, edition}) => {
  it(`shows every word whole, once, on its page or slide (${describeEdition(edition)})`, async () => {
    const dist = await buildEdition(name, edition);
    const findings = await checkOutputs(dist);
    expect(findings, `edition "${name}" built in ${dist}`).toEqual([]);
  }, 1_200_000);
});
