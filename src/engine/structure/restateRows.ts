import type { Dec } from "../decimal";
import { hasErrors, type Issue } from "../issue";
import { normalizeName } from "../normalizeName";
import { fail, ok, type Result } from "../result";
import { listedInYear, type StructureRow } from "./listedInYear";
import type { Merger } from "./merger";
import { rollUpYears } from "./rollUpYears";
import { validateMergers } from "./validateMergers";
import { pushAll } from "../pushAll";

export interface RestatedRow {
  readonly name: string;
  /** Per year, the budgets of everything that stands under `name` in `asOf`, added exactly. */
  readonly weights: Readonly<Record<number, Dec>>;
  /** The names as listed that were merged into this row in any year; empty if none. */
  readonly from: ReadonlyArray<string>;
}

/**
 * Every year's P-budgets restated under the names as they stand in `asOf`: the 2021 budgets of
 * Boxmeer … Sint Anthonis add up to a 2021 budget for Land van Cuijk. Rows keep the order of
 * the first row each one comes from.
 */
export function restateRows(
  rows: ReadonlyArray<StructureRow>,
  mergers: ReadonlyArray<Merger>,
  years: ReadonlyArray<number>,
  asOf: number
): Result<RestatedRow[]> {
  const issues: Issue[] = validateMergers(mergers);
  if (hasErrors(issues)) return fail(issues);
  const listed = new Map<string, Record<number, Dec>>();
  for (const year of years) {
    const inYear = listedInYear(rows, mergers, year);
    pushAll(issues, inYear.issues);
    for (const r of inYear.rows) listed.set(r.name, { ...listed.get(r.name), [year]: r.weight });
  }
  if (hasErrors(issues)) return fail(issues);
  // In the order of the rows, not of the year that first lists them.
  const inOrder = rows.map((r) => normalizeName(r.name ?? "")).filter((n) => listed.has(n));
  const rolled = rollUpYears(
    inOrder.map((name) => ({ name, values: listed.get(name)! })),
    mergers,
    asOf
  );
  return ok(
    rolled.map((r) => ({ name: r.name, weights: r.values, from: r.from })),
    issues
  );
}
