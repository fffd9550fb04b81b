import { codePointCompare } from "./codePointCompare";

/**
 * The allocation's order among equal remainders, for apportion: the larger P-budget first,
 * then the name first in Unicode code-point order. Weights are at one integer scale, so they
 * compare as BigInts. The same order serves a year and every slice of it.
 */
export const largerWeightFirst =
  (weights: ReadonlyArray<bigint>, names: ReadonlyArray<string>) =>
  (i: number, j: number): number => {
    const a = weights[i]!;
    const b = weights[j]!;
    return a > b ? -1 : a < b ? 1 : codePointCompare(names[i]!, names[j]!);
  };
