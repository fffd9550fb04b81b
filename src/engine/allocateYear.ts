import { safeAllocate, type Allocation } from "./allocate";
import { hasErrors, type Issue } from "./issue";
import { fail, ok, type Result } from "./result";
import { listedInYear, type StructureRow } from "./structure/listedInYear";
import type { Merger } from "./structure/merger";
import type { DecimalInput } from "./toDecimal";

/**
 * One year of a P-budget table allocated over the names it lists (listedInYear: a merger
 * participant's blank means not listed that year), in the order of the table. Every finding
 * names the year's column. Mergers must be validated.
 */
export function allocateYear(
  rows: ReadonlyArray<StructureRow>,
  mergers: ReadonlyArray<Merger>,
  year: number,
  total: DecimalInput,
  decimals: number
): Result<Allocation> {
  const listed = listedInYear(rows, mergers, year);
  const inColumn = (issues: ReadonlyArray<Issue>) =>
    issues.map((i) => ({ ...i, where: { ...i.where, column: String(year) } }));
  if (hasErrors(listed.issues)) return fail(inColumn(listed.issues));
  const allocated = safeAllocate({ rows: listed.rows, total, decimals });
  const issues = inColumn([...listed.issues, ...allocated.issues]);
  return allocated.ok ? ok(allocated.value, issues) : fail(issues);
}
