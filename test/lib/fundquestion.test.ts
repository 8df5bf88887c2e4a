// The notes ask "how is the fund spent" only of what the data marks as a fund (a `fund` scheme fact), never of
// a programme that merely has supplementary money (a restated programme's share of a supplementary budget).
import {describe, expect, it} from "vitest";
import {programmeNotes} from "../../src/lib/story.js";
import {storyWords} from "../../src/locale/story.js";
import {fixtureBriefing} from "../support/fixtures.js";

describe.each(["ja", "en"] as const)("the fund question (%s)", (lang) => {
  const b = fixtureBriefing("two");
  const withSupplementary = b.figures.entities.filter((e) => e.kind === "programme" && e.supplementary);
  const asked = (brief: typeof b, id: string) =>
    programmeNotes(
      brief,
      brief.figures.entities.find((e) => e.id === id)!,
      lang
    ).questions.filter((q) => q.q === storyWords(lang).fundQuestion);

  it("is not asked of supplementary money the data does not call a fund", () => {
    expect(withSupplementary.length).toBeGreaterThan(0);
    for (const e of withSupplementary) expect(asked(b, e.id), e.id).toEqual([]);
  });

  it("is asked when the data marks the item as a fund: the fact is a talking point, the year-by-year plan open", () => {
    const e = withSupplementary[0];
    const copy = structuredClone(b);
    copy.schemes.push({
      ...copy.schemes[0],
      programme: e.id,
      attribute: "fund",
      printed: "基金を造成（テスト）",
      printedEn: "A fund is created (test)"
    });
    const qs = asked(copy, e.id);
    expect(qs).toHaveLength(1);
    expect(qs[0].open).toEqual({topic: "fund", programme: e.id});
    const points = programmeNotes(
      copy,
      copy.figures.entities.find((x) => x.id === e.id)!,
      lang
    ).points.join(" ");
    expect(points).toContain(lang === "ja" ? "基金を造成（テスト）" : "A fund is created (test)");
  });
});
