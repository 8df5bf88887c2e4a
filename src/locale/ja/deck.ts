import type {DeckWords} from "../deck.js";

export const deck: DeckWords = {
  named: (s) => s.nameJa,
  text: (t) => t.textJa,
  printed: (f) => f.printed,
  members: (f) => f.membersPrinted,
  highlightOf: (r) => r.summaryJa,
  nameList: (names) => names.join("・"),

  asOfLine: (when) => `数値の時点は${when}`,
  highlight: "成果・経験者",
  frameworks: "マルチ枠組み",
  changeLabel: "増減",
  changeOn: (comparison) => `${comparison}比`,
  changeRow: "増減",
  isNew: "（新規）",
  restated: "（再掲）",
  newBar: "新規",
  about: "事業の概要",
  objective: "目的",
  programmeColumn: "事業",

  fundMark: "（基金・別枠）",
  headlinePoint: (stage, current, comparison, change, comparisonStage) =>
    `${stage}は${current}${comparison ? `。${comparisonStage}の${comparison}から${change}` : ""}。`,
  separateFund: (stage, amount, fund) => `別に${stage}で${amount}。年間予算ではなく、複数年度にわたり使う基金（${fund}）。`,
  totalQuestion: "合計の数字に注意点はあるか。",

  withShare: (amount, share) => `${amount}（${share}）`,
  compositionAlt: (stage, total, bars) => `${stage}の節の合計${total}の内訳。${bars.join("、")}。`,
  compositionAxis: (unit, total) => `${unit}（括弧内は節の合計${total}に対する割合）`,
  itemisedPoint: (itemised, share, total) => `主要事業の計は${itemised}で、合計${total}の${share}。`,
  remainderPoint: (rest) => `残りは${rest}。`,
  remainderQuestion: (rest) => `残る${rest}には何が含まれるのか。`,

  changesAlt: (comparison, current, bars) => `${comparison}から${current}への事業別の増減。${bars.join("、")}。`,
  changesAxis: (comparison, unit) => `${comparison}からの増減（${unit}）`,
  moverPoint: (name, change, amount) => `${name}は${change}で${amount}。`,
  whyQuestion: (name, up) => `${name}はなぜ${up ? "増えた" : "減った"}のか。`,

  rounding: (printed, sum) => `合計${printed}と内訳の和${sum}の差は四捨五入による。`,
  budgetLinePoint: (line, count) => `予算の項目としては「${line}」で計上され、${count}事業を含む。`,
  elsewherePoint: (names, heading) => `うち${names.join("・")}は「${heading}」の区分に掲げている。`,
  roundingQuestion: "合計と内訳の和が合わないのはなぜか。",

  annualBudget: (stage, isNew) => `${stage}（年間予算${isNew ? "・新規" : ""}）`,
  fundNotAnnual: "補正予算の基金は複数年度にわたり使われるため、1年度分の年間予算とは比べられない。",
  restatedInSupplementary: (name, amount, note) =>
    `${name}の${amount}も同じ補正予算に計上されているが、再掲であり、本事項の補正予算額には含まない${note ? `（${note.replace(/^※/, "")}）` : ""}。`,

  peopleColumn: "人数",
  stayColumn: "滞在期間",
  membersColumn: "参加国",
  countsDiffer: "人数は事業ごとに定義が異なる（新規採用の見込み、受入人数）。",
  appointmentsPoint: (lines) => `新規採用の見込みは${lines.map((r) => `${r.name}${r.count}${r.stay ? `（${r.stay}）` : ""}`).join("、")}。`,
  shortVisitPoint: (r) => `${r.name}は${r.stay}の短期受入で${r.count}。`,
  peopleQuestion: (comparison) => `${comparison ? `${comparison}と比べて` : ""}支援する人数は増えるのか。`,
  networkLine: (name, ever, now, projects) => `${name}は${ever.printed}（${now.printed}）${projects ? `、${projects.printed}` : ""}`,

  notInTotal: "合計に含まない",
  summaryFootnote: "再掲の額は合計に加えない。新規事業は増減率を示さない。",
  summaryPoint: (n, absent) => `${n.all}事業のうち増額${n.up}、減額${n.down}、同額${n.flat}、新規${n.new}。${absent ? `${absent}。` : ""}`,
  largestQuestion: "どの事業が最も大きいか。",
  largestAnswer: (stage, name, amount, share) => `${stage}では${name}の${amount}（節の合計の${share}）。`,

  countedTerm: "計上",
  sameAmount: (comparison, current) => `${comparison}・${current}（同額）`,

  keyPointsTitle: "要点",
  keyPointColumn: "事項",
  figureColumn: "金額・増減",
  amountAndChange: (amount, change) => `${amount}、${change}`,
  kpTotal: (section) => `${section}の合計`,
  kpFund: (name, stage) => `${stage}で${name}の多年度基金を造成`,
  kpRise: (name) => `最大の増額は${name}`,
  kpCut: (name) => `最大の減額は${name}`,
  kpNew: (count) => `新規事業は${count}件`,
  kpUnitemised: "主要事業以外の部分",
  spoken: (form, statement, figure) =>
    form === "topic" ? `${statement}は${figure}。` : form === "named" ? `${statement}で、${figure}。` : `${statement}（${figure}）。`,

  risksTitle: "論点・留意点",
  issueColumn: "論点",
  detailColumn: "数値",
  checkColumn: "説明",
  riskCut: "最大の減額",
  riskCutDetail: (name, change) => `${name}は${change}`,
  riskCutKnown: (from, to, total) => (total ? `節の合計は${total}。その中で${from}から${to}へ減額` : `${from}から${to}へ減額`),
  riskCutQuestion: (name) => `${name}はなぜ減ったのか。`,
  riskFund: "基金と年間予算",
  riskFundDetail: ({name, fundStage, fund, stage, annual}) => `${name}は${fundStage}で${fund}の基金、${stage}の年間予算は${annual}`,
  riskFundKnown: ({stage, annual, period}) =>
    `基金は複数年度にわたり使う別枠の予算で、${stage}の年間予算${annual}とは合算も比較もしない。${period ? `課題ごとの期間は${period}。` : ""}`,
  riskFundQuestion: (name, fund, annual) => `${name}の基金${fund}と年間予算${annual}はどういう関係か。`,
  riskNew: "新規事業",
  riskNewKnown: (stage) => `${stage}で新規に計上`,
  riskNewQuestion: (name) => `${name}では何件・何人を支援するのか。`,
  riskUnitemised: "主要事業以外の額",
  // One note in one sentence; several one to a line under their label (no quotation nested in another).
  riskRemainderKnown: (notes, itemised) =>
    notes.length > 1
      ? `合計の注記\n${notes.map((n) => `・${n.replace(/^※/, "")}`).join("\n")}`
      : notes.length
        ? `合計の注記は「${notes[0].replace(/^※/, "").replace(/。$/, "")}」`
        : `合計から主要事業の計${itemised}を除いた額`,
  riskRestatedCheck: "本節の合計には含まない",
  riskRestatedQuestion: (names) => `${names}は本事項の予算か。`,
  riskRestatedAnswer: (notes) => `再掲であり、本事項の合計には含まない。${notes.map((n) => `${n.replace(/。$/, "")}。`).join("")}`,
  riskNoteKnown: "注記分の額は内訳として示されていない。数字を引用するときは注記を添える",
  riskNoteQuestion: "注記分の額はいくらか。",
  unitemisedDetail: (rest, share, total) => `${rest}（合計${total}の${share}）`,
  riskRestated: "合計に含まない再掲",
  riskNote: "数値の注記",
  notesList: (notes) => (notes.length > 1 ? notes.map((n) => `・${n}`).join("\n") : (notes[0] ?? "")),
  notesTogether: (notes) => notes.map((n) => (/[。]$/.test(n) ? n : `${n}。`)).join(""),
  noteWith: (note, names) => `${note}（${names}）`,
  nameAmount: (name, amount) => `${name} ${amount}`,
  amountAt: (amount, stage) => `${amount}（${stage}）`,
  unitemisedQuestion: (rest) => `残る${rest}には何が含まれるのか。`,

  fundTitles: (name, stage) => [`${name}は${stage}の多年度基金で支援`, `${stage}で多年度基金を造成`, "多年度基金"],
  fundTotalLabel: (stage, all) => `${stage}（多年度基金${all ? "" : "のうち本事業分"}）`,
  fundRelation: (stage, annual) =>
    `基金は複数年度にわたり使われ、${stage}の年間予算${annual}とは別枠で計上されている。性格が異なるため、合算も比較もしない。`,

  moreInAppendix: (count) => `大きい順に表示。ほか${count}件を含む全体は参考資料に掲載。`,
  sheetsTitle: (titles) => titles.join("、"),
  sheetsNamed: (names) => `事業別の資料（${names.join("・")}）`,
  onSheet: (name, text) => `【${name}】${text}`,

  altPair: (term, value) => `${term}：${value}`,
  altItems: "、",
  altSentences: (parts) => `${parts.join("。")}。`,
  handout: "配布資料",
  sourcesTitle: "注記と出典",
  noteColumn: "注記",
  printedWithColumn: "対象",
  namesAndMore: (names, more) => names.join("・") + (more > 0 ? `ほか${more}件` : ""),
  sourcesPoint: "数値はすべて文書の記載どおり。増減と割合は記載額から計算した。",
  appendixTitle: "参考",
  appendixPoint: "以下は参考資料。事業別の資料と注記・出典を収める。",
  contentsColumns: ["内容", "ページ"],
  contentsGroup: (kind, count, first) =>
    ({
      summary: "事業別の予算額一覧",
      programme: `事業別の資料（${count}事業）`,
      group: count > 1 ? `予算の項目別の内訳（${count}項目）` : "予算の項目別の内訳"
    })[kind] ?? first,
  slidePages: (from, to) => (from === to ? `${from}` : `${from}～${to}`),
  questionsTitle: (briefing) => `${briefing} 想定問答の準備リスト`,
  questionsIntro:
    "スライドのノートには、データで答えられる問答だけを載せている。次の問いは答えがまだないため、ノートに載せていない。担当課の回答を data/answers.csv に1行ずつ加えると、次のビルドで該当スライドのノートに載る。",
  questionsNone: "未回答の問いはない。",
  questionSlides: (slides, titles) => `スライド${slides.join("、")}（${titles.join("／")}）`,
  questionRow: (row) => `answers.csv に加える行は \`${row}\``,
  questionNeeds: (topic) =>
    `必要な回答は${
      {
        change: "増減の理由",
        remainder: "主要事業以外の額に含まれるもの",
        fund: "基金の年度ごとの執行計画",
        people: "支援する人数・件数の見通し",
        notes: "注記分の額",
        purpose: "事業の目的"
      }[topic]
    }`
};
