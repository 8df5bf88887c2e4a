import type {SheetWords} from "../sheets.js";
import {core} from "./core.js";

/** Two characters in a row (a word, roughly, in Japanese) that two terms share: 期間, 地域. */
const sharesWord = (a: string, b: string) => {
  const chars = [...a.replace(/[・、\s]/g, "")];
  return chars.slice(1).some((c, i) => b.replace(/[・、\s]/g, "").includes(chars[i] + c));
};

export const sheets: SheetWords = {
  ...core,
  terms: {period: "支援期間", separateSupport: "他機関の支援"},
  leadingTerm: (term, value) => {
    // 「受入期間 約1~3週間」「対象国・地域 全世界」: the printed term, then a space, then the value.
    const m = /^(\S+?)[ \u3000]+(\S.*)$/.exec(value);
    return m && sharesWord(m[1], term) ? {term: m[1], value: m[2]} : undefined;
  },
  highlight: (kind) => (kind === "alumnus" ? "主な経験者" : "主な成果"),
  headingNote: (heading, names, all) => (all ? `いずれも「${heading}」として整理。` : `${names.join("・")}は「${heading}」として整理。`)
};
