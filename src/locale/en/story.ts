import type {StoryWords} from "../story.js";
import {core} from "./core.js";
import {text} from "./text.js";

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const upperFirst = (s: string) => (/^[a-z]/.test(s) ? s[0].toUpperCase() + s.slice(1) : s);
/** A stage label as a sentence's subject: "The FY20XX draft budget", "FY20XX draft" as it is. */
const subject = (s: string) => (/\bbudget\b/.test(s) ? `The ${s}` : s);
/**
 * A change said after "by", without its direction (the verb says it): "up ¥189 million (7.8%)" reads "rises
 * most, by ¥189 million (7.8%)"; a signed figure loses its sign ("about +2%" reads "by about 2%").
 */
const by = (change: string) => change.replace(/^(up|down) /, "").replace(/(^|[\s(])[+−\-▲](?=[¥\d])/g, "$1");

/** An answer ends as a sentence (a full stop, or the source bracket after one, whatever brackets the source holds). */
const ended = (text: string) => !text || /[.!?]["”)]?$/.test(text) || /[.!?]["”]? \(.*\)$/.test(text);
const sentence = (text: string) => (ended(text) ? text : `${text}.`);

export const story: StoryWords = {
  ...core,
  answered: (text, source) => `${sentence(text)} (${source})`,
  changeWithPct: (change, pct) => `${change} (${pct})`,
  unchanged: "unchanged",
  // Titles are plain sentences, not headlines with a colon ("Alpha rises most, by ¥200 million").
  is: (name, amount) => `${upperFirst(subject(name))} is ${amount}`,
  // The comparator named where the line has room ("…, up ¥0.3 billion (about 2%) on the FY20XX initial budget").
  headline: ({stage, short, cmp, cmpFormal, cur, pct, change}) => [
    ...(cmp ? [`${subject(stage)} is ${cur}, ${pct} on the ${cmpFormal}`, `${short} is ${cur}, ${pct} on the ${cmp}`] : []),
    `${subject(stage)} is ${cur}, ${pct}`,
    `${subject(stage)} is ${cur}, ${change}`,
    `${short} is ${cur}, ${pct}`,
    `${short} is ${cur}, ${change}`,
    `${short} is ${cur}`
  ],
  compositionNone: "What the section total holds",
  inBrackets: (s) => ` (${s})`,
  composition: (n, share, remainder) => [
    `${n} main programmes hold ${share}; the rest is ${remainder}`,
    `${n} programmes hold ${share}; the rest is ${remainder}`,
    `${n} programmes hold ${share}; the rest is ${remainder.replace(/ \(.*\)$/, "")}`,
    `${n} programmes hold ${share}`
  ],
  changeNone: "No programme changes",
  change: ({name, rises, pct, change}) => [
    `${name} ${rises ? "rises" : "falls"} most, by ${by(pct)}`,
    `${name} ${rises ? "rises" : "falls"} most, by ${by(change)}`,
    `The largest ${rises ? "rise" : "fall"} is ${by(pct)}`,
    `The largest ${rises ? "rise" : "fall"} is ${by(change)}`
  ],
  notInDocument: (name) => [`${name} is ${text.notInDocument}`, upperFirst(text.notInDocument)],
  // A sheet's title names its line and states figures, as a ministry table's heading does ("Budget line A:
  // ¥1,000 million, up ¥50 million (5.3%)"); "Budget line A is ¥1,000 million" reads as a wrong verb.
  lineAmount: (name, amount, change) => `${name ? `${upperFirst(name)}: ` : ""}${amount}${change ? `, ${change}` : ""}`,
  and: ", ",
  fundNone: (name) => [`The ${name} fund`, "The fund"],
  fund: ({name, amount, part, all, pct}) =>
    all
      ? [`A ${amount} multi-year fund, all for ${name}`, `A ${amount} multi-year fund`]
      : [`A ${part} multi-year fund for ${name}, ${pct} of the ${amount} supplementary`, `A ${part} multi-year fund for ${name}`],
  fellows: (_programmes, count) => `${count} new appointments (expected)`,
  visits: (count) => `${count} short visits`,
  peopleNone: "People and partners",
  people: (parts) => parts.join(" and "),
  status: (status, count) => `${count} ${status}`,
  moreAbsent: (count) => `; ${count} more not in this document`,
  summary: (n, parts, more) => [
    `Of ${n} programmes, ${parts.join(", ")}${more}`,
    `Of ${n} programmes, ${parts.join(", ")}`,
    `${n} programmes`
  ],
  restated: (name) => [`${name} (restated)`, "Restated"],
  isNew: (name) => [`${name} is new`, "A new programme"],
  flat: (name, _cmp) => [`${name} is unchanged`, "Unchanged"],
  moved: (name, up, pct, _cmp) => [`${name} ${up ? "rises" : "falls"} ${pct}`, `${up ? "Rises" : "Falls"} ${pct}`],
  sheetMoved: (name, up, change) => `${name} ${up ? "rises" : "falls"} by ${by(change)}`,
  sheetNew: (name, amount) => `${name} is new, at ${amount}`,
  sheetFlat: (name, amount) => `${name} is unchanged at ${amount}`,
  peopleCount: (count, approx) => `${approx ? "about " : ""}${count}`,
  question: (q, a) => `Q: ${q} A: ${a}`,
  point: (text) => `• ${text}`,
  questionsHeading: "Likely questions",
  noteForReader: (text) => text.replace(/\s*\([^()]*[\u3000-\u9fff][^()]*\)/g, ""),
  asSentence: sentence,
  amountPoint: (name, amount, change) => `${upperFirst(name)} is ${amount}${change ? `, ${change}` : ""}.`,
  newAmountPoint: (name, amount) => `${upperFirst(name)} is new, at ${amount}.`,
  flatAmountPoint: (name, amount) => `${upperFirst(name)} is unchanged at ${amount}.`,
  qualifiedBy: (notes) =>
    `The total carries ${notes.length > 1 ? "notes" : "a note"}: ${notes.map(sentence).join(" ")} Quote the figure with ${notes.length > 1 ? "them" : "it"}.`,
  target: (target) => `It supports ${lowerFirst(target)}.`,
  supportPeriod: (support, period) => {
    const named = period && / of /.test(period) ? /^([A-Z][a-z]+s) of (\S.*)$/.exec(period) : null;
    // "Stays of about 1 to 3 weeks" names what lasts: "Stays last about 1 to 3 weeks." Any other length is the
    // support's: "Support lasts 2 years." ("The period is 2 years" reads as a form, not a sentence).
    const lasts = named ? `${named[1]} last ${named[2]}` : period && `support lasts ${lowerFirst(period)}`;
    if (!support) return `${upperFirst(lasts as string)}.`;
    return [support, period && (named ? `; ${lowerFirst(lasts as string)}` : `, for ${lowerFirst(period)}`)].filter(Boolean).join("") + ".";
  },
  peoplePoint: (people) => `${people}.`,
  includedPoint: (clause) =>
    `${clause[0].toUpperCase()}${clause.slice(1)}: part of this amount, never added to the section total or counted as a programme.`,
  whyQuestion: (up) => `Why does it ${up ? "rise" : "fall"}?`,
  fundQuestion: "Over how many years is the money spent, and how?",
  restatedPoint: (name, notes) =>
    `${upperFirst(name)} is restated and not part of this section's total.${notes.map((n) => ` ${sentence(n)}`).join("")}`,
  fundPoint: (fund, period) => `${sentence(upperFirst(fund))}${period ? ` Each project runs ${lowerFirst(period)}.` : ""}`,
  howManyQuestion: "How many people or projects does it support?",
  purposeQuestion: "What is it for?",
  noScheme: (name) => `${name}: the document describes no scheme.`
};
