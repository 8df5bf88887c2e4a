// The PDF checks live with the layout checker a maintainer runs (scripts/pdfcheck.ts); the tests read them here.
export * from "../../scripts/pdfcheck.js";
