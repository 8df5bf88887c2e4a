import {html} from "htl";
import {csvCell} from "../lib/escape.js";
import type {Lang, UnitMode} from "../lib/format.js";
import {chartAnchor, pageLinkState, type TableState} from "./linkstate.js";
import type {ChartTools} from "./specs.js";
import {ChartToolbar} from "./toolbar.js";
import {MarkedText} from "./trace.js";
import {keepFigures, keepHeader} from "./quantity.js";
import {phraseBreaks} from "./cellphrases.js";
import {reportWords} from "../locale/report.js";

/**
 * A labelled radio group choosing how amounts are shown. Works as a Framework `view()`: its `value` is the
 * unit mode and it dispatches `input` when changed. Keyboard: arrow keys move between options.
 */
export function UnitSwitch({lang = "ja" as Lang, value = pageLinkState()?.unit ?? ("printed" as UnitMode)} = {}): HTMLElement & {
  value: UnitMode;
} {
  // The default comes from the page's link (?unit=large), so a copied link restores the unit.
  const name = `unit-${Math.random().toString(36).slice(2, 8)}`;
  const form = html`<fieldset class="kit-switch">
    <legend>${reportWords(lang).unitLegend}</legend>
    ${(Object.keys(reportWords(lang).unitLabels) as UnitMode[]).map(
      (mode) =>
        html`<label
          ><input type="radio" name=${name} value=${mode} checked=${mode === value} /> ${reportWords(lang).unitLabels[mode]}</label
        >`
    )}
  </fieldset>` as HTMLElement & {value: UnitMode};
  form.value = value;
  form.addEventListener("change", (event) => {
    event.stopPropagation();
    form.value = (event.target as HTMLInputElement).value as UnitMode;
    form.dispatchEvent(new Event("input", {bubbles: true}));
  });
  return form;
}

export interface TableColumn<T> {
  key: string;
  label: string;
  /** Text shown in the cell; the raw value is used for sorting. */
  format?: (row: T) => string;
  value?: (row: T) => string | number | null | undefined;
  numeric?: boolean;
  /** The cell's content when it is more than text (e.g. a traceable amount); `format` stays its text. */
  cell?: (row: T) => Node | string;
  /** For a numeric column: the CSV holds `value` as a number and the header names this unit. */
  unit?: string;
}

/** A DataTable element, whose sort and filter a copied link can save and restore. */
export type DataTableElement = HTMLElement & {tableState: () => TableState; setTableState: (state: TableState) => void};

/**
 * An accessible table: a caption, column headers that sort on click or Enter (with aria-sort), a labelled
 * filter box, and a CSV download of exactly the rows shown.
 */
export function DataTable<T>(
  rows: T[],
  columns: TableColumn<T>[],
  {lang = "ja" as Lang, caption = "", filename = "table.csv", filter = true} = {}
): DataTableElement {
  const w = reportWords(lang);
  let sortKey: string | null = null;
  let ascending = true;
  let query = "";
  const value = (row: T, c: TableColumn<T>) =>
    (c.value ? c.value(row) : (row as Record<string, unknown>)[c.key]) as string | number | null | undefined;
  const text = (row: T, c: TableColumn<T>) => (c.format ? c.format(row) : String(value(row, c) ?? ""));
  const tbody = html`<tbody></tbody>` as HTMLTableSectionElement;
  const headers = columns.map((c) => {
    const button = html`<button type="button">${keepHeader(c.label)}</button>` as HTMLButtonElement;
    const th = phraseBreaks(html`<th scope="col" class=${c.numeric ? "num" : ""} aria-sort="none">${button}</th>` as HTMLTableCellElement);
    button.onclick = () => {
      ascending = sortKey === c.key ? !ascending : true;
      sortKey = c.key;
      render();
    };
    return th;
  });
  const shown = () => {
    let out = rows.filter((row) => !query || columns.some((c) => text(row, c).toLowerCase().includes(query.toLowerCase())));
    if (sortKey) {
      const c = columns.find((x) => x.key === sortKey)!;
      out = out.slice().sort((a, b) => {
        const x = value(a, c),
          y = value(b, c);
        const order =
          x == null
            ? 1
            : y == null
              ? -1
              : typeof x === "number" && typeof y === "number"
                ? x - y
                : String(x).localeCompare(String(y), lang);
        return ascending ? order : -order;
      });
    }
    return out;
  };
  const count = html`<span class="kit-count" aria-live="polite"></span>` as HTMLElement;
  function render() {
    headers.forEach((h, i) => h.setAttribute("aria-sort", columns[i].key === sortKey ? (ascending ? "ascending" : "descending") : "none"));
    const out = shown();
    tbody.replaceChildren(
      ...out.map((row) =>
        phraseBreaks(
          html`<tr>
            ${columns.map((c) => html`<td class=${c.numeric ? "num" : ""}>${c.cell ? c.cell(row) : keepFigures(text(row, c))}</td>`)}
          </tr>` as Node
        )
      )
    );
    count.textContent = w.rowCount(out.length);
    // Tell a ChartFigure, which keeps the state across redraws (a unit change redraws the whole cell).
    element?.dispatchEvent(new Event("kit-table-state"));
  }
  const id = `filter-${Math.random().toString(36).slice(2, 8)}`;
  const search = html`<input type="search" id=${id} />` as HTMLInputElement;
  search.oninput = () => {
    query = search.value;
    render();
  };
  const download = html`<button type="button" class="kit-download">${w.downloadCsv}</button>` as HTMLButtonElement;
  download.onclick = () => {
    // Numbers stay numbers (the unit goes into the header), so a spreadsheet can chart them.
    const numeric = (c: TableColumn<T>) => c.numeric && c.unit !== undefined;
    const cell = (row: T, c: TableColumn<T>) => {
      if (!numeric(c)) return csvCell(text(row, c));
      const v = value(row, c);
      return typeof v === "number" ? String(Math.round(v * 1e6) / 1e6) : "";
    };
    const header = columns.map((c) => csvCell(numeric(c) && c.unit ? `${c.label} (${c.unit})` : c.label)).join(",");
    const csv = [header, ...shown().map((row) => columns.map((c) => cell(row, c)).join(","))].join("\r\n") + "\r\n";
    const url = URL.createObjectURL(new Blob(["\uFEFF", csv], {type: "text/csv;charset=utf-8"}));
    const a = Object.assign(document.createElement("a"), {href: url, download: filename});
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  let element: DataTableElement | undefined;
  render();
  element = html`<div class="kit-table">
    <div class="kit-table-tools">${filter ? html`<label for=${id}>${w.filter}</label> ${search}` : ""} ${count} ${download}</div>
    <div class="kit-table-scroll">
      <table>
        ${
          caption
            ? html`<caption>
                ${caption}
              </caption>`
            : ""
        }
        <thead>
          <tr>
            ${headers}
          </tr>
        </thead>
        ${tbody}
      </table>
    </div>
  </div>` as DataTableElement;
  element.tableState = () => ({sort: sortKey, ascending, query});
  element.setTableState = (state) => {
    sortKey = state.sort && columns.some((c) => c.key === state.sort) ? state.sort : null;
    ascending = state.ascending;
    query = search.value = state.query;
    render();
  };
  return element;
}

/** On a phone-width screen a chart is squeezed, so its data table starts open beneath it. */
const narrowScreen = () => typeof matchMedia === "function" && matchMedia("(max-width: 640px)").matches;

/** Links restore and scroll once per page load, not again each time a cell redraws its chart. */
let linkRestored = false;
/** The sort, filter and open state of each chart's table, kept while the page lives: a unit change redraws it. */
const kept = new Map<string, {table: TableState; open: boolean}>();

/**
 * A chart with its text summary, a toolbar (pictures, CSV, link; see components/specs.ts chartFigure) and,
 * one click away, the same data as a table.
 */
export function ChartFigure(
  chart: Element,
  {
    summary,
    caption,
    table,
    lang = "ja" as Lang,
    tools
  }: {summary: string; caption?: {marked: string; lines: string[][]}; table?: Element; lang?: Lang; tools?: ChartTools}
): HTMLElement {
  // The chart is an image to assistive technology, described by the summary printed below it. The role sits
  // on a wrapper because resize() draws the <svg> later, once the width is known; the drawing itself is
  // aria-hidden, so Plot's labelled <g> groups are not read as (or checked as) separate objects.
  const image = html`<div role="img" aria-label=${summary}><div class="kit-chart" aria-hidden="true">${chart}</div></div>` as HTMLElement;
  const dataTable = table && "tableState" in table ? (table as DataTableElement) : undefined;
  const toolbar = tools ? ChartToolbar(image, tools, {lang, tableState: dataTable?.tableState}) : "";
  const figure = html`<figure class="kit-figure" id=${tools ? chartAnchor(tools.id) : null}>
    ${image}
    <figcaption>${caption ? MarkedText(caption.marked, caption.lines, lang) : keepFigures(summary)}</figcaption>
    ${toolbar}
    ${
      table
        ? html`<details open=${narrowScreen()}>
            <summary>${reportWords(lang).showDataTable}</summary>
            ${table}
          </details>`
        : ""
    }
  </figure>` as HTMLElement;
  const details = figure.querySelector("details");
  if (tools && dataTable && details) {
    const state = kept.get(tools.id);
    if (state) {
      dataTable.setTableState(state.table);
      details.open = state.open;
    }
    const keep = () => kept.set(tools.id, {table: dataTable.tableState(), open: details.open});
    dataTable.addEventListener("kit-table-state", keep);
    details.addEventListener("toggle", keep);
  }
  const link = pageLinkState();
  if (tools && link?.chart === tools.id && !linkRestored) {
    linkRestored = true;
    if (dataTable && (link.table.sort || link.table.query)) {
      dataTable.setTableState(link.table);
      figure.querySelector("details")?.setAttribute("open", "");
    }
    // The figure is drawn after the page loaded, so the browser's own jump to the fragment found nothing.
    requestAnimationFrame(() => setTimeout(() => figure.scrollIntoView({block: "start"}), 50));
  }
  return figure;
}
