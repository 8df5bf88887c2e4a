// The briefing deck as Marp Markdown: a pure function of the briefing and the pre-rendered charts, so the
// slides say exactly what the report says (both call the same text functions) and can be snapshot-tested.
import type {Briefing} from "../src/lib/briefing.js";
import type {EntityFigures} from "../src/lib/derive.js";
import {asOfText, briefingTitle, documentTitle, footerText} from "../src/lib/edition.js";
import {escapeHtml, escapeMarkdown} from "../src/lib/escape.js";
import {formatAmount, formatChange, formatPct, type Lang} from "../src/lib/format.js";
import {
  ATTRIBUTES,
  changeSentence,
  chartSummary,
  countedIds,
  entity,
  fullName,
  itemisationText,
  messageText,
  noteText,
  roundingNote,
  shortName,
  stageLabel,
  stageShort
} from "../src/lib/text.js";
import {THEME_NAME} from "./theme.js";
import {networkLine, SLIDE_FACTS, UI} from "./words.js";

/** Charts the deck shows, as ready <img> HTML (see svg.ts), keyed by name. */
export type DeckCharts = Record<"section-totals" | "programme-change" | "strands" | "people", string>;

const md = escapeMarkdown;
const h = escapeHtml;
/** Speaker notes live in HTML comments; a "--" inside would end the comment early. */
const notes = (lines: string[]) =>
  `<!--\n${lines
    .filter(Boolean)
    .map((l) => l.replace(/--/g, "- -").replace(/>/g, "＞"))
    .join("\n")}\n-->`;

export function renderDeck(b: Briefing, {lang, charts}: {lang: Lang; charts: DeckCharts}): string {
  const t = UI[lang];
  const opts = {lang};
  const section = entity(b, b.figures.section);
  const asOf = asOfText(b, lang);
  const doc = documentTitle(b, lang);
  const slides: string[] = [];

  // Title
  slides.push(`<!-- _class: title -->
<!-- _paginate: false -->

# ${md(fullName(section, lang))}

## ${md(stageLabel(b, b.figures.current, lang))}

${md(doc)}

<p class="muted">${h(t.asOf)}: ${h(asOf)}</p>

${notes([t.computed, messageText(b, b.figures.messages[0], opts)])}`);

  // Key messages
  slides.push(`## ${md(t.keyMessages)}

${b.figures.messages.map((m, i) => `${i + 1}. ${md(messageText(b, m, opts))}`).join("\n")}

${notes([itemisationText(b, opts) ?? "", ...roundingNote(b, lang)])}`);

  // Total vs previous year, and the supplementary budget
  const figures = [
    section.current && {label: stageShort(b, section.current, lang), value: formatAmount(section.current.value, opts), cls: ""},
    section.change && {
      label: t.changeLabel,
      value: `${formatChange(section.change, opts)}`,
      cls: section.change.millionYen >= 0 ? "up" : "down"
    },
    section.supplementary && {
      label: stageShort(b, section.supplementary, lang),
      value: formatAmount(section.supplementary.value, opts),
      cls: ""
    }
  ].filter((x): x is {label: string; value: string; cls: string} => !!x);
  slides.push(`## ${md(t.total)}

<div class="figures">${figures.map((f) => `<div><div class="label">${h(f.label)}</div><div class="value ${f.cls}">${h(f.value)}</div></div>`).join("")}</div>

${charts["section-totals"]}

${notes([chartSummary(b, "section-totals", opts), itemisationText(b, opts) ?? ""])}`);

  // Programme changes
  slides.push(`## ${md(t.change)}

${charts["programme-change"]}

${notes([chartSummary(b, "programme-change", opts), ...countedIds(b).map((id) => changeSentence(b, entity(b, id), opts))])}`);

  // Strands
  slides.push(`## ${md(t.strands)}

${charts.strands}

${notes([chartSummary(b, "strands", opts)])}`);

  // One slide per programme
  for (const e of b.figures.entities.filter((x) => x.kind === "programme")) slides.push(programmeSlide(b, e, lang));

  // People and network
  slides.push(`## ${md(t.people)}

<div class="cols"><div>

### ${md(t.peopleTitle)}

${charts.people}

</div><div>

### ${md(t.frameworks)}

<table><tbody>${b.frameworks.map((f) => `<tr><th>${h(f.name)}</th><td>${h(lang === "ja" ? f.membersPrinted : f.membersEn)}</td></tr>`).join("")}</tbody></table>

<p class="note">${h(networkLine(b, lang))}</p>

</div></div>

${notes([chartSummary(b, "people", opts), chartSummary(b, "frameworks", opts)])}`);

  // Notes and sources
  const noteIds = [...new Set(b.figures.entities.flatMap((e) => e.notes))];
  slides.push(`## ${md(t.sources)}

<ul class="note">${noteIds.map((id) => `<li>${h(noteText(b, id, lang))}</li>`).join("")}</ul>

<p class="note">${h(t.source)}: ${h(doc)}. ${h(t.asOf)}: ${h(asOf)}</p>

${notes([t.sourcesNote])}`);

  const front = `---
marp: true
theme: ${THEME_NAME}
lang: ${lang}
title: ${JSON.stringify(briefingTitle(b, lang))}
description: ${JSON.stringify(documentTitle(b, lang))}
paginate: true
size: 16:9
footer: ${JSON.stringify(h(footerText(b, lang)))}
---
`;
  return `${front}\n${slides.join("\n\n---\n\n")}\n`;
}

function programmeSlide(b: Briefing, e: EntityFigures, lang: Lang): string {
  const t = UI[lang];
  const opts = {lang};
  const facts = b.schemes.filter((s) => s.programme === e.id && SLIDE_FACTS.includes(s.attribute));
  const order = Object.keys(ATTRIBUTES);
  facts.sort((x, y) => order.indexOf(x.attribute) - order.indexOf(y.attribute));
  const highlight = b.results.find((r) => r.programme === e.id);
  const amounts = e.amounts.map((f) => `<dt>${h(stageShort(b, f, lang))}</dt><dd>${h(formatAmount(f.value, opts))}</dd>`).join("");
  const change =
    e.change && e.status !== "new"
      ? `<dt>${t.changeRow}</dt><dd class="${e.status === "up" ? "up" : e.status === "down" ? "down" : ""}">${h(formatChange(e.change, opts))}${lang === "ja" ? `（${h(formatPct(e.pctChange, lang))}）` : ` (${h(formatPct(e.pctChange, lang))})`}</dd>`
      : "";
  const big = e.current ? formatAmount(e.current.value, opts) : e.supplementary ? formatAmount(e.supplementary.value, opts) : "";
  const bigLabel = e.current ? stageShort(b, e.current, lang) : e.supplementary ? stageShort(b, e.supplementary, lang) : "";
  return `## ${md(fullName(e, lang))}

<div class="cols"><div>
<p class="muted">${h(bigLabel)}${e.status === "new" ? t.isNew : ""}${e.restated ? t.restated : ""}</p>
<p class="big">${h(big)}</p>
<p>${h(changeSentence(b, e, opts))}</p>
<dl>${amounts}${change}</dl>
</div><div>
${facts.length ? `<h3>${h(t.scheme)}</h3><dl>${facts.map((f) => `<dt>${h(ATTRIBUTES[f.attribute]?.[lang] ?? f.attribute)}</dt><dd>${h(lang === "ja" ? f.printed : f.printedEn)}</dd>`).join("")}</dl>` : ""}
${highlight ? `<h3>${h(t.highlight)}</h3><p lang="ja">${h(highlight.titleJa)}</p>${lang === "en" ? `<p class="note">${h(highlight.summaryEn)}</p>` : ""}${highlight.person ? `<p class="note">${h(highlight.person)}${highlight.publication ? ` · ${h(highlight.publication)}${highlight.published ? ` (${h(highlight.published)})` : ""}` : ""}</p>` : ""}` : ""}
</div></div>

${notes([changeSentence(b, e, opts), ...e.notes.map((n) => noteText(b, n, lang)), e.agency ? `${t.agency}: ${e.agency}` : "", `${t.source}: ${e.source}`])}`;
}
