import type { Issue } from "../engine/issue";

/**
 * The refusals a confirmed write goes past (WriteOptions.force): a person's cells where the new
 * table must go, a column added to an owned table by hand, and references to what a refresh
 * removes. Every other refusal stands whatever the user confirms.
 */
const CONFIRMABLE = new Set<string>([
  "OUTPUT_CELLS_IN_THE_WAY",
  "OUTPUT_COLUMN_ADDED",
  "REF_WOULD_BREAK",
  "REF_NAME_WOULD_BREAK",
  "REF_VALIDATION_WOULD_BREAK",
  "REF_FORMAT_WOULD_BREAK",
  "REF_CHART_WOULD_BREAK",
  "REF_PIVOT_WOULD_BREAK",
]);

/** Whether confirming would let the write go ahead: there are errors, and each is confirmable. */
export function onlyConfirmable(issues: ReadonlyArray<Issue>): boolean {
  const errors = issues.filter((i) => i.severity === "error");
  return errors.length > 0 && errors.every((i) => CONFIRMABLE.has(i.code));
}
