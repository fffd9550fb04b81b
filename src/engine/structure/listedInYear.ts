import type { Dec } from "../decimal";
import { issue, type Issue } from "../issue";
import { normalizeName } from "../normalizeName";
import { toDecimal, type DecimalInput } from "../toDecimal";
import type { Merger } from "./merger";

/** A workbook row: a municipality with its P-budget per year. */
export interface StructureRow {
  readonly name: string;
  readonly weights: Readonly<Record<number, DecimalInput>>;
}

export interface ListedRow {
  readonly name: string;
  readonly weight: Dec;
}

/**
 * The rows a year lists, with checked budgets. A blank is never zero, but for a municipality
 * that takes part in a merger it means "not listed this year": that is how one sheet gives
 * the old names for 2021 and the new name for 2022. Anyone else's blank is a missing budget.
 */
export function listedInYear(
  rows: ReadonlyArray<StructureRow>,
  mergers: ReadonlyArray<Merger>,
  year: number
): { rows: ListedRow[]; issues: Issue[] } {
  const participants = new Set(mergers.flatMap((m) => [m.name, ...m.from].map(normalizeName)));
  const issues: Issue[] = [];
  const listed: ListedRow[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const name = normalizeName(row.name ?? "");
    const label = name || `#${i + 1}`;
    const where = { row: label, column: String(year) };
    const w = toDecimal(row.weights[year]);
    if (w.kind === "missing" && participants.has(name)) return;
    if (!name) issues.push(issue("NAME_MISSING", "error", where));
    else if (seen.has(name)) issues.push(issue("NAME_DUPLICATE", "error", where, { name }));
    seen.add(name);
    if (w.kind === "missing") issues.push(issue("WEIGHT_MISSING", "error", where, { name: label }));
    else if (w.kind === "invalid")
      issues.push(issue("WEIGHT_NOT_NUMBER", "error", where, { name: label, value: w.text }));
    else if (w.kind === "out-of-range")
      issues.push(issue("NUMBER_OUT_OF_RANGE", "error", where, { value: w.text }));
    else if (w.value.isNegative() && !w.value.isZero())
      issues.push(
        issue("WEIGHT_NEGATIVE", "error", where, { name: label, value: w.value.toString() })
      );
    else listed.push({ name, weight: w.value });
  });
  return { rows: listed, issues };
}
