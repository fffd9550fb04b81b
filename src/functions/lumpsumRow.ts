import type { SheetRange } from "../adapters/office/sheetAddress";
import type { Allocation, AllocationRow } from "../engine/allocate";
import type { Dec } from "../engine/decimal";
import type { FunctionArgs } from "./functionArgs";

/** Where the budget cell sits within the budgets range, if it does. */
function positionInRange(
  cell: SheetRange | undefined,
  range: SheetRange | undefined,
  across: boolean
): number | undefined {
  if (!cell || !range || cell.sheet !== range.sheet) return undefined;
  const { row, col } = cell.range.start;
  const { start, end } = range.range;
  if (row < start.row || row > end.row || col < start.col || col > end.col) return undefined;
  return across ? col - start.col : row - start.row;
}

/**
 * The allocation row a LUMPSUM cell is about. By position when Excel says where `budget` (arg
 * 0) and `budgets` (arg 1) are: two municipalities with equal P-budgets can differ by the
 * rounding euro, and only the position tells them apart. Otherwise by value, which is exact
 * unless equal budgets were rounded differently: that is reported, never guessed.
 */
export function lumpsumRow(
  args: FunctionArgs,
  budget: Dec,
  across: boolean,
  allocation: Allocation
): AllocationRow {
  const k = positionInRange(args.address(0), args.address(1), across);
  const placed = k === undefined ? undefined : allocation.rows[k];
  if (placed) return placed;
  const matches = allocation.rows.filter((r) => r.weight.eq(budget));
  const first = matches[0];
  if (!first) args.reject("BUDGET_NOT_FOUND", 1, undefined, { value: budget.toString() });
  else if (matches.some((r) => !r.amount.eq(first.amount))) {
    args.reject("BUDGET_AMBIGUOUS", 1, undefined, {
      value: budget.toString(),
      count: matches.length,
    });
  } else return first;
  return args.fail();
}
