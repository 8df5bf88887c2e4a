import {headHtml, headerHtml, SITE_TITLE} from "./src/lib/site.js";

// See README: the build writes into a temporary folder (KIT_OUTPUT) and swaps it into dist/ only when the
// report and the slides have all succeeded.
export default {
  root: "src",
  output: process.env.KIT_OUTPUT ?? "dist",
  title: SITE_TITLE.ja,
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
  header: ({path}: {path: string}) => headerHtml(path),
  footer: `出典: 文部科学省 令和5年度予算額（案） 7.科学技術イノベーションの戦略的国際展開 / Source: MEXT FY2023 draft budget, section 7.`
};
