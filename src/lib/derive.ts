import {add, quantity, roundingTolerance, sum, type Quantity, type Unit} from "./amount.js";
import type {BudgetLine, Dataset, Edition, Entity, Flag, Stage} from "./dataset.js";
import {DataError, type DataIssue} from "./errors.js";

/** A fiscal year and budget stage, e.g. FY2023 draft. */
export interface StageRef {
  fiscalYear: number;
  stage: string;
}

/** One printed amount with its value in million yen and its precision. */
export interface Figure extends StageRef {
  amount: number;
  unit: Unit;
  value: Quantity;
  flags: Flag[];
  notes: string[];
  source: string;
  /** The line of budget.csv the amount is read from (1 = the header), so a figure traces to its row. */
  line: number;
}

export type ChangeStatus = "up" | "down" | "flat" | "new" | "restated" | "none";

/** An entity (section, group or programme) with its figures and everything derived from them. */
export interface EntityFigures extends Entity {
  /** Every printed amount of the entity, oldest first. */
  amounts: Figure[];
  current?: Figure;
  comparison?: Figure;
  supplementary?: Figure;
  /** current − comparison; absent when either is missing. */
  change?: Quantity;
  /** Percentage change; null when there is no base to divide by (new programme, zero base). */
  pctChange: number | null;
  status: ChangeStatus;
  /** Share of the section's current total (0–1), for programmes counted in the section. */
  share: number | null;
  /** True when the amount is counted in another section (再掲) and must not be added here. */
  restated: boolean;
  /**
   * Note ids shown beside this entity's figures: the notes printed with the amounts on show (current,
   * comparison, supplementary) and notes of scope "entity" (every edition). Never a note of another edition's amount.
   */
  notes: string[];
  /** Notes about the programme's scheme or results (scope "description"), never shown beside an amount. */
  descriptionNotes: string[];
  /**
   * When the current edition prints no amount for this entity (a partial edition): its latest amount from an
   * earlier stage, to show as "not in this document; last …". Absent when the current edition has a figure.
   */
  lastPrinted?: Figure;
  /** 内数 items (kind `included`) printed inside this line's amount: shown as 「うち○○（内数）」, never added. */
  included: string[];
}

/** A printed group total checked against the sum of its members. */
export interface GroupCheck {
  group: string;
  ref: StageRef;
  printed: Quantity;
  membersSum: Quantity;
  members: string[];
  /** printed − sum, in million yen. */
  difference: number;
  /** The most that rounding of the printed figures can explain, in million yen. */
  tolerance: number;
}

/** The part of the section total that the document itemises, for one stage. */
export interface Itemisation {
  ref: StageRef;
  total: Quantity;
  itemised: Quantity;
  unitemised: Quantity;
  /** itemised / total. */
  share: number;
  /** Programmes added up, restated ones excluded. */
  programmes: string[];
  tolerance: number;
}

export type KeyMessage =
  | {kind: "total"; current: Figure; comparison?: Figure; change?: Quantity; pctChange: number | null}
  | {kind: "supplementary"; supplementary: Figure; largest?: {entity: string; figure: Figure; share: number}}
  | {kind: "movers"; up?: string; down?: string; newProgrammes: string[]};

export interface Figures {
  current: StageRef;
  /** The document of the current stage (editions.csv): ministry, section number, as-of date, link. */
  edition: Edition;
  comparison: StageRef | null;
  supplementary: StageRef | null;
  section: string;
  entities: EntityFigures[];
  groupChecks: GroupCheck[];
  itemisation: Itemisation[];
  messages: KeyMessage[];
}

const key = (r: StageRef) => `${r.fiscalYear} ${r.stage}`;

/** Reads a stage setting such as "2023 draft". */
export function parseStageRef(text: string): StageRef | null {
  const m = /^\s*(\d{4})\s+(\S+)\s*$/.exec(text);
  return m ? {fiscalYear: Number(m[1]), stage: m[2]} : null;
}

/**
 * Chooses the stages a briefing compares: the newest annual stage is current; the previous fiscal year's
 * last annual stage is the comparison; the newest supplementary budget of those two years is shown beside.
 * `settings.csv` (keys `current`, `comparison`) overrides the choice.
 */
export function chooseStages(dataset: Dataset): {current: StageRef; comparison: StageRef | null; supplementary: StageRef | null} {
  const stages = new Map(dataset.stages.map((s) => [s.id, s]));
  const order = (r: StageRef) => r.fiscalYear * 100 + (stages.get(r.stage)?.order ?? 0);
  const present = new Map<string, StageRef>();
  const seen = new Set<string>(); // "year stage" only once per distinct pair, not once per row
  let lastYear = NaN,
    lastStage = "";
  for (const b of dataset.budget) {
    if (b.fiscalYear === lastYear && b.stage === lastStage) continue;
    lastYear = b.fiscalYear;
    lastStage = b.stage;
    const k = key(b);
    if (!seen.has(k)) (seen.add(k), present.set(k, {fiscalYear: b.fiscalYear, stage: b.stage}));
  }
  const refs = [...present.values()].sort((a, b) => order(a) - order(b));
  const annual = refs.filter((r) => stages.get(r.stage)?.kind === "annual");
  const setting = (name: string) => dataset.settings.find((s) => s.key === name)?.value?.trim();
  const chosen = (name: string): StageRef | undefined => {
    const value = setting(name);
    if (!value) return undefined;
    const ref = parseStageRef(value);
    if (!ref || !present.has(key(ref)))
      throw new DataError([
        {
          file: "settings.csv",
          line: 0,
          column: "value",
          message: `setting "${name}" is "${value}"; expected a fiscal year and stage present in budget.csv, such as "${annual.length ? key(annual[annual.length - 1]) : "<fiscal year> <stage>"}"`
        }
      ]);
    return ref;
  };
  const current = chosen("current") ?? annual[annual.length - 1];
  if (!current)
    throw new DataError([{file: "budget.csv", line: 0, message: "no amount for an annual stage (draft, enacted …); nothing to brief on"}]);
  const previous = annual.filter((r) => r.fiscalYear === current.fiscalYear - 1);
  const comparison = chosen("comparison") ?? previous[previous.length - 1] ?? null;
  const supplementaries = refs.filter(
    (r) => stages.get(r.stage)?.kind === "supplementary" && r.fiscalYear <= current.fiscalYear && r.fiscalYear >= current.fiscalYear - 1
  );
  return {current, comparison, supplementary: supplementaries[supplementaries.length - 1] ?? null};
}

function figure(line: BudgetLine): Figure {
  const {fiscalYear, stage, amount, unit, flags, notes, source} = line;
  return {fiscalYear, stage, amount, unit, value: quantity(amount, unit), flags, notes, source, line: line.line};
}

/** Percentage change, or null when the base is zero. */
export function pctChange(change: Quantity, base: Quantity): number | null {
  return base.millionYen === 0 ? null : (change.millionYen / base.millionYen) * 100;
}

/**
 * Derives every computed figure of the briefing from the dataset: changes, shares, group checks, the
 * unitemised remainder and the key messages. Pure: the same dataset gives the same figures.
 * Throws DataError when a printed group total differs from its members by more than rounding explains.
 */
export function deriveFigures(dataset: Dataset): Figures {
  const {current, comparison, supplementary} = chooseStages(dataset);
  const edition = dataset.editions.find((e) => e.fiscalYear === current.fiscalYear && e.stage === current.stage);
  if (!edition)
    throw new DataError([
      {
        file: "editions.csv",
        line: 0,
        message: `no row for the current edition (${key(current)}); every document briefed on needs one row: fiscalYear,stage,ministryJa,ministryEn,sectionNumber,asOf,asOfJa,asOfEn,url,pages,source (found: ${dataset.editions.map((e) => key(e)).join(", ") || "none"})`
      }
    ]);
  const stageOrder = new Map(dataset.stages.map((s: Stage) => [s.id, s.order]));
  const byEntity = new Map<string, BudgetLine[]>();
  for (const b of dataset.budget) {
    const lines = byEntity.get(b.entity);
    if (lines) lines.push(b);
    else byEntity.set(b.entity, [b]);
  }
  const section = dataset.entities.find((e) => e.kind === "section")!;
  // Each printed amount by entity and stage, for constant-time look-ups in large files.
  // Keyed by a number (year and stage position), not a string: no 100k strings for big files.
  const stagePos = new Map(dataset.stages.map((s, i) => [s.id, i]));
  const num = (r: StageRef) => r.fiscalYear * 1024 + (stagePos.get(r.stage) ?? 1023);
  const index = new Map<string, Map<number, BudgetLine>>();
  for (const [id, lines] of byEntity) {
    const m = new Map<number, BudgetLine>();
    for (const l of lines) m.set(num(l), l);
    index.set(id, m);
  }
  const at = (id: string, ref: StageRef | null) => {
    const line = ref && index.get(id)?.get(num(ref));
    return line ? figure(line) : undefined;
  };
  const sectionCurrent = at(section.id, current);
  const order = (r: StageRef) => r.fiscalYear * 100 + (stageOrder.get(r.stage) ?? 0);
  const entities: EntityFigures[] = dataset.entities.map((entity) => {
    const lines = (byEntity.get(entity.id) ?? []).slice();
    lines.sort((a, b) => a.fiscalYear - b.fiscalYear || (stageOrder.get(a.stage) ?? 0) - (stageOrder.get(b.stage) ?? 0));
    const amounts = lines.map(figure);
    const cur = at(entity.id, current);
    const cmp = at(entity.id, comparison);
    const supp = at(entity.id, supplementary);
    const restated = amounts.some((a) => a.flags.includes("restated"));
    const change = cur && cmp ? add(cur.value, cmp.value, -1) : undefined;
    const status: ChangeStatus = restated
      ? "restated"
      : cur && !cmp
        ? "new"
        : change
          ? change.millionYen > 0
            ? "up"
            : change.millionYen < 0
              ? "down"
              : "flat"
          : "none";
    const notes = new Set<string>();
    for (const f of [cur, cmp, supp]) for (const n of f?.notes ?? []) notes.add(n);
    // Notes about the programme itself are facts of the editions that print them (an amount's note follows the amount).
    const printedNow = (n: {editions?: string[]}) => !n.editions || n.editions.includes(key(current));
    for (const n of dataset.notes) if (n.scope === "entity" && n.appliesTo.includes(entity.id) && printedNow(n)) notes.add(n.id);
    const descriptionNotes = dataset.notes
      .filter((n) => n.scope === "description" && n.appliesTo.includes(entity.id) && printedNow(n))
      .map((n) => n.id);
    const currentOrder = order(current);
    const earlier = cur ? undefined : amounts.filter((a) => order(a) < currentOrder);
    return {
      ...entity,
      amounts,
      current: cur,
      comparison: cmp,
      supplementary: supp,
      change,
      pctChange: change && cmp ? pctChange(change, cmp.value) : null,
      status,
      share: null,
      restated,
      notes: [...notes],
      descriptionNotes,
      lastPrinted: earlier?.[earlier.length - 1],
      included: dataset.entities.filter((x) => x.kind === "included" && x.parent === entity.id).map((x) => x.id)
    };
  });
  const byId = new Map(entities.map((e) => [e.id, e]));
  // Programmes counted in the section: every programme under it, except those restated from elsewhere.
  const counted = entities.filter((e) => e.kind === "programme" && !e.restated && inSection(e, byId, section.id));
  if (sectionCurrent) for (const e of counted) if (e.current) e.share = e.current.value.millionYen / sectionCurrent.value.millionYen;

  const issues: DataIssue[] = [];
  const groupChecks: GroupCheck[] = [];
  for (const group of entities.filter((e) => e.kind === "group")) {
    // A 内数 item is part of another member's amount: adding it would count it twice.
    const members = entities.filter((e) => e.parent === group.id && e.kind !== "included");
    for (const printed of group.amounts) {
      const parts = members.map((m) => at(m.id, printed)).filter((f): f is Figure => f !== undefined);
      if (!parts.length) continue;
      const membersSum = sum(parts.map((p) => p.value));
      const tolerance = roundingTolerance([printed.value, ...parts.map((p) => p.value)]);
      const difference = printed.value.millionYen - membersSum.millionYen;
      const check = {
        group: group.id,
        ref: {fiscalYear: printed.fiscalYear, stage: printed.stage},
        printed: printed.value,
        membersSum,
        members: members.filter((m) => at(m.id, printed)).map((m) => m.id),
        difference,
        tolerance
      };
      groupChecks.push(check);
      if (Math.abs(difference) > tolerance) {
        const line = byEntity.get(group.id)!.find((b) => b.fiscalYear === printed.fiscalYear && b.stage === printed.stage)!.line;
        issues.push({
          file: "budget.csv",
          line,
          column: "amount",
          message: `group "${group.id}" ${key(printed)} is printed as ${printed.amount}${printed.unit} but its members (${check.members.join(", ")}) add up to ${membersSum.millionYen}百万円; the difference ${difference} is more than rounding explains (±${tolerance})`
        });
      }
    }
  }
  if (issues.length) throw new DataError(issues);

  const itemisation: Itemisation[] = [];
  for (const ref of [current, comparison, supplementary]) {
    const total = ref && at(section.id, ref);
    if (!ref || !total) continue;
    const parts = counted.map((e) => ({id: e.id, f: at(e.id, ref)})).filter((p) => p.f);
    const itemised = sum(parts.map((p) => p.f!.value));
    const unitemised = add(total.value, itemised, -1);
    itemisation.push({
      ref,
      total: total.value,
      itemised,
      unitemised,
      share: itemised.millionYen / total.value.millionYen,
      programmes: parts.map((p) => p.id),
      tolerance: roundingTolerance([total.value, ...parts.map((p) => p.f!.value)])
    });
  }

  const messages: KeyMessage[] = [];
  const sec = byId.get(section.id)!;
  if (sec.current)
    messages.push({kind: "total", current: sec.current, comparison: sec.comparison, change: sec.change, pctChange: sec.pctChange});
  if (sec.supplementary && sec.current) {
    const supps = counted
      .filter((e) => e.supplementary)
      .sort((a, b) => b.supplementary!.value.millionYen - a.supplementary!.value.millionYen);
    const top = supps[0];
    messages.push({
      kind: "supplementary",
      supplementary: sec.supplementary,
      largest: top && {
        entity: top.id,
        figure: top.supplementary!,
        share: top.supplementary!.value.millionYen / sec.supplementary.value.millionYen
      }
    });
  }
  const movers = counted.filter((e) => e.change);
  const up = movers.filter((e) => e.change!.millionYen > 0).sort((a, b) => b.change!.millionYen - a.change!.millionYen)[0];
  const down = movers.filter((e) => e.change!.millionYen < 0).sort((a, b) => a.change!.millionYen - b.change!.millionYen)[0];
  messages.push({kind: "movers", up: up?.id, down: down?.id, newProgrammes: counted.filter((e) => e.status === "new").map((e) => e.id)});

  return {current, edition, comparison, supplementary, section: section.id, entities, groupChecks, itemisation, messages};
}

function inSection(e: Entity, byId: Map<string, Entity>, section: string): boolean {
  for (let p = e.parent, guard = 0; p && guard < 20; p = byId.get(p)?.parent, guard++) if (p === section) return true;
  return false;
}
