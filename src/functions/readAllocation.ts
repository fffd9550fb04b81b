import { safeAllocate, type Allocation } from "../engine/allocate";
import { Dec } from "../engine/decimal";
import type { Result } from "../engine/result";
import {
  allocationKey,
  positionName,
  recallAllocation,
  rememberAllocation,
} from "./allocationMemo";
import { lineShape, type FunctionArgs } from "./functionArgs";

/**
 * The arguments budgets, total, [decimals] (at positions i, i+1, i+2) and the allocation they
 * make: P-budgets must be non-negative numbers, the total a number, decimals 0 (whole euros,
 * the default, as published) or up to 6. `across`: the budgets ran along a row.
 */
export function readAllocation(
  args: FunctionArgs,
  i: number,
  budgets: unknown,
  total: unknown,
  decimals: unknown
): { across: boolean; allocation: Allocation } {
  const shape = lineShape(budgets);
  const key = shape && allocationKey(shape.values, total, decimals);
  const recalled = key === undefined ? undefined : recallAllocation(key);
  const { across, result } =
    shape && recalled
      ? { across: shape.across, result: recalled }
      : read(args, i, budgets, total, decimals);
  if (key !== undefined && !recalled) rememberAllocation(key, result);
  return result.ok ? { across, allocation: result.value } : args.fail(result.issues);
}

/** Every argument read and reported as a cell, then allocated. */
function read(
  args: FunctionArgs,
  i: number,
  budgets: unknown,
  total: unknown,
  decimals: unknown
): { across: boolean; result: Result<Allocation> } {
  const line = args.line(i, budgets);
  const weights = line && args.numbers(i, line, { nonNegative: true });
  const t = args.number(i + 1, total);
  const d = args.optionalNumber(i + 2, decimals, new Dec(0));
  if (!line || !weights || !t || !d) return args.fail();
  const rows = weights.map((weight, k) => ({ name: positionName(k), weight }));
  return { across: line.across, result: safeAllocate({ rows, total: t, decimals: d.toNumber() }) };
}
