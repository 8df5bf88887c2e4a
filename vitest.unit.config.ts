import {defineConfig} from "vitest/config";
import base from "./vitest.config.js";

// The fast tier (`npm run test:unit`): the library, the charts' SVG snapshots and the editable PPTX, with no
// browser and no build, so it runs in seconds on every save. `npm test` runs everything. (Not mergeConfig:
// it would append these lists to the full tier's instead of replacing them.)
export default defineConfig({
  test: {
    ...base.test,
    include: ["test/lib/**/*.test.ts", "test/charts/**/*.test.ts", "test/layout/**/*.test.ts", "test/slides/pptx.test.ts"],
    globalSetup: [],
    fileParallelism: true
  }
});
