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

/** Thrown when input data is invalid; carries every issue found, not only the first. */
export class DataError extends Error {
  readonly code = "EBUDGETDATA";
  constructor(readonly issues: DataIssue[]) {
    super(
      `${issues.length} problem${issues.length === 1 ? "" : "s"} in the budget data:\n` +
        issues.map((issue) => `  - ${formatIssue(issue)}`).join("\n")
    );
    this.name = "DataError";
  }
}
