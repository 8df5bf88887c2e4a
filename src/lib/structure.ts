// Structure checks: data whose every cell is valid but whose shape would publish a wrong briefing without a
// word. A programme that is its own parent, or a loop of parents, silently leaves its section (the deck then
// counts fewer programmes and a smaller share); an amount too large to hold exactly as a JavaScript number is
// published with other digits; an amount thousands of times the section's scale is almost always a paste slip.
// Each problem names the row at fault. Only the size bound can be accepted with the `confirmed` flag.
import {UNITS} from "./amount.js";
import type {BudgetLine, Dataset, Entity} from "./dataset.js";
import type {DataIssue} from "./errors.js";

/** An amount more than this many times the section's total (its other editions, for a total) stops unless confirmed. */
export const SCALE_FACTOR = 1000;
/**
 * An amount above this many million yen stops unless confirmed, whatever the section's scale: 1,000兆円, several
 * times a whole national budget, so no section of a ministry's budget prints it.
 */
export const CEILING_MILLION_YEN = 1e10;

const lineOf = (row: unknown) => (row as {line?: number}).line ?? 0;
const grouped = (n: number) => (Number.isFinite(n) ? n.toLocaleString("en-US", {maximumFractionDigits: 6}) : "a number too large to hold");
const decimals = (n: number) => /\.(\d+)$/.exec(String(n))?.[1].length ?? 0;
const millionYen = (b: BudgetLine) => b.amount * UNITS[b.unit].millionYen;

/** Every structure problem of a parsed dataset (pure); empty when its shape is sound. */
export function checkStructure(d: Dataset): DataIssue[] {
  return [...parentProblems(d.entities), ...amountProblems(d)];
}

/**
 * Parents that do not form a tree under the section: a programme that is its own parent, a loop (A → B → A, or
 * longer), a programme used as a parent (a programme holds no programmes; groups do), or a section with a parent.
 */
function parentProblems(entities: Entity[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const at = (e: Entity, message: string) => issues.push({file: "programmes.csv", line: lineOf(e), column: "parent", message});
  const inLoop = new Set<string>();
  for (const e of entities) {
    if (!e.parent) continue;
    if (e.parent === e.id) {
      at(
        e,
        `${e.id} is its own parent, so it belongs to no section and would silently drop out of every total and count; set parent to the group or the section it belongs to`
      );
      inLoop.add(e.id);
      continue;
    }
    if (e.kind === "section") at(e, `${e.id} is the section, which has no parent; leave this cell empty`);
  }
  // Loops of two or more: walk up from each entity; coming back to a row already on the path closes a loop.
  for (const start of entities) {
    if (inLoop.has(start.id)) continue;
    const path: Entity[] = [];
    const onPath = new Set<string>();
    for (let e: Entity | undefined = start; e && e.parent && e.parent !== e.id; e = byId.get(e.parent)) {
      if (onPath.has(e.id)) {
        const loop = path.slice(path.findIndex((p) => p.id === e!.id));
        if (loop.some((p) => inLoop.has(p.id))) break;
        const chain = [...loop, loop[0]].map((p) => p.id).join(" → ");
        const rows = loop.map((p) => `${p.id} line ${lineOf(p)}`).join(", ");
        for (const p of loop) {
          at(
            p,
            `the parents go round in a loop (${chain}; ${rows}), so these rows belong to no section and would silently drop out of every total and count; set each parent to the group or the section the row belongs to`
          );
          inLoop.add(p.id);
        }
        break;
      }
      onPath.add(e.id);
      path.push(e);
    }
  }
  // A programme under a programme (only when not already part of a loop, which says more).
  for (const e of entities) {
    if (!e.parent || inLoop.has(e.id) || e.kind === "section") continue;
    const parent = byId.get(e.parent);
    if (parent?.kind === "programme")
      at(
        e,
        `the parent of ${e.id} is ${parent.id} (line ${lineOf(parent)}), a programme; a programme belongs to a group or to the section, never to another programme`
      );
  }
  return issues;
}

/**
 * Amounts that cannot be right. Beyond Number.MAX_SAFE_INTEGER (in million yen, at the printed decimals) a number
 * no longer holds its digits: always a stop. Beyond SCALE_FACTOR times the section's scale, or CEILING_MILLION_YEN,
 * a stop unless the row is confirmed.
 */
function amountProblems(d: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const section = d.entities.find((e) => e.kind === "section");
  // The two largest totals: a total is weighed against the largest of the others, any other row against the largest.
  const totals = (section ? d.budget.filter((b) => b.entity === section.id) : []).filter((b) => millionYen(b) <= Number.MAX_SAFE_INTEGER);
  const ranked = totals.sort((a, c) => millionYen(c) - millionYen(a)).slice(0, 2);
  const at = (b: BudgetLine, message: string) => issues.push({file: "budget.csv", line: b.line, column: "amount", message});
  const what = (b: BudgetLine) => `${b.entity} FY${b.fiscalYear} ${b.stage} is ${grouped(b.amount)}${b.unit}`;
  const confirm = 'If the document really prints it, add "confirmed" to this row\'s flags.';
  for (const b of d.budget) {
    const exact = millionYen(b) * 10 ** decimals(b.amount);
    if (!(exact <= Number.MAX_SAFE_INTEGER)) {
      at(
        b,
        `${what(b)}: too many digits to be held exactly (a computer number keeps about 15 to 16 significant digits), so it would be published with other digits; check the cell (a pasted or repeated number?)`
      );
      continue;
    }
    if (b.flags.includes("confirmed")) continue;
    // The section's scale: its other editions for a section total, every edition's total for any other row.
    const largest = ranked.find((t) => t !== b);
    const scale = largest ? millionYen(largest) : 0;
    if (scale > 0 && millionYen(b) > scale * SCALE_FACTOR)
      at(
        b,
        `${what(b)}, over ${grouped(SCALE_FACTOR)}× the largest section total of the other rows (${grouped(scale)}百万円); an extra run of digits? ${confirm}`
      );
    else if (millionYen(b) > CEILING_MILLION_YEN)
      at(
        b,
        `${what(b)}, over ${grouped(CEILING_MILLION_YEN)}百万円 (1,000兆円), more than any section of a budget holds; an extra run of digits? ${confirm}`
      );
  }
  return issues;
}
