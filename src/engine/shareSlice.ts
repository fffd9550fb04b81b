import type { Allocation } from "./allocate";
import { apportion } from "./apportion";
import { largerWeightFirst } from "./largerWeightFirst";
import { decFromUnits, ratMul, ratRoundHalfAway, type Rational } from "./rational";

/**
 * The part of a year's allocation that a period slice takes, shared out by the year's own
 * rule: the slice total is the year's exact total × fraction, rounded half away from zero
 * once, and every row gets its exact part rounded toward zero plus, by largest remainder, one
 * of the units left — equal remainders to the larger P-budget, then the name first in
 * code-point order. Nothing is special about a whole year: with fraction 1 the numbers are
 * the allocation's own, so a whole-year slice is the per-year table row for row.
 */
export function shareSlice(year: Allocation, fraction: Rational): Allocation {
  const unit = 10n ** BigInt(year.decimals);
  // An allocation's exact amounts share one denominator (AllocationRow.exact), so the slice's do.
  const den = year.rows[0]!.exact.d;
  const exact = year.rows.map((r) => r.exact.n * fraction.n);
  const exactDen = den * fraction.d;
  const exactTotal = ratMul(year.exactTotal, fraction);
  const target = ratRoundHalfAway({ n: exactTotal.n * unit, d: exactTotal.d });
  const units = apportion(
    exact.map((n) => n * unit),
    exactDen,
    target,
    largerWeightFirst(
      year.rows.map((r) => r.share.n),
      year.rows.map((r) => r.name)
    )
  );
  return {
    decimals: year.decimals,
    total: decFromUnits(target, year.decimals),
    exactTotal,
    rows: year.rows.map((r, i) => ({
      ...r,
      exact: { n: exact[i]!, d: exactDen },
      amount: decFromUnits(units[i]!, year.decimals),
    })),
  };
}
