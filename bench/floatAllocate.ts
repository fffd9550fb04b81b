import { codePointCompare } from "../src/engine/codePointCompare";

/**
 * The baseline: the engine's rule (largest remainder, ties to the larger weight, then the name)
 * written the way a spreadsheet or a quick script does it, in doubles. It exists only to be
 * timed against the exact engine and to show the amounts it gets wrong; nothing in the product
 * may compute money like this.
 */
export function floatAllocate(
  rows: ReadonlyArray<{ name: string; weight: string }>,
  total: string,
  decimals: number
): number[] {
  const unit = 10 ** decimals;
  const weights = rows.map((r) => Number(r.weight));
  const sum = weights.reduce((a, b) => a + b, 0);
  const units = Number(total) * unit;
  const exact = weights.map((w) => (units * w) / sum);
  const amounts = exact.map((x) => Math.floor(x));
  const leftover = Math.round(units) - amounts.reduce((a, b) => a + b, 0);
  const order = rows.map((_, i) => i);
  order.sort(
    (i, j) =>
      exact[j]! - amounts[j]! - (exact[i]! - amounts[i]!) ||
      weights[j]! - weights[i]! ||
      codePointCompare(rows[i]!.name, rows[j]!.name)
  );
  for (let k = 0; k < leftover; k++) amounts[order[k]!]! += 1;
  return amounts.map((a) => a / unit);
}
