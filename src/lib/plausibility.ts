// Plausibility checks: well-formed data that is very likely wrong. Parsing catches a bad cell; these catch a
// good-looking cell that would publish a wrong figure (1.073 typed for 1,073, a year typed 2024 for 2022, an
// extra digit). Each check names the row most likely at fault, not only the total it breaks, and says how to
// accept the figure when the document really prints it: the `confirmed` flag on that row.
import {quantity, roundingTolerance, sum, type Quantity} from "./amount.js";
import type {BudgetLine, Dataset, Entity, Stage} from "./dataset.js";
import type {DataIssue} from "./errors.js";

/** A figure that moved by more than this factor since the last good build is flagged in the change summary. */
export const LARGE_CHANGE_FACTOR = 3;

const FILE = "budget.csv";
const CONFIRM = 'If the document prints it so, add "confirmed" to this row\'s flags.';

const refKey = (fiscalYear: number, stage: string) => `${fiscalYear} ${stage}`;
const isConfirmed = (b: BudgetLine) => b.flags.includes("confirmed");
const grouped = (n: number) => n.toLocaleString("en-US", {maximumFractionDigits: 6});
const printed = (b: BudgetLine) => `${grouped(b.amount)}${b.unit}`;
const millionYen = (b: BudgetLine): Quantity => quantity(b.amount, b.unit);

/** `FY2024 enacted`: the stage's id as written in the data, so the message matches what the user typed. */
const refName = (fiscalYear: number, stage: string) => `FY${fiscalYear} ${stage}`;

/**
 * Every plausibility problem of a validated dataset (pure). An empty list means nothing looks wrong, or the
 * maintainer confirmed what does.
 */
export function checkPlausibility(d: Dataset): DataIssue[] {
  const sections = d.entities.filter((e) => e.kind === "section");
  // Without exactly one section the cross-file checks already stop the build; nothing to weigh here.
  const section = sections.length === 1 ? sections[0] : undefined;
  const decimals = decimalAmounts(d);
  if (!section) return decimals;
  const strays = stagesWithoutTotal(d, section);
  const strayEntities = new Set(strays.flatMap((issue) => (issue.entity ? [issue.entity] : [])));
  // A total broken by a row already reported (a decimal typo) follows from that row: one message per mistake.
  const reported = new Set(decimals.map((issue) => issue.line));
  return [...decimals, ...strays.map(({entity: _, ...issue}) => issue), ...totalsExceeded(d, section, strayEntities, reported)];
}

/**
 * An amount with a decimal point in a unit the document prints as whole numbers. Budget documents print
 * 百万円 and 億円 amounts whole, so a decimal is taken for a slip ("1.073" typed for "1,073") however few rows the
 * unit has, unless confirmed. Confirming one such row says that the document prints the unit with decimals: other
 * amounts in that unit with as many decimal places or fewer then pass too (a document printing 億円 to one decimal
 * needs one confirmed row, and 141.234 beside a confirmed 1.5 still stops).
 */
function decimalAmounts(d: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const places = (n: number) => /\.(\d+)$/.exec(String(n))?.[1].length ?? 0;
  const whole = new Map<string, number>();
  const confirmedPlaces = new Map<string, number>();
  for (const b of d.budget) {
    if (Number.isInteger(b.amount)) whole.set(b.unit, (whole.get(b.unit) ?? 0) + 1);
    else if (isConfirmed(b)) confirmedPlaces.set(b.unit, Math.max(confirmedPlaces.get(b.unit) ?? 0, places(b.amount)));
  }
  for (const b of d.budget) {
    const decimals = places(b.amount);
    if (!decimals || isConfirmed(b) || decimals <= (confirmedPlaces.get(b.unit) ?? 0)) continue;
    const wholeCount = whole.get(b.unit) ?? 0;
    const allowed = confirmedPlaces.get(b.unit);
    const evidence = allowed
      ? `amounts in ${b.unit} are confirmed to at most ${allowed} decimal place${allowed === 1 ? "" : "s"}`
      : `${wholeCount ? `every other amount in ${b.unit} (${wholeCount} row${wholeCount === 1 ? "" : "s"}) is a whole number, and ` : ""}budget documents print amounts in ${b.unit} as whole numbers`;
    const guess = decimals <= 3 ? ` Did you mean "${grouped(Math.round(b.amount * 1000))}" (a comma, not a point, between thousands)?` : "";
    issues.push({
      file: FILE,
      line: b.line,
      column: "amount",
      message: `${b.entity} ${refName(b.fiscalYear, b.stage)} is ${printed(b)}, with a decimal point, but ${evidence}.${guess} ${CONFIRM}`
    });
  }
  return issues;
}

/**
 * A fiscal year × stage that has amounts but no section total. Every edition of the document prints its section
 * total (a partial edition that has it is legitimate), so such a stage is almost always a typo in a row's year
 * or stage, and left alone it can become the current stage and retitle the whole briefing.
 */
function stagesWithoutTotal(d: Dataset, section: Entity): (DataIssue & {entity?: string})[] {
  const stages = new Map(d.stages.map((s) => [s.id, s]));
  const byRef = new Map<string, BudgetLine[]>();
  for (const b of d.budget) {
    if (!stages.has(b.stage)) continue; // unknown stage: reported by the cross-file checks
    const k = refKey(b.fiscalYear, b.stage);
    const list = byRef.get(k);
    if (list) list.push(b);
    else byRef.set(k, [b]);
  }
  const withTotal = [...byRef.values()].filter((lines) => lines.some((b) => b.entity === section.id)).map((lines) => lines[0]);
  const order = (b: {fiscalYear: number; stage: string}) => b.fiscalYear * 100 + (stages.get(b.stage)?.order ?? 0);
  const newestWithTotal = Math.max(-Infinity, ...withTotal.filter((b) => stages.get(b.stage)?.kind === "annual").map((b) => order(b)));
  const entityRefs = new Map<string, Set<string>>();
  for (const b of d.budget) {
    const set = entityRefs.get(b.entity) ?? new Set<string>();
    set.add(refKey(b.fiscalYear, b.stage));
    entityRefs.set(b.entity, set);
  }
  const issues: (DataIssue & {entity?: string})[] = [];
  for (const lines of byRef.values()) {
    if (lines.some((b) => b.entity === section.id)) continue;
    const open = lines.filter((b) => !isConfirmed(b));
    if (!open.length) continue;
    const {fiscalYear, stage} = lines[0];
    const name = refName(fiscalYear, stage);
    const wouldBeCurrent = stages.get(stage)?.kind === "annual" && order(lines[0]) > newestWithTotal;
    const effect = wouldBeCurrent ? `; as the newest stage it would become the current one and retitle the briefing` : "";
    // A few rows: each is probably a typo, named at its own row with the stage it was probably meant for.
    // Many rows: a new edition whose section total is missing; named once, at its first row.
    if (open.length <= 3) {
      for (const b of open) {
        const others = lines.length === 1 ? "it is the only row of" : `only ${lines.length} rows have`;
        const guess = likelyRef(b, withTotal, entityRefs.get(b.entity)!, stages);
        const column = guess ? (guess.fiscalYear !== b.fiscalYear ? "fiscalYear" : "stage") : undefined;
        const hint = guess
          ? ` Did you mean ${column === "fiscalYear" ? guess.fiscalYear : `"${guess.stage}"`} (${refName(guess.fiscalYear, guess.stage)}, which has a ${section.id} total and no ${b.entity} amount yet)?`
          : "";
        issues.push({
          entity: b.entity,
          file: FILE,
          line: b.line,
          ...(column ? {column} : {}),
          message: `${b.entity} ${name}: ${others} ${name}, and ${section.id} has no total for it (every edition prints its section total)${effect}.${hint} If the document does print this, add the ${section.id} total for ${name}, or add "confirmed" to this row's flags.`
        });
      }
    } else
      issues.push({
        file: FILE,
        line: open[0].line,
        message: `${name} has ${lines.length} amounts but no ${section.id} total (every edition prints its section total)${effect}. Add the row "${section.id},${fiscalYear},${stage},…" with the total as printed, or add "confirmed" to these rows' flags.`
      });
  }
  return issues;
}

/** The stage a stray row was most likely meant for: one with a section total that the entity has no amount for. */
function likelyRef(
  b: BudgetLine,
  withTotal: BudgetLine[],
  has: Set<string>,
  stages: Map<string, Stage>
): {fiscalYear: number; stage: string} | undefined {
  const digitsApart = (a: number, c: number) => {
    const x = String(a),
      y = String(c);
    let n = Math.abs(x.length - y.length);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) n++;
    return n;
  };
  const candidates = withTotal
    .filter((r) => !has.has(refKey(r.fiscalYear, r.stage)))
    .map((r) => ({
      r,
      // Same stage, year one digit off (2024 for 2022) is the likeliest; then same year, other stage.
      score:
        r.stage === b.stage
          ? digitsApart(r.fiscalYear, b.fiscalYear)
          : r.fiscalYear === b.fiscalYear && stages.get(r.stage)?.kind === stages.get(b.stage)?.kind
            ? 2.5
            : 99
    }))
    .filter((c) => c.score < 99)
    .sort((a, c) => a.score - c.score || c.r.fiscalYear - a.r.fiscalYear);
  return candidates[0] && {fiscalYear: candidates[0].r.fiscalYear, stage: candidates[0].r.stage};
}

/**
 * Totals broken by a figure: programmes itemised beyond the section total, and group totals that differ from
 * their members. The row named is the one furthest from its own other years (an extra digit, a dropped digit);
 * the total itself when it is the odd one out.
 */
function totalsExceeded(d: Dataset, section: Entity, strays: Set<string>, reported: Set<number>): DataIssue[] {
  const issues: DataIssue[] = [];
  const stageKind = new Map(d.stages.map((st) => [st.id, st.kind]));
  const byId = new Map(d.entities.map((e) => [e.id, e]));
  const lines = new Map<string, BudgetLine[]>();
  for (const b of d.budget) lines.set(b.entity, [...(lines.get(b.entity) ?? []), b]);
  const at = (entity: string, fiscalYear: number, stage: string) =>
    lines.get(entity)?.find((b) => b.fiscalYear === fiscalYear && b.stage === stage);
  const restated = (id: string) => (lines.get(id) ?? []).some((b) => b.flags.includes("restated"));
  const under = (e: Entity, ancestor: string) => {
    for (let p = e.parent, guard = 0; p && guard < 20; p = byId.get(p)?.parent, guard++) if (p === ancestor) return true;
    return false;
  };
  /**
   * How far a figure is from the entity's other amounts of the same kind of stage (a supplementary budget is
   * not comparable with an annual one), as a factor ≥ 1; 1 when there is nothing to compare with.
   */
  const oddness = (b: BudgetLine) => {
    const kind = stageKind.get(b.stage);
    const others = (lines.get(b.entity) ?? []).filter((o) => o !== b && stageKind.get(o.stage) === kind && millionYen(o).millionYen > 0);
    const own = millionYen(b).millionYen;
    if (!others.length) return {factor: 1, nearest: undefined as BudgetLine | undefined};
    let best = {factor: Infinity, nearest: others[0]};
    for (const o of others) {
      const ratio = own > 0 ? own / millionYen(o).millionYen : Infinity;
      const factor = Math.max(ratio, 1 / ratio);
      if (factor < best.factor) best = {factor, nearest: o};
    }
    return best;
  };
  // A group total that differs from its members cannot be confirmed away (the figures contradict each other),
  // so only the itemisation check offers the confirmed flag.
  const blame = (total: BudgetLine, parts: BudgetLine[], what: string, confirmable: boolean) => {
    if ([total, ...parts].some((b) => reported.has(b.line))) return;
    const candidates = [total, ...parts].map((b) => ({b, ...oddness(b)}));
    candidates.sort((a, c) => c.factor - a.factor || millionYen(c.b).millionYen - millionYen(a.b).millionYen);
    // The row furthest from its own history is the likely error; when none stands out, the total is named
    // and the message lists the rows it adds up.
    const culprit = candidates[0].factor >= LARGE_CHANGE_FACTOR ? candidates[0] : {b: total, factor: 1, nearest: undefined};
    if (confirmable && isConfirmed(culprit.b)) return;
    const why =
      culprit.nearest && culprit.factor >= LARGE_CHANGE_FACTOR
        ? `; ${culprit.b === total ? "the total" : "this amount"} is the likely error: it is ${culprit.factor >= 1000 ? "over 1,000" : culprit.factor.toFixed(1)}× ${millionYen(culprit.b).millionYen > millionYen(culprit.nearest).millionYen ? "its" : "smaller than its"} ${refName(culprit.nearest.fiscalYear, culprit.nearest.stage)} amount (${printed(culprit.nearest)})`
        : `; no single figure stands out from its other years, so check this total and the rows it adds up (lines ${parts.map((p) => p.line).join(", ")})`;
    issues.push({
      file: FILE,
      line: culprit.b.line,
      column: "amount",
      message: `${culprit.b.entity} ${refName(culprit.b.fiscalYear, culprit.b.stage)} is ${printed(culprit.b)}: ${what}${why}.${confirmable ? ` ${CONFIRM}` : ""}`
    });
  };

  const counted = d.entities.filter((e) => e.kind === "programme" && !restated(e.id) && under(e, section.id));
  for (const total of lines.get(section.id) ?? []) {
    const parts = counted.map((e) => at(e.id, total.fiscalYear, total.stage)).filter((b): b is BudgetLine => !!b);
    if (!parts.length) continue;
    const itemised = sum(parts.map(millionYen));
    const tolerance = roundingTolerance([millionYen(total), ...parts.map(millionYen)]);
    const excess = itemised.millionYen - millionYen(total).millionYen;
    if (excess > tolerance)
      blame(
        total,
        parts,
        `the ${parts.length} programmes itemised for ${refName(total.fiscalYear, total.stage)} add up to ${grouped(itemised.millionYen)}百万円, ${grouped(excess)}百万円 more than the ${section.id} total of ${printed(total)} (line ${total.line})`,
        true
      );
  }
  for (const group of d.entities.filter((e) => e.kind === "group")) {
    const members = d.entities.filter((e) => e.parent === group.id && e.kind !== "included");
    for (const total of lines.get(group.id) ?? []) {
      const parts = members.map((m) => at(m.id, total.fiscalYear, total.stage)).filter((b): b is BudgetLine => !!b);
      if (!parts.length) continue;
      // A member whose row went to a stray stage (a year typo) is reported at that row; the gap follows from it.
      if (members.some((m) => !at(m.id, total.fiscalYear, total.stage) && strays.has(m.id))) continue;
      const membersSum = sum(parts.map(millionYen));
      const tolerance = roundingTolerance([millionYen(total), ...parts.map(millionYen)]);
      const difference = millionYen(total).millionYen - membersSum.millionYen;
      if (Math.abs(difference) > tolerance)
        blame(
          total,
          parts,
          `the members of ${group.id} (${parts.map((p) => p.entity).join(", ")}) add up to ${grouped(membersSum.millionYen)}百万円 but its ${refName(total.fiscalYear, total.stage)} total is printed as ${printed(total)} (line ${total.line}), ${grouped(Math.abs(difference))}百万円 apart, more than rounding explains (±${grouped(tolerance)})`,
          false
        );
    }
  }
  return issues;
}
