// An answer the document does not give says what to do about it, in one wording from the locale pack:
// 「本資料に記載なし。【要確認：担当課】」 / "Not in this document. [To confirm with the responsible division]".
import {describe, expect, it} from "vitest";
import {deckOutline} from "../../slides/outline.js";
import {storyWords} from "../../src/locale/story.js";
import {textWords} from "../../src/locale/text.js";
import {fixtureBriefing} from "../support/fixtures.js";

describe.each(["ja", "en"] as const)("unanswered likely questions (%s)", (lang) => {
  const answers = (["one", "two"] as const).flatMap((name) =>
    deckOutline(fixtureBriefing(name), lang).slides.flatMap((s) => s.notes?.questions.map((q) => q.a) ?? [])
  );
  const words = storyWords(lang);

  it("end with the tag that says to confirm with the division, once", () => {
    const unanswered = answers.filter(
      (a) => a.toLowerCase().includes(textWords(lang).notInDocument.toLowerCase()) || a.includes("no reason")
    );
    expect(unanswered.length).toBeGreaterThan(0);
    for (const a of unanswered) {
      expect(a.endsWith(words.toConfirm), a).toBe(true);
      expect(a.split(words.toConfirm).length, a).toBe(2);
    }
  });

  it("are the pack's one wording when nothing at all is stated", () => {
    expect(answers).toContain(words.notStated);
    expect(words.notStated.endsWith(words.toConfirm)).toBe(true);
  });
});
