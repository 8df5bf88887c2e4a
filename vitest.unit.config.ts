import {defineConfig} from "vitest/config";
import {NOT_ISOLATED, shared, UNIT, UNIT_ENV} from "./vitest.config.js";

// The fast tier (`npm run test:unit`): the library, the charts' SVG snapshots and the editable PPTX, with no
// browser and no build, on fixture editions, so it runs in seconds on every save. `npm test` runs everything.
// Two workers even on two cores: vitest's default is one fewer than the cores, which left one core idle. Worker
// threads, not processes: they start sooner and the tier needs no process of its own (no chdir, no exit).
export default defineConfig({
  test: {...shared, env: UNIT_ENV, include: UNIT, fileParallelism: true, pool: "threads", maxWorkers: 2, ...NOT_ISOLATED}
});
