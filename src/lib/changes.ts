import {changeWords} from "../locale/changes.js";
import {quantity, type Unit} from "./amount.js";
import type {Briefing} from "./briefing.js";
import type {StageRef} from "./derive.js";
import {formatChange, formatCount, formatPct, roundTo, type Lang} from "./format.js";
import {LARGE_CHANGE_FACTOR} from "./plausibility.js";
import {stageShort} from "./text.js";

/** The figures of one build, kept beside it so the next build can say what changed. */
export interface Snapshot {
  current: StageRef;
  comparison: StageRef | null;
  stages: Record<string, {labelJa: string; labelEn: string; kind: string; order: number}>;
  entities: Record<
    string,
    {
      shortJa: string;
      shortEn: string;
      amounts: Record<string, {amount: number; unit: Unit}>;
      change: number | null;
      pctChange: number | null;
      /**
       * The change and its percentage as the pages show them, with the printed precision (a change of 億円 figures
       * is 2億円 and 約+2%, not 200百万円 and +4.0%); absent in snapshots of older builds.
       */
      shown?: Shown;
      /** Flags per printed amount ("new;restated"); absent in snapshots of older builds. */
      flags?: Record<string, string>;
    }
  >;
  /** The itemised total (million yen) per stage on show: moves when a flag or the structure changes. */
  itemised?: Record<string, number>;
}

const refKey = (r: StageRef) => `${r.fiscalYear} ${r.stage}`;

type Shown = Record<Lang, {change: string; pct: string}>;

const shownOf = (e: Briefing["figures"]["entities"][number]): Shown =>
  Object.fromEntries(
    (["ja", "en"] as const).map((lang) => [
      lang,
      {change: e.change ? formatChange(e.change, {lang, unit: "printed"}) : "—", pct: formatPct(e, lang)}
    ])
  ) as Shown;

export function snapshot(b: Briefing): Snapshot {
  return {
    current: b.figures.current,
    comparison: b.figures.comparison,
    stages: Object.fromEntries(b.stages.map((s) => [s.id, {labelJa: s.labelJa, labelEn: s.labelEn, kind: s.kind, order: s.order}])),
    entities: Object.fromEntries(
      b.figures.entities.map((e) => [
        e.id,
        {
          shortJa: e.shortJa,
          shortEn: e.shortEn,
          amounts: Object.fromEntries(e.amounts.map((a) => [refKey(a), {amount: a.amount, unit: a.unit}])),
          change: e.change?.millionYen ?? null,
          // Rounded as formatPct rounds (halves away from zero), so the summary shows the figure the pages show:
          // Math.round made −6.25 into −6.2 where every sentence says ▲6.3%.
          pctChange: e.pctChange === null ? null : roundTo(e.pctChange, 0.1),
          shown: shownOf(e),
          flags: Object.fromEntries(e.amounts.map((a) => [refKey(a), [...a.flags].sort().join(";")]))
        }
      ])
    ),
    itemised: Object.fromEntries(b.figures.itemisation.map((i) => [refKey(i.ref), i.itemised.millionYen]))
  };
}

export type Change =
  | {kind: "amount"; entity: string; ref: string; before: {amount: number; unit: Unit}; after: {amount: number; unit: Unit}}
  | {kind: "amount-added" | "amount-removed"; entity: string; ref: string; value: {amount: number; unit: Unit}}
  | {
      kind: "derived";
      entity: string;
      before: {change: number | null; pct: number | null; shown?: Shown};
      after: {change: number | null; pct: number | null; shown?: Shown};
    }
  | {kind: "programme-added" | "programme-removed"; entity: string}
  | {kind: "renamed"; entity: string; before: {shortJa: string; shortEn: string}}
  | {kind: "flags"; entity: string; ref: string; before: string; after: string}
  | {kind: "itemised"; ref: string; before: number; after: number}
  /** The new current stage against the stage it replaces (enacted vs draft), one per entity printed in either. */
  | {
      kind: "replaced";
      entity: string;
      ref: string;
      replaced: string;
      before?: {amount: number; unit: Unit};
      after?: {amount: number; unit: Unit};
    }
  | {kind: "stage-added" | "stage-removed"; ref: string}
  | {kind: "comparison"; what: "current" | "comparison"; before: string | null; after: string | null};

/** What changed between the last good build's figures and this build's: printed amounts first, then derived. */
export function diffSnapshots(before: Snapshot, after: Snapshot): Change[] {
  const changes: Change[] = [];
  const refsOf = (s: Snapshot) => new Set(Object.values(s.entities).flatMap((e) => Object.keys(e.amounts)));
  const refsBefore = refsOf(before),
    refsAfter = refsOf(after);
  // Stages in time order (令和4当初 before 令和5案), whatever order the CSV rows came in.
  const time = (ref: string) => {
    const [year, id] = ref.split(" ");
    const st = after.stages[id] ?? before.stages[id];
    return Number(year) * 1000 + (st?.kind === "supplementary" ? 500 : 0) + (st?.order ?? 0);
  };
  const byTime = (refs: Iterable<string>) => [...refs].sort((x, y) => time(x) - time(y));
  for (const ref of byTime(refsAfter)) if (!refsBefore.has(ref)) changes.push({kind: "stage-added", ref});
  for (const ref of byTime(refsBefore)) if (!refsAfter.has(ref)) changes.push({kind: "stage-removed", ref});
  if (refKey(before.current) !== refKey(after.current))
    changes.push({kind: "comparison", what: "current", before: refKey(before.current), after: refKey(after.current)});
  const cmp = (s: Snapshot) => (s.comparison ? refKey(s.comparison) : null);
  if (cmp(before) !== cmp(after)) changes.push({kind: "comparison", what: "comparison", before: cmp(before), after: cmp(after)});
  // A new current stage: each amount against the one of the stage it replaces, also where none changed since the
  // last build (an enacted budget added beside the draft is new data, not an edit).
  const curBefore = refKey(before.current),
    curAfter = refKey(after.current);
  if (curBefore !== curAfter)
    for (const [id, e] of Object.entries(after.entities)) {
      const was = e.amounts[curBefore] ?? before.entities[id]?.amounts[curBefore];
      const now = e.amounts[curAfter];
      if (was || now) changes.push({kind: "replaced", entity: id, ref: curAfter, replaced: curBefore, before: was, after: now});
    }
  for (const id of Object.keys(after.entities)) {
    const b = before.entities[id];
    if (b && (b.shortJa !== after.entities[id].shortJa || b.shortEn !== after.entities[id].shortEn))
      changes.push({kind: "renamed", entity: id, before: {shortJa: b.shortJa, shortEn: b.shortEn}});
  }
  for (const id of Object.keys(after.entities)) if (!before.entities[id]) changes.push({kind: "programme-added", entity: id});
  for (const id of Object.keys(before.entities)) if (!after.entities[id]) changes.push({kind: "programme-removed", entity: id});
  for (const [id, a] of Object.entries(after.entities)) {
    const b = before.entities[id];
    if (!b) continue;
    for (const [ref, value] of Object.entries(a.amounts)) {
      const old = b.amounts[ref];
      if (!old) {
        if (refsBefore.has(ref)) changes.push({kind: "amount-added", entity: id, ref, value});
      } else if (old.amount !== value.amount || old.unit !== value.unit)
        changes.push({kind: "amount", entity: id, ref, before: old, after: value});
    }
    for (const [ref, value] of Object.entries(b.amounts))
      if (!a.amounts[ref] && refsAfter.has(ref)) changes.push({kind: "amount-removed", entity: id, ref, value});
    for (const [ref, flags] of Object.entries(a.flags ?? {})) {
      const was = b.flags?.[ref];
      if (was !== undefined && b.amounts[ref] && was !== flags) changes.push({kind: "flags", entity: id, ref, before: was, after: flags});
    }
    // The percentage as shown when both builds recorded it: 約+2% staying 約+2% is no change to report.
    const pctMoved = a.shown && b.shown ? a.shown.en.pct !== b.shown.en.pct : a.pctChange !== b.pctChange;
    if (a.change !== b.change || pctMoved)
      changes.push({
        kind: "derived",
        entity: id,
        before: {change: b.change, pct: b.pctChange, ...(b.shown ? {shown: b.shown} : {})},
        after: {change: a.change, pct: a.pctChange, ...(a.shown ? {shown: a.shown} : {})}
      });
  }
  // Totals that moved without a printed amount changing (a flag, a programme moved in or out of the section).
  for (const [ref, total] of Object.entries(after.itemised ?? {})) {
    const was = before.itemised?.[ref];
    const edited = changes.some((c) => (c.kind === "amount" || c.kind === "amount-added" || c.kind === "amount-removed") && c.ref === ref);
    if (was !== undefined && was !== total && !edited) changes.push({kind: "itemised", ref, before: was, after: total});
  }
  return changes;
}

/** One line per change, e.g. `Alpha FY20XX draft: 1,073 → 1,234 百万円 (change vs FY20XX enacted now +74, +6.4%)`. */
export function changeLines(changes: Change[], after: Snapshot, before: Snapshot, lang: Lang): string[] {
  const words = changeWords(lang);
  const name = (id: string) => {
    const e = after.entities[id] ?? before.entities[id];
    return e ? words.pick(e.shortJa, e.shortEn) : id;
  };
  const stage = (ref: string | null) => {
    if (!ref) return words.nothing;
    const [year, id] = ref.split(" ");
    const s = after.stages[id] ?? before.stages[id];
    const fake = {
      stages: s ? [{id, kind: s.kind, order: s.order, labelJa: s.labelJa, labelEn: s.labelEn, source: ""}] : []
    } as unknown as Briefing;
    return stageShort(fake, {fiscalYear: Number(year), stage: id}, lang);
  };
  const amount = (v: {amount: number; unit: Unit}) => words.amount(formatCount(v.amount, lang), v.unit);
  const signed = (n: number | null) => (n === null ? "—" : `${n > 0 ? "+" : n < 0 ? words.minus : "±"}${formatCount(Math.abs(n), lang)}`);
  // A derived change as the pages showed it; from an older snapshot, the million-yen count.
  const changeText = (side: {change: number | null; shown?: Shown}) =>
    side.shown?.[lang].change ?? (side.change === null ? "—" : words.amount(signed(side.change), "百万円"));
  const pctText = (side: {pct: number | null; shown?: Shown}) => side.shown?.[lang].pct ?? formatPct(side.pct, lang);
  const derivedOf = (id: string) => changes.find((c): c is Extract<Change, {kind: "derived"}> => c.kind === "derived" && c.entity === id);
  const cmpLabel = stage(after.comparison ? refKey(after.comparison) : null);
  const lines: string[] = [];
  const alerts: string[] = []; // figures that moved by more than LARGE_CHANGE_FACTOR: listed first, marked
  for (const c of changes) {
    switch (c.kind) {
      case "amount": {
        const d = derivedOf(c.entity);
        const unitNote = c.before.unit !== c.after.unit ? words.unitChanged(c.before.unit, c.after.unit) : "";
        const values =
          c.before.unit === c.after.unit
            ? `${formatCount(c.before.amount, lang)} → ${amount(c.after)}`
            : `${amount(c.before)} → ${amount(c.after)}`;
        const tail = d ? words.derivedTail(cmpLabel, changeText(d.after), pctText(d.after)) : "";
        const factor = changeFactor(c.before, c.after);
        if (factor >= LARGE_CHANGE_FACTOR) {
          const up = quantity(c.after.amount, c.after.unit).millionYen > quantity(c.before.amount, c.before.unit).millionYen;
          const n = factor === Infinity ? "∞" : formatCount(factor >= 10 ? Math.round(factor) : Math.round(factor * 10) / 10, lang);
          alerts.push(
            `${ALERT}${words.figureLine(name(c.entity), stage(c.ref), `${values}${unitNote}${words.largeWarning(n, up)}${tail}`)}`
          );
        } else lines.push(words.figureLine(name(c.entity), stage(c.ref), `${values}${unitNote}${tail}`));
        break;
      }
      case "amount-added":
        lines.push(words.figureLine(name(c.entity), stage(c.ref), words.amountAdded(amount(c.value))));
        break;
      case "amount-removed":
        lines.push(words.figureLine(name(c.entity), stage(c.ref), words.amountRemoved(amount(c.value))));
        break;
      case "derived":
        if (changes.some((x) => x.kind === "amount" && x.entity === c.entity)) break; // told with the amount
        lines.push(
          words.derived({
            name: name(c.entity),
            before: changeText(c.before),
            after: changeText(c.after),
            pctBefore: pctText(c.before),
            pctAfter: pctText(c.after)
          })
        );
        break;
      case "replaced": {
        // The replaced stage of the same fiscal year by its stage word alone: "FY2023 enacted … vs draft …".
        const short = (ref: string) => {
          const [year, id] = ref.split(" ");
          const st = after.stages[id] ?? before.stages[id];
          return year !== c.ref.split(" ")[0] ? stage(ref) : words.replacedStage(stage(ref), st?.labelEn.replace(/ budget$/, "") ?? id);
        };
        const what = {name: name(c.entity), stage: stage(c.ref)};
        if (c.before && c.after)
          lines.push(
            words.replacedBoth({
              ...what,
              after: amount(c.after),
              replaced: short(c.replaced),
              before: amount(c.before),
              same: c.before.amount === c.after.amount && c.before.unit === c.after.unit
            })
          );
        else if (c.before) lines.push(words.replacedDropped({...what, replaced: stage(c.replaced), before: amount(c.before)}));
        else if (c.after) lines.push(words.replacedAdded({...what, replaced: stage(c.replaced), after: amount(c.after)}));
        break;
      }
      case "renamed":
        lines.push(words.renamed(words.pick(c.before.shortJa, c.before.shortEn), name(c.entity)));
        break;
      case "flags": {
        const f = (x: string) => x || words.nothing;
        lines.push(words.flags(name(c.entity), stage(c.ref), f(c.before), f(c.after)));
        break;
      }
      case "itemised":
        lines.push(words.itemised(stage(c.ref), formatCount(c.before, lang), formatCount(c.after, lang)));
        break;
      case "programme-added":
        lines.push(words.programmeAdded(name(c.entity)));
        break;
      case "programme-removed":
        lines.push(words.programmeRemoved(name(c.entity)));
        break;
      case "stage-added":
        lines.push(words.stageAdded(stage(c.ref)));
        break;
      case "stage-removed":
        lines.push(words.stageRemoved(stage(c.ref)));
        break;
      case "comparison":
        lines.push(words.comparison(c.what, stage(c.before), stage(c.after)));
        break;
    }
  }
  return [...alerts, ...lines];
}

/** Marks a change line of a figure that moved by more than LARGE_CHANGE_FACTOR since the last good build. */
export const ALERT = "⚠ ";

/** How many times larger or smaller a figure became (≥ 1; Infinity from or to zero). */
function changeFactor(before: {amount: number; unit: Unit}, after: {amount: number; unit: Unit}): number {
  const b = quantity(before.amount, before.unit).millionYen,
    a = quantity(after.amount, after.unit).millionYen;
  if (a === b) return 1;
  if (a <= 0 || b <= 0) return Infinity;
  return Math.max(a / b, b / a);
}

/** What a build keeps beside its output: its figures and the latest change list, in both languages. */
export interface SnapshotFile {
  snapshot: Snapshot;
  /** True when there was a previous build to compare with. */
  compared: boolean;
  changes: {ja: string[]; en: string[]};
}

/**
 * The snapshot file of this build, given the last good build's. When the figures did not change, the
 * previous change list is carried over, so two builds of the same data write identical files.
 */
export function nextSnapshotFile(previous: SnapshotFile | null, b: Briefing): SnapshotFile & {changedNow: boolean} {
  const after = snapshot(b);
  if (!previous) return {snapshot: after, compared: false, changes: {ja: [], en: []}, changedNow: false};
  const changes = diffSnapshots(previous.snapshot, after);
  if (!changes.length) return {snapshot: after, compared: previous.compared, changes: previous.changes, changedNow: false};
  return {
    snapshot: after,
    compared: true,
    changes: {ja: changeLines(changes, after, previous.snapshot, "ja"), en: changeLines(changes, after, previous.snapshot, "en")},
    changedNow: true
  };
}

/**
 * Reads a snapshot file written by an earlier build. Anything else (truncated, hand-edited, another tool's
 * JSON) gives `{error}`, so the build can set it aside and compare with nothing instead of failing forever.
 */
export function parseSnapshotFile(text: string): SnapshotFile | {error: string} {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {error: `it is not valid JSON (${error instanceof Error ? error.message : error})`};
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  const isRef = (v: unknown) => isObject(v) && typeof v.fiscalYear === "number" && typeof v.stage === "string";
  const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === "string");
  if (!isObject(value) || !isObject(value.snapshot)) return {error: 'it has no "snapshot" object'};
  const s = value.snapshot;
  if (!isRef(s.current) || !(s.comparison === null || isRef(s.comparison))) return {error: "its current or comparison stage is malformed"};
  if (!isObject(s.stages) || !isObject(s.entities)) return {error: 'it has no "stages" or "entities"'};
  for (const [id, e] of Object.entries(s.entities)) {
    if (!isObject(e) || typeof e.shortJa !== "string" || typeof e.shortEn !== "string" || !isObject(e.amounts))
      return {error: `entity "${id}" is malformed`};
    for (const a of Object.values(e.amounts))
      if (!isObject(a) || typeof a.amount !== "number" || typeof a.unit !== "string") return {error: `an amount of "${id}" is malformed`};
  }
  if (typeof value.compared !== "boolean" || !isObject(value.changes) || !strings(value.changes.ja) || !strings(value.changes.en))
    return {error: 'its "compared" or "changes" is malformed'};
  return value as unknown as SnapshotFile;
}

/** The briefing as the pages read it: the figures plus what changed since the last good build. */
export function briefingWithChanges(b: Briefing, file: SnapshotFile): Briefing {
  return {...b, changes: {compared: file.compared, ja: file.changes.ja, en: file.changes.en}};
}
