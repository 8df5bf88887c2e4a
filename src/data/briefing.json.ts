// Loader: the briefing every page reads. During `npm run build` (and `npm run dev`) KIT_BRIEFING names the
// JSON the build already validated and rendered the slides from: printing those bytes means the report can
// never show other figures than the slides, even if a CSV is edited while the build runs. Run on its own, it
// reads data/*.csv and compares with the last good build's snapshot (dist/figures-snapshot.json).
import {existsSync, readFileSync} from "node:fs";
import {briefingWithChanges, nextSnapshotFile} from "../lib/changes.js";
import {loadBriefing, readSnapshotFile} from "../lib/files.js";
import {stableJson} from "../lib/json.js";

// (In dev the file is missing only while the data has never been valid: then the data's error is the message.)
if (process.env.KIT_BRIEFING && existsSync(process.env.KIT_BRIEFING)) process.stdout.write(readFileSync(process.env.KIT_BRIEFING));
else {
  const briefing = loadBriefing();
  const {file: previous} = readSnapshotFile(process.env.KIT_PREVIOUS_SNAPSHOT ?? "dist/figures-snapshot.json");
  process.stdout.write(stableJson(briefingWithChanges(briefing, nextSnapshotFile(previous, briefing))));
}
