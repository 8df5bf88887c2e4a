import {defineConfig} from "vitest/config";
import {LAYOUT_FULL, shared} from "./vitest.config.js";

// The full layout tier (`npm run test:layout`): a few generated editions built end to end, every output checked
// as a reader gets it. Each edition is a whole build plus browser, PDF and LibreOffice checks, so the hooks get an hour.
export default defineConfig({
  test: {...shared, include: LAYOUT_FULL, hookTimeout: 3_600_000, testTimeout: 3_600_000}
});
