import type {ReportWords} from "../report.js";
import {core} from "./core.js";

export const report: ReportWords = {
  core,
  other: "en",
  languageName: "日本語",
  pathPrefix: "",
  pick: (ja) => ja,
  translated: false,
  translationCredit: null,

  pagesNav: "ページ",
  slides: "説明資料",
  editablePptx: "編集可能PPTX",
  originalDocument: "原資料",
  figuresAsOf: "数値の時点",
  asOfClause: (when) => `数値の時点は${when}`,

  unitLegend: "金額の単位",
  unitLabels: {printed: "印刷どおり", million: "百万円", large: "億円"},
  toolbar: {
    svg: "SVGで保存",
    png: "PNGで保存",
    csv: "データ（CSV）",
    link: "リンクをコピー",
    copied: "リンクをコピーした",
    tools: "図の操作"
  },
  rowCount: (n) => `${n}件`,
  downloadCsv: "CSVをダウンロード",
  filter: "絞り込み",
  showDataTable: "データ表を表示",

  toCite: "引用するときは、次のように記す。",
  citeText: (document, briefing) => `${document}（${briefing}のデータによる）`,
  lines: (n) => `${n}行`,
  downloadFile: (file) => `${file} をダウンロード`,
  showRows: "表を表示",
  citation: (name, date) => `${name}（${date}）`,
  citationSeparator: "、",

  noteOnFigure: (figure, note) => `【${figure}】${note}`,
  termGap: "　",
  sourceOf: (source) => `出典は${source}`,

  noNotes: "資料に注記はない。",
  tiersHeading: (n) => `国際共同研究の${n}つの階層`,

  dataPage: {
    asOf: (asOf) => `数値の時点は${asOf}。`,
    stages: (current, comparison) =>
      comparison ? `基準とする予算は${current}、比較対象は${comparison}。` : `基準とする予算は${current}。比較対象はない。`,
    terms: {
      new: "「新規」は比較対象の予算に額のない事業。増減率は計算しない。",
      restated: "「再掲」は他の項目に計上されている額。本事項の合計には加えない。",
      estimate: "「推計額を含む」は運営費交付金中の推計額を含む金額。"
    },
    precisionHeading: "増減率と構成比の精度",
    precision: [
      "増減率と構成比は、もとの金額が印刷された桁で言える以上の桁を示さない。億円単位で印刷された金額は前後0.5億円の幅をもち、百万円単位（資料で最も細かい単位）の金額は印刷どおりとみなす。",
      "小数第1位まで示すのは、その幅で取りうる値がすべて四捨五入で同じ値になるときだけで、そうでなければ整数（取りうる値が表示の前後1ポイント以内）で示す。億円単位の金額を含む計算には「約」を付ける。前後1ポイントにも収まらないほど幅が広いときは、範囲そのもの（両端を外側の整数に丸める）を示す。"
    ]
  },

  cover: {edition: "版", handoutPdf: "配布資料PDF", slides: (links) => `説明資料（${links}）`},

  changeCard: ({comparison, direction, movement, pct}) =>
    direction === 0 ? `${comparison}と同額` : `${comparison}比${movement}（${pct}）`,
  separateFromInitial: (initial) => `${initial}とは別枠`,
  noteMarker: (n) => `※${n}（注記${n}へ）`,
  noteRef: (n) => `※${n}`,
  comparisonLine: (current, comparison) =>
    `${comparison ? `${current}と${comparison}の比較。` : `${current}。`}再掲の事業は合計に加えていない。`,
  linkSeparator: "、",
  partnerGap: "／",
  editionKey: (pairs) => `図表では、${pairs.map(([full, short]) => `${full}を「${short}」`).join("、")}と略す。`,
  noteRefRaised: false,
  noteLabel: (n) => `※${n}`,

  stage: "予算段階",
  amount: "金額",
  asPrinted: "印刷表記",
  millionYen: "百万円",
  programme: "事業",
  documentHeading: "文書の見出し",
  change: "増減",
  pctChange: "増減率",
  ratioUnit: "比率 0–1",
  newProgramme: "新規",
  unchangedProgramme: "同額",
  restatedSuffix: "（再掲）",
  budgetByProgramme: "事業別の予算額",
  budgetLineSpanning: (headings) => `（予算の合計行。${headings}つの見出しにまたがる）`,
  groupMembers: (names) => `（${names.join("、")}の合計）`,
  lastPrinted: (stage, amount) => `（直近 ${stage} ${amount}）`,
  agency: "実施機関",
  part: "内訳",
  total: (section) => `合計（${section}）`,
  compositionCaption: "節の合計の内訳",
  historyCaption: "資料ごとの予算額（予算段階つき）",

  schemeYear: (printed, eraYear, year) => (eraYear && printed.includes(`（${eraYear}）`) ? "" : `（${year}年度）`),
  item: "項目",
  printedShort: "記載",
  translationColumn: null,
  source: "出典",
  schemesCaption: "事業スキーム",
  framework: "枠組み",
  members: "構成",
  partnersMin: "日本以外（最少）",
  countriesUnit: "か国",
  note: "備考",
  country: "国",
  context: "文脈",
  countriesCaption: "文書に名前の出る国",
  frameworksCaption: (programmes) => (programmes.length ? `マルチ枠組み（${programmes.join("・")}で想定）` : "マルチ枠組み"),

  comparisonHeading: (comparison, current) => (comparison ? `${comparison}から${current}へ` : current),
  unitemisedNotes: (remainder, total, notes) =>
    `事業別の記載がない残りの${remainder}について、資料にあるのは合計${total}に付いた注記${notes.map((n) => `「${n}」`).join("")}のみ。`,
  unitemisedEstimate: (remainder, total) =>
    `事業別の記載がない残りの${remainder}について、資料が示すのは合計${total}が推計額を含むことのみ。`,
  unitemisedNothing: (remainder) => `事業別の記載がない残りの${remainder}について、資料に説明はない。`,
  sentenceGap: "",
  unitemisedNotGiven: "推計額そのもの、残りがどの経費に当たるか、事業ごとの内訳は資料に記載がない。",

  startedIn: (name, era, year) => `${name}は${era}（${year}年度）開始`,
  firstBudgetOf: (name, year, since) => `${name}は開始年度の記載がない新規事業で、最初の予算は${since}（${year}年度）`,
  startSpan: (oldest, newest) => `最も古い${oldest}、最も新しい${newest}。`,
  onlyStart: (start) => `${start}。`,

  researcher: "研究者",
  institution: "所属",
  fellowship: "採用",
  selected: "採択",
  selectedYear: (era, year) => `${era}（${year}年度）`,
  publishedIn: "掲載",
  amountAt: (stage) => `金額（${stage}）`,
  publishedOn: (date) => {
    const m = /^(\d{4})-(\d{2})$/.exec(date);
    return `（${m ? `${m[1]}年${Number(m[2])}月` : date}）`;
  },
  notInDocument: "資料に記載なし",
  jointCallCountries: "joint call構築の協力関係（これまで）",
  cooperatingNow: "現在協力中",
  projectsIn: (eraYear) => `${eraYear ?? ""}の課題数`,
  countries: (n) => `${n}か国`,
  projects: (n) => `${n}課題`
};
