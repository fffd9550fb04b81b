import type { Dec } from '../engine/decimal';
import { ratAdd, ratFromDec, ratMul, ratZero, type Rational } from '../engine/rational';
import type { YearSlice } from '../engine/yearSlices';
import type { FunctionArgs } from './functionArgs';

/**
 * Σ over the years the period touches of amount(year) × fraction(year), exactly; undefined
 * when a year has no amount (reported against argument `amountsArg`).
 */
export function prorate(
  args: FunctionArgs,
  amountsArg: number,
  amounts: ReadonlyArray<Dec>,
  years: ReadonlyArray<number>,
  slices: ReadonlyArray<YearSlice>,
): Rational | undefined {
  const byYear = new Map(years.map((year, k) => [year, amounts[k]]));
  let sum: Rational | undefined = ratZero();
  for (const slice of slices) {
    const amount = byYear.get(slice.year);
    if (!amount) sum = args.reject('YEAR_AMOUNT_MISSING', amountsArg, undefined, { year: slice.year });
    else if (sum) sum = ratAdd(sum, ratMul(ratFromDec(amount), slice.fraction));
  }
  return sum;
}
