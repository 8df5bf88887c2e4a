// Each test run builds afresh: a stale build from an earlier run must never satisfy the integration tests.
import {clearBuilt} from "./built.js";

export default function setup() {
  clearBuilt();
}
