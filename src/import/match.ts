// Which programme, group or section of data/ a printed heading names. Names change a little between documents
// (「科学技術イノベーション」/「科学技術・イノベーション」, a bracketed alias added or dropped), so headings are
// compared in a normal form, then by prefix, then by similarity; anything but an exact match is reported as such
// for review, and two equally good candidates are never resolved by guessing.
import type {Dataset, Entity, Strand} from "../lib/dataset.js";

export type MatchHow = "name" | "short name" | "former name" | "prefix" | "similar";

export interface Match {
  entity: Entity;
  how: MatchHow;
  /** The name of data/ the heading was matched to. */
  matched: string;
}

export type HeadingMatch =
  {kind: "entity"; match: Match} | {kind: "strand"; strand: Strand} | {kind: "ambiguous"; candidates: Entity[]} | {kind: "none"};

/** 「7.」 numbers, 「●」 marks, （再掲）, brackets, middle dots and spaces removed; full-width as ASCII. */
export function nameKey(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/^\s*(?:\d+\s*[.．、]\s*|[●○■◆・]\s*)/, "")
    .replace(/[（(]\s*(?:再掲|新規)\s*[)）]/g, "")
    .replace(/[\s・･\-‐―()（）<>＜＞〈〉【】「」『』\[\]]/g, "");
}

/** 「（再掲）」 in a heading: the amount is restated from another section and not added to this one. */
export const isRestatedHeading = (text: string) => /[（(]\s*再掲\s*[)）]/.test(text.normalize("NFKC"));

const bigrams = (s: string) => {
  const out = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
  return out;
};
/** Sørensen–Dice similarity of two strings' character pairs: 1 for equal strings. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const [k, n] of x) shared += Math.min(n, y.get(k) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/** Below this a heading is not taken for a programme's name, however close the best candidate is. */
export const SIMILAR = 0.8;
/** A prefix shorter than this is too generic to identify a programme (「国際」). */
const PREFIX_MIN = 6;

export function matcher(data: Pick<Dataset, "entities" | "strands" | "names">) {
  const names: {key: string; entity: Entity; how: MatchHow; name: string}[] = [];
  for (const e of data.entities) {
    names.push({key: nameKey(e.nameJa), entity: e, how: "name", name: e.nameJa});
    names.push({key: nameKey(e.shortJa), entity: e, how: "short name", name: e.shortJa});
  }
  for (const f of data.names) {
    const entity = data.entities.find((e) => e.id === f.entity);
    if (entity) names.push({key: nameKey(f.nameJa), entity, how: "former name", name: f.nameJa});
  }
  const strands = data.strands.map((s) => ({key: nameKey(s.nameJa), strand: s}));

  const unique = (list: typeof names) => [...new Map(list.map((n) => [n.entity.id, n])).values()];

  function match(heading: string): HeadingMatch {
    const key = nameKey(heading);
    if (!key) return {kind: "none"};
    const exact = unique(names.filter((n) => n.key === key));
    // An entity and a strand printed under one name (a group heading that is also a strand) is the entity.
    if (exact.length === 1) return {kind: "entity", match: {entity: exact[0].entity, how: exact[0].how, matched: exact[0].name}};
    if (exact.length > 1) return {kind: "ambiguous", candidates: exact.map((n) => n.entity)};
    const strand = strands.find((s) => s.key === key);
    if (strand) return {kind: "strand", strand: strand.strand};
    const prefix = unique(
      // A heading that adds to a full name (「○○事業 <○○>」) or a full name cut short; a short name is too
      // generic a prefix (「海外特別研究員」 starts 「海外特別研究員経験者」, a heading about alumni).
      names.filter(
        (n) => n.how === "name" && Math.min(n.key.length, key.length) >= PREFIX_MIN && (n.key.startsWith(key) || key.startsWith(n.key))
      )
    );
    if (prefix.length === 1) return {kind: "entity", match: {entity: prefix[0].entity, how: "prefix", matched: prefix[0].name}};
    if (prefix.length > 1) return {kind: "ambiguous", candidates: prefix.map((n) => n.entity)};
    const scored = names
      .filter((n) => n.how !== "short name")
      .map((n) => ({n, score: similarity(n.key, key)}))
      .filter((s) => s.score >= SIMILAR);
    if (!scored.length) return {kind: "none"};
    const best = Math.max(...scored.map((s) => s.score));
    const top = unique(scored.filter((s) => s.score === best).map((s) => s.n));
    if (top.length > 1) return {kind: "ambiguous", candidates: top.map((n) => n.entity)};
    return {kind: "entity", match: {entity: top[0].entity, how: "similar", matched: top[0].name}};
  }

  /** For plain-text documents: is this line, on its own, a name data/ knows? */
  const isKnownName = (line: string) => {
    const key = nameKey(line);
    return key.length >= PREFIX_MIN && (names.some((n) => n.key === key) || strands.some((s) => s.key === key));
  };
  return {match, isKnownName};
}
