import {html} from "htl";
import type {Briefing} from "../lib/briefing.js";
import {DATA_FILES, type DataFile, type Dataset} from "../lib/dataset.js";
import {DATA_FOLDER} from "../lib/site.js";
import {briefingTitle, documentTitle, sourceLine} from "../lib/edition.js";
import type {Lang} from "../lib/format.js";
import {DataTable} from "./controls.js";
import {reportWords} from "../locale/report.js";

// The data page for readers: what each file holds, how to cite it, a download link to the file exactly as
// transcribed, and the rows themselves one click away under human column labels. The build copies the files
// into the site's DATA_FOLDER (scripts/report-finish.ts), so the links work offline.

export {DATA_FOLDER};

type Text = Record<Lang, string>;

/** Which part of the briefing holds each file's rows. */
const ROWS: Record<DataFile, keyof Dataset> = {
  "programmes.csv": "entities",
  "stages.csv": "stages",
  "strands.csv": "strands",
  "budget.csv": "budget",
  "notes.csv": "notes",
  "schemes.csv": "schemes",
  "frameworks.csv": "frameworks",
  "tiers.csv": "tiers",
  "results.csv": "results",
  "texts.csv": "texts",
  "citations.csv": "citations",
  "countries.csv": "countries",
  "editions.csv": "editions",
  "settings.csv": "settings",
  "names.csv": "names",
  "answers.csv": "answers"
};

/** What a reader finds in each file (the schema's meaning, not this document's content). */
const HOLDS: Record<DataFile, Text> = {
  "programmes.csv": {
    ja: "節・グループ・事業の一覧。正式名称（日英）、略称、実施機関（資料に記載がないため公式名称の用語集による）、区分、上位の項目",
    en: "The section, its groups and programmes: official names in Japanese and English, short names, implementing agency (from the glossary of official names), strand, parent"
  },
  "stages.csv": {
    ja: "予算の段階（概算要求、予算案、当初予算、補正予算）とその順序",
    en: "Budget stages (request, draft, enacted, supplementary) and their order"
  },
  "strands.csv": {
    ja: "資料の見出し（区分）。事業はいずれかの見出しの下に載る",
    en: "The document's headings (strands) under which the programmes are printed"
  },
  "budget.csv": {
    ja: "事業×年度×段階ごとの予算額。印刷どおりの数値と単位（百万円／億円）、新規・再掲・推計額を含む等の区分、注記",
    en: "One amount per programme × fiscal year × stage: the figure and unit as printed (¥\u00a0million / ¥100 million), flags (new, restated, includes an estimate), notes"
  },
  "notes.csv": {ja: "資料の※注記と、その対象", en: "The document's notes and what each applies to"},
  "schemes.csv": {
    ja: "事業スキーム（1課題あたりの支援額、期間、開始年度、人数・件数など）の印刷どおりの表記と英訳",
    en: "Schemes: support per project, periods, start years, people and counts (as printed, with an English rendering)"
  },
  "frameworks.csv": {ja: "多国間の共同公募の枠組みとその構成", en: "Multilateral joint-call frameworks and their members"},
  "tiers.csv": {ja: "国際共同研究の階層", en: "The tiers of international joint research"},
  "texts.csv": {
    ja: "資料の本文（目的、背景、概要、事業スキームの要点）を原文どおりに。誤植を直した箇所は印刷どおりの表記と注記つき",
    en: "The document's own words (objectives, backgrounds, summaries, scheme points) as printed; a corrected typo keeps the printed form and a note"
  },
  "citations.csv": {ja: "本文が引用する政策文書と日付", en: "Policy documents the texts cite, with their dates"},
  "results.csv": {ja: "研究成果と人材（年度、所属、掲載誌）", en: "Research results and alumni (year, institution, publication)"},
  "countries.csv": {ja: "資料に名前の出る国と、その文脈", en: "Countries the document names, and where"},
  "names.csv": {
    ja: "改称前の名称と、それを記載した資料（版）。現在の名称はprogrammes.csv",
    en: "Former names and the editions that print them; the current name is in programmes.csv"
  },
  "answers.csv": {
    ja: "担当課の回答（想定問答の答え）。版・論点・事業ごとに1行、出典つき",
    en: "The responsible division's answers to the briefing's likely questions: one row per edition, topic and programme, with its source"
  },
  "editions.csv": {
    ja: "資料の書誌（省庁名、節番号、数値の時点、原資料の所在）",
    en: "The document itself: ministry, section number, the date the figures are as of, where to find the original"
  },
  "settings.csv": {
    ja: "表示の設定（基準とする段階・比較する段階。空欄なら自動）",
    en: "Display settings: which stage is current and which is compared (blank: chosen automatically)"
  }
};

/** Human labels for the files' columns; a column not listed keeps its field name. */
const COLUMNS: Record<string, Text> = {
  id: {ja: "識別子", en: "Identifier"},
  kind: {ja: "種類", en: "Kind"},
  nameJa: {ja: "名称（日本語）", en: "Name (Japanese)"},
  nameEn: {ja: "名称（英語）", en: "Name (English)"},
  shortJa: {ja: "略称（日本語）", en: "Short name (Japanese)"},
  shortEn: {ja: "略称（英語）", en: "Short name (English)"},
  agencyJa: {ja: "実施機関", en: "Agency (Japanese)"},
  agencyEn: {ja: "実施機関（英語）", en: "Agency"},
  strand: {ja: "区分", en: "Strand"},
  parent: {ja: "上位の項目", en: "Part of"},
  source: {ja: "資料の該当箇所", en: "Where in the document"},
  order: {ja: "順序", en: "Order"},
  labelJa: {ja: "表記（日本語）", en: "Label (Japanese)"},
  labelEn: {ja: "表記（英語）", en: "Label (English)"},
  entity: {ja: "事業", en: "Programme"},
  fiscalYear: {ja: "年度", en: "Fiscal year"},
  stage: {ja: "段階", en: "Stage"},
  amount: {ja: "金額（印刷どおり）", en: "Amount (as printed)"},
  unit: {ja: "単位", en: "Unit"},
  flags: {ja: "区分（新規・再掲・推計額を含む）", en: "Flags (new, restated, includes an estimate)"},
  notes: {ja: "注記", en: "Notes"},
  editions: {ja: "記載された資料（版）", en: "Printed in (editions)"},
  scope: {ja: "注記の対象の種類", en: "Note applies to"},
  appliesTo: {ja: "対象の事業", en: "Programmes"},
  textJa: {ja: "本文（日本語）", en: "Text (Japanese)"},
  textEn: {ja: "本文（英語）", en: "Text (English)"},
  programme: {ja: "事業", en: "Programme"},
  attribute: {ja: "項目", en: "Item"},
  printed: {ja: "記載（印刷どおり）", en: "As printed"},
  printedEn: {ja: "英訳", en: "In English"},
  low: {ja: "下限", en: "Low"},
  high: {ja: "上限", en: "High"},
  unitHigh: {ja: "上限の単位", en: "Unit of the high value"},
  qualifier: {ja: "限定語（最大・程度など）", en: "Qualifier (at most, about …)"},
  eraYear: {ja: "年度（和暦）", en: "Year (Japanese era)"},
  year: {ja: "年度（西暦）", en: "Year"},
  name: {ja: "名称", en: "Name"},
  membersPrinted: {ja: "構成（印刷どおり）", en: "Members (as printed)"},
  membersEn: {ja: "構成（英語）", en: "Members (English)"},
  partnersMin: {ja: "日本以外の国・地域（最少）", en: "Partners besides Japan (at least)"},
  noteJa: {ja: "備考（日本語）", en: "Note (Japanese)"},
  noteEn: {ja: "備考（英語）", en: "Note (English)"},
  tier: {ja: "階層", en: "Tier"},
  descriptionJa: {ja: "説明（日本語）", en: "Description (Japanese)"},
  descriptionEn: {ja: "説明（英語）", en: "Description (English)"},
  titleJa: {ja: "題名", en: "Title (Japanese)"},
  summaryEn: {ja: "英語の要約", en: "Summary (English)"},
  person: {ja: "研究者", en: "Researcher"},
  affiliation: {ja: "所属", en: "Institution"},
  partner: {ja: "相手国", en: "Partner"},
  selectedEra: {ja: "採択（和暦）", en: "Selected (Japanese era)"},
  selectedYear: {ja: "採択年度", en: "Selected (fiscal year)"},
  publication: {ja: "掲載誌", en: "Published in"},
  published: {ja: "掲載日", en: "Publication date"},
  iso: {ja: "ISOコード", en: "ISO code"},
  context: {ja: "文脈", en: "Context"},
  ministryJa: {ja: "省庁名（日本語）", en: "Ministry (Japanese)"},
  ministryEn: {ja: "省庁名（英語）", en: "Ministry (English)"},
  sectionNumber: {ja: "節番号", en: "Section number"},
  asOf: {ja: "数値の時点（年月）", en: "Figures as of (month)"},
  asOfJa: {ja: "数値の時点（日本語）", en: "Figures as of (Japanese)"},
  asOfEn: {ja: "数値の時点（英語）", en: "Figures as of (English)"},
  url: {ja: "原資料のアドレス", en: "Address of the original"},
  pages: {ja: "ページ", en: "Pages"},
  key: {ja: "設定", en: "Setting"},
  value: {ja: "値", en: "Value"}
};

export function columnLabel(key: string, lang: Lang): string {
  return COLUMNS[key]?.[lang] ?? key;
}

/** How to cite the figures: the document first, then this briefing as where the figures were read. */
export function citeText(b: Briefing, lang: Lang): string {
  return reportWords(lang).citeText(documentTitle(b, lang), briefingTitle(b, lang));
}

/** Citation and source lines, ready for the page. */
export function CiteBlock(b: Briefing, {lang}: {lang: Lang}): HTMLElement {
  return html`<div class="kit-cite">
    <p>${sourceLine(b, lang)}</p>
    <p>${reportWords(lang).toCite}</p>
    <blockquote><p>${citeText(b, lang)}</p></blockquote>
  </div>` as HTMLElement;
}

/**
 * One entry per data file: what it holds, its row count, a download link to the file as transcribed, and its
 * rows in a collapsed table. `root` is the relative path from the page to the site root.
 */
export function DataFiles(b: Briefing, {lang, root}: {lang: Lang; root: string}): HTMLElement {
  const w = reportWords(lang);
  return html`<div class="kit-files">
    ${DATA_FILES.map((file) => {
      // Every row of the file: the current edition's facts and those only older editions print, in file order.
      const older = (b.olderFacts as unknown as Record<string, Record<string, unknown>[] | undefined>)?.[ROWS[file]] ?? [];
      const rows = [...(b[ROWS[file]] as unknown as Record<string, unknown>[]), ...older].sort(
        (x, y) => ((x.line as number) ?? 0) - ((y.line as number) ?? 0)
      );
      // Skip the fields the loader adds (line numbers, the order of programmes.csv rows).
      const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter(
        (k) => k !== "line" && !(k === "order" && file === "programmes.csv")
      );
      const count = w.lines(rows.length);
      return html`<section class="kit-file">
        <h3>${file}</h3>
        <p>${HOLDS[file][lang]}</p>
        <p class="kit-file-link">
          <a href=${`${root}${DATA_FOLDER}/${file}`} download=${file}>${w.downloadFile(file)}</a>
          <span class="kit-note">(${count})</span>
        </p>
        ${
          rows.length
            ? html`<details>
                <summary>${w.showRows}</summary>
                ${DataTable(
                  rows,
                  keys.map((k) => ({
                    key: k,
                    label: columnLabel(k, lang),
                    format: (r: Record<string, unknown>) => (Array.isArray(r[k]) ? (r[k] as unknown[]).join(";") : String(r[k] ?? ""))
                  })),
                  {lang, caption: file, filename: file}
                )}
              </details>`
            : ""
        }
      </section>`;
    })}
  </div>` as HTMLElement;
}
