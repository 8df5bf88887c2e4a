import type {ChartWords} from "../charts.js";
import {core} from "./core.js";

export const chartWords: ChartWords = {
  lang: "ja",
  pick: core.pick,
  title: {
    composition: "節の合計の内訳",
    sectionHistory: "資料ごとの節の合計",
    sectionTotals: "年間予算と補正予算",
    programmeDumbbell: "事業別の予算額の比較",
    programmeChange: "事業別の予算額の増減",
    strands: "文書の見出し別の予算額",
    timeline: "事業の開始年度",
    support: "1課題あたりの年間支援額",
    people: "支援人数",
    frameworks: "マルチ枠組みの参加国数"
  },
  column: {
    part: "内訳",
    amount: "金額",
    shown: "表示",
    fiscalYear: "年度",
    stage: "予算段階",
    printed: "印刷表記",
    programme: "事業",
    change: "増減",
    pctChange: "増減率",
    strand: "区分",
    startYear: "開始年度",
    era: "和暦",
    low: "下限",
    high: "上限",
    asPrinted: "記載",
    peoplePerYear: "人数",
    counted: "数えているもの",
    stay: "期間",
    framework: "枠組み",
    partners: "日本以外の参加国数（最少）",
    members: "構成"
  },
  unit: {perProject: "百万円／年・課題", people: "人", countries: "か国"},
  unitLine: (units) => `単位：${units.join(core.comma)}`,
  asOf: (text) => `数値の時点は${text}`,
  changeAxis: (unit, comparison) => `${comparison ? `${comparison}からの` : ""}増減（${unit}）`,
  changeLabel: ({signed, pct, movement, direction}) => (direction === 0 ? movement : `${signed}（${pct}）`),
  startAxis: "事業開始年度",
  supportAxis: "1課題あたり年間支援額（百万円）",
  peopleAxis: "人数",
  partnersAxis: "日本以外の参加国数（最少）",
  newLabel: "新規",
  newSince: (stage) => `（新規、${stage}～）`,
  // A bracketed label (（新規、令和X補正～）) follows the name without a space, as Japanese sets brackets.
  startLabel: (name, era) => `${name}${era.startsWith("（") ? "" : " "}${era}`,
  externalRow: (name) => `${name}（別途支援）`,
  supportMark: ({kind, low, high, upper, about}) =>
    kind === "range" ? `${low}–${high}` : `${kind === "cap" ? (upper ? "上限" : "最大") : ""}${high}${about ? "程度" : ""}`,
  supportLegend: {own: "事業の支援額", external: "他機関の別途支援"},
  unknownCount: (printed) => (printed ? `${printed}（数の記載なし）` : "数の記載なし"),
  separately: (stage, amount) => `このほか${stage}に${amount}（補正予算。年間予算と比べられないため、この軸には描かない）`,
  statusLegend: {up: "増額", down: "減額", flat: "同額", new: "新規"},
  peoplePanel: (kinds) => (kinds.filter(Boolean).length ? kinds.filter(Boolean).join("・") : "人数"),
  peopleCount: (count, about) => `${about ? "約" : ""}${count}人`,
  listSeparator: "・",
  noHeading: "見出しなし",
  remainder: "その他（事業別の記載なし）",
  about: (text) => `約${text}`,
  withShare: (amount, share) => `${amount}（${share}）`,
  noSectionTotal: "今回の資料に節の合計の記載なし。",
  compositionSummary: (p) =>
    `${p.stage}の合計${p.total}のうち、${p.count}事業の額（計${p.itemised}）が${p.itemisedShare}、${p.remainder}が${p.remainderText}（${p.remainderShare}）。`,
  peopleSummary: (rows) =>
    rows
      .map((r) =>
        r.count === undefined ? `${r.name}は${r.printed}（数の記載なし）。` : `${r.name}の${r.what ? `${r.what}は` : "人数は"}${r.count}。`
      )
      .join(""),
  tip: (name, value) => `${name} ${value}`,
  startTip: (name, era, year) => `${name} ${era ? `${era}（${year}年度）` : `${year}年度`}`,
  historyLine: (name, parts) => `${name}は、${parts.join("、")}。`,
  historyPart: (stage, amount) => `${stage}が${amount}`,
  historyJoin: ""
};
