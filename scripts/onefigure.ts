// The bench's "one-figure edit": which figure a maintainer changes is chosen from the data, not named in code,
// so the bench runs on any edition. It is the first programme row of the current edition (the last row of
// editions.csv) in budget.csv's own order, whose amount is a plain number; each step adds `step` to it.
import Papa from "papaparse";

export interface OneFigureEdit {
  /** budget.csv with only that row's amount changed (every other byte as it was). */
  text: string;
  entity: string;
  fiscalYear: string;
  stage: string;
  from: string;
  to: string;
}

const rows = (text: string) => Papa.parse<Record<string, string>>(text.trim(), {header: true, skipEmptyLines: true}).data;

export function oneFigureEdit(files: {budget: string; programmes: string; editions: string}, step: number): OneFigureEdit {
  const programmes = new Set(
    rows(files.programmes)
      .filter((r) => r.kind === "programme")
      .map((r) => r.id)
  );
  const current = rows(files.editions).at(-1);
  if (!current) throw new Error("bench: editions.csv has no edition row, so there is no current edition to edit");
  const lines = files.budget.split("\n");
  const header = Papa.parse<string[]>(lines[0]).data[0];
  const at = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`bench: budget.csv has no column "${name}"`);
    return i;
  };
  const [entity, year, stage, amount] = ["entity", "fiscalYear", "stage", "amount"].map(at);
  for (let i = 1; i < lines.length; i++) {
    const fields = Papa.parse<string[]>(lines[i]).data[0];
    if (!fields || !programmes.has(fields[entity])) continue;
    if (fields[year] !== current.fiscalYear || fields[stage] !== current.stage) continue;
    const value = Number(fields[amount].replaceAll(",", ""));
    if (!/^[\d,]+$/.test(fields[amount]) || !Number.isSafeInteger(value)) continue;
    const to = (value + step).toLocaleString("en-US");
    const edited = [...fields];
    edited[amount] = to;
    const out = [...lines];
    out[i] = Papa.unparse([edited]);
    return {text: out.join("\n"), entity: fields[entity], fiscalYear: fields[year], stage: fields[stage], from: fields[amount], to};
  }
  throw new Error(
    `bench: budget.csv has no programme row of the current edition (${current.fiscalYear} ${current.stage}) with a plain amount to edit`
  );
}
