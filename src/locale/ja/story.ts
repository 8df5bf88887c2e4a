import type {StoryWords} from "../story.js";
import {core} from "./core.js";
import {text} from "./text.js";

const NOT_STATED = text.notInDocument;
/** An answer ends as a sentence (。) or with the source bracket that closes one. */
const ended = (text: string) => !text || /。$/.test(text) || /。（.*）$/.test(text);
const STATUS = {up: "増額", down: "減額", flat: "同額", new: "新規"} as const;

const PERIOD = "期間";
/**
 * A period fact as a clause: a fact that names its own period before its figure (「渡航期間 3ヶ月~1年程度」: a
 * word ending in 期間, a space, the figure) is that period's own clause (「渡航期間は3ヶ月~1年程度」), the
 * document's characters kept; any other is 「期間は…」.
 */
const periodClause = (period: string) => {
  const m = new RegExp(`^([^\\s\\d０-９]*${PERIOD})\\s+(\\S.*)$`).exec(period);
  return m ? `${m[1]}は${m[2]}` : `${PERIOD}は${period}`;
};

export const story: StoryWords = {
  ...core,
  answered: (text, source) => `${/。$/.test(text) ? text : `${text}。`}（${source}）`,
  changeWithPct: (change, pct) => `${change}（${pct}）`,
  unchanged: "同額",
  is: (subject, amount) => `${subject}は${amount}`,
  headline: ({stage, short, cmp, cmpFormal, cur, pct, change}) => [
    `${stage}は${cur}、${cmpFormal}比${pct}`,
    `${stage}は${cur}、${cmp}比${pct}`,
    `${stage}は${cur}、${pct}`,
    `${short}は${cur}、${pct}`,
    `${short}は${cur}、${change}`,
    `${short}は${cur}`
  ],
  compositionNone: "節の合計の内訳",
  inBrackets: (s) => `（${s}）`,
  composition: (n, share, remainder) => [`主要${n}事業で合計の${share}、ほか${remainder}`, `主要${n}事業で合計の${share}`],
  changeNone: "事業別の増減はなし",
  change: ({name, rises, pct, change}) => {
    const which = rises ? "増えた" : "減った";
    return [`最も${which}のは${name}、${pct}`, `最も${which}のは${name}、${change}`, `最大の${rises ? "増額" : "減額"}は${pct}`];
  },
  notInDocument: (name) => [`${name}は${text.notInDocument}`, text.notInDocument],
  lineAmount: (name, amount, change) => `${name ? `${name}は` : ""}${amount}${change ? `、${change}` : ""}`,
  and: "、",
  fundNone: (name) => [`${name}の基金`, "基金"],
  fund: ({stage, name, amount, part, all, pct}) =>
    all
      ? [`${stage}で${name}の多年度基金に${amount}（全額）`, `${stage}で多年度基金に${amount}`, `多年度基金に${amount}`]
      : [
          `${stage}で${name}の多年度基金に${part}（補正${amount}のうち${pct}）`,
          `${stage}で${name}の多年度基金に${part}`,
          `${name}の多年度基金に${part}`
        ],
  fellows: (programmes, count) => `${programmes}事業で新規採用${count}人（見込み）`,
  visits: (count) => `短期受入${count}`,
  peopleNone: "人材と国際ネットワーク",
  people: (parts) => parts.join("、"),
  status: (status, count) => `${STATUS[status]}${count}`,
  moreAbsent: (count) => `、ほか${count}事業は${NOT_STATED}`,
  summary: (n, parts, more) => [`${n}事業のうち${parts.join("・")}${more}`, `${n}事業のうち${parts.join("・")}`],
  restated: (name) => [`${name}は再掲（本事項の合計に含まない）`, "再掲（本事項の合計に含まない）"],
  isNew: (name) => [`${name}は新規事業`, "新規事業"],
  flat: (name, cmp) => [`${name}は${cmp}と同額`, `${cmp}と同額`],
  moved: (name, up, pct, cmp) => [
    `${name}は${cmp}比${pct}${up ? "増" : "減"}`,
    `${name}は${pct}${up ? "増" : "減"}`,
    `${cmp}比${pct}${up ? "増" : "減"}`
  ],
  sheetMoved: (name, _up, change) => `${name}は${change}`,
  sheetNew: (name, amount) => `${name}は新規、${amount}`,
  sheetFlat: (name, amount) => `${name}は同額の${amount}`,
  peopleCount: (count, approx) => `${approx ? "約" : ""}${count}人`,
  question: (q, a) => `（問）${q}（答）${ended(a) ? a : `${a}。`}`,
  point: (text) => `・${text}`,
  questionsHeading: "想定問答",
  noteForReader: (text) => text,
  asSentence: (text) => (ended(text) ? text : `${text}。`),
  amountPoint: (name, amount, change) => `${name}は${amount}${change ? `、${change}` : ""}。`,
  newAmountPoint: (name, amount) => `${name}は新規で${amount}。`,
  flatAmountPoint: (name, amount) => `${name}は同額の${amount}。`,
  qualifiedBy: (notes) =>
    `合計額には注記${notes.map((n) => `「${n.replace(/。$/, "")}」`).join("")}がある。数字を引用するときは注記を添える。`,
  target: (target) => `支援対象は${target}。`,
  supportPeriod: (support, period) => [support && `支援額は${support}`, period && periodClause(period)].filter(Boolean).join("、") + "。",
  peoplePoint: (people) => `${people}。`,
  includedPoint: (clause) => `${clause}。内数のため、節の合計や事業数には加えない。`,
  whyQuestion: (up) => `なぜ${up ? "増えた" : "減った"}のか。`,
  fundQuestion: "基金は何年で、年度ごとにどう使うのか。",
  restatedPoint: (name, notes) =>
    `${name}は再掲であり、本事項の合計には含まない。${notes.map((n) => `${n.replace(/。$/, "")}。`).join("")}`,
  fundPoint: (fund, period) => `${fund.replace(/。$/, "")}。${period ? `課題ごとの${periodClause(period)}。` : ""}`,
  howManyQuestion: "何人・何件を支援するのか。",
  purposeQuestion: "事業の目的は何か。",
  noScheme: (name) => `${name}の事業内容は${NOT_STATED}。`
};
