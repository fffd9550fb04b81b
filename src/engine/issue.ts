import type { IssueCode } from "./messages";

export type Severity = "error" | "warning" | "info";

/** Where a finding points: as much of file, sheet/cell, table/row/column as is known. */
export interface Where {
  readonly file?: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly table?: string;
  readonly row?: string | number;
  readonly column?: string;
  /** A command-line option the value came from (`--total`). */
  readonly option?: string;
  /** Typed in the task pane, not read from a cell: there is no sheet or cell to go to. */
  readonly typed?: boolean;
}

/**
 * Bad data comes back as values, not exceptions: a closed code, a severity, where it is and
 * the parameters its message needs. Only broken preconditions throw (see EngineError).
 */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly where?: Where;
  readonly params?: Readonly<Record<string, string | number>>;
}

export function issue(
  code: IssueCode,
  severity: Severity,
  where?: Where,
  params?: Record<string, string | number>
): Issue {
  return { code, severity, ...(where ? { where } : {}), ...(params ? { params } : {}) };
}

export const hasErrors = (issues: ReadonlyArray<Issue>): boolean =>
  issues.some((i) => i.severity === "error");
