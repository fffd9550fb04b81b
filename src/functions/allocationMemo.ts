import type { Allocation } from "../engine/allocate";
import type { Result } from "../engine/result";

const LIMIT = 64;
const memo = new Map<string, Result<Allocation>>();

/** Rows are named by position, zero-padded, so equal remainders go to the earlier row. */
export const positionName = (i: number): string => String(i + 1).padStart(7, "0");

const finite = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/**
 * The memo key of an allocation's raw arguments, as Excel passes them, or undefined unless
 * every budget is a non-negative number, the total a number and decimals a number or blank:
 * arguments that read without findings, so the allocation depends on these values alone.
 * String(x) is the shortest round-trip text of x, the decimal the arguments are read as
 * (excelNumberText), so equal keys mean equal decimals. Built before any Decimal is made:
 * on a hit, none is.
 */
export function allocationKey(
  budgets: ReadonlyArray<unknown>,
  total: unknown,
  decimals: unknown
): string | undefined {
  const blank = decimals === null || decimals === undefined || decimals === "";
  if (!finite(total) || !(blank || finite(decimals))) return undefined;
  let key = `${blank ? "" : decimals}|${total}`;
  for (const b of budgets) {
    if (!finite(b) || b < 0) return undefined;
    key += `;${b}`;
  }
  return key;
}

/**
 * A column of LUMPSUM cells asks for the same allocation once per cell. The shared runtime
 * keeps the result between calls, so it is computed once and every cell reads its row from
 * it. Least recently used entries go first.
 */
export function recallAllocation(key: string): Result<Allocation> | undefined {
  const hit = memo.get(key);
  if (hit) {
    memo.delete(key);
    memo.set(key, hit);
  }
  return hit;
}

export function rememberAllocation(key: string, result: Result<Allocation>): void {
  memo.set(key, result);
  const oldest = memo.keys().next().value;
  if (memo.size > LIMIT && oldest !== undefined) memo.delete(oldest);
}
