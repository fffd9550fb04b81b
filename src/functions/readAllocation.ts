import type { Allocation } from '../engine/allocate';
import { Dec } from '../engine/decimal';
import { memoAllocate } from './allocationMemo';
import type { FunctionArgs, Line } from './functionArgs';

/**
 * The arguments budgets, total, [decimals] (at positions i, i+1, i+2) and the allocation they
 * make: P-budgets must be non-negative numbers, the total a number, decimals 0 (whole euros,
 * the default, as published) or up to 6.
 */
export function readAllocation(
  args: FunctionArgs,
  i: number,
  budgets: unknown,
  total: unknown,
  decimals: unknown,
): { line: Line; allocation: Allocation } {
  const line = args.line(i, budgets);
  const weights = line && args.numbers(i, line, { nonNegative: true });
  const t = args.number(i + 1, total);
  const d = args.optionalNumber(i + 2, decimals, new Dec(0));
  if (!line || !weights || !t || !d) return args.fail();
  const result = memoAllocate(weights, t, d.toNumber());
  return result.ok ? { line, allocation: result.value } : args.fail(result.issues);
}
