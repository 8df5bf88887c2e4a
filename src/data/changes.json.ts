// Loader: what changed since the last good build (its snapshot is dist/figures-snapshot.json), for the data page.
import {existsSync, readFileSync} from "node:fs";
import {nextSnapshotFile} from "../lib/changes.js";
import {loadBriefing} from "../lib/files.js";
import {stableJson} from "../lib/json.js";

const previous = process.env.KIT_PREVIOUS_SNAPSHOT ?? "dist/figures-snapshot.json";
const {compared, changes} = nextSnapshotFile(existsSync(previous) ? JSON.parse(readFileSync(previous, "utf8")) : null, loadBriefing());
process.stdout.write(stableJson({compared, changes}));
