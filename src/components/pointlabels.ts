// Labels at points that must not print over each other: each label tries the places it may take, in order of
// preference (its usual place, then stacked further up, then below its point), and takes the first whose measured
// box clears the chart's other words and the labels already placed; a label with no free place is left to the
// chart's table and caption. Pure geometry, no Plot: the chart converts its points to px and draws the result.

/** A box in the chart's px. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const intersects = (a: Box, b: Box, gap = 0): boolean =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > -gap && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > -gap;

const inside = (a: Box, within: Box): boolean =>
  a.left >= within.left && a.right <= within.right && a.top >= within.top && a.bottom <= within.bottom;

export interface Candidate<P> {
  box: Box;
  /** How to draw the label there (the chart's own description: anchor, offsets). */
  at: P;
}

/**
 * For each label (in the order given: the most important first), the first of its candidates inside `within` that
 * intersects none of `taken` (the chart's fixed words and marks) nor a label placed before it, `gap` px apart;
 * undefined when none is free.
 */
export function placeLabels<P>(
  labels: Candidate<P>[][],
  {taken, within, gap = 1}: {taken: Box[]; within: Box; gap?: number}
): (P | undefined)[] {
  const placed: Box[] = [...taken];
  return labels.map((candidates) => {
    const free = candidates.find((c) => inside(c.box, within) && !placed.some((b) => intersects(c.box, b, gap)));
    if (free) placed.push(free.box);
    return free?.at;
  });
}

/**
 * A label's horizontal place: centred on `x`, or moved sideways just enough to lie within [min, max] (a label
 * wider than that range stays centred and is refused by placeLabels).
 */
export function slide(x: number, width: number, min: number, max: number): number[] {
  const centred = x - width / 2;
  const moved = Math.min(Math.max(centred, min), max - width);
  return moved === centred || width > max - min ? [centred] : [centred, moved];
}
