import type {TextWords} from "../text.js";
import {core, eraYear} from "./core.js";

const NOT_IN_DOCUMENT = "本資料に記載なし";

export const text: TextWords = {
  ...core,
  notInDocument: NOT_IN_DOCUMENT,
  includedName: (short) => `うち${short}（内数）`,
  includedItem: (name, amount) => `${name}${amount}`,
  includedList: (items) => `（${items.join("、")}）`,
  absentClause: (names, count) => `ほか${count}事業（${names.join("、")}${count > names.length ? "など" : ""}）は${NOT_IN_DOCUMENT}`,
  // A short name with its own brackets is introduced as 「以下「…」」: 「A（B（C））」 nests brackets a reader must untangle.
  introduced: (full, short) => (/[（(]/.test(short) ? `${full}（以下「${short}」）` : `${full}（${short}）`),
  formerly: (name, old) => `${name}（旧${old}）`,
  formerEditions: (old, editions) => `${old}: ${editions.join("・")}`,
  withHistory: (name, formers) => `${name}（旧${formers.join("、")}）`,
  stageLabel: (year, label) => `${year}${label}`,
  stageShort: (fiscalYear, stage) =>
    `${eraYear(fiscalYear).replace(/年度$/, "")}${stage?.kind === "supplementary" ? stage.labelJa.replace(/予算額$/, "") : stage?.id === "draft" ? "案" : stage?.id === "request" ? "要求" : "当初"}`,
  restated: (name, stage, amount) => `${name}は他の項目に計上された額の再掲（${stage} ${amount}）で、本事項の合計には加えない。`,
  isNew: (name, cur, curStage) => `${name}は新規事業で、${curStage}は${cur}。`,
  noComparison: (name, cur, curStage) => `${name}は${curStage}に${cur}（比較できる額は${NOT_IN_DOCUMENT}）。`,
  flat: (name, cur, cmpStage) => `${name}は${cmpStage}と同額の${cur}。`,
  changed: ({name, up, change, pct, cur, cmpStage}) => `${name}は${cur}で、${cmpStage}比${change}${up ? "増" : "減"}（${pct}）。`,
  notInDocumentSentence: (name, last) => `${name}は${NOT_IN_DOCUMENT}${last ? `（直近の額は${last}）` : ""}。`,
  groupChange: ({cmpStage, cmp, diff, pct}) => `で、${cmpStage}（${cmp}）比${diff}（${pct}）`,
  groupSpans: (headings) =>
    headings.length > 1
      ? `この予算行の事業は文書の${headings.length}つの見出し（${headings.map((h) => `「${h}」`).join("と")}）にまたがる。`
      : "",
  group: ({name, cur, included, change, names, spans}) =>
    `予算行「${name}」は${cur}${included}${change}。内訳は${names.join("、")}の${names.length}事業。${spans}`,
  shareLabel: (n, total) => `第${n}節合計（${total}）に占める割合`,
  totalOnly: ({section, stage, cur}) => `${section}の${stage}は${cur}。`,
  totalWithChange: ({section, stage, cur, cmpStage, cmp, change, pct}) =>
    `${section}の${stage}は${cur}で、${cmpStage}（${cmp}）比${change}（${pct}）。`,
  supplementaryTail: ({name, amount, share, all, fund}) =>
    `うち${name}が${amount}（${all ? "全額" : share}）${fund ? "で、複数年度にわたって使う基金" : ""}。`,
  // Ministry Japanese names the annual budget a supplementary stands apart from 当初予算, whatever stages.csv's
  // label for it (予算額) says.
  initialBudget: () => "当初予算",
  supplementary: (stage, supp, tail, initial) => `${stage}は${supp}で、${initial}とは別枠。${tail}`,
  largestIncrease: (sentence) => `増額が最も大きい${sentence}`,
  largestDecrease: (sentence) => `減額が最も大きい${sentence}`,
  itemisation: (itemised, share, remainder) =>
    `文書が事業別に示すのは${itemised}（合計の${share}）。残る${remainder}は事業別に記載がない。`,
  absentSummary: (names) => `${names.length}事業（${names.join("、")}）は${NOT_IN_DOCUMENT}。`,
  statusCounts: (c) => `増額${c.up}、減額${c.down}、同額${c.flat}、新規${c.new}。`,
  countsHead: (total, counts) => `${total}事業のうち${counts}`,
  countsHeadAbsent: (total, shown, counts, absent) => `${total}事業のうち本資料に金額があるのは${shown}事業で、${counts}${absent}`,
  withMessages: (head, messages) => `${head}${messages}`,
  strandAmount: (name, amount, count) => `「${name}」${amount}（${count}事業）`,
  strandAbsent: (name) => `「${name}」は${NOT_IN_DOCUMENT}`,
  strands: (parts, notes) => `文書の見出し別に事業の額を足すと、${parts.join("、")}。${notes.join("")}`,
  facts: (items) => (!items.length ? `${NOT_IN_DOCUMENT}。` : `${items.map(([name, fact]) => `${name}は${fact}`).join("。")}。`),
  spansNote: ({name, total, members, headings}) =>
    `予算行「${name}」（${total}、${members}事業）は${headings}つの見出しにまたがるため、同じ名前の見出しの合計とは一致しない。`,
  roundingNote: ({name, stage, printed, summed, gap}) =>
    `${name}（${stage}）の合計${printed}と内訳の和${summed}の差${gap}は四捨五入で説明できる範囲（各額は百万円単位で印刷）。`,
  sectionLabel: (n) => `第${n}節`,
  ministryShort: (name) => name,
  documentTitle: ({ministry, edition, number, sectionName}) => `${ministry} ${edition} ${number}.${sectionName}`,
  footer: ({ministry, edition, section}) => `${ministry} ${edition} ${section}`,
  briefingTitle: (_section, sectionName) => `${sectionName} 予算ブリーフィング`,
  sourceLine: (title, pages) => `出典：${title}${pages ? `（${pages}ページ）` : ""}`
};
