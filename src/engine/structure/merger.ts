import { EngineError } from "../engineError";
import { parseIsoDate } from "../isoDate";

/**
 * Municipalities that become one on an effective date. The new name may be one of the old
 * ones (an annexation: the larger municipality keeps its name).
 */
export interface Merger {
  readonly name: string;
  readonly from: ReadonlyArray<string>;
  /** ISO date, 1 January of a year: P-budgets and lump sums are per calendar year. */
  readonly effective: string;
}

/** The first year the merged municipality stands as one; the merger must be validated. */
export function effectiveYear(merger: Merger): number {
  const date = parseIsoDate(merger.effective);
  if (!date)
    throw new EngineError(
      "MERGER_UNCHECKED",
      `merger ${merger.name} has no valid effective date; run validateMergers first`
    );
  return date.y;
}
