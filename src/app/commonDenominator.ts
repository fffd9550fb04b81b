import type { Dec } from "../engine/decimal";
import { rat, type Rational } from "../engine/rational";

/**
 * Exact values that share one denominator, value[i] = num[i] / den: the exact shares of a
 * total compare and subtract as plain BigInts, without a gcd per cell (hundreds of
 * municipalities times a dozen years stay fast).
 */
export interface CommonDenominator {
  readonly num: ReadonlyArray<bigint>;
  readonly den: bigint;
}

/** Weights as integers on one scale: 1883249.5 and 12 become 18832495 and 120 (scale 10). */
export function integerWeights(weights: ReadonlyArray<Dec>): { values: bigint[]; scale: bigint } {
  const places = weights.reduce((p, w) => Math.max(p, w.decimalPlaces()), 0);
  return { values: weights.map((w) => toUnits(w, places)), scale: 10n ** BigInt(places) };
}

/** total × weight[i] / Σ weights, exactly, for every i; the weights are integers on one scale. */
export function exactShares(weights: ReadonlyArray<bigint>, total: Rational): CommonDenominator {
  const sum = weights.reduce((a, b) => a + b, 0n);
  return { num: weights.map((w) => total.n * w), den: total.d * sum };
}

/** An amount in units of 10^-decimals: "952620" → 952620n (decimals 0), "1.5" → 150n (decimals 2). */
export const toUnits = (x: Dec, decimals: number): bigint =>
  BigInt(x.toFixed(decimals).replace(".", ""));

/** The largest |amount[i] − exact[i]| in euros, amounts given in units of 10^-decimals. */
export function largestGap(
  amountUnits: ReadonlyArray<bigint>,
  exact: CommonDenominator,
  decimals: number
): Rational {
  const unit = 10n ** BigInt(decimals);
  let largest = 0n;
  amountUnits.forEach((a, i) => {
    const gap = a * exact.den - exact.num[i]! * unit;
    const abs = gap < 0n ? -gap : gap;
    if (abs > largest) largest = abs;
  });
  return rat(largest, exact.den * unit);
}
