// The report's words (pages, tables, controls, header and footer): one typed message per thing the report
// says, with a Japanese and an English implementation, so components ask `w.changeCard(stage)` instead of
// branching on the language, and a missing translation fails `tsc`. Figures arrive already formatted.
import type {Lang, UnitMode} from "../lib/format.js";
import type {Core} from "./core.js";
import {report as en} from "./en/report.js";
import {report as ja} from "./ja/report.js";

export interface ReportWords {
  core: Core;
  /** The other language of the site, for the language switch. */
  other: Lang;
  /** This language's name, written in it, for the switch that leads to it: 日本語 / English. */
  languageName: string;
  /** The path of this language's pages below the site root: "" / "en/". */
  pathPrefix: string;
  /**
   * The field of this language, for data that carries both (nameJa/nameEn). The English pages pass their own
   * fallback (`x.headingEn ?? x.headingJa`) where the data may have no English.
   */
  pick<T>(ja: T, en: T): T;
  /** The page is a translation: it shows the document's Japanese beside the kit's English where it has both. */
  translated: boolean;
  /** Said once where the kit's translation is read; null on the pages in the document's own language. */
  translationCredit: string | null;

  // Header and footer (src/lib/site.ts)
  pagesNav: string;
  slides: string;
  editablePptx: string;
  originalDocument: string;
  /** The footer's as-of clause: 「数値の時点は令和4年12月」 / "figures as of December 2022" (escaped text in). */
  asOfClause(when: string): string;
  /** The as-of label on the PDF cover's list of facts. */
  figuresAsOf: string;

  // Controls and tables
  unitLegend: string;
  /** The unit switch's options, in the order shown. */
  unitLabels: Record<UnitMode, string>;
  /** The toolbar under each chart. */
  toolbar: {svg: string; png: string; csv: string; link: string; copied: string; tools: string};
  rowCount(n: number): string;
  downloadCsv: string;
  filter: string;
  showDataTable: string;

  /** Where a notes list would be, for an entity the document prints no note on. */
  noNotes: string;
  /** The network page's heading over the tiers of joint research, however many the document names. */
  tiersHeading(n: number): string;

  // The data page
  toCite: string;
  citeText(document: string, briefing: string): string;
  /** How many rows a data file has. */
  lines(n: number): string;
  downloadFile(file: string): string;
  showRows: string;
  /** A policy document a passage cites: its name and date as the reader writes it. */
  citation(name: string, date: string): string;
  citationSeparator: string;

  // Notes and sources
  /** A note on one edition's figure: the figure (its stage and amount) and the note. */
  noteOnFigure(figure: string, note: string): string;
  /** Between a term and what it says (a tier's name and its description). */
  termGap: string;
  /** Where in the document a card's facts are printed. */
  sourceOf(source: string): string;

  // The data page
  dataPage: {
    asOf(asOf: string): string;
    /** The stage the report reads and the one it compares with (none when there is none). */
    stages(current: string, comparison: string | undefined): string;
    /** The flags of budget.csv, each said once. */
    terms: {new: string; restated: string; estimate: string};
    /** How precise a derived percentage is (src/lib/format.ts formatPercent), said once for the whole report. */
    precisionHeading: string;
    precision: readonly string[];
  };

  // The report PDF's cover
  cover: {edition: string; handoutPdf: string; slides(links: string): string};

  // Headline cards
  /**
   * The current total's change on the comparison stage (its formal name), as a ministry states it:
   * 「令和X年度当初予算比3億円増（約2%増）」 / "up ¥300 million on the FY20XX initial budget (about 2%)".
   * `movement` and `pct` arrive in prose form (formatMovement, formatPctMovement); `direction` is the change's sign.
   */
  changeCard(p: {comparison: string; direction: number; movement: string; pct: string}): string;
  separateFromInitial(initial: string): string;
  /** The programmes page's opening line: the editions compared (formal names) and that restated items are not added. */
  comparisonLine(current: string, comparison: string | undefined): string;
  /** Between the links of a list of files (the PDF cover's slides, its original document): 、 / · . */
  linkSeparator: string;
  /** Between a result's programme and its partner: a slash in Japanese, where a middle dot joins the partners. */
  partnerGap: string;
  /**
   * Once per page, where charts and tables name editions by their short labels: which full name each stands for.
   * `pairs` are [full, short] in the order of the stages.
   */
  editionKey(pairs: [string, string][]): string;
  /** A card's link to a note, read aloud. */
  noteMarker(n: number): string;
  /** A note's number where a figure refers to it: ※1 / 1 (set raised, noteRefRaised). */
  noteRef(n: number): string;
  /** The reference is set as a superscript (English) rather than in the line (※1). */
  noteRefRaised: boolean;
  /** The note's number at the head of its line in the notes list: ※1 / Note 1. */
  noteLabel(n: number): string;

  // Column labels and captions
  stage: string;
  amount: string;
  asPrinted: string;
  millionYen: string;
  programme: string;
  documentHeading: string;
  change: string;
  pctChange: string;
  ratioUnit: string;
  newProgramme: string;
  /** A programme whose amount is the same in both editions, in the change column (not 「±0」). */
  unchangedProgramme: string;
  restatedSuffix: string;
  budgetByProgramme: string;
  budgetLineSpanning(headings: number): string;
  groupMembers(names: readonly string[]): string;
  lastPrinted(stage: string, amount: string): string;
  agency: string;
  part: string;
  total(section: string): string;
  compositionCaption: string;
  historyCaption: string;

  // Schemes, frameworks, countries
  /**
   * The Western year after a scheme fact that names an era year: 「平成21年度～（2009年度）」. Nothing when the
   * printed text already gives the era year as its own bracketed date (「113課題（令和4年度）」 would read
   * 「（令和4年度）（2022年度）」), nor in English, whose facts already say FY2009.
   */
  schemeYear(printed: string, eraYear: string | undefined, year: number): string;
  item: string;
  printedShort: string;
  /** The column of the kit's English rendering, on the English pages only. */
  translationColumn: string | null;
  source: string;
  schemesCaption: string;
  framework: string;
  members: string;
  partnersMin: string;
  countriesUnit: string;
  note: string;
  country: string;
  context: string;
  countriesCaption: string;
  frameworksCaption(programmes: readonly string[]): string;

  /** A heading over the programmes' amounts at the comparison and current stages (short names). */
  comparisonHeading(comparison: string | undefined, current: string): string;

  // The unitemised part of the section total
  /** The notes printed with the total, quoted, as all the document says of the remainder. */
  unitemisedNotes(remainder: string, total: string, notes: readonly string[]): string;
  /** The total is flagged as including an estimate, with no note printed. */
  unitemisedEstimate(remainder: string, total: string): string;
  unitemisedNothing(remainder: string): string;
  /** What the document does not give about the remainder. */
  unitemisedNotGiven: string;
  /** Between two sentences: nothing after 。 / a space after a full stop. */
  sentenceGap: string;

  // The start-year chart's caption
  /** A programme with a printed start year: its era year and fiscal year as printed. */
  startedIn(name: string, era: string, year: number): string;
  /** A new programme with no printed start year, placed at the fiscal year of its first budget amount. */
  /** A new programme with no printed start year, by its first budget line (R4第2次補正 / FY2022 second supplementary). */
  firstBudgetOf(name: string, year: number, since: string): string;
  startSpan(oldest: string, newest: string): string;
  onlyStart(start: string): string;

  // Results and the network
  researcher: string;
  institution: string;
  fellowship: string;
  selected: string;
  selectedYear(era: string | undefined, year: number): string;
  publishedIn: string;
  /** A table's amount column at one stage: 「金額（令和5案）」 / "Amount (FY2023 draft)". */
  amountAt(stage: string): string;
  /** A result's publication month after its journal, from 2019-12: 「（2019年12月）」 / " (December 2019)"; other forms as given. */
  publishedOn(date: string): string;
  notInDocument: string;
  jointCallCountries: string;
  cooperatingNow: string;
  projectsIn(eraYear: string | undefined, year: number | undefined): string;
  countries(n: string): string;
  projects(n: string): string;
}

const PACKS: Record<Lang, ReportWords> = {ja, en};
export const reportWords = (lang: Lang): ReportWords => PACKS[lang];
