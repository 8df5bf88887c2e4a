/** One problem found in one input file, located as precisely as the input allows. */
export interface DataIssue {
  /** File name relative to the data folder, e.g. `budget.csv`. */
  file: string;
  /** 1-based line number in the file; 0 when the problem concerns the whole file. */
  line: number;
  /** Column name, when the problem is in one cell. */
  column?: string;
  /** What was expected and what was found. */
  message: string;
}

export function formatIssue({file, line, column, message}: DataIssue): string {
  const where = [file, line > 0 ? `line ${line}` : null, column ? `column "${column}"` : null].filter(Boolean).join(", ");
  return `${where}: ${message}`;
}

/**
 * A message lists at most this many problems: a broken file (10,000 columns, a wrong delimiter) can have
 * thousands, and the first ones say what is wrong; the rest follow from them or show on the next run.
 */
export const MAX_ISSUES_SHOWN = 20;

/** The lines a person reads: the first problems, then how many more there are. */
export function issueLines(issues: DataIssue[], max = MAX_ISSUES_SHOWN): string[] {
  const lines = issues.slice(0, max).map(formatIssue);
  const more = issues.length - max;
  if (more > 0) lines.push(`… and ${more.toLocaleString("en-US")} more problem${more === 1 ? "" : "s"} (fix the ones above and run again)`);
  return lines;
}

/** Thrown when input data is invalid; carries every issue found, not only the first (the message lists the first 20). */
export class DataError extends Error {
  readonly code = "EBUDGETDATA";
  constructor(readonly issues: DataIssue[]) {
    super(
      `${issues.length.toLocaleString("en-US")} problem${issues.length === 1 ? "" : "s"} in the budget data:\n` +
        issueLines(issues)
          .map((line) => `  - ${line}`)
          .join("\n")
    );
    this.name = "DataError";
  }
}
