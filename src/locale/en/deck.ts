import type {DeckWords} from "../deck.js";

/** "Stays of up to 2 years" → "stays of up to 2 years" (a word, not an acronym). */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

export const deck: DeckWords = {
  named: (s) => s.nameEn,
  text: (t) => t.textEn,
  printed: (f) => f.printedEn,
  members: (f) => f.membersEn,
  highlightOf: (r) => r.summaryEn,
  nameList: (names) => names.join(", "),

  asOfLine: (when) => `Figures as of ${when}`,
  highlight: "Results and alumni",
  frameworks: "Multilateral frameworks",
  changeLabel: "Change",
  changeOn: (comparison) => `Change from ${comparison}`,
  changeRow: "Change",
  isNew: " (new)",
  restated: " (restated)",
  newBar: "new",
  about: "What it does",
  objective: "Purpose",
  programmeColumn: "Programme",

  fundMark: " (separate fund)",
  headlinePoint: (stage, current, comparison, change, comparisonStage) =>
    `The ${stage} is ${current}${comparison ? `, ${change} on the ${comparisonStage} of ${comparison}` : ""}.`,
  separateFund: (stage, amount, fund) =>
    `Separately, the ${stage} adds ${amount} as a fund for ${fund} spent over several years, not as one year's budget.`,
  totalQuestion: "Is there anything to know about the total?",

  withShare: (amount, share) => `${amount} (${share})`,
  compositionAlt: (stage, total, bars) => `The ${stage} section total of ${total}: ${bars.join("; ")}.`,
  compositionAxis: (unit, total) => `${unit} (in brackets: share of the section total, ${total})`,
  itemisedPoint: (itemised, share, total) => `The main programmes add up to ${itemised}, ${share} of the total of ${total}.`,
  remainderPoint: (rest) => `The rest is ${rest}.`,
  remainderQuestion: (rest) => `What does the rest (${rest}) hold?`,

  changesAlt: (comparison, current, bars) => `Change by programme from the ${comparison} to the ${current}: ${bars.join("; ")}.`,
  changesAxis: (comparison, unit) => `Change on the ${comparison} (${unit})`,
  moverPoint: (name, change, amount) => `${name}: ${change}, to ${amount}.`,
  whyQuestion: (name, up) => `Why does ${name} ${up ? "rise" : "fall"}?`,

  rounding: (printed, sum) => `The printed total ${printed} and the sum of its programmes ${sum} differ by rounding.`,
  budgetLinePoint: (line, count) => `The budget line "${line}" holds ${count} programmes.`,
  elsewherePoint: (names, heading) => `${names.join(" and ")} ${names.length === 1 ? "is" : "are"} listed under the heading "${heading}".`,
  roundingQuestion: "Why does the total differ from the sum of its programmes?",

  annualBudget: (stage, isNew) => `${stage} (annual${isNew ? ", new" : ""})`,
  fundNotAnnual: "A supplementary fund is spent over several years, so it does not compare with one year's annual budget.",
  restatedInSupplementary: (name, amount, note) =>
    // The amount first: a name given with its short form in brackets takes no third bracket after it.
    `This supplementary budget also holds ${amount} for ${name}, restated here and not part of this section's supplementary amount.${note ? ` ${note}` : ""}`,

  peopleColumn: "People",
  stayColumn: "Length of stay",
  membersColumn: "Members",
  countsDiffer: "What is counted differs by programme (expected new appointments, or visitors received).",
  appointmentsPoint: (lines) =>
    `Expected new appointments are ${lines.map((r) => `${r.name} ${r.count}${r.stay ? ` (${lowerFirst(r.stay)})` : ""}`).join(", ")}.`,
  shortVisitPoint: (r) => `${r.name} receives ${r.count} visitors for ${r.stay.replace(/^Stays of /, "").toLowerCase()}.`,
  peopleQuestion: (comparison) => `Are more people supported than${comparison ? ` in the ${comparison}` : " before"}?`,
  networkLine: (name, ever, now, projects) =>
    `For ${name}, ${lowerFirst(ever.printedEn)} (${now.printedEn.toLowerCase()})${projects ? `; ${lowerFirst(projects.printedEn)}` : ""}.`,

  notInTotal: "not in the total",
  summaryFootnote: "Restated amounts are not added to the total; new programmes have no percentage change.",
  summaryPoint: (n, absent) =>
    `Of ${n.all} programmes, ${n.up} rise, ${n.down} fall, ${n.flat} ${n.flat === 1 ? "stays" : "stay"} flat and ${n.new} ${n.new === 1 ? "is" : "are"} new.${absent ? ` ${absent}.` : ""}`,
  largestQuestion: "Which programme is largest?",
  largestAnswer: (stage, name, amount, share) => `In the ${stage}, ${name}, at ${amount} (${share} of the section total).`,

  countedTerm: "Where it is counted",
  sameAmount: (comparison, current) => `${comparison} and ${current} (unchanged)`,

  keyPointsTitle: "Key points",
  keyPointColumn: "Item",
  figureColumn: "Amount or change",
  amountAndChange: (amount, change) => `${amount}, ${change}`,
  kpTotal: (section) => `Total for ${section}`,
  kpFund: (name, stage) => `A multi-year fund for ${name} in the ${stage}`,
  kpRise: (name) => `The largest rise, for ${name}`,
  kpCut: (name) => `The largest cut, for ${name}`,
  kpNew: (count) => `${count} new ${count === 1 ? "programme" : "programmes"}`,
  kpUnitemised: "Beyond the main programmes",
  spoken: (form, statement, figure) => (form === "topic" ? `${statement}: ${figure}.` : `${statement}, ${figure}.`),

  risksTitle: "Issues and risks",
  issueColumn: "Issue",
  detailColumn: "Figures",
  checkColumn: "Explanation",
  riskCut: "Largest cut",
  riskCutDetail: (name, change) => `${name} is ${change}`,
  riskCutKnown: (from, to, total) =>
    total ? `Cut from ${from} to ${to} while the section total is ${total}` : `Cut from ${from} to ${to}`,
  riskCutQuestion: (name) => `Why does ${name} fall?`,
  riskFund: "Fund and annual budget",
  riskFundDetail: ({name, fundStage, fund, stage, annual}) =>
    `${name} has a ${fund} fund from the ${fundStage} and ${annual} a year in the ${stage}`,
  riskFundKnown: ({stage, annual, period}) =>
    `The fund is a separate appropriation spent over several years; it is not added to or compared with the ${annual} in the ${stage}.${period ? ` Each project runs ${period.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}.` : ""}`,
  riskFundQuestion: (name, fund, annual) => `How do ${name}'s ${fund} fund and its ${annual} annual budget relate?`,
  riskNew: "New programmes",
  riskNewKnown: (stage) => `First budgeted in the ${stage}`,
  riskNewQuestion: (name) => `How many projects or people will ${name} support?`,
  riskUnitemised: "Beyond the main programmes",
  riskRemainderKnown: (notes, itemised) =>
    notes.length > 1
      ? `The total's notes:\n${notes.map((n) => `• ${n.replace(/^※/, "")}`).join("\n")}`
      : notes.length
        ? `The total's note: ${notes[0].replace(/^※/, "")}`
        : `The total less the main programmes' ${itemised}`,
  riskRestatedCheck: "Not part of this section's total",
  riskRestatedQuestion: (names) => `Is ${names} part of this section's budget?`,
  riskRestatedAnswer: (notes) => `It is restated and not part of this section's total.${notes.map((n) => ` ${n}`).join("")}`,
  riskNoteKnown: "The amounts the notes cover are not broken out; quote these figures with their notes",
  riskNoteQuestion: "How much do the notes account for?",
  unitemisedDetail: (rest, share, total) => `${rest} (${share} of the total of ${total})`,
  riskRestated: "Restated, outside the total",
  riskNote: "Notes on the figures",
  notesList: (notes) => (notes.length > 1 ? notes.map((n) => `• ${n}`).join("\n") : (notes[0] ?? "")),
  notesTogether: (notes) => notes.map((n) => (/[.!?]$/.test(n) ? n : `${n}.`)).join(" "),
  noteWith: (note, names) => `${note.replace(/\.$/, "")} (${names}).`,
  nameAmount: (name, amount) => `${name} ${amount}`,
  amountAt: (amount, stage) => `${amount} (${stage})`,
  unitemisedQuestion: (rest) => `What does the rest (${rest}) hold?`,

  fundTitles: (name, stage) => [
    `${name}'s multi-year fund from the ${stage}`,
    `${name}'s fund from the ${stage}`,
    `${name}'s multi-year fund`,
    `A multi-year fund from the ${stage}`,
    "The multi-year fund"
  ],
  fundTotalLabel: (stage, all) => `${stage} (multi-year fund${all ? "" : ", this programme's part"})`,
  fundRelation: (stage, annual) =>
    `A multi-year fund, appropriated apart from the ${annual} in the ${stage}, so the two are not added up or compared.`,

  moreInAppendix: (count) => `The largest shown; the appendix has the whole chart, with ${count} more.`,
  sheetsTitle: (titles) => titles.join("; "),
  sheetsNamed: (names) => `Programme sheets: ${names.join(", ")}`,
  onSheet: (name, text) => `${name}: ${text}`,

  altPair: (term, value) => `${term}: ${value}`,
  altItems: "; ",
  altSentences: (parts) => `${parts.join(". ")}.`,
  handout: "handout",
  sourcesTitle: "Notes and sources",
  noteColumn: "Note",
  printedWithColumn: "Printed with",
  namesAndMore: (names, more) => names.join(", ") + (more > 0 ? ` and ${more} more` : ""),
  sourcesPoint: "Every amount is as the document prints it; changes and shares are computed from those amounts.",
  appendixTitle: "Reference",
  appendixPoint: "What follows is reference material: the programme sheets, then the notes and sources.",
  contentsColumns: ["Contents", "Slides"],
  contentsGroup: (kind, count, first) =>
    ({
      summary: "Amounts by programme",
      programme: `Programme sheets (${count})`,
      group: count > 1 ? `Budget lines (${count})` : "Budget line"
    })[kind] ?? first,
  slidePages: (from, to) => (from === to ? `${from}` : `${from}–${to}`),
  questionsTitle: (briefing) => `Questions to prepare: ${briefing}`,
  questionsIntro:
    "The speaker notes carry only the questions the data answers. The questions below have no answer yet, so the notes leave them out. Add the responsible division's answer as a row of data/answers.csv and the next build puts it in the notes of the slides listed.",
  questionsNone: "No question is left open.",
  questionSlides: (slides, titles) => `Slide${slides.length > 1 ? "s" : ""} ${slides.join(", ")} (${titles.join(" / ")})`,
  questionRow: (row) => `Row to add to answers.csv: \`${row}\``,
  questionNeeds: (topic) =>
    `Answer needed: ${
      {
        change: "the reason for the change",
        remainder: "what the part beyond the main programmes holds",
        fund: "the fund's year-by-year spending plan",
        people: "how many people or projects are supported",
        notes: "the amounts the notes account for",
        purpose: "what the programme is for"
      }[topic]
    }`
};
