// The deck as data: one pure outline of typed slide specs (title, figures, chart, tables, facts, notes,
// sources) that the Marp Markdown (deck.ts) and the editable PPTX (pptx.ts) only lay out. Every word and
// figure of a slide is decided here, once, so the two decks cannot drift apart.
import type {Briefing} from "../src/lib/briefing.js";
import type {EntityFigures, StageRef} from "../src/lib/derive.js";
import {asOfText, documentTitle, sourceLine} from "../src/lib/edition.js";
import {formatAmount, formatShareOf, unitLabel, type Lang} from "../src/lib/format.js";
import {
  changeNotes,
  changeTitle,
  changeWithPct,
  clampText,
  compositionTitle,
  currentItemisation,
  emWidth,
  fundTitle,
  groupTitle,
  headlineTitle,
  nameIn,
  NOT_IN_DOCUMENT,
  NOT_IN_THIS_EDITION,
  noteAnswer,
  noteIn,
  notesLines,
  peopleRows,
  peopleTitle,
  programmeNotes,
  programmeTitle,
  remainderText,
  summaryTitle,
  TITLE_MAX_EM,
  whyAnswer,
  type SpeakerNotes
} from "../src/lib/story.js";
import {
  absentClause,
  ATTRIBUTES,
  countedIds,
  entity,
  fullName,
  membersOf,
  schemeFact,
  shortName,
  stageLabel,
  stageShort
} from "../src/lib/text.js";
import {strandColour, tokens} from "../src/lib/tokens.js";
import {compositionRows, remainderLabel} from "../src/components/composition.js";
import {networkLine, SLIDE_FACTS, UI} from "./words.js";
import {continueTables} from "./layout.js";
import {measure} from "../src/lib/measure.js";

/** How a figure reads: colour of a change, or plain. */
export type Tone = "plain" | "up" | "down" | "new" | "muted";

export interface FigureSpec {
  label: string;
  value: string;
  tone: Tone;
}

/** One bar: its label, its length (in the chart's unit) and the text printed on it, as the document prints it. */
export interface BarSpec {
  label: string;
  value: number;
  text: string;
  /** Colour, from the design tokens (#rrggbb). */
  color: string;
  /** The text sits inside the bar's end (white), else just beyond it. */
  inside: boolean;
}

/** A horizontal bar chart, drawn alike by the SVG (Marp) and the native PowerPoint chart. */
export interface ChartSpec {
  id: string;
  /** Alt text: what a reader who cannot see the chart needs from it. */
  alt: string;
  /** The value axis title, e.g. 百万円. */
  axis: string;
  rows: BarSpec[];
  /** A rounded domain and its ticks, shared by both renderers. */
  domain: [number, number];
  step: number;
}

export interface TableSpec {
  columns: {label: string; align: "left" | "right"}[];
  rows: {cells: string[]; tones?: Tone[]; strong?: boolean}[];
}

export interface FactSpec {
  term: string;
  value: string;
}

export type Layout = "title" | "chart" | "table" | "two-tables" | "programme";

export interface SlideSpec {
  id: string;
  part: "main" | "appendix";
  layout: Layout;
  /** A statement computed from the figures, at most TITLE_MAX_COLUMNS wide. */
  title: string;
  subtitle?: string;
  figures: FigureSpec[];
  chart?: ChartSpec;
  tables: TableSpec[];
  facts: FactSpec[];
  /** The document's own description of the programme (texts.csv), shown in its words with a label. */
  about?: {label: string; text: string};
  /** ※ notes and short remarks printed under the body. */
  footnotes: string[];
  notes: SpeakerNotes;
  /** Where the slide's figures are in the document. */
  sources: string[];
}

export interface DeckOutline {
  lang: Lang;
  slides: SlideSpec[];
}

const blank = (): Pick<SlideSpec, "figures" | "tables" | "facts" | "footnotes" | "sources"> => ({
  figures: [],
  tables: [],
  facts: [],
  footnotes: [],
  sources: []
});

const toneOf = (e: EntityFigures): Tone => (e.status === "up" ? "up" : e.status === "down" ? "down" : e.status === "new" ? "new" : "plain");

/** Width in px of text at `size` px in the deck's font, measured (src/lib/measure.ts). */
export const textPx = (text: string, size: number, bold = false) => measure(text, {size, bold});
/** Width in px of a bar's figure: bold at the bar text size, as both renderers draw it. */
const barTextPx = (text: string) => textPx(text, BAR_TEXT_PX, true);

/** The plot width both renderers give a chart's bars (the slide body less the label column), in px. */
export const PLOT_PX = 700;
/** The type size of bar labels, in px. */
export const BAR_TEXT_PX = 18;

/**
 * A domain from 0 (or the smallest negative) to the largest value, with room for the labels printed beside
 * bars, rounded out to a 1-2-5 step with about 5 ticks. Both renderers draw this domain.
 */
export function niceDomain(rows: {value: number; text: string}[]): {domain: [number, number]; step: number} {
  const round = (lo: number, hi: number) => {
    const raw = (hi - lo || 1) / 5;
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
    return {domain: [Math.floor(lo / step) * step, Math.ceil(hi / step) * step] as [number, number], step};
  };
  let nice = round(Math.min(0, ...rows.map((r) => r.value)), Math.max(0, ...rows.map((r) => r.value)));
  // A label beside a bar takes its measured width in data units (PLOT_PX is the narrowest plot either deck
  // draws); as the room made widens the span, and so every label's share, repeat until the rounded domain
  // holds them all.
  for (let pass = 0; pass < 12; pass++) {
    const span = nice.domain[1] - nice.domain[0] || 1;
    let [lo, hi] = [Math.min(0, ...rows.map((r) => r.value)), Math.max(0, ...rows.map((r) => r.value))];
    for (const r of rows) {
      const need = barTextPx(r.text) + 16;
      // A text that fits inside its bar's end (chart() puts it there) needs no room beyond it.
      if (r.value > 0 && (r.value / span) * PLOT_PX > need) continue;
      if (r.value < 0) lo = Math.min(lo, r.value - (need * span) / PLOT_PX);
      else hi = Math.max(hi, r.value + (need * span) / PLOT_PX);
    }
    const next = round(lo, hi);
    if (next.domain[0] >= nice.domain[0] && next.domain[1] <= nice.domain[1]) break;
    nice = round(Math.min(lo, nice.domain[0]), Math.max(hi, nice.domain[1]));
  }
  return nice;
}

function chart(id: string, alt: string, axis: string, rows: Omit<BarSpec, "inside">[]): ChartSpec {
  const {domain, step} = niceDomain(rows);
  const span = domain[1] - domain[0] || 1;
  // Text goes inside the bar's end (white) when it fits there, else beside the bar's end.
  const placed = rows.map((r) => ({...r, inside: r.value > 0 && (r.value / span) * PLOT_PX > barTextPx(r.text) + 16}));
  return {id, alt, axis, rows: placed, domain, step};
}

const C = tokens.color;
/** A programme's colour: its document heading's, by the heading's position in strands.csv. */
const strandColourOf = (b: Briefing, strand?: string) => (strand ? strandColour(b.strands.findIndex((s) => s.id === strand)) : C.current);
const changeColor = (e: EntityFigures) =>
  e.status === "up" ? C.increase : e.status === "down" ? C.decrease : e.status === "new" ? C.new : C.flat;

/** The outline of the deck in one language: the main flow (at most 8 slides), then the appendix. */
export function deckOutline(b: Briefing, lang: Lang): DeckOutline {
  const t = UI[lang];
  const fmt = {lang};
  const section = entity(b, b.figures.section);
  const programmes = countedIds(b).map((id) => entity(b, id));
  const it = currentItemisation(b);
  const cmpLabel = b.figures.comparison ? stageShort(b, b.figures.comparison, lang) : "";
  const curLabel = stageShort(b, b.figures.current, lang);
  const slides: SlideSpec[] = [];
  const fundProgramme = b.figures.entities.find(
    (e) => e.kind === "programme" && !e.restated && e.supplementary && schemeFact(b, e.id, "fund")
  );
  const biggestSupp = programmes
    .filter((e) => e.supplementary)
    .sort((x, y) => y.supplementary!.value.millionYen - x.supplementary!.value.millionYen)[0];
  const fund = fundProgramme ?? biggestSupp;

  // 1. The headline.
  {
    // The title states the current total and its change; the figures add what it does not.
    const figures: FigureSpec[] = [];
    if (section.comparison) figures.push({label: cmpLabel, value: formatAmount(section.comparison.value, fmt), tone: "plain"});
    if (section.supplementary)
      figures.push({
        label: `${stageShort(b, section.supplementary, lang)}${fund ? (lang === "ja" ? "（基金）" : " (fund)") : ""}`,
        value: formatAmount(section.supplementary.value, fmt),
        tone: "plain"
      });
    // The current amount's ※ notes, then the section's own notes (every edition: where other costs are counted).
    const s = [...new Set([...(section.current?.notes ?? []), ...section.notes])];
    slides.push({
      id: "headline",
      part: "main",
      layout: "title",
      title: headlineTitle(b, lang),
      subtitle: documentTitle(b, lang),
      ...blank(),
      figures,
      // The section's objective in the document's words: what the money is for, under the headline.
      about: objectiveOf(b, lang),
      footnotes: [`${t.asOf}: ${asOfText(b, lang)}`],
      notes: {
        points: [
          headlinePoint(b, lang),
          ...(section.supplementary && fund
            ? [
                lang === "ja"
                  ? `別に${stageLabel(b, section.supplementary, lang)}で${formatAmount(section.supplementary.value, fmt)}。年間予算ではなく、複数年度にわたり使う基金（${nameIn(fund, lang)}）。`
                  : `Separately, the ${stageLabel(b, section.supplementary, lang)} adds ${formatAmount(section.supplementary.value, fmt)}: a fund for ${nameIn(fund, lang)} spent over several years, not one year's budget.`
              ]
            : [])
        ],
        questions: [
          {
            q: lang === "ja" ? "合計の数字に注意点はあるか。" : "Is there anything to know about the total?",
            a: s.length ? noteAnswer(b, s, lang) : NOT_IN_DOCUMENT[lang]
          }
        ]
      },
      sources: [section.current?.source ?? ""].filter(Boolean)
    });
  }

  // 2. Where the total goes, with the unitemised remainder.
  if (it && section.current) {
    const total = formatAmount(section.current.value, fmt);
    // The report's composition rows (programmes, then the remainder with 約): the same labels and amounts.
    const rows: Omit<BarSpec, "inside">[] = compositionRows(b, {lang}).map((r) => ({
      label: r.remainder ? r.label : clampText(r.label, 28),
      value: r.value.millionYen,
      text: `${r.text}${lang === "ja" ? `（${r.shareText}）` : ` (${r.shareText})`}`,
      color: r.remainder ? C.restated : strandColourOf(b, entity(b, r.id).strand)
    }));
    const strandNames = b.strands.map((s) => (lang === "ja" ? s.nameJa : s.nameEn));
    slides.push({
      id: "composition",
      part: "main",
      layout: "chart",
      title: compositionTitle(b, lang),
      ...blank(),
      chart: chart(
        "composition",
        lang === "ja"
          ? `${curLabel}の節の合計${total}の内訳。${rows.map((r) => `${r.label} ${r.text}`).join("、")}。`
          : `The ${curLabel} section total of ${total}: ${rows.map((r) => `${r.label} ${r.text}`).join("; ")}.`,
        lang === "ja"
          ? `${unitLabel(1, lang)}（括弧内は節の合計${total}に対する割合）`
          : `${unitLabel(1, lang)} (in brackets: share of the section total, ${total})`,
        rows
      ),
      footnotes: [
        lang === "ja"
          ? `色は文書の${strandNames.length}つの見出し: ${strandNames.join(" / ")}`
          : `Colours show the document's ${strandNames.length} headings: ${strandNames.join(" / ")}`
      ],
      notes: {
        points: [
          lang === "ja"
            ? `事業別に示されているのは${formatAmount(it.itemised, fmt)}で、合計${total}の${formatShareOf(it.itemised, it.total, lang)}。`
            : `The document itemises ${formatAmount(it.itemised, fmt)}, ${formatShareOf(it.itemised, it.total, lang)} of the ${total} total.`,
          lang === "ja"
            ? `残る${remainderText(it, lang)}は事業別の記載がない。`
            : `The rest, ${remainderText(it, lang)}, is not broken down by programme.`
        ],
        questions: [
          {
            q:
              lang === "ja"
                ? `内訳記載なしの${remainderText(it, lang)}は何か。`
                : `What does the unitemised rest (${remainderText(it, lang)}) hold?`,
            a: NOT_IN_DOCUMENT[lang]
          }
        ]
      },
      sources: [section.current.source]
    });
  }

  // 3. What changed and why.
  {
    const rows: Omit<BarSpec, "inside">[] = programmes.map((e) => ({
      label: nameIn(e, lang),
      value: e.change && e.status !== "new" ? e.change.millionYen : 0,
      text:
        e.status === "new"
          ? `${t.newBar} ${e.current ? formatAmount(e.current.value, fmt) : ""}`.trim()
          : e.change
            ? changeWithPct(e, lang)
            : NOT_IN_THIS_EDITION[lang],
      color: changeColor(e)
    }));
    const notes = changeNotes(b, lang);
    const movers = b.figures.messages.find((m) => m.kind === "movers");
    const up = movers?.kind === "movers" && movers.up ? entity(b, movers.up) : undefined;
    const down = movers?.kind === "movers" && movers.down ? entity(b, movers.down) : undefined;
    const why = (e: EntityFigures) => whyAnswer(b, e, lang);
    slides.push({
      id: "changes",
      part: "main",
      layout: "chart",
      title: changeTitle(b, lang),
      ...blank(),
      chart: chart(
        "changes",
        lang === "ja"
          ? `${cmpLabel}から${curLabel}への事業別の増減。${rows.map((r) => `${r.label} ${r.text}`).join("、")}。`
          : `Change by programme from the ${cmpLabel} to the ${curLabel}: ${rows.map((r) => `${r.label} ${r.text}`).join("; ")}.`,
        lang === "ja" ? `${cmpLabel}からの増減（${unitLabel(1, lang)}）` : `Change on the ${cmpLabel} (${unitLabel(1, lang)})`,
        rows
      ),
      footnotes: notes.map((n) => `${n.programmes.join(lang === "ja" ? "・" : ", ")}: ${n.text}`),
      notes: {
        points: [up, down]
          .filter((e): e is EntityFigures => !!e)
          .map((e) =>
            lang === "ja"
              ? `${shortName(e, lang)}は${changeWithPct(e, lang)}で${formatAmount(e.current!.value, fmt)}。`
              : `${shortName(e, lang)}: ${changeWithPct(e, lang)}, to ${formatAmount(e.current!.value, fmt)}.`
          ),
        questions: [up, down]
          .filter((e): e is EntityFigures => !!e)
          .map((e) => ({
            q:
              lang === "ja"
                ? `${shortName(e, lang)}はなぜ${e === up ? "増えた" : "減った"}のか。`
                : `Why does ${shortName(e, lang)} ${e === up ? "rise" : "fall"}?`,
            a: why(e)
          }))
      },
      sources: programmes.map((e) => e.current?.source ?? "").filter(Boolean)
    });
  }

  // 4. Groups of programmes: the printed budget line with its members (some under another document heading).
  for (const g of b.figures.entities.filter((e) => e.kind === "group")) {
    const members = membersOf(b, g);
    const strand = (id?: string) => {
      const s = b.strands.find((x) => x.id === id);
      return s ? clampText(lang === "ja" ? s.nameJa : s.nameEn, 80) : "";
    };
    // The title states the current amount and the change; the tile adds the previous year's.
    const figures: FigureSpec[] = [];
    if (g.comparison)
      figures.push({
        label: `${cmpLabel}${lang === "ja" ? "（前年度）" : " (previous year)"}`,
        value: formatAmount(g.comparison.value, fmt),
        tone: "plain"
      });
    const groupNotes = g.notes.map((n) => noteIn(b, n, lang));
    // Members described under another heading than most of the group's members.
    const tally = new Map<string | undefined, number>();
    for (const m of members) tally.set(m.strand, (tally.get(m.strand) ?? 0) + 1);
    const main = [...tally].sort((x, y) => y[1] - x[1])[0]?.[0];
    const elsewhere = members.filter((m) => m.strand !== main);
    // The rounding remark for the current stage only (the group's checks say which stage).
    const rounding = b.figures.groupChecks
      .filter(
        (c) =>
          c.group === g.id &&
          c.difference !== 0 &&
          c.ref.stage === b.figures.current.stage &&
          c.ref.fiscalYear === b.figures.current.fiscalYear
      )
      .map((c) =>
        lang === "ja"
          ? `合計${formatAmount(c.printed, fmt)}と内訳の和${formatAmount(c.membersSum, fmt)}の差は四捨五入による。`
          : `The printed total ${formatAmount(c.printed, fmt)} and the sum of its programmes ${formatAmount(c.membersSum, fmt)} differ by rounding.`
      );
    slides.push({
      id: `group-${g.id}`,
      part: "main",
      layout: "table",
      title: groupTitle(b, g, lang),
      subtitle: clampText(fullName(g, lang), 120),
      ...blank(),
      figures,
      tables: [
        {
          columns: [
            {label: lang === "ja" ? "事業" : "Programme", align: "left"},
            {label: lang === "ja" ? "文書上の見出し" : "Heading in the document", align: "left"},
            {label: cmpLabel, align: "right"},
            {label: curLabel, align: "right"}
          ],
          rows: members.map((m) => ({
            cells: [
              nameIn(m, lang, 36),
              strand(m.strand),
              m.comparison ? formatAmount(m.comparison.value, fmt) : "—",
              m.current ? formatAmount(m.current.value, fmt) : NOT_IN_THIS_EDITION[lang]
            ]
          }))
        }
      ],
      footnotes: [...groupNotes, ...rounding],
      notes: {
        points: [
          lang === "ja"
            ? `予算の項目としては「${fullName(g, lang)}」で計上され、${members.length}事業を含む。`
            : `The budget line "${fullName(g, lang)}" holds ${members.length} programmes.`,
          ...(elsewhere.length
            ? [
                lang === "ja"
                  ? `うち${elsewhere.map((m) => nameIn(m, lang)).join("・")}は文書では別の見出し（${strand(elsewhere[0].strand)}）の下に記載。`
                  : `${elsewhere.map((m) => nameIn(m, lang)).join(" and ")} ${elsewhere.length === 1 ? "is" : "are"} described under another heading of the document (${strand(elsewhere[0].strand)}).`
              ]
            : [])
        ],
        questions: [
          {
            q: lang === "ja" ? "合計と内訳の和が合わないのはなぜか。" : "Why does the total differ from the sum of its programmes?",
            a: rounding.join(" ") || (lang === "ja" ? "差はない。" : "It does not.")
          }
        ]
      },
      sources: [g.current?.source ?? g.source]
    });
  }

  // 5. The new fund, as a multi-year fund.
  if (fund?.supplementary) {
    const supp = section.supplementary ?? fund.supplementary;
    const share = fund.supplementary.value.millionYen / supp.value.millionYen;
    const restated = b.figures.entities.filter((e) => e.restated && e.supplementary && e.supplementary.stage === supp.stage);
    const fact = (a: string) => {
      const f = schemeFact(b, fund.id, a);
      return f ? (lang === "ja" ? f.printed : f.printedEn) : undefined;
    };
    // The title states the fund and its share; the tile sets it against the programme's annual budget.
    const figures: FigureSpec[] = fund.current
      ? [
          {
            label:
              lang === "ja"
                ? `${curLabel}（年間予算${fund.status === "new" ? "・新規" : ""}）`
                : `${curLabel} (annual budget${fund.status === "new" ? ", new" : ""})`,
            value: formatAmount(fund.current.value, fmt),
            tone: fund.status === "new" ? "new" : "plain"
          }
        ]
      : [];
    void share;
    const facts: FactSpec[] = [];
    // Who is supported is said in the notes; the slide keeps the fund, its terms and the partners.
    for (const a of ["fund", "supportPerProject", "period", "partners"]) {
      const v = fact(a);
      if (v) facts.push({term: ATTRIBUTES[a]?.[lang] ?? a, value: v});
    }
    slides.push({
      id: "fund",
      part: "main",
      layout: "programme",
      title: fundTitle(b, fund, lang),
      subtitle: `${stageLabel(b, supp, lang)} · ${clampText(fullName(fund, lang), 100)}`,
      ...blank(),
      figures,
      facts,
      about: aboutOf(b, fund.id, lang),
      footnotes: [
        lang === "ja"
          ? "補正予算の基金は複数年度にわたり使われるため、1年度分の年間予算とは比べられない。"
          : "A supplementary fund is spent over several years, so it does not compare with one year's annual budget.",
        ...restated.map((e) =>
          lang === "ja"
            ? `${nameIn(e, lang, 60)}の${formatAmount(e.supplementary!.value, fmt)}も同じ補正予算に記載があるが再掲: ${noteIn(b, e.notes[0] ?? "", lang)}`
            : `${nameIn(e, lang, 60)} (${formatAmount(e.supplementary!.value, fmt)}) is also in this supplementary budget. ${noteIn(b, e.notes[0] ?? "", lang)}`
        )
      ],
      notes: programmeNotes(b, fund, lang, {purpose: purposeOf(b, fund.id, lang), described: !!aboutOf(b, fund.id, lang)}),
      sources: [fund.supplementary.source]
    });
  }

  // 6. People and partners: people counted per programme with how long they stay; the multilateral frameworks.
  {
    const people = peopleRows(b, lang);
    const network = networkLine(b, lang);
    slides.push({
      id: "people",
      part: "main",
      layout: "two-tables",
      title: peopleTitle(people, lang),
      ...blank(),
      tables: [
        {
          columns: [
            {label: lang === "ja" ? "事業" : "Programme", align: "left"},
            {label: lang === "ja" ? "人数（年）" : "People a year", align: "right"},
            {label: lang === "ja" ? "滞在期間" : "Length of stay", align: "left"}
          ],
          rows: people.map((r) => ({cells: [r.name, r.printedCount, r.stay]}))
        },
        {
          columns: [
            {label: t.frameworks, align: "left"},
            {label: lang === "ja" ? "参加国" : "Members", align: "left"}
          ],
          rows: b.frameworks.map((f) => ({cells: [f.name, lang === "ja" ? f.membersPrinted : f.membersEn]}))
        }
      ],
      footnotes: [
        lang === "ja"
          ? "人数は事業ごとに定義が異なる（新規採用の見込み、受入人数）。"
          : "Counts differ by programme: expected new appointments, or visitors received.",
        ...(network ? [network] : [])
      ],
      notes: {
        points: [
          ...(people.filter((r) => !r.short).length
            ? [
                lang === "ja"
                  ? `新規採用の見込みは${people
                      .filter((r) => !r.short)
                      .map((r) => `${r.name}${r.printedCount}${r.stay ? `（${r.stay}）` : ""}`)
                      .join("、")}。`
                  : `Expected new appointments: ${people
                      .filter((r) => !r.short)
                      .map((r) => `${r.name} ${r.printedCount}${r.stay ? ` (${lowerFirst(r.stay)})` : ""}`)
                      .join(", ")}.`
              ]
            : []),
          ...people
            .filter((r) => r.short)
            .map((r) =>
              lang === "ja"
                ? `${r.name}は${r.stay}の短期受入で${r.printedCount}。`
                : `${r.name} receives ${r.printedCount} visitors for ${r.stay.replace(/^Stays of /, "").toLowerCase()}.`
            ),
          ...(network ? [network] : [])
        ].slice(0, 3),
        questions: [
          {
            q: lang === "ja" ? "支援する人数は前年度から増えるのか。" : "Do the numbers of people rise on the year?",
            a: NOT_IN_DOCUMENT[lang]
          }
        ]
      },
      sources: people.map((r) => schemeFact(b, r.programme, "people")!.source)
    });
  }

  // 7. One summary table.
  {
    // The remainder of the previous year's total too, so each column adds up to its printed total.
    const cmp = b.figures.comparison;
    const previousRest = cmp && b.figures.itemisation.find((i) => i.ref.fiscalYear === cmp.fiscalYear && i.ref.stage === cmp.stage);
    const row = (e: EntityFigures, strong = false) => ({
      cells: [
        nameIn(e, lang, 42),
        e.comparison ? formatAmount(e.comparison.value, fmt) : "—",
        e.current ? formatAmount(e.current.value, fmt) : NOT_IN_THIS_EDITION[lang],
        e.status === "new" ? t.newBar : e.change ? changeWithPct(e, lang) : "—"
      ],
      tones: ["plain", "plain", "plain", toneOf(e)] as Tone[],
      strong
    });
    const restated = b.figures.entities.filter((e) => e.kind === "programme" && e.restated);
    slides.push({
      id: "summary",
      part: "main",
      layout: "table",
      title: summaryTitle(b, lang),
      ...blank(),
      tables: [
        {
          columns: [
            {label: lang === "ja" ? "事業" : "Programme", align: "left"},
            {label: cmpLabel, align: "right"},
            {label: curLabel, align: "right"},
            {label: t.changeLabel, align: "right"}
          ],
          rows: [
            ...programmes.map((e) => row(e)),
            ...(it
              ? [{cells: [remainderLabel(lang), previousRest ? remainderText(previousRest, lang) : "—", remainderText(it, lang), "—"]}]
              : []),
            row(section, true),
            ...restated.map((e) => ({
              cells: [
                `${nameIn(e, lang, 42)}${t.restated}`,
                "—",
                e.current ? formatAmount(e.current.value, fmt) : "—",
                lang === "ja" ? "合計に含まない" : "not in the total"
              ],
              tones: ["muted", "muted", "muted", "muted"] as Tone[]
            }))
          ]
        }
      ],
      footnotes: [
        lang === "ja"
          ? "再掲の額は合計に加えない。新規事業は増減率を示さない。"
          : "Restated amounts are not added to the total; new programmes have no percentage change."
      ],
      notes: {
        points: [summaryPoint(b, lang)],
        questions: [
          {
            q: lang === "ja" ? "どの事業が最も大きいか。" : "Which programme is largest?",
            a: largestAnswer(b, lang)
          }
        ]
      },
      sources: [section.current?.source ?? section.source]
    });
  }

  // Appendix: one slide per programme, then the notes and sources.
  for (const e of b.figures.entities.filter((x) => x.kind === "programme")) slides.push(programmeSlide(b, e, lang));
  {
    const noteIds = [...new Set(b.figures.entities.flatMap((e) => [...e.notes, ...e.descriptionNotes]))];
    slides.push({
      id: "sources",
      part: "appendix",
      layout: "table",
      title: lang === "ja" ? "注記と出典" : "Notes and sources",
      ...blank(),
      // Each ※ note once, with the programmes it is printed with.
      tables: [
        {
          columns: [
            {label: lang === "ja" ? "注記" : "Note", align: "left"},
            {label: lang === "ja" ? "対象" : "Printed with", align: "left"}
          ],
          rows: [...new Set(noteIds.map((id) => noteIn(b, id, lang)))].map((text) => {
            const with_ = b.figures.entities.filter((e) => [...e.notes, ...e.descriptionNotes].some((id) => noteIn(b, id, lang) === text));
            // At most two names, whole (an official English name runs to 38 columns); the rest counted.
            const names = with_.slice(0, 2).map((e) => nameIn(e, lang, 40));
            const more = with_.length - names.length;
            return {
              cells: [
                text.replace(/^※/, ""),
                names.join(lang === "ja" ? "・" : ", ") + (more > 0 ? (lang === "ja" ? `ほか${more}件` : ` and ${more} more`) : "")
              ]
            };
          })
        }
      ],
      footnotes: [sourceLine(b, lang), `${t.asOf}: ${asOfText(b, lang)}`],
      notes: {
        points: [
          lang === "ja"
            ? "数値はすべて文書の記載どおり。増減と割合は記載額から計算した。"
            : "Every amount is as the document prints it; changes and shares are computed from those amounts."
        ],
        questions: []
      },
      sources: [sourceLine(b, lang)]
    });
  }
  return {lang, slides: continueTables(slides, lang, (t) => emWidth(t) <= TITLE_MAX_EM)};
}

function headlinePoint(b: Briefing, lang: Lang): string {
  const s = entity(b, b.figures.section);
  if (!s.current) return "";
  const cur = formatAmount(s.current.value, {lang});
  const cmp = s.comparison ? formatAmount(s.comparison.value, {lang}) : "";
  return lang === "ja"
    ? `${stageLabel(b, b.figures.current, lang)}は${cur}${cmp ? `。前年度の${cmp}から${changeWithPct(s, lang)}` : ""}。`
    : `The ${stageLabel(b, b.figures.current, lang)} is ${cur}${cmp ? `, ${changeWithPct(s, lang)} on the previous year's ${cmp}` : ""}.`;
}

function summaryPoint(b: Briefing, lang: Lang): string {
  const ps = countedIds(b)
    .map((id) => entity(b, id))
    .filter((e) => e.current);
  const n = (s: string) => ps.filter((e) => e.status === s).length;
  const absent = absentClause(b, lang);
  return lang === "ja"
    ? `${ps.length}事業のうち増額${n("up")}、減額${n("down")}、同額${n("flat")}、新規${n("new")}。${absent ? `${absent}。` : ""}`
    : `Of ${ps.length} programmes, ${n("up")} rise, ${n("down")} fall, ${n("flat")} ${n("flat") === 1 ? "stays" : "stay"} flat and ${n("new")} ${n("new") === 1 ? "is" : "are"} new.${absent ? ` ${absent}.` : ""}`;
}

function largestAnswer(b: Briefing, lang: Lang): string {
  const top = countedIds(b)
    .map((id) => entity(b, id))
    .filter((e) => e.current)
    .sort((x, y) => y.current!.value.millionYen - x.current!.value.millionYen)[0];
  if (!top) return NOT_IN_DOCUMENT[lang];
  const whole = entity(b, b.figures.section).current;
  const share = whole ? formatShareOf(top.current!.value, whole.value, lang) : "—";
  // A supplementary fund larger than the largest annual amount changes the answer; say so.
  const fund = countedIds(b)
    .map((id) => entity(b, id))
    .filter((e) => e.supplementary && e.supplementary.value.millionYen > top.current!.value.millionYen)
    .sort((x, y) => y.supplementary!.value.millionYen - x.supplementary!.value.millionYen)[0];
  return lang === "ja"
    ? `${stageLabel(b, top.current!, lang)}では${nameIn(top, lang)}の${formatAmount(top.current!.value, {lang})}（節の合計の${share}）。${fund ? `補正予算を含めれば${nameIn(fund, lang)}の${formatAmount(fund.supplementary!.value, {lang})}（基金）が最大。` : ""}`
    : `In the ${stageLabel(b, top.current!, lang)}, ${nameIn(top, lang)}: ${formatAmount(top.current!.value, {lang})} (${share} of the section total).${fund ? ` Counting the supplementary budget, ${nameIn(fund, lang)}'s ${formatAmount(fund.supplementary!.value, {lang})} fund is larger.` : ""}`;
}

function programmeSlide(b: Briefing, e: EntityFigures, lang: Lang): SlideSpec {
  const t = UI[lang];
  const fmt = {lang};
  const order = Object.keys(ATTRIBUTES);
  const facts = b.schemes
    .filter((s) => s.programme === e.id && SLIDE_FACTS.includes(s.attribute))
    .sort((x, y) => order.indexOf(x.attribute) - order.indexOf(y.attribute))
    .map((f) => ({term: ATTRIBUTES[f.attribute]?.[lang] ?? f.attribute, value: lang === "ja" ? f.printed : f.printedEn}));
  const highlight = b.results.find((r) => r.programme === e.id);
  if (highlight)
    facts.push({
      term: t.highlight,
      value: clampText(lang === "ja" ? highlight.titleJa : highlight.summaryEn, 160)
    });
  // A restated programme's slide is about where it is counted: its ※ note is its first fact, not a footnote.
  const counted = e.restated ? e.notes.map((n) => noteIn(b, n, lang).replace(/^※/, "")) : [];
  if (counted.length) facts.unshift({term: lang === "ja" ? "計上" : "Where it is counted", value: counted.join(" ")});
  const same = (x: StageRef, y: StageRef) => x.fiscalYear === y.fiscalYear && x.stage === y.stage;
  // An unchanged amount is one figure for both years, not the same number twice.
  const flat = e.status === "flat" && e.comparison && e.current;
  const figures: FigureSpec[] = e.amounts
    .filter((f) => !flat || !same(f, e.comparison!))
    .map((f) => ({
      label:
        flat && same(f, e.current!)
          ? `${stageShort(b, e.comparison!, lang)}${lang === "ja" ? "・" : " and "}${stageShort(b, f, lang)}${lang === "ja" ? "（同額）" : " (unchanged)"}`
          : `${stageShort(b, f, lang)}${e.current && same(f, e.current) && e.status === "new" ? t.isNew : ""}${f.flags.includes("restated") ? t.restated : ""}`,
      value: formatAmount(f.value, fmt),
      tone: "plain"
    }));
  if (!e.current && !e.restated)
    figures.push({label: stageShort(b, b.figures.current, lang), value: NOT_IN_THIS_EDITION[lang], tone: "muted"});
  if (e.change && e.status !== "new" && !flat) figures.push({label: t.changeRow, value: changeWithPct(e, lang), tone: toneOf(e)});
  return {
    id: `programme-${e.id}`,
    part: "appendix",
    layout: "programme",
    title: programmeTitle(b, e, lang),
    subtitle: clampText(fullName(e, lang), 120),
    ...blank(),
    figures,
    facts,
    about: aboutOf(b, e.id, lang),
    footnotes: counted.length ? [] : e.notes.map((n) => noteIn(b, n, lang)),
    notes: programmeNotes(b, e, lang, {purpose: purposeOf(b, e.id, lang), described: !!aboutOf(b, e.id, lang)}),
    sources: [...new Set(e.amounts.map((a) => a.source))]
  };
}

/** Speaker notes of a slide as lines, in the slide's language. */
export const slideNotes = (s: SlideSpec, lang: Lang) => notesLines(s.notes, lang);

/** The section's objective (texts.csv, kind "objective", of the section). */
function objectiveOf(b: Briefing, lang: Lang): SlideSpec["about"] {
  const t = b.texts.find((x) => x.entity === b.figures.section && x.kind === "objective");
  return t ? {label: UI[lang].objective, text: lang === "ja" ? t.textJa : t.textEn} : undefined;
}

/** The document's own summary of a programme (texts.csv, kind "summary"): shown on its slide, in its words. */
function aboutOf(b: Briefing, id: string, lang: Lang): SlideSpec["about"] {
  const t = b.texts.find((x) => x.entity === id && x.kind === "summary");
  return t ? {label: UI[lang].about, text: lang === "ja" ? t.textJa : t.textEn} : undefined;
}

/**
 * The document's statement of a programme's purpose (texts.csv, kind "purpose", the first): the first talking
 * point, rather than the summary the slide already shows; the summary when the document states no purpose.
 */
function purposeOf(b: Briefing, id: string, lang: Lang): string | undefined {
  const t =
    b.texts.filter((x) => x.entity === id && x.kind === "purpose").sort((x, y) => x.order - y.order)[0] ??
    b.texts.find((x) => x.entity === id && x.kind === "summary");
  return t && (lang === "ja" ? t.textJa : t.textEn);
}

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
