// A period fact that names its own period (「滞在期間 約2週間」, "Visits of about 2 weeks") is said as that
// period's own sentence, not as 「期間は滞在期間 約2週間」 / "The period is visits of about 2 weeks".
import {describe, expect, it} from "vitest";
import {storyWords} from "../../src/locale/story.js";

const ja = storyWords("ja");
const en = storyWords("en");

describe("a period in the speaker notes", () => {
  it("is its own term's clause when the fact names its period before the figure (Japanese)", () => {
    expect(ja.supportPeriod(undefined, "滞在期間 約2~4週間")).toBe("滞在期間は約2~4週間。");
    expect(ja.supportPeriod("最大5百万円", "派遣期間　6ヶ月程度")).toBe("支援額は最大5百万円、派遣期間は6ヶ月程度。");
  });

  it("is 期間は… when the fact is a figure or a qualifier and a figure", () => {
    expect(ja.supportPeriod(undefined, "4年間")).toBe("期間は4年間。");
    expect(ja.supportPeriod(undefined, "原則 4年")).toBe("期間は原則 4年。");
  });

  it("names what lasts in English, and never writes 'The period is'", () => {
    expect(en.supportPeriod(undefined, "Visits of about 2 to 4 weeks")).toBe("Visits last about 2 to 4 weeks.");
    expect(en.supportPeriod(undefined, "4 years")).toBe("Support lasts 4 years.");
    expect(en.supportPeriod(undefined, "Up to 4 years")).toBe("Support lasts up to 4 years.");
    expect(en.supportPeriod("Up to ¥5 million", "Visits of 2 weeks")).toBe("Up to ¥5 million; visits last 2 weeks.");
    expect(en.supportPeriod("Up to ¥5 million", "4 years")).toBe("Up to ¥5 million, for 4 years.");
  });
});
