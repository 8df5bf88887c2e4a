// axe-core in a page opened by playwright-core: the script is injected from node_modules (no network), then
// run over the whole document with the WCAG 2.x A/AA rules and axe's best practices.
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import type {Page} from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: "minor" | "moderate" | "serious" | "critical" | null;
  help: string;
  nodes: {target: string[]; failureSummary?: string}[];
}

export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({content: axeSource});
  return page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: AxeViolation[]}>}}).axe;
    const {violations} = await axe.run(document, {resultTypes: ["violations"]});
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({target: n.target, failureSummary: n.failureSummary}))
    }));
  });
}

/** One line per violation and element, for a failing assertion's message. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}): ${n.target.join(" ")}`));
}
