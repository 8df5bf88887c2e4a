// The responsible division's answers to the questions the deck computes (data/answers.csv, optional): why a
// programme's amount changed, what the unitemised remainder of the total holds, a fund's year-by-year plan, the
// people or awards a programme supports, the amounts the notes cover, a programme's purpose. A question is in
// the speaker notes only when the data answers it; an unanswered one goes to the presenter's preparation list
// (slides/questions.ts) with the row of this file that would answer it. The kit never writes an answer itself.
import type {Column, Schema} from "./csv.js";
import type {DataIssue} from "./errors.js";

/** What a row answers. The keys are the kit's questions, so they hold for any edition. */
export const ANSWER_TOPICS = ["change", "remainder", "fund", "people", "notes", "purpose"] as const;
export type AnswerTopic = (typeof ANSWER_TOPICS)[number];

/**
 * Whether a topic is about one programme (its id in `programme`) or the section as a whole (`programme` empty):
 * a change, a fund, a purpose belong to a programme; the remainder and the notes to the total; people to either.
 */
const PROGRAMME: Record<AnswerTopic, "required" | "empty" | "optional"> = {
  change: "required",
  remainder: "empty",
  fund: "required",
  people: "optional",
  notes: "empty",
  purpose: "required"
};

export interface Answer {
  /** The edition the answer is for: "fiscalYear stage", as editions.csv names it ("2024 draft"). */
  edition: string;
  topic: AnswerTopic;
  /** A programme id of programmes.csv, or "" for the section as a whole. */
  programme: string;
  answerJa: string;
  answerEn: string;
  /** Who answered and when (cited after the answer in the notes). */
  source: string;
  line: number;
}

/** What an unanswered question needs: the answers.csv row that would answer it. */
export interface Need {
  topic: AnswerTopic;
  /** A programme id, or "" for the section as a whole. */
  programme: string;
}

const required = (name: string): Column => ({name, required: true});
const topic: Column["parse"] = (raw) =>
  (ANSWER_TOPICS as readonly string[]).includes(raw) ? raw : {error: `expected one of ${ANSWER_TOPICS.join(", ")}, found "${raw}"`};
const edition: Column["parse"] = (raw) =>
  /^\d{4} \S+$/.test(raw.trim().replace(/\s+/g, " "))
    ? raw.trim().replace(/\s+/g, " ")
    : {error: `expected an edition as "fiscalYear stage" (e.g. "2024 draft"), found "${raw}"`};

export const ANSWERS_SCHEMA: Schema = [
  {name: "edition", required: true, parse: edition},
  {name: "topic", required: true, parse: topic},
  {name: "programme", required: false},
  required("answerJa"),
  required("answerEn"),
  required("source")
];

/** The rows' cross-checks: known edition and programme, the programme given exactly when the topic needs one, one row per question. */
export function checkAnswers(
  answers: Answer[],
  known: {editions: Set<string>; entities: Set<string>; section?: string},
  checkEditions = true
): DataIssue[] {
  const file = "answers.csv";
  const issues: DataIssue[] = [];
  const seen = new Map<string, number>();
  for (const a of answers) {
    const at = (column: string, message: string) => issues.push({file, line: a.line, column, message});
    a.programme ??= "";
    if (a.programme === known.section) a.programme = "";
    if (checkEditions && !known.editions.has(a.edition))
      at("edition", `unknown edition "${a.edition}"; expected one of ${[...known.editions].join(", ")} (a row of editions.csv)`);
    const rule = PROGRAMME[a.topic];
    if (a.programme && !known.entities.has(a.programme)) at("programme", `unknown programme "${a.programme}" (an id of programmes.csv)`);
    else if (rule === "required" && !a.programme) at("programme", `topic "${a.topic}" answers a question about one programme: give its id`);
    else if (rule === "empty" && a.programme)
      at("programme", `topic "${a.topic}" answers a question about the section's total: leave the programme empty`);
    const key = `${a.edition}|${a.topic}|${a.programme}`;
    if (seen.has(key)) at("topic", `a second answer to the same question (first on line ${seen.get(key)}); keep one row`);
    else seen.set(key, a.line);
  }
  return issues;
}

/** The answer to a need in an edition ("2024 draft"), if the division gave one. */
export function answerTo(answers: readonly Answer[], edition: string, need: Need): Answer | undefined {
  return answers.find((a) => a.edition === edition && a.topic === need.topic && (a.programme ?? "") === need.programme);
}
