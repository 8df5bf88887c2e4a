import {join} from "node:path";
import {defineConfig} from "vitest/config";
import LockFreeSecond from "./test/support/sequencer.js";

/** The fast tier (`npm run test:unit`): pure library code, the charts' SVG and the editable PPTX, on fixture editions. */
export const UNIT = [
  "test/lib/**/*.test.ts",
  "test/charts/**/*.test.ts",
  "test/layout/**/*.property.test.ts",
  "test/slides/pptx.test.ts",
  "test/print/pdfcheck.test.ts",
  "test/import/**/*.test.ts",
  "test/locale/**/*.test.ts",
  "test/report/**/*.test.ts"
];
/**
 * The full layout tier (`npm run test:layout`): generated editions built end to end and every output checked as
 * a reader gets it (scripts/layoutcheck.ts). Minutes per edition, so it is its own command, not part of `npm test`.
 */
export const LAYOUT_FULL = ["test/layout/render.test.ts"];
/** The transcription tier (`npm run test:data`): data/ against its source documents. */
export const DATA = ["test/data/**/*.test.ts"];

/**
 * The data folder the unit and transcription tiers see through the library's default (BUDGET_DATA_DIR, read by
 * src/lib/files.ts dataDir): one that does not exist. Their tests read fixture editions, or data/ by naming it
 * (the transcription tier, test/lib/no-document-names.test.ts), so a test that read data/ without saying so fails
 * here at once rather than passing on this document and failing when the next one arrives. test/next-edition.test.ts
 * relies on it: in its copy of the project with the next edition it runs the unit-tier files that name data/.
 */
export const NO_DATA_FOLDER = join(import.meta.dirname, "test", "fixtures", "no-such-folder-tests-name-the-data-they-read");
export const UNIT_ENV = {TZ: "UTC", BUDGET_DATA_DIR: NO_DATA_FOLDER};

/**
 * The unit and transcription tiers' files share their workers' module cache (no isolation): they are pure
 * functions of fixture files and mock nothing, and most of their time was importing Plot, jsdom and
 * fast-check once per file (on 2 cores, 45 s of 80 s CPU).
 */
export const NOT_ISOLATED = {isolate: false};

export const shared = {
  // Pinned so dates and number formatting never depend on the machine.
  env: {TZ: "UTC"},
  testTimeout: 120_000,
  hookTimeout: 300_000
};

// `npm test`: two groups. First the unit and transcription tiers, files in parallel (no disk, no browser); then
// the build, browser and project-copy suites, two files at a time: the suites that read a build share one build
// of a fixture edition (test/support/built.ts, made once under a lock and kept while its inputs are unchanged),
// and each suite that builds, edits data or runs dev does so in its own copy of the project. While the first file
// makes that build, the second runs a file that needs none (test/support/sequencer.ts), not one that would wait.
export default defineConfig({
  test: {
    ...shared,
    sequence: {sequencer: LockFreeSecond},
    projects: [
      {
        extends: true,
        // Two worker threads: vitest's default (one fewer than the cores) runs this group on one core of two.
        test: {
          name: "unit",
          include: [...UNIT, ...DATA],
          env: UNIT_ENV,
          pool: "threads",
          maxWorkers: 2,
          ...NOT_ISOLATED,
          sequence: {groupOrder: 0}
        }
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/**/*.test.ts"],
          exclude: [...UNIT, ...DATA, ...LAYOUT_FULL, "**/node_modules/**", "test/.tmp/**"],
          fileParallelism: true,
          // Two by default. Many of these files wait more than they compute (a page drawing in a browser, a child
          // build, the shared build's lock), so a quiet machine may do better with more: KIT_TEST_WORKERS=3 npm test.
          maxWorkers: Number(process.env.KIT_TEST_WORKERS) || 2,
          // One process per worker for all its files, modules loaded once (no isolation): each file used to load
          // the build, Framework's helpers, playwright and the library again in a fresh process, seconds of CPU per
          // file across 50 files. A file that changes process.env (a data folder, CHROME_PATH) restores it in a
          // finally or afterAll, and the files of one worker run one after another, so none sees another's.
          ...NOT_ISOLATED,
          // A file may wait for the shared build, made by another file, before its own work starts.
          hookTimeout: 600_000,
          sequence: {groupOrder: 1}
        }
      }
    ]
  }
});
