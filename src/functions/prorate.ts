import type { Dec } from "../engine/decimal";
import { prorateAmounts } from "../engine/prorateAmounts";
import type { Rational } from "../engine/rational";
import type { YearSlice } from "../engine/yearSlices";
import type { FunctionArgs } from "./functionArgs";

/** The engine's exact period amount, with a year that has no amount reported against `amountsArg`. */
export function prorate(
  args: FunctionArgs,
  amountsArg: number,
  amounts: ReadonlyArray<Dec>,
  years: ReadonlyArray<number>,
  slices: ReadonlyArray<YearSlice>
): Rational | undefined {
  const result = prorateAmounts(new Map(years.map((year, k) => [year, amounts[k]!])), slices);
  if ("exact" in result) return result.exact;
  for (const year of result.missingYears)
    args.reject("YEAR_AMOUNT_MISSING", amountsArg, undefined, { year });
  return undefined;
}
