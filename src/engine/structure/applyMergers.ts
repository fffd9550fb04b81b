import type { Dec } from "../decimal";
import { fail, ok, type Result } from "../result";
import type { StructureRow } from "./listedInYear";
import type { Merger } from "./merger";
import { restateRows } from "./restateRows";

export interface MergedRow {
  readonly name: string;
  /** The year's P-budget; for a merged municipality the exact sum of its predecessors'. */
  readonly weight: Dec;
  /** The names as listed whose budgets add up here; empty when the row stands as listed. */
  readonly from: ReadonlyArray<string>;
}

/**
 * The rows as the municipalities stand in `year`: from a merger's effective date on, the old
 * names' budgets add up under the new name (a sheet may also give the new name directly).
 * The result feeds safeAllocate as it is.
 */
export function applyMergers(
  rows: ReadonlyArray<StructureRow>,
  mergers: ReadonlyArray<Merger>,
  year: number
): Result<MergedRow[]> {
  const restated = restateRows(rows, mergers, [year], year);
  if (!restated.ok) return fail(restated.issues);
  return ok(
    restated.value.map((r) => ({ name: r.name, weight: r.weights[year]!, from: r.from })),
    restated.issues
  );
}
