// A director-general presents the decks unedited: no slide or speaker note says "to confirm" or "not in the
// document" for an answer. A likely question is in the notes only when the data answers it (figures, notes,
// schemes, texts, or the division's answers.csv with its source); the others go to the presenter's preparation
// list (slides/questions.ts) with the answers.csv row that would answer them.
import {describe, expect, it} from "vitest";
import {deckOutline, slideNotes, type SlideSpec} from "../../slides/outline.js";
import {renderHandout} from "../../slides/handout.js";
import {riskTable} from "../../slides/kinds/risks.js";
import {openQuestions, questionsMarkdown} from "../../slides/questions.js";
import type {Briefing} from "../../src/lib/briefing.js";
import {DataError} from "../../src/lib/errors.js";
import {briefingFromInput} from "../../src/lib/files.js";
import {deckWords} from "../../src/locale/deck.js";
import {textWords} from "../../src/locale/text.js";
import {fixtureBriefing, fixtureInput, type FixtureName} from "../support/fixtures.js";

const HEADER = "edition,topic,programme,answerJa,answerEn,source";
const withAnswers = (name: FixtureName, ...rows: string[]): Briefing =>
  briefingFromInput({...fixtureInput(name), "answers.csv": [HEADER, ...rows].join("\n") + "\n"});

/** Every word a slide shows or its notes say. */
const slideText = (s: SlideSpec, lang: "ja" | "en") =>
  [
    s.title,
    s.subtitle ?? "",
    s.about ? `${s.about.label} ${s.about.text}` : "",
    ...s.footnotes,
    ...s.figures.flatMap((f) => [f.label, f.value]),
    ...s.tables.flatMap((t) => [...t.columns.map((c) => c.label), ...t.rows.flatMap((r) => r.cells)]),
    ...slideNotes(s, lang)
  ].join("\n");

/** The wordings an analyst's reading used and a ministry's own briefing does not. */
const OUTSIDER: Record<"ja" | "en", RegExp> = {
  ja: /要確認|担当課に確認|資料の記載|理由は本資料に記載なし|本資料は事業別の内訳を示していない/,
  en: /to confirm|the document gives no|the document's words|not stated in the document/i
};

describe.each(["ja", "en"] as const)("the deck's voice (%s)", (lang) => {
  it.each(["one", "two"] as const)("no slide or note of fixture %s says to confirm, or answers 'not in the document'", (name) => {
    const o = deckOutline(fixtureBriefing(name), lang);
    for (const s of o.slides) {
      expect(slideText(s, lang), s.id).not.toMatch(OUTSIDER[lang]);
      for (const q of s.notes.questions.filter((x) => !x.open))
        expect(q.a.toLowerCase(), `${s.id}: ${q.q}`).not.toContain(textWords(lang).notInDocument.toLowerCase());
    }
  });

  it("lists each unanswered question, with its slides and the answers.csv row to add, and leaves it out of the notes", () => {
    const b = fixtureBriefing("two");
    const o = deckOutline(b, lang);
    const open = openQuestions(o);
    // Fixture two cuts beta: why is the division's to answer, so it is open.
    const why = open.find((x) => x.need.topic === "change" && x.need.programme === "beta");
    expect(why, JSON.stringify(open)).toBeDefined();
    const list = questionsMarkdown(b, o);
    expect(list).toContain("`2031 draft,change,beta,…,…,…`");
    expect(list).toContain(
      deckWords(lang).questionSlides(
        why!.slides.map(String),
        why!.slides.map((n) => o.slides[n - 1].title)
      )
    );
    expect(why!.slides.length).toBeGreaterThan(1); // the changes slide, the risks slide and beta's sheet
    for (const n of why!.slides) {
      expect(list).toContain(o.slides[n - 1].title);
      expect(slideNotes(o.slides[n - 1], lang).join("\n")).not.toContain(why!.q);
    }
  });

  it("prints no unanswered question in the handout (a question with nothing under it)", () => {
    const b = fixtureBriefing("two");
    const o = deckOutline(b, lang);
    const open = openQuestions(o);
    expect(open.length).toBeGreaterThan(0);
    // The handout escapes its text as HTML: compare with the question's words, not its punctuation.
    const handout = renderHandout(b, {lang, charts: {}, outline: o}).replace(/&[a-z#0-9]+;/g, "");
    for (const x of open) expect(handout, x.q).not.toContain(x.q.replace(/[&<>"']/g, "").slice(0, 20));
  });

  it("puts an answers.csv answer in the notes of the slides asking, with its source, and off the list", () => {
    const b = withAnswers("two", "2031 draft,change,beta,派遣先の見直しによる。,Fewer host countries.,試験課（第2版）回答");
    const o = deckOutline(b, lang);
    const answer = deckWords(lang).text({textJa: "派遣先の見直しによる。", textEn: "Fewer host countries."});
    const asking = o.slides.filter((s) => s.notes.questions.some((q) => q.a.includes(answer)));
    expect(asking.length).toBeGreaterThan(0);
    for (const s of asking) {
      const line = slideNotes(s, lang).find((l) => l.includes(answer));
      // The answer, then its source in brackets, closing the line (no full stop after the bracket).
      expect(line, s.id).toMatch(/試験課（第2版）回答[）)]$/);
    }
    expect(openQuestions(o).some((x) => x.need.topic === "change" && x.need.programme === "beta")).toBe(false);
    // The risks table's third column gives the answer in place of what the figures say.
    const risks = o.slides.find((s) => s.id === "risks")!;
    expect(risks.tables[0].rows.some((r) => r.cells.some((c) => c.includes(answer)))).toBe(true);
  });
});

describe("the risks table", () => {
  it("has two columns when a row's third cell would be empty, the explanations under their figures", () => {
    const w = deckWords("ja");
    const t = riskTable(
      [
        {issue: "論点A", detail: "数値A", check: "説明A"},
        {issue: "論点B", detail: "数値B", check: ""}
      ],
      w
    );
    expect(t.columns.map((c) => c.label)).toEqual([w.issueColumn, w.detailColumn]);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ["論点A", "数値A\n説明A"],
      ["論点B", "数値B"]
    ]);
    expect(riskTable([{issue: "論点A", detail: "数値A", check: "説明A"}], w).columns).toHaveLength(3);
  });

  it.each(["ja", "en"] as const)("has no empty cell (%s)", (lang) => {
    for (const name of ["one", "two"] as const)
      for (const s of deckOutline(fixtureBriefing(name), lang).slides.filter((x) => x.id === "risks"))
        for (const r of s.tables[0].rows) {
          expect(r.cells.length).toBe(s.tables[0].columns.length);
          for (const c of r.cells) expect(c.trim(), JSON.stringify(r.cells)).not.toBe("");
        }
  });
});

describe("answers.csv", () => {
  const issuesOf = (...rows: string[]) => {
    try {
      withAnswers("two", ...rows);
    } catch (error) {
      if (error instanceof DataError) return error.issues;
      throw error;
    }
    return [];
  };

  it("is optional, and a header alone answers nothing", () => {
    expect(fixtureBriefing("two").answers).toEqual([]);
    expect(withAnswers("two").answers).toEqual([]);
  });

  it("fails a malformed row naming the file, the row and the column", () => {
    expect(issuesOf("2031 draft,reason,beta,a,b,c")).toEqual([expect.objectContaining({file: "answers.csv", line: 2, column: "topic"})]);
    expect(issuesOf("2031 draft,change,nobody,a,b,c")).toEqual([
      expect.objectContaining({file: "answers.csv", line: 2, column: "programme"})
    ]);
    expect(issuesOf("2031 draft,change,,a,b,c")).toEqual([expect.objectContaining({file: "answers.csv", line: 2, column: "programme"})]);
    expect(issuesOf("2031 draft,remainder,beta,a,b,c")).toEqual([
      expect.objectContaining({file: "answers.csv", line: 2, column: "programme"})
    ]);
    expect(issuesOf("2099 draft,change,beta,a,b,c")).toEqual([expect.objectContaining({file: "answers.csv", line: 2, column: "edition"})]);
    expect(issuesOf("2031 draft,change,beta,a,b,")).toEqual([expect.objectContaining({file: "answers.csv", line: 2, column: "source"})]);
    expect(issuesOf("2031 draft,change,beta,a,b,c", "2031 draft,change,beta,d,e,f")).toEqual([
      expect.objectContaining({file: "answers.csv", line: 3, column: "topic"})
    ]);
  });
});
