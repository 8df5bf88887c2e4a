import {briefingTitle} from "./src/lib/edition.js";
import {siteBriefing} from "./src/lib/files.js";
import {footerHtml, headHtml, headerHtml} from "./src/lib/site.js";

// Titles, header and footer name the edition the data holds (editions.csv and the current stage), never a
// document typed here. See README: the build writes into a temporary folder (KIT_OUTPUT) and swaps it into
// dist/ only when the report and the slides have all succeeded.
const briefing = siteBriefing();

export default {
  root: "src",
  output: process.env.KIT_OUTPUT ?? "dist",
  title: briefingTitle(briefing, "ja"),
  // No Google Fonts: fonts are self-hosted subsets (src/_generated), so a built page loads offline.
  globalStylesheets: [],
  style: "style.css",
  sidebar: false,
  pager: false,
  toc: false,
  preserveIndex: true,
  preserveExtension: true,
  search: false,
  head: ({path}: {path: string}) => headHtml(path),
  // Read per page so the dev preview follows a new edition without a restart (the site title above needs one).
  header: ({path}: {path: string}) => headerHtml(path, siteBriefing()),
  footer: ({path}: {path: string}) => footerHtml(path, siteBriefing())
};
