import { safeAllocate, type Allocation } from '../engine/allocate';
import type { Dec } from '../engine/decimal';
import type { Result } from '../engine/result';

const LIMIT = 64;
const memo = new Map<string, Result<Allocation>>();

/** Rows are named by position, zero-padded, so equal remainders go to the earlier row. */
export const positionName = (i: number): string => String(i + 1).padStart(7, '0');

/**
 * A column of LUMPSUM cells asks for the same allocation once per cell. The shared runtime
 * keeps this memo between calls, keyed by the exact decimal contents of the ranges, so the
 * allocation is computed once and every cell reads its row from the same result.
 * Least recently used entries go first.
 */
export function memoAllocate(weights: ReadonlyArray<Dec>, total: Dec, decimals: number): Result<Allocation> {
  const key = `${decimals}|${total.toString()}|${weights.join(';')}`;
  const hit = memo.get(key);
  if (hit) {
    memo.delete(key);
    memo.set(key, hit);
    return hit;
  }
  const result = safeAllocate({ rows: weights.map((weight, i) => ({ name: positionName(i), weight })), total, decimals });
  memo.set(key, result);
  const oldest = memo.keys().next().value;
  if (memo.size > LIMIT && oldest !== undefined) memo.delete(oldest);
  return result;
}
