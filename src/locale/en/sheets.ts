import type {SheetWords} from "../sheets.js";
import {core} from "./core.js";

export const sheets: SheetWords = {
  ...core,
  terms: {separateSupport: "Other support"},
  leadingTerm: (term, value) => {
    // "Countries and regions: the whole world": the row's own term, a colon, then the value.
    const m = /^([^:]+):\s+(\S.*)$/.exec(value);
    return m && m[1].toLowerCase() === term.toLowerCase() ? {term, value: m[2][0].toUpperCase() + m[2].slice(1)} : undefined;
  },
  highlight: (kind) => (kind === "alumnus" ? "Notable alumnus" : "Example result"),
  headingNote: (heading, names, all) =>
    all ? `All are presented under "${heading}".` : `${core.list(names)} ${names.length > 1 ? "are" : "is"} presented under "${heading}".`
};
