import { EngineError } from "./engineError";

/**
 * Largest remainder (Hamilton) over exact values numerators[i] / denominator, in units.
 * All values share one denominator, so remainders compare as plain BigInts: no float, no
 * cross-multiplication. A negative target is the mirror image of the positive case: amounts
 * are rounded toward zero and the leftover units go outward, largest remainder first.
 *
 * tieBreak(i, j) < 0 when i goes first among equal remainders (the allocation passes: larger
 * weight, then name in code-point order, which makes the result independent of row order);
 * what it leaves equal, or all ties without one, go to the earlier index.
 */
export function apportion(
  numerators: ReadonlyArray<bigint>,
  denominator: bigint,
  targetUnits: bigint,
  tieBreak?: (i: number, j: number) => number
): bigint[] {
  if (denominator <= 0n)
    throw new EngineError("APPORTION_DENOMINATOR", "denominator must be positive");
  // Mirror on the sign of the exact sum, not of the target: -0.3 rounds to a target of 0.
  const negative = numerators.reduce((a, b) => a + b, 0n) < 0n;
  const target = negative ? -targetUnits : targetUnits;
  const base: bigint[] = [];
  const rest: bigint[] = [];
  let sum = 0n;
  for (const n of numerators) {
    const m = negative ? -n : n;
    if (m < 0n)
      throw new EngineError("APPORTION_SIGN", "every exact value must have the sign of the target");
    const q = m / denominator;
    base.push(q);
    rest.push(m % denominator);
    sum += q;
  }
  const leftover = target - sum;
  // The exact values sum to the exact total and the target is that total rounded, so the
  // leftover lies in [0, n]; anything else means the caller broke the precondition.
  if (leftover < 0n || leftover > BigInt(numerators.length)) {
    throw new EngineError(
      "APPORTION_TARGET",
      `target ${targetUnits} is not a rounding of the exact sum`
    );
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: selecting none of the rows changes none; the check saves the partition's time
  if (leftover > 0n) {
    // Input order settles what the tie-break leaves equal, so the order is total and the
    // units go to exactly the rows a stable sort would put first.
    const order = numerators.map((_, i) => i);
    const k = Number(leftover);
    selectFirst(order, k, (i, j) => {
      const a = rest[i] as bigint;
      const b = rest[j] as bigint;
      return a > b ? -1 : a < b ? 1 : tieBreak?.(i, j) || i - j;
    });
    for (let x = 0; x < k; x++) {
      const i = order[x] as number;
      base[i] = (base[i] as bigint) + 1n;
    }
  }
  return negative ? base.map((b) => -b) : base;
}

/**
 * Moves the k items that come first under the total order `cmp` to order[0..k), in no
 * particular order (Hoare's selection). Only which rows get a unit matters, not their order:
 * this takes linear time on average where sorting 100,000 rows took most of the apportionment.
 */
function selectFirst(order: number[], k: number, cmp: (a: number, b: number) => number): void {
  const m = k - 1;
  let lo = 0;
  let hi = order.length - 1;
  // Stryker disable next-line EqualityOperator: one more pass over a single item swaps it with itself and returns
  while (lo < hi) {
    const pivot = order[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (cmp(order[i] as number, pivot) < 0) i++;
      while (cmp(order[j] as number, pivot) > 0) j--;
      if (i <= j) {
        [order[i], order[j]] = [order[j] as number, order[i] as number];
        i++;
        j--;
      }
    }
    // Stryker disable next-line EqualityOperator: at m = j, [lo..j] all come before what follows, so returning is as right as going on
    if (m <= j) hi = j;
    // Stryker disable next-line ConditionalExpression: between j and i is the pivot alone, in place; going on only partitions beyond it
    else if (m >= i) lo = i;
    else return;
  }
}
