// The import plan as a reader checks it against the printed document: grouped, each proposal with its line.
import type {ImportPlan} from "./plan.js";
import {FACT_FILES, type CellChange, type FactPlan} from "./facts.js";

/** A change of text shown where it differs, with a little of what stays around it: 「…強化を着実に」 → 「…強化を一層着実に」. */
export function changeOf({was, now}: CellChange, context = 10): string {
  let start = 0;
  while (start < was.length && start < now.length && was[start] === now[start]) start++;
  let end = 0;
  while (end < was.length - start && end < now.length - start && was[was.length - 1 - end] === now[now.length - 1 - end]) end++;
  const from = Math.max(0, start - context);
  const cut = (s: string) => {
    const to = Math.min(s.length, s.length - end + context);
    return `「${from > 0 ? "…" : ""}${s.slice(from, to)}${to < s.length ? "…" : ""}」`;
  };
  return `${cut(was)} → ${cut(now)}`;
}

function facts(plan: ImportPlan, out: string[]) {
  if (!plan.facts.length && !plan.untranslated.length) return;
  const e = plan.edition ? `${plan.edition.fiscalYear} ${plan.edition.stage}` : "";
  out.push(`Facts of ${e} (texts, schemes, results, frameworks, countries), against data/:`);
  for (const file of FACT_FILES) {
    const rows = plan.facts.filter((f) => f.file === file);
    if (!rows.length) continue;
    const of = (status: FactPlan["status"]) => rows.filter((f) => f.status === status);
    const counts = (
      [
        ["changed", "changed"],
        ["carried", "printed again"],
        ["same", "unchanged"],
        ["not-printed", "not printed"]
      ] as const
    )
      .map(([status, label]) => (of(status).length ? `${of(status).length} ${label}` : ""))
      .filter(Boolean);
    out.push(`  ${file}: ${counts.join(", ")}`);
    for (const f of of("changed")) {
      const translated = new Set(f.translate);
      out.push(`    line ${f.lines.join(", ")}: ${f.name} (${file} line ${f.row}) changes:`);
      for (const c of f.cells.filter((c) => !translated.has(c.column)))
        out.push(`      ${c.column}: ${c.was.length > 24 || c.now.length > 24 ? changeOf(c) : `${c.was || "(empty)"} → ${c.now}`}`);
      if (f.translate.length)
        out.push(`      ${f.translate.join(", ")}: to translate (written as the Japanese; the English is never invented)`);
    }
    for (const f of of("carried")) out.push(`    line ${f.lines.join(", ")}: ${f.name} printed again: ${[...f.editions, e].join(";")}`);
    if (of("not-printed").length) {
      out.push(`    not printed in this document (kept for ${[...new Set(of("not-printed").flatMap((f) => f.editions))].join("; ")}):`);
      for (const f of of("not-printed")) out.push(`      ${file} line ${f.row}: ${f.name}`);
    }
  }
  if (plan.untranslated.length) {
    out.push(`  English still to translate (the cell holds the Japanese) (${plan.untranslated.length}):`);
    for (const u of plan.untranslated) out.push(`    ${u.file} line ${u.row}: ${u.name} ${u.column}`);
  }
}

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
  facts(plan, out);
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
