// Over generated editions (test/layout/gen.ts: 1–30 programmes, 1–5 stages with supplementary budgets, both
// units): every chart caption says what its chart's rows hold, and no chart draws a supplementary budget (a fund
// spent over several years) on the axis of the annual budgets.
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {chartWords} from "../../src/locale/charts.js";
import {CHARTS} from "../../src/components/specs.js";
import {strandLabel} from "../../src/components/chartrows.js";
import {compositionRows} from "../../src/components/composition.js";
import type {Briefing} from "../../src/lib/briefing.js";
import {briefingFromInput} from "../../src/lib/files.js";
import type {Lang} from "../../src/lib/format.js";
import {describeEdition, editionArb, editionInput} from "../layout/gen.js";
import {render} from "./render.js";

const RUNS = Number(process.env.CAPTION_RUNS ?? 25);
const SEED = process.env.CAPTION_SEED ? Number(process.env.CAPTION_SEED) : undefined;
const LANGS: Lang[] = ["ja", "en"];

/** Runs `check` on generated editions in both languages, naming the edition when it fails. */
function everyEdition(check: (b: Briefing, lang: Lang) => void) {
  fc.assert(
    fc.property(editionArb, (g) => {
      const b = briefingFromInput(editionInput(g));
      for (const lang of LANGS) {
        try {
          check(b, lang);
        } catch (e) {
          throw new Error(`${describeEdition(g)} (${lang}): ${(e as Error).message}`);
        }
      }
    }),
    {numRuns: RUNS, seed: SEED}
  );
}

const kindOf = (b: Briefing, stage: string) => b.stages.find((s) => s.id === stage)?.kind;

describe("no chart puts a fund on an annual axis", () => {
  it("section totals: bars only for annual stages; a supplementary budget is told under the chart", () => {
    everyEdition((b, lang) => {
      const rows = CHARTS.sectionTotals.rows(b, {lang});
      for (const r of rows) expect(r.axis === "annual").toBe(kindOf(b, r.figure.stage) === "annual");
      const chart = render(CHARTS.sectionTotals.render, b, {lang});
      const titles = [...chart.querySelectorAll("g[aria-label=bar] > rect")].map((r) => r.querySelector("title")?.textContent ?? "");
      const annual = rows.filter((r) => r.axis === "annual");
      expect(titles).toEqual(annual.map((r) => chartWords(lang).tip(r.label, r.text)));
      for (const r of rows.filter((x) => x.axis === "separate")) {
        expect(titles.some((t) => t.startsWith(chartWords(lang).tip(r.label, "")))).toBe(false);
        expect(chart.textContent?.replace(/\s+/g, "")).toContain(chartWords(lang).separately(r.label, r.text).replace(/\s+/g, ""));
      }
    });
  });

  it("section history: one bar on the axis per annual amount, none for a supplementary budget", () => {
    everyEdition((b, lang) => {
      const rows = CHARTS.sectionHistory.rows(b, {lang});
      const chart = render(CHARTS.sectionHistory.render, b, {lang});
      // Bars on the axis are rects; a supplementary budget's swatch under the chart is a square dot (a path).
      expect(chart.querySelectorAll("g[aria-label=bar] > rect").length).toBe(rows.filter((r) => r.stageKind === "annual").length);
      expect(chart.querySelectorAll("g[aria-label=dot] > path").length).toBe(rows.filter((r) => r.stageKind !== "annual").length);
    });
  });
});

describe("every chart caption agrees with its chart's rows", () => {
  it("section history: the caption gives every amount the chart holds", () => {
    everyEdition((b, lang) => {
      const summary = CHARTS.sectionHistory.summary(b, {lang});
      for (const r of CHARTS.sectionHistory.rows(b, {lang})) expect(summary).toContain(r.text);
    });
  });

  it("composition: the caption counts the programmes drawn and gives the remainder the chart draws", () => {
    everyEdition((b, lang) => {
      const rows = CHARTS.composition.rows(b, {lang});
      const summary = CHARTS.composition.summary(b, {lang});
      if (!rows.length) return expect(summary).toBe(chartWords(lang).noSectionTotal);
      const remainder = rows[rows.length - 1];
      expect(remainder.part).toBe(chartWords(lang).remainder);
      // The caption gives the remainder as the page's unit shows it; the bar, in the chart's unit (百万円 or 億円).
      expect(summary).toContain(compositionRows(b, {lang}).at(-1)!.text);
      const count = rows.length - 1;
      expect(summary).toContain(lang === "ja" ? `${count}事業` : `${count} programmes`);
    });
  });

  it("programme changes: the caption's counts of rises, falls, flat and new are the chart's rows", () => {
    everyEdition((b, lang) => {
      const rows = CHARTS.programmeChange.rows(b, {lang});
      const n = (status: string) => rows.filter((r) => r.status === status).length;
      const summary = CHARTS.programmeChange.summary(b, {lang});
      expect(summary).toContain(
        lang === "ja"
          ? `増額${n("up")}、減額${n("down")}、同額${n("flat")}、新規${n("new")}`
          : `${n("up")} rise, ${n("down")} fall, ${n("flat")} stay flat and ${n("new")}`
      );
    });
  });

  it("strands: the caption counts, per heading, the programmes the chart stacks in it", () => {
    everyEdition((b, lang) => {
      const rows = CHARTS.strands.rows(b, {lang});
      const summary = CHARTS.strands.summary(b, {lang});
      for (const s of b.strands) {
        const count = rows.filter((r) => r.strand === strandLabel(b, s.id, lang)).length;
        const name = lang === "ja" ? `「${s.nameJa}」` : `"${s.nameEn}"`;
        expect(summary).toContain(name);
        if (count) expect(summary).toContain(lang === "ja" ? `（${count}事業）` : `(${count} programme${count === 1 ? "" : "s"})`);
      }
    });
  });

  it("timeline: the caption names the first and the last start the chart draws", () => {
    everyEdition((b, lang) => {
      const rows = CHARTS.timeline.rows(b, {lang});
      const summary = CHARTS.timeline.summary(b, {lang});
      if (!rows.length) return expect(summary).toBe("");
      expect(summary).toContain(rows[0].name);
      expect(summary).toContain(rows[rows.length - 1].name);
    });
  });
});
