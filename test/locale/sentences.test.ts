// Every sentence, title, note and line the library writes, in both languages, for the fixture editions
// (test/fixtures/editions/{one,two,mini}), written to one snapshot file per edition: a wording change shows as
// a diff of __snapshots__/sentences-<edition>.txt to be read (and accepted with `-u`) like a chart change. The
// second block holds every Japanese sentence to the house style: editions named, no colon constructions.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {deckOutline} from "../../slides/outline.js";
import {openQuestions} from "../../slides/questions.js";
import {describe, expect, it} from "vitest";
import type {Briefing} from "../../src/lib/briefing.js";
import {changeLines, diffSnapshots, snapshot} from "../../src/lib/changes.js";
import {briefingTitle, documentTitle, editionLabel, footerText, sectionLabel, sourceLine} from "../../src/lib/edition.js";
import {buildBriefing} from "../../src/lib/briefing.js";
import {DATA_FILES, parseDataset} from "../../src/lib/dataset.js";
import {briefingFromInput, readDataFiles} from "../../src/lib/files.js";
import type {Lang, UnitMode} from "../../src/lib/format.js";
import {
  changeNotes,
  changeTitle,
  compositionTitle,
  fundTitle,
  groupTitle,
  headlineTitle,
  notesLines,
  peopleRows,
  peopleTitle,
  programmeNotes,
  programmeTitle,
  summaryTitle
} from "../../src/lib/story.js";
import {
  absentClause,
  chartSummary,
  changeSentence,
  firstMention,
  groupSentence,
  itemisationText,
  messageText,
  nameWithHistory,
  roundingNote,
  shareLabel,
  spansNote
} from "../../src/lib/text.js";
import {noteLines, provenanceLines, schemeLines, type Provenance} from "../../src/lib/trace.js";
import {startCaption} from "../../src/components/startcaption.js";
import {compositionSummary} from "../../src/components/composition.js";
import {fixturesRoot} from "../support/fixtures.js";

const EDITIONS = ["one", "two", "mini", "mini-2024"] as const;
const LANGS: Lang[] = ["ja", "en"];
const CHARTS = ["section-totals", "programme-change", "strands", "support", "people", "frameworks"];

// `mini` (内数 items, names by edition, facts by edition) is read as test/lib/edition-model.test.ts reads it;
// `mini-2024` adds the next edition as that test does: a FY2024 draft that prints no amount for beta.
const miniFiles = () => Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(fixturesRoot, "mini", f), "utf8")]));
const appended = (files: Record<string, string>, file: string, ...rows: string[]) => ({
  ...files,
  [file]: files[file].trimEnd() + "\n" + rows.join("\n") + "\n"
});
function mini2024(): Record<string, string> {
  const files = miniFiles();
  const schemes = {
    ...files,
    "schemes.csv": files["schemes.csv"].replace("原則,,,fixture,2023 draft", "原則,,,fixture,2023 draft;2024 draft")
  };
  const editions = appended(schemes, "editions.csv", "2024,draft,試験省,Ministry of Tests,3,2023-12,令和5年12月,December 2023,,,fixture");
  return appended(
    editions,
    "budget.csv",
    "sec,2024,draft,52,億円,,,fixture",
    'alpha,2024,draft,"1,100",百万円,,,fixture',
    'grp,2024,draft,"2,100",百万円,,,fixture',
    'gamma,2024,draft,"2,100",百万円,,,fixture'
  );
}
const fromText = (files: Record<string, string>) => buildBriefing(parseDataset(files as Parameters<typeof parseDataset>[0]));
const briefings: Record<(typeof EDITIONS)[number], Briefing> = {
  one: briefingFromInput(readDataFiles(join(fixturesRoot, "one"))),
  two: briefingFromInput(readDataFiles(join(fixturesRoot, "two"))),
  mini: fromText(miniFiles()),
  "mini-2024": fromText(mini2024())
};

/**
 * What the reader reads as prose (sentences, titles, speaker notes), held to the style rules; and labels,
 * popups and build log lines, which name a field before its value (「印刷: 1,073百万円」) by design.
 */
type Kind = "prose" | "label";
interface Entry {
  kind: Kind;
  key: string;
  text: string;
}

function entries(b: Briefing, lang: Lang): Entry[] {
  const out: Entry[] = [];
  const add = (kind: Kind, key: string, text: string | null | undefined) => {
    if (text) out.push({kind, key, text});
  };
  add("label", "documentTitle", documentTitle(b, lang));
  add("label", "footerText", footerText(b, lang));
  add("label", "briefingTitle", briefingTitle(b, lang));
  add("label", "sourceLine", sourceLine(b, lang));
  add("label", "sectionLabel", sectionLabel(b, lang));
  add("label", "editionLabel", editionLabel(b, lang));
  add("label", "shareLabel", shareLabel(b, {lang}));
  for (const unit of ["printed", "large"] as UnitMode[]) {
    const trace: Provenance[] = [];
    for (const m of b.figures.messages) add("prose", `message ${m.kind} (${unit})`, messageText(b, m, {lang, unit}));
    for (const m of b.figures.messages) messageText(b, m, {lang, unit, trace});
    add("prose", `itemisation (${unit})`, itemisationText(b, {lang, unit}));
    add("prose", `chart composition (${unit})`, compositionSummary(b, {lang, unit}));
    for (const chart of CHARTS) add("prose", `chart ${chart} (${unit})`, chartSummary(b, chart, {lang, unit}));
    add("prose", `chart timeline (${unit})`, startCaption(b, lang));
    if (unit === "printed") trace.forEach((p, i) => add("label", `trace ${i}`, provenanceLines(b, p, lang).join(" | ")));
  }
  add("prose", "absentClause", absentClause(b, lang));
  roundingNote(b, lang).forEach((t, i) => add("prose", `rounding ${i}`, t));
  add("prose", "title headline", headlineTitle(b, lang));
  add("prose", "title composition", compositionTitle(b, lang));
  add("prose", "title change", changeTitle(b, lang));
  add("prose", "title summary", summaryTitle(b, lang));
  add("prose", "title people", peopleTitle(peopleRows(b, lang), lang));
  for (const n of changeNotes(b, lang)) add("label", `change note (${n.programmes.join(", ")})`, n.text);
  for (const e of b.figures.entities) {
    if (e.id === b.figures.section) continue;
    add("label", `${e.id} firstMention`, firstMention(b, e, lang));
    add("label", `${e.id} nameWithHistory`, nameWithHistory(b, e, lang));
    if (e.kind === "group") {
      add("prose", `${e.id} group`, groupSentence(b, e, {lang}));
      add("prose", `${e.id} spans`, spansNote(b, e, {lang}));
      add("prose", `${e.id} title`, groupTitle(b, e, lang));
      continue;
    }
    add("prose", `${e.id} change`, changeSentence(b, e, {lang}));
    add("prose", `${e.id} title`, programmeTitle(b, e, lang));
    if (e.supplementary) add("prose", `${e.id} fund title`, fundTitle(b, e, lang));
    // Talking points are prose; the likely questions are set out as 問/答 (Q/A) fields.
    notesLines(programmeNotes(b, e, lang), lang).forEach((t, i) => add(/^(・|• )/.test(t) ? "prose" : "label", `${e.id} notes ${i}`, t));
  }
  // The deck's questions the data leaves open (the presenter's preparation list, slides/questions.ts).
  for (const x of openQuestions(deckOutline(b, lang)))
    add("label", `open question ${x.need.topic} ${x.need.programme || "(section)"}`, x.q);
  b.schemes
    .filter((s) => s.attribute === "supportPerProject" || s.attribute === "separateSupport")
    .forEach((s) => add("label", `scheme ${s.programme} ${s.attribute}`, schemeLines(b, s, lang).join(" | ")));
  for (const n of b.notes) add("label", `note ${n.id}`, noteLines(b, n.id, lang).join(" | "));
  return out;
}

/** The build's change lines between two fixture editions, as if one replaced the other. */
function changes(from: Briefing, to: Briefing, lang: Lang): string[] {
  const [before, after] = [snapshot(from), snapshot(to)];
  return changeLines(diffSnapshots(before, after), after, before, lang);
}

const render = (name: (typeof EDITIONS)[number]) => {
  const b = briefings[name];
  const next = briefings[EDITIONS[(EDITIONS.indexOf(name) + 1) % EDITIONS.length]];
  return LANGS.flatMap((lang) => [
    `## ${name} ${lang}`,
    ...entries(b, lang).map((e) => `${e.kind === "prose" ? "*" : "-"} ${e.key}: ${e.text}`),
    `## ${name} → next fixture, changes ${lang}`,
    ...changes(b, next, lang).map((t) => `- ${t}`),
    ""
  ]).join("\n");
};

describe("every generated sentence", () => {
  for (const name of EDITIONS)
    it(`on fixture edition ${name}, both languages, matches __snapshots__/sentences-${name}.txt`, async () => {
      await expect(render(name)).toMatchFileSnapshot(`__snapshots__/sentences-${name}.txt`);
    });
});

describe("Japanese prose as a ministry writes it", () => {
  const prose = EDITIONS.flatMap((name) =>
    entries(briefings[name], "ja")
      .filter((e) => e.kind === "prose")
      .map((e) => ({...e, name}))
  );

  it("covers every kind of sentence on the fixtures (the checks below have something to check)", () => {
    expect(prose.length).toBeGreaterThan(100);
    for (const key of ["message total", "message movers", "change", "title headline", "notes 0"])
      expect(
        prose.some((e) => e.key.includes(key)),
        key
      ).toBe(true);
  });

  it("names editions by their own names, never 今年度 or 前年度", () => {
    for (const e of prose) expect(e.text, `${e.name} ${e.key}`).not.toMatch(/今年度|前年度/);
  });

  it("has no colon construction (「増額が最大: …」), ASCII or full-width", () => {
    for (const e of prose) expect(e.text, `${e.name} ${e.key}`).not.toMatch(/[:：]/);
  });

  it("writes a change as 「87百万円減（7.5%減）」「約2%増」: amount and percentage unsigned, each with 増/減", () => {
    const changes = prose.filter((e) => e.key.endsWith(" change") || e.key.startsWith("message movers"));
    expect(changes.length).toBeGreaterThan(0);
    for (const e of changes) expect(e.text, `${e.name} ${e.key}`).not.toMatch(/比[+▲]|[（、][+▲±]|約[+▲]/);
    expect(prose.some((e) => /\d百万円減（\d+\.\d%減）/.test(e.text))).toBe(true);
    expect(prose.some((e) => /\d百万円増（\d+\.\d%増）/.test(e.text))).toBe(true);
  });

  it("says 「本資料に記載なし」 and no other wording of it", () => {
    const all = EDITIONS.flatMap((name) => entries(briefings[name], "ja"));
    for (const e of all) expect(e.text.replaceAll("本資料に記載なし", ""), `${e.key}`).not.toMatch(/資料に記載なし/);
  });
});
