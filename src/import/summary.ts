// The import plan as a reader checks it against the printed document: grouped, each proposal with its line.
import type {ImportPlan} from "./plan.js";

export function summary(plan: ImportPlan, file: string): string[] {
  const out: string[] = [];
  const e = plan.edition;
  if (e)
    out.push(
      `Edition: ${e.fiscalYear} ${e.stage}, section ${e.sectionNumber} 「${e.title}」 (${file} line ${e.line}) — ${e.existing ? "already in editions.csv" : "NEW: will be added to editions.csv"}`
    );
  if (e?.renamedFrom)
    out.push(
      `  The section's title differs from programmes.csv (「${e.renamedFrom}」): update nameJa/nameEn there and keep the old name in names.csv`
    );
  const group = (status: string, title: string) => {
    const rows = plan.amounts.filter((a) => a.status === status);
    if (!rows.length) return;
    out.push(`${title} (${rows.length}):`);
    for (const a of rows) {
      // Only a changed amount says what it was; an unchanged one is listed once, as it stands.
      const was =
        a.was && a.status === "changed"
          ? `was ${a.was.amount.toLocaleString("en-US")}${a.was.unit}${a.was.flags.length ? ` [${a.was.flags.join(" ")}]` : ""} → `
          : "";
      const flags = a.flags.length ? ` [${a.flags.join(" ")}]` : "";
      const how = a.match.how === "name" || a.match.how === "short name" ? "" : ` (matched by ${a.match.how} 「${a.match.matched}」)`;
      out.push(`  line ${a.lines.join(", ")}: ${a.entity.id} ${a.fiscalYear} ${a.stage}: ${was}${a.printed}${a.unit}${flags}${how}`);
    }
  };
  group("changed", "Amounts that change");
  group("new", "Amounts to add");
  group("same", "Amounts already in budget.csv, unchanged");
  const newNotes = plan.notes.filter((n) => !n.known);
  if (newNotes.length) {
    out.push(`※ notes not in notes.csv (${newNotes.length}):`);
    for (const n of newNotes) out.push(`  line ${n.line}: ${n.textJa.slice(0, 60)}${n.textJa.length > 60 ? "…" : ""} (under ${n.under})`);
  }
  for (const r of plan.renamed)
    out.push(
      `Rename to confirm: 「${r.heading.text}」 (line ${r.heading.line}) taken for ${r.match.entity.id} 「${r.match.matched}」 (${r.match.how})`
    );
  if (plan.notInDocument.length) {
    out.push(`In budget.csv for this edition but not printed in the document (kept) (${plan.notInDocument.length}):`);
    for (const r of plan.notInDocument) out.push(`  budget.csv line ${r.line}: ${r.entity} ${r.fiscalYear} ${r.stage}`);
  }
  if (plan.problems.length) {
    out.push(`Not sure (${plan.problems.length}): these stop --write`);
    for (const p of plan.problems) out.push(`  line ${p.line}: ${p.message}${p.text ? `\n      ${p.text}` : ""}`);
  }
  return out;
}
