import type { Dec } from "./decimal";
import { ratAdd, ratFromDec, ratMul, ratZero, type Rational } from "./rational";
import type { YearSlice } from "./yearSlices";

/**
 * A period amount from per-year amounts: Σ over the years the period touches of
 * amount(year) × fraction(year), exactly — the caller rounds once. A year the period touches
 * without an amount is missing, never zero.
 */
export function prorateAmounts(
  amounts: ReadonlyMap<number, Dec>,
  slices: ReadonlyArray<YearSlice>
): { exact: Rational } | { missingYears: number[] } {
  const missingYears = slices.filter((s) => !amounts.has(s.year)).map((s) => s.year);
  if (missingYears.length > 0) return { missingYears };
  return {
    exact: slices.reduce(
      (sum, s) => ratAdd(sum, ratMul(ratFromDec(amounts.get(s.year)!), s.fraction)),
      ratZero()
    ),
  };
}
