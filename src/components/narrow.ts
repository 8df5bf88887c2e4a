// Charts on a phone: when the row names beside the marks would leave the marks too little room, a chart puts
// each name above its row instead and lets the marks span the width. Wide charts (a screen, the slides) are
// drawn unchanged.
import * as Plot from "@observablehq/plot";
import {tokens} from "../lib/tokens.js";

/** Below this many px between a chart's margins, its row names go above the marks. */
export const NARROW_PLOT = 200;

/** Whether a chart `width` px wide with these margins leaves its marks too little room. */
export function isNarrow(width: number, marginLeft: number, marginRight: number): boolean {
  return width - marginLeft - marginRight < NARROW_PLOT;
}

/**
 * Each row's name on one line at the left edge, its foot `gap` px above the row's centre (`label` is the y value;
 * a name wrapped for the wide layout is joined again, as the whole width is free above the row).
 */
export function rowNames<T extends {label: string}>(rows: T[], {gap}: {gap: number}) {
  return Plot.text(rows, {
    y: "label",
    text: (r: T) => r.label.replace(/\n/g, " "),
    frameAnchor: "left",
    textAnchor: "start",
    lineAnchor: "bottom",
    dy: -gap,
    fill: tokens.color.text
  });
}
