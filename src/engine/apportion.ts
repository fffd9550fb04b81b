import { EngineError } from './engineError';

/**
 * Largest remainder (Hamilton) over exact values numerators[i] / denominator, in units.
 * All values share one denominator, so remainders compare as plain BigInts: no float, no
 * cross-multiplication. A negative target is the mirror image of the positive case: amounts
 * are rounded toward zero and the leftover units go outward, largest remainder first.
 *
 * tieBreak(i, j) < 0 when i goes first among equal remainders (callers pass: larger weight,
 * then name in code-point order), which makes the result independent of row order.
 */
export function apportion(
  numerators: ReadonlyArray<bigint>,
  denominator: bigint,
  targetUnits: bigint,
  tieBreak: (i: number, j: number) => number,
): bigint[] {
  if (denominator <= 0n) throw new EngineError('APPORTION_DENOMINATOR', 'denominator must be positive');
  // Mirror on the sign of the exact sum, not of the target: -0.3 rounds to a target of 0.
  const exactSum = numerators.reduce((a, b) => a + b, 0n);
  const sign = exactSum < 0n || (exactSum === 0n && targetUnits < 0n) ? -1n : 1n;
  const target = targetUnits * sign;
  const base: bigint[] = [];
  const rest: bigint[] = [];
  let sum = 0n;
  for (const n of numerators) {
    const m = n * sign;
    if (m < 0n) throw new EngineError('APPORTION_SIGN', 'every exact value must have the sign of the target');
    const q = m / denominator;
    base.push(q);
    rest.push(m - q * denominator);
    sum += q;
  }
  const leftover = target - sum;
  // The exact values sum to the exact total and the target is that total rounded, so the
  // leftover lies in [0, n]; anything else means the caller broke the precondition.
  if (leftover < 0n || leftover > BigInt(numerators.length)) {
    throw new EngineError('APPORTION_TARGET', `target ${targetUnits} is not a rounding of the exact sum`);
  }
  if (leftover > 0n) {
    const order = numerators.map((_, i) => i);
    order.sort((i, j) => {
      const a = rest[i] as bigint;
      const b = rest[j] as bigint;
      return a > b ? -1 : a < b ? 1 : tieBreak(i, j);
    });
    for (let k = 0; k < Number(leftover); k++) {
      const i = order[k] as number;
      base[i] = (base[i] as bigint) + 1n;
    }
  }
  return base.map((b) => b * sign);
}
