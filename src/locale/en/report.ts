import type {ReportWords} from "../report.js";
import {core} from "./core.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const report: ReportWords = {
  core,
  other: "ja",
  languageName: "English",
  pathPrefix: "en/",
  pick: (_ja, en) => en,
  translated: true,
  translationCredit: "Our translation; the document is in Japanese.",

  pagesNav: "Pages",
  slides: "Briefing slides",
  editablePptx: "editable PPTX",
  originalDocument: "Original document",
  figuresAsOf: "Figures as of",
  asOfClause: (when) => `Figures as of ${when}`,

  unitLegend: "Amounts in",
  unitLabels: {printed: "as printed", million: "¥ million", large: "¥ billion"},
  toolbar: {svg: "Save SVG", png: "Save PNG", csv: "Data (CSV)", link: "Copy link", copied: "Link copied", tools: "Chart tools"},
  rowCount: (n) => plural(n, "row"),
  downloadCsv: "Download CSV",
  filter: "Filter",
  showDataTable: "Show the data table",

  toCite: "To cite:",
  citeText: (document, briefing) => `${document} (data from "${briefing}")`,
  lines: (n) => plural(n, "row"),
  downloadFile: (file) => `Download ${file}`,
  showRows: "Show the rows",
  citation: (name, date) => `${name}, ${date}`,
  citationSeparator: "; ",

  noteOnFigure: (figure, note) => `${figure}: ${note}`,
  termGap: ": ",
  sourceOf: (source) => `Source: ${source}`,

  noNotes: "The document prints no note here.",
  tiersHeading: (n) => `${n === 1 ? "The tier" : `${n} tiers`} of international joint research`,

  dataPage: {
    asOf: (asOf) => `Figures as of ${asOf}.`,
    stages: (current, comparison) =>
      comparison ? `Current stage: ${current}; compared with: ${comparison}.` : `Current stage: ${current}; compared with nothing.`,
    terms: {
      new: "New (新規): no amount at the stage compared with, so no percentage change.",
      restated: "Restated (再掲): counted in another item, never added to this section's total.",
      estimate: "Includes an estimate: the amount includes an estimate within operating grants."
    },
    precisionHeading: "How precise the percentages are",
    precision: [
      "A percentage change or share never shows more digits than the amounts it is computed from support. An amount printed in 億円 (units of ¥100 million) lies anywhere within ¥50 million of the printed figure; amounts printed in 百万円 (¥\u00a0million, the document's finest unit) are taken as printed.",
      'A percentage is shown to one decimal only when every value those ranges allow rounds to that decimal; otherwise in whole points, every allowed value lying within one point of the figure shown. It reads "about" when an amount printed in 億円 is among its inputs. Where the range is too wide even for that, the range itself is shown, its ends rounded outward to whole points.'
    ]
  },

  cover: {edition: "Edition", handoutPdf: "handout PDF", slides: (links) => `Briefing slides: ${links}`},

  changeCard: ({comparison, direction, movement, pct}) =>
    direction === 0 ? `unchanged from the ${comparison}` : `${movement} on the ${comparison} (${pct})`,
  separateFromInitial: (initial) => `separate from the ${initial}`,
  noteMarker: (n) => `see note ${n}`,
  noteRef: (n) => `${n}`,
  comparisonLine: (current, comparison) =>
    `The ${current}${comparison ? ` compared with the ${comparison}` : ""}. Restated programmes are not added to the total.`,
  linkSeparator: " · ",
  partnerGap: " · ",
  editionKey: (pairs) => `Charts and tables shorten ${pairs.map(([full, short]) => `the ${full} to “${short}”`).join(", ")}.`,
  noteRefRaised: true,
  noteLabel: (n) => `Note ${n}`,

  stage: "Stage",
  amount: "Amount",
  asPrinted: "As printed",
  millionYen: "¥ million",
  programme: "Programme",
  documentHeading: "Document heading",
  change: "Change",
  pctChange: "% change",
  ratioUnit: "ratio 0–1",
  newProgramme: "new",
  unchangedProgramme: "unchanged",
  restatedSuffix: " (restated)",
  budgetByProgramme: "Budget by programme",
  budgetLineSpanning: (headings) => `(budget line spanning ${headings} headings)`,
  groupMembers: (names) => ` (covers: ${names.join(", ")})`,
  lastPrinted: (stage, amount) => ` (last: ${stage} ${amount})`,
  agency: "Agency",
  part: "Part",
  total: (section) => `Total (${section})`,
  compositionCaption: "What the section total is made of",
  historyCaption: "Amounts by budget year and stage",

  // The English pages give the year with the figure as printed; the era year is the document's.
  schemeYear: () => "",
  item: "Item",
  printedShort: "As printed",
  translationColumn: "English",
  source: "Source",
  schemesCaption: "Schemes",
  framework: "Framework",
  members: "Members",
  partnersMin: "Partners besides Japan (at least)",
  countriesUnit: "countries",
  note: "Note",
  country: "Country",
  context: "Context",
  countriesCaption: "Countries the document names",
  frameworksCaption: (programmes) =>
    programmes.length ? `Multilateral frameworks (envisaged under ${programmes.join(" and ")})` : "Multilateral frameworks",

  comparisonHeading: (comparison, current) => (comparison ? `${comparison} to ${current}` : current),
  unitemisedNotes: (remainder, total, notes) =>
    `The document does not itemise ${remainder} of the total (${total}). All it says of that part is in the notes printed with the total: ${notes.map((n) => `“${n}”`).join(" ")}`,
  unitemisedEstimate: (remainder, total) =>
    `The document does not itemise ${remainder} of the total (${total}); it says only that the total includes an estimate.`,
  unitemisedNothing: (remainder) => `The document says nothing of the ${remainder} it does not itemise.`,
  sentenceGap: " ",
  unitemisedNotGiven: "It does not give the estimate itself, what the remainder pays for, or how it divides among programmes.",

  startedIn: (name, era, year) => `${name} began in FY${year} (${era})`,
  firstBudgetOf: (name, year, since) => `${name}, a new programme with no printed start year, has its first budget amount in the ${since}`,
  startSpan: (oldest, newest) => `First, ${oldest}; most recently, ${newest}.`,
  onlyStart: (start) => `${start}.`,

  researcher: "Researcher",
  institution: "Institution",
  fellowship: "Fellowship",
  selected: "Selected",
  selectedYear: (era, year) => `FY${year} (${era})`,
  publishedIn: "Published in",
  amountAt: (stage) => `Amount (${stage})`,
  publishedOn: (date) => {
    const m = /^(\d{4})-(\d{2})$/.exec(date);
    const when = m
      ? new Intl.DateTimeFormat("en-GB", {month: "long", year: "numeric", timeZone: "UTC"}).format(Date.UTC(+m[1], +m[2] - 1, 1))
      : date;
    return ` (${when})`;
  },
  notInDocument: "Not in the document",
  jointCallCountries: "Countries with joint-call partnerships so far",
  cooperatingNow: "Cooperating now",
  projectsIn: (_eraYear, year) => `Projects${year ? `, FY${year}` : ""}`,
  countries: (n) => n,
  projects: (n) => n
};
