// A programme's first mention in a deck is its full name (introducing the short one), on the slides and,
// separately, in the notes; later mentions use the short name; a title keeps its line.
import {describe, expect, it} from "vitest";
import {mentions} from "../../slides/mentions.js";
import {deckOutline} from "../../slides/outline.js";
import {fullName, shortName} from "../../src/lib/text.js";
import {textWords} from "../../src/locale/text.js";
import {fixtureBriefing} from "../support/fixtures.js";

const b = fixtureBriefing("two");
const programmes = b.figures.entities.filter((e) => e.kind === "programme");

describe.each(["ja", "en"] as const)("first mentions (%s)", (lang) => {
  const alpha = programmes.find((e) => e.id === "alpha")!;
  const [short, full] = [shortName(alpha, lang), fullName(alpha, lang)];
  const first = full.includes(short) ? full : textWords(lang).introduced(full, short);

  it("writes the first mention in full and every later one short", () => {
    const m = mentions(b, lang);
    expect(m(`${short} ${short}`)).toBe(`${first} ${short}`);
    expect(m(`${short}`)).toBe(short);
  });

  it("leaves a mention that does not fit, and names the programme at the next that does", () => {
    const m = mentions(b, lang);
    expect(m(short, () => false)).toBe(short);
    expect(m(short)).toBe(first);
  });

  it("counts a full name already written (a subtitle) as the mention", () => {
    const m = mentions(b, lang);
    expect(m(full)).toBe(full);
    expect(m(short)).toBe(short);
  });

  it("does not take a short name inside a longer word for a mention", () => {
    const m = mentions(b, lang);
    const longer = lang === "en" ? `${short}beta` : `${full}`;
    expect(m(longer)).toBe(longer);
  });

  it("names each programme the notes mention in full before its short name", () => {
    const notes = deckOutline(b, lang)
      .slides.flatMap((s) => [...s.notes.points, ...s.notes.questions.flatMap((q) => [q.q, q.a])])
      .join("\n");
    const checked = programmes.filter((e) => notes.includes(shortName(e, lang)));
    expect(checked.length).toBeGreaterThan(0);
    for (const e of checked) {
      const f = fullName(e, lang);
      expect(notes.indexOf(f), e.id).toBeGreaterThanOrEqual(0);
      expect(notes.indexOf(f), e.id).toBeLessThanOrEqual(notes.indexOf(shortName(e, lang)));
    }
  });
});
