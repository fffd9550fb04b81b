import type { AllocationRow } from "../allocate";
import { Dec } from "../decimal";
import { hasErrors } from "../issue";
import { ratAdd, ratZero } from "../rational";
import { fail, ok, type Result } from "../result";
import type { Merger } from "./merger";
import { mergeGroups } from "./mergeGroups";
import { validateMergers } from "./validateMergers";

export interface RolledUpRow extends AllocationRow {
  /** The allocation rows that add up to this line; empty when the row stands as listed. */
  readonly detail: ReadonlyArray<AllocationRow>;
}

/**
 * An allocation over the old names shown as the municipalities stand in `year`: Land van
 * Cuijk as one line with its five predecessors as detail. A line's amount is the sum of its
 * rounded detail amounts, so the lines add up to the allocation total exactly; it can differ
 * by a few units from allocating over the merged budget directly (each detail row is within
 * one unit of exact, so a line of k rows is within k units).
 */
export function rollUp(
  rows: ReadonlyArray<AllocationRow>,
  mergers: ReadonlyArray<Merger>,
  year: number
): Result<RolledUpRow[]> {
  const invalid = validateMergers(mergers);
  if (hasErrors(invalid)) return fail(invalid);
  const { groups, issues } = mergeGroups(rows, mergers, year, year);
  if (hasErrors(issues)) return fail(issues);
  return ok(
    groups.map((g) =>
      g.merged
        ? {
            name: g.name,
            weight: g.members.reduce((s, r) => s.plus(r.weight), new Dec(0)),
            share: g.members.reduce((s, r) => ratAdd(s, r.share), ratZero()),
            exact: g.members.reduce((s, r) => ratAdd(s, r.exact), ratZero()),
            amount: g.members.reduce((s, r) => s.plus(r.amount), new Dec(0)),
            detail: g.members,
          }
        : { ...g.members[0]!, detail: [] }
    ),
    issues
  );
}
