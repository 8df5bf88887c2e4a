// The state a copied link restores: the page's unit, and the sort and filter of one chart's data table, with
// the chart as the URL's fragment (?unit=large&sort=change&order=desc&filter=Alpha#chart-programme-change).
import {UNIT_MODES, type UnitMode} from "../lib/format.js";

export interface TableState {
  sort: string | null;
  ascending: boolean;
  query: string;
}

export interface LinkState {
  unit?: UnitMode;
  /** The chart id the fragment points at (#chart-<id>). */
  chart?: string;
  table: TableState;
}

export const chartAnchor = (id: string) => `chart-${id}`;

/** Reads a link's state from a URL; unknown or malformed values are ignored, never trusted. */
export function readLinkState(href: string): LinkState {
  const url = new URL(href);
  const p = url.searchParams;
  const unit = p.get("unit");
  const hash = decodeURIComponent(url.hash.replace(/^#/, ""));
  return {
    unit: (UNIT_MODES as readonly string[]).includes(unit ?? "") ? (unit as UnitMode) : undefined,
    chart: hash.startsWith("chart-") ? hash.slice("chart-".length) : undefined,
    table: {sort: p.get("sort") || null, ascending: p.get("order") !== "desc", query: p.get("filter") ?? ""}
  };
}

/** The link to a chart on this page with the unit and its table's sort and filter. */
export function linkTo(href: string, {unit, chart, table}: Required<Pick<LinkState, "chart">> & Omit<LinkState, "chart">): string {
  const url = new URL(href);
  url.search = "";
  if (unit && unit !== "printed") url.searchParams.set("unit", unit);
  if (table.sort) {
    url.searchParams.set("sort", table.sort);
    url.searchParams.set("order", table.ascending ? "asc" : "desc");
  }
  if (table.query) url.searchParams.set("filter", table.query);
  url.hash = chartAnchor(chart);
  return url.href;
}

/** The current page's link state (none outside a browser). */
export function pageLinkState(): LinkState | null {
  return typeof location === "undefined" ? null : readLinkState(location.href);
}
