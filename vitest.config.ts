import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // Pinned so dates and number formatting never depend on the machine.
    env: {TZ: "UTC"},
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Build and browser suites share dist/ and Chromium; run files one after another.
    fileParallelism: false
  }
});
