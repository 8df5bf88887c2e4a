// The toolbar under every chart: save as SVG or PNG (title, unit, source and as-of drawn in), the chart's data
// as CSV, and a link that restores the unit, the table's sort and filter and scrolls to the chart. Browser only.
import {html} from "htl";
import type {Lang} from "../lib/format.js";
import {tokens} from "../lib/tokens.js";
import {reportWords} from "../locale/report.js";
import {fontFiles} from "./fonts.js";
import {linkTo, type TableState} from "./linkstate.js";
import {composePicture} from "./picture.js";
import type {ChartTools} from "./specs.js";

let fontCss: Promise<string> | null = null;
/** The kit's font subsets as data: URLs, fetched once from the site itself. */
function embeddedFonts(): Promise<string> {
  fontCss ??= Promise.all(
    tokens.font.weights.map(async (weight) => {
      const blob = await (await fetch(await fontFiles[weight].url())).blob();
      const data = await new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result).replace(/^data:[^;,]*/, "data:font/woff2"));
        reader.onerror = () => reject(reader.error);
        reader.readAsDataURL(blob);
      });
      return `@font-face{font-family:"${tokens.font.family}";font-weight:${weight};src:url(${data}) format("woff2");}`;
    })
  ).then((faces) => faces.join(""));
  return fontCss;
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement("a"), {href: url, download: filename});
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function svgPicture(chart: Element, tools: ChartTools): Promise<string> {
  return composePicture(chart, tools, {fontCss: await embeddedFonts()});
}

/** Rasterises the picture at twice its size, fonts embedded, on white. */
async function pngPicture(svg: string): Promise<Blob> {
  const img = new Image();
  img.src = URL.createObjectURL(new Blob([svg], {type: "image/svg+xml"}));
  await img.decode();
  const scale = 2;
  const canvas = Object.assign(document.createElement("canvas"), {width: img.width * scale, height: img.height * scale});
  const ctx = canvas.getContext("2d")!;
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0);
  URL.revokeObjectURL(img.src);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG export failed"))), "image/png"));
}

/**
 * The toolbar for one chart. `chart` is the element the chart is drawn into (resize() redraws inside it);
 * `tableState` reads the sort and filter of the chart's data table, when it has one.
 */
export function ChartToolbar(
  chart: Element,
  tools: ChartTools,
  {lang = "ja" as Lang, tableState}: {lang?: Lang; tableState?: () => TableState} = {}
): HTMLElement {
  const t = reportWords(lang).toolbar;
  const button = (cls: string, label: string, run: () => Promise<void> | void) => {
    const b = html`<button type="button" class=${`kit-tool ${cls}`}>${label}</button>` as HTMLButtonElement;
    b.onclick = async () => {
      b.disabled = true;
      try {
        await run();
      } finally {
        b.disabled = false;
      }
    };
    return b;
  };
  const status = html`<output class="kit-tool-status" aria-live="polite"></output>` as HTMLOutputElement;
  const link = html`<input class="kit-tool-link" type="text" readonly aria-label=${t.link} hidden />` as HTMLInputElement;
  return html`<div class="kit-toolbar" role="group" aria-label=${`${t.tools}: ${tools.title}`}>
    ${button("kit-save-svg", t.svg, async () =>
      save(new Blob([await svgPicture(chart, tools)], {type: "image/svg+xml"}), `${tools.filename}.svg`)
    )}
    ${button("kit-save-png", t.png, async () => save(await pngPicture(await svgPicture(chart, tools)), `${tools.filename}.png`))}
    ${button("kit-save-csv", t.csv, () => save(new Blob(["\uFEFF", tools.csv()], {type: "text/csv;charset=utf-8"}), `${tools.filename}.csv`))}
    ${button("kit-copy-link", t.link, async () => {
      const href = linkTo(location.href, {
        unit: tools.unit,
        chart: tools.id,
        table: tableState?.() ?? {sort: null, ascending: true, query: ""}
      });
      link.value = href;
      link.hidden = false;
      link.select();
      // The clipboard needs permission; when it is refused the link stays selected in the box to copy by hand.
      await navigator.clipboard?.writeText(href).then(
        () => (status.textContent = t.copied),
        () => (status.textContent = "")
      );
    })}
    ${link} ${status}
  </div>` as HTMLElement;
}
