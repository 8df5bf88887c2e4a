// Loader: data/*.csv → the validated dataset, every derived figure, and what changed since the last good build
// (whose snapshot is dist/figures-snapshot.json). A data error exits non-zero and stops the build.
import {existsSync, readFileSync} from "node:fs";
import {nextSnapshotFile} from "../lib/changes.js";
import {loadBriefing} from "../lib/files.js";
import {stableJson} from "../lib/json.js";

const briefing = loadBriefing();
const previous = process.env.KIT_PREVIOUS_SNAPSHOT ?? "dist/figures-snapshot.json";
const {compared, changes} = nextSnapshotFile(existsSync(previous) ? JSON.parse(readFileSync(previous, "utf8")) : null, briefing);
process.stdout.write(stableJson({...briefing, changes: {compared, ...changes}}));
