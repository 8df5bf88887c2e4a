import {defineConfig} from "vitest/config";

/** The fast tier (`npm run test:unit`): pure library code, the charts' SVG and the editable PPTX, on fixture editions. */
export const UNIT = [
  "test/lib/**/*.test.ts",
  "test/charts/**/*.test.ts",
  "test/layout/**/*.property.test.ts",
  "test/slides/pptx.test.ts",
  "test/print/pdfcheck.test.ts",
  "test/import/**/*.test.ts"
];
/** The transcription tier (`npm run test:data`): data/ against its source documents. */
export const DATA = ["test/data/**/*.test.ts"];

export const shared = {
  // Pinned so dates and number formatting never depend on the machine.
  env: {TZ: "UTC"},
  testTimeout: 120_000,
  hookTimeout: 300_000
};

// `npm test`: two groups. First the unit and transcription tiers, files in parallel (no disk, no browser); then
// everything else one file at a time, because the build and browser suites share one build (test/support/built.ts)
// and Chromium.
export default defineConfig({
  test: {
    ...shared,
    globalSetup: ["test/support/global-setup.ts"],
    projects: [
      {extends: true, test: {name: "unit", include: [...UNIT, ...DATA], sequence: {groupOrder: 0}}},
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/**/*.test.ts"],
          exclude: [...UNIT, ...DATA, "**/node_modules/**", "test/.tmp/**"],
          fileParallelism: false,
          sequence: {groupOrder: 1}
        }
      }
    ]
  }
});
