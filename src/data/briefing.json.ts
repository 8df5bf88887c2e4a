// Loader: data/*.csv → validated, derived briefing for every page. A data error exits non-zero and stops the build.
import {loadBriefing} from "../lib/files.js";
import {stableJson} from "../lib/json.js";

process.stdout.write(stableJson(loadBriefing()));
