// Issues and risks a reader of the briefing should weigh, computed from the figures alone: the largest cut,
// the new programmes, the share of the total the document does not itemise, restated items outside the total,
// and the ※ notes that qualify the current figures. Data only: the deck (slides/kinds/risks.ts) words them.
import type {Quantity} from "./amount.js";
import type {Briefing} from "./briefing.js";
import type {EntityFigures, Itemisation} from "./derive.js";

export type Risk =
  /** The counted programme with the largest fall on the comparison. */
  | {kind: "cut"; entity: string; change: Quantity}
  /** Counted programmes new in the current edition: no track record to compare with. */
  | {kind: "new"; entities: string[]}
  /** The part of the current total the document does not give by programme. */
  | {kind: "unitemised"; itemisation: Itemisation}
  /** Programmes printed again (restated) with an amount, which the total does not count. */
  | {kind: "restated"; entities: string[]}
  /** ※ notes printed with the current amounts, each with the entities whose amount carries it. */
  | {kind: "notes"; notes: {note: string; entities: string[]}[]};

const sameRef = (a: {fiscalYear: number; stage: string}, b: {fiscalYear: number; stage: string}) =>
  a.fiscalYear === b.fiscalYear && a.stage === b.stage;

/** The risks of the current edition, in the order a briefing raises them; a kind with nothing to say is left out. */
export function risks(b: Briefing): Risk[] {
  const byId = new Map(b.figures.entities.map((e) => [e.id, e]));
  const it = b.figures.itemisation.find((i) => sameRef(i.ref, b.figures.current));
  const counted = [...new Set(b.figures.itemisation.flatMap((i) => i.programmes))]
    .map((id) => byId.get(id))
    .filter((e): e is EntityFigures => !!e)
    .sort((x, y) => x.order - y.order);
  const out: Risk[] = [];

  const cut = counted
    .filter((e) => e.status === "down" && e.change && e.change.millionYen < 0)
    .sort((x, y) => x.change!.millionYen - y.change!.millionYen)[0];
  if (cut) out.push({kind: "cut", entity: cut.id, change: cut.change!});

  const added = counted.filter((e) => e.status === "new" && e.current).map((e) => e.id);
  if (added.length) out.push({kind: "new", entities: added});

  if (it && it.unitemised.millionYen > 0) out.push({kind: "unitemised", itemisation: it});

  const restated = b.figures.entities.filter((e) => e.kind === "programme" && e.restated && e.amounts.length).map((e) => e.id);
  if (restated.length) out.push({kind: "restated", entities: restated});

  const notes = new Map<string, string[]>();
  for (const e of b.figures.entities) for (const n of e.current?.notes ?? []) notes.set(n, [...(notes.get(n) ?? []), e.id]);
  if (notes.size) out.push({kind: "notes", notes: [...notes].map(([note, entities]) => ({note, entities}))});
  return out;
}
