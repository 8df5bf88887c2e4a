// The edition model on a small fixture edition (test/fixtures/editions/mini): 内数 items, facts that belong to
// editions, headings and programmes with nothing printed, renames and the change summary of a new stage.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {buildBriefing, type Briefing} from "../../src/lib/briefing.js";
import {changeLines, diffSnapshots, snapshot} from "../../src/lib/changes.js";
import {DATA_FILES, parseDataset, type DataFile} from "../../src/lib/dataset.js";
import {DataError} from "../../src/lib/errors.js";
import {programmeNotes, programmeTitle, summaryTitle} from "../../src/lib/story.js";
import {textWords} from "../../src/locale/text.js";
import {absentClause, changeSentence, chartSummary, countedIds, entity, groupSentence, nameWithHistory} from "../../src/lib/text.js";

const DIR = join(import.meta.dirname, "..", "fixtures", "editions", "mini");
type Files = Record<DataFile, string>;
const mini = (): Files => Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(DIR, f), "utf8")])) as Files;
const append = (files: Files, file: DataFile, ...rows: string[]): Files => ({
  ...files,
  [file]: files[file].trimEnd() + "\n" + rows.join("\n") + "\n"
});
const edit = (files: Files, file: DataFile, from: string | RegExp, to: string): Files => {
  const after = files[file].replace(from, to);
  expect(after, `the edit of ${file}`).not.toBe(files[file]);
  return {...files, [file]: after};
};
const brief = (files: Files): Briefing => buildBriefing(parseDataset(files));
const issuesOf = (files: Files) => {
  try {
    brief(files);
  } catch (error) {
    if (error instanceof DataError) return error.issues;
    throw error;
  }
  return [];
};

/** The fixture with a FY2024 draft edition that prints the section, alpha and the group line, but not beta. */
const with2024 = (files = mini()) =>
  append(
    append(
      edit(files, "schemes.csv", "原則,,,fixture,2023 draft", "原則,,,fixture,2023 draft;2024 draft"),
      "editions.csv",
      "2024,draft,試験省,Ministry of Tests,3,2023-12,令和5年12月,December 2023,,,fixture"
    ),
    "budget.csv",
    "sec,2024,draft,52,億円,,,fixture",
    'alpha,2024,draft,"1,100",百万円,,,fixture',
    'grp,2024,draft,"2,100",百万円,,,fixture',
    'gamma,2024,draft,"2,100",百万円,,,fixture'
  );

describe("内数 (included) items", () => {
  const b = brief(mini());

  it("are never counted as a programme nor added to the itemised total or a group's members", () => {
    expect(countedIds(b)).not.toContain("inner");
    const it = b.figures.itemisation.find((i) => i.ref.fiscalYear === 2023)!;
    expect(it.programmes).toEqual(["alpha", "beta", "gamma"]);
    expect(it.itemised.millionYen).toBe(1073 + 1000 + 2000);
    const check = b.figures.groupChecks.find((c) => c.ref.fiscalYear === 2023)!;
    expect(check.members).toEqual(["beta", "gamma"]);
    expect(check.difference).toBe(0);
    expect(entity(b, "inner").share).toBeNull();
  });

  it("are shown beside their container as うち○○（内数） / of which … (included)", () => {
    expect(changeSentence(b, entity(b, "gamma"), {lang: "ja"})).toContain("（うち新枠（内数）500百万円）");
    expect(changeSentence(b, entity(b, "gamma"), {lang: "en"})).toContain("(of which New window (included) ¥500 million)");
    expect(groupSentence(b, entity(b, "grp"), {lang: "ja"})).toContain("内訳はベータ、ガンマの2事業");
    expect(chartSummary(b, "programme-change", {lang: "ja"})).toMatch(/^3事業のうち/);
  });

  it("are told in the container's speaker notes, never as a programme of their own", () => {
    const points = programmeNotes(b, entity(b, "gamma"), "ja").points;
    expect(points).toContain("うち新枠（内数）500百万円。内数のため、節の合計や事業数には加えない。");
    expect(programmeNotes(b, entity(b, "gamma"), "en").points.join(" ")).toContain(
      "Of which New window (included) ¥500 million: part of this amount"
    );
  });

  it("stop the build when larger than their container, naming both rows", () => {
    const issues = issuesOf(edit(mini(), "budget.csv", "inner,2023,draft,500", 'inner,2023,draft,"2,500"'));
    expect(issues).toEqual([
      expect.objectContaining({
        file: "budget.csv",
        line: 12,
        column: "amount",
        message: expect.stringMatching(/inner \(2023 draft, 2500百万円\).*larger than it: gamma is 2000百万円 on line 10/)
      })
    ]);
  });
});

describe("facts carry the editions they are printed in", () => {
  it("show only the current edition's texts, scheme facts and results; a listed edition carries a fact over", () => {
    const b = brief(with2024());
    expect(b.texts.map((t) => t.id)).toEqual([]);
    expect(b.schemes.map((s) => `${s.programme} ${s.attribute}`)).toEqual(["gamma period"]);
    expect(b.results).toEqual([]);
    // The rows of older editions stay in the briefing apart, for the data page, never as current facts.
    expect(b.olderFacts.texts.map((t) => t.id)).toEqual(["sec-objective", "sec-background"]);
    expect(b.olderFacts.results.map((r) => r.id)).toEqual(["r1"]);
    // The 2023 document itself still shows all of them.
    const old = brief(with2024(edit(mini(), "settings.csv", "current,", "current,2023 draft")));
    expect(old.texts.map((t) => t.id)).toEqual(["sec-objective", "sec-background"]);
    expect(old.schemes).toHaveLength(2);
  });

  it("also for frameworks, countries and the notes about a programme (not an amount's note)", () => {
    const files = append(
      append(mini(), "frameworks.csv", "fw,Frame,日+2か国,Japan + 2,2,,,fixture,gamma"),
      "notes.csv",
      "n-about,description,gamma,※試験の注,A test note.,,,,fixture,",
      "n-all,entity,gamma,※全版の注,A note of every edition.,,,,fixture,"
    );
    const now = brief(files);
    expect(now.frameworks.map((f) => f.id)).toEqual(["fw"]);
    expect(entity(now, "gamma").descriptionNotes).toEqual(["n-about"]);
    expect(entity(now, "gamma").notes).toEqual(["n-all"]);
    const next = brief(
      with2024(
        edit(files, "notes.csv", "A note of every edition.,,,,fixture,", "A note of every edition.,,,,fixture,2023 draft;2024 draft")
      )
    );
    expect(next.frameworks).toEqual([]);
    expect(entity(next, "gamma").descriptionNotes).toEqual([]);
    expect(entity(next, "gamma").notes).toEqual(["n-all"]);
  });

  it("read an empty editions cell, or no editions column at all, as the earliest edition", () => {
    const files = with2024();
    const d = parseDataset(files);
    expect(d.texts.find((t) => t.id === "sec-background")!.editions).toEqual(["2023 draft"]);
    const noColumn = edit(files, "results.csv", /,editions\n(.*),2023 draft\n/, "\n$1\n");
    expect(parseDataset(noColumn).results[0].editions).toEqual(["2023 draft"]);
  });

  it("reject an edition that editions.csv does not list", () => {
    const issues = issuesOf(edit(mini(), "schemes.csv", "fixture,2023 draft\n", "fixture,2023 enacted\n"));
    expect(issues).toEqual([
      expect.objectContaining({
        file: "schemes.csv",
        line: 2,
        column: "editions",
        message: expect.stringMatching(/^unknown edition .*"2023 enacted"/)
      })
    ]);
  });
});

describe("nothing printed is 本資料に記載なし", () => {
  it("for a heading: never 0 or 0事業", () => {
    const b = brief(mini());
    const ja = chartSummary(b, "strands", {lang: "ja"});
    expect(ja).toContain("「見出しその三」は本資料に記載なし");
    expect(ja).not.toMatch(/(?<![\d,])0百万円|（0事業）/);
    expect(chartSummary(b, "strands", {lang: "en"})).toContain('"Heading three" not in this document');
  });

  it("for a budget line the current edition does not print", () => {
    const b = brief(edit(mini(), "budget.csv", 'grp,2023,draft,"3,000",百万円,,,fixture\n', ""));
    expect(groupSentence(b, entity(b, "grp"), {lang: "ja"})).toMatch(/本資料に記載なし/);
    expect(groupSentence(b, entity(b, "grp"), {lang: "ja"})).not.toMatch(/(^|[^\d,])0百万円/);
  });
});

describe("every programme is accounted for", () => {
  it("names a programme without a figure in the current edition, also when the previous year's column is printed", () => {
    const b = brief(with2024());
    expect(entity(b, "beta").comparison).toBeDefined(); // the 2023 column is printed, beta is in it
    expect(absentClause(b, "ja")).toBe("ほか1事業（ベータ）は本資料に記載なし");
    expect(summaryTitle(b, "ja")).toContain("2事業のうち増額2、ほか1事業は本資料に記載なし");
    expect(summaryTitle(b, "ja")).toContain("ほか1事業は本資料に記載なし"); // the title is one line; the notes name it
    expect(summaryTitle(b, "en")).toContain("1 more not in this document");
    expect(chartSummary(b, "programme-change", {lang: "en"})).toContain("1 (Beta) is not in this document");
  });

  it("names one printed only two editions back", () => {
    const files = append(with2024(), "budget.csv", "sec,2025,draft,53,億円,,,fixture", 'alpha,2025,draft,"1,200",百万円,,,fixture');
    const b = brief(append(files, "editions.csv", "2025,draft,試験省,Ministry of Tests,3,2024-12,令和6年12月,December 2024,,,fixture"));
    expect(absentClause(b, "ja")).toBe("ほか2事業（ベータ、ガンマ）は本資料に記載なし");
  });
});

describe("a talking point that accounts for many absent programmes stays speakable", () => {
  it("names the first few and says how many more", () => {
    const names = ["甲", "乙", "丙"];
    expect(textWords("ja").absentClause(names, 5)).toBe("ほか5事業（甲、乙、丙など）は本資料に記載なし");
    expect(textWords("ja").absentClause(names, 3)).toBe("ほか3事業（甲、乙、丙）は本資料に記載なし");
    expect(textWords("en").absentClause(["A", "B", "C"], 5)).toBe("5 more programmes (A, B, C, and 2 others) are not in this document");
    expect(textWords("en").absentClause(["A"], 2)).toBe("2 more programmes (A, and 1 other) are not in this document");
  });
});

describe("renames are data", () => {
  const renamed = (editions: string) =>
    append(
      edit(
        with2024(),
        "programmes.csv",
        "alpha,programme,アルファ推進事業,Alpha Promotion Programme,アルファ,Alpha",
        "alpha,programme,オメガ推進事業,Omega Promotion Programme,オメガ,Omega"
      ),
      "names.csv",
      `alpha,${editions},アルファ推進事業,Alpha Promotion Programme,アルファ,Alpha,fixture`
    );

  it("give the former name at first mention while an edition on show printed it", () => {
    const b = brief(renamed("2023 draft"));
    expect(changeSentence(b, entity(b, "alpha"), {lang: "ja"})).toMatch(/^オメガ（旧アルファ）は/);
    expect(changeSentence(b, entity(b, "alpha"), {lang: "en"})).toMatch(/^Omega \(formerly Alpha\) rises/);
  });

  it("name the former name in the deck's programme title too", () => {
    const b = brief(renamed("2023 draft"));
    expect(programmeTitle(b, entity(b, "alpha"), "ja")).toMatch(/^オメガ（旧アルファ）は/);
  });

  it("drop it once no edition on show printed it", () => {
    const b = brief(
      append(renamed("2021 draft"), "editions.csv", "2021,draft,試験省,Ministry of Tests,3,2020-12,令和2年12月,December 2020,,,fixture")
    );
    expect(changeSentence(b, entity(b, "alpha"), {lang: "ja"})).toMatch(/^オメガは/);
  });

  it("reject a former name of an unknown programme", () => {
    const files = append(mini(), "names.csv", "nobody,2023 draft,誰か,Nobody,誰か,Nobody,fixture");
    expect(issuesOf(files)).toEqual([expect.objectContaining({file: "names.csv", line: 2, column: "entity"})]);
  });
});

describe("the change summary says everything that changed", () => {
  const lines = (before: Files, after: Files, lang: "ja" | "en" = "en") => {
    const b = snapshot(brief(before)),
      a = snapshot(brief(after));
    return changeLines(diffSnapshots(b, a), a, b, lang);
  };

  it("gives a new stage's amounts against the stage it replaces, and what it no longer prints", () => {
    const enacted = append(
      append(mini(), "editions.csv", "2023,enacted,試験省,Ministry of Tests,3,2023-03,令和5年3月,March 2023,,,fixture"),
      "budget.csv",
      "sec,2023,enacted,50,億円,,,fixture",
      'alpha,2023,enacted,"1,080",百万円,,,fixture',
      'gamma,2023,enacted,"2,000",百万円,,,fixture',
      "inner,2023,enacted,500,百万円,,,fixture"
    );
    const out = lines(mini(), enacted);
    expect(out).toContain("Alpha FY2023 initial budget 1,080 百万円 vs draft 1,073 百万円");
    expect(out).toContain("Gamma FY2023 initial budget 2,000 百万円 vs draft 2,000 百万円 (unchanged)");
    expect(out).toContain("Beta: not in the FY2023 initial budget (FY2023 draft budget 1,000 百万円)");
    expect(out.indexOf("Stage added: FY2023 initial budget")).toBeGreaterThanOrEqual(0);
  });

  it("reports a rename", () => {
    const after = edit(
      mini(),
      "programmes.csv",
      "アルファ推進事業,Alpha Promotion Programme,アルファ,Alpha",
      "オメガ推進事業,Omega Promotion Programme,オメガ,Omega"
    );
    expect(lines(mini(), after)).toEqual(["Renamed: Alpha → Omega"]);
    expect(lines(mini(), after, "ja")).toEqual(["アルファをオメガに名称変更"]);
  });

  it("reports a flag change that moves the itemised total, never nothing", () => {
    const after = edit(mini(), "budget.csv", 'alpha,2023,draft,"1,073",百万円,,', 'alpha,2023,draft,"1,073",百万円,restated,');
    const out = lines(mini(), after);
    expect(out).toContain("Alpha FY2023 draft budget: flags none → restated");
    expect(out).toContain("Itemised total FY2023 draft budget: 4,073 → 3,000 million yen");
  });

  it("lists added stages in time order", () => {
    const after = append(mini(), "budget.csv", "sec,2021,enacted,40,億円,,,fixture", "sec,2020,enacted,30,億円,,,fixture");
    const out = lines(mini(), after).filter((l) => l.startsWith("Stage added"));
    expect(out).toEqual(["Stage added: FY2020 initial budget", "Stage added: FY2021 initial budget"]);
  });
});

describe("nameWithHistory", () => {
  it("links the current name with every former one and the editions that printed it", () => {
    const files = append(
      edit(
        with2024(),
        "programmes.csv",
        "アルファ推進事業,Alpha Promotion Programme,アルファ,Alpha",
        "オメガ推進事業,Omega Promotion Programme,オメガ,Omega"
      ),
      "names.csv",
      "alpha,2023 draft,アルファ推進事業,Alpha Promotion Programme,アルファ,Alpha,fixture"
    );
    const b = brief(files);
    expect(nameWithHistory(b, entity(b, "alpha"), "ja")).toBe("オメガ（旧アルファ: 令和5案）");
    expect(nameWithHistory(b, entity(b, "alpha"), "en")).toBe("Omega (formerly Alpha: FY2023 draft budget)");
    expect(nameWithHistory(b, entity(b, "beta"), "en")).toBe("Beta");
  });
});
