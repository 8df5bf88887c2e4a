// A programme's first mention introduces its short name in brackets; a short name that has brackets of its own is
// introduced with 「以下「…」」 / (hereafter "…"), so no bracket sits inside another.
import {describe, expect, it} from "vitest";
import {textWords} from "../../src/locale/text.js";

describe("introducing a short name", () => {
  it("puts a plain short name in brackets after the full name", () => {
    expect(textWords("ja").introduced("青少年交流事業", "交流")).toBe("青少年交流事業（交流）");
    expect(textWords("en").introduced("Youth Exchange Programme", "YEP")).toBe("Youth Exchange Programme (YEP)");
  });

  it("never nests brackets when the short name has its own", () => {
    const ja = textWords("ja").introduced("研究助成事業（国際枠）", "助成（国際枠）");
    expect(ja).toBe("研究助成事業（国際枠）（以下「助成（国際枠）」）");
    expect(textWords("en").introduced("Research Grants (International)", "Grants (Intl)")).toBe(
      'Research Grants (International) (hereafter "Grants (Intl)")'
    );
  });
});
