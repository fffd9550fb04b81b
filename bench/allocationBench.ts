import { safeAllocate } from "../src/engine/allocate";
import { Dec } from "../src/engine/decimal";
import { figure, type Figure } from "./figure";
import { floatAllocate } from "./floatAllocate";
import { paired } from "./measure";
import { centsText, seededRandom } from "./seededRandom";

interface Year {
  readonly rows: ReadonlyArray<{ name: string; weight: string }>;
  readonly total: string;
}

type TotalRule = (sumOfBudgets: Dec, random: () => number) => string;

/** A lump sum of 45–55% of the summed P-budgets, to the cent: what a year's total looks like. */
const aboutHalf: TotalRule = (sum, random) =>
  sum
    .times(4500 + Math.floor(random() * 1001))
    .div(10000)
    .toFixed(2);
/** The solidarity rule as the domain states it: every municipality pays 51% of its P-budget. */
const fiftyOnePercent: TotalRule = (sum) => sum.times("0.51").toString();
/** The total is the P-budgets' own sum: rounding the budget column itself to whole euros. */
const budgetsThemselves: TotalRule = (sum) => sum.toString();

/** `count` municipalities with P-budgets of €50,000–3,000,000 with cents, for `years` years. */
function years(count: number, yearCount: number, seed: number, totalRule: TotalRule): Year[] {
  const random = seededRandom(seed);
  return Array.from({ length: yearCount }, () => {
    const rows = Array.from({ length: count }, (_, i) => ({
      name: `Gemeente ${i + 1}`,
      weight: centsText(random, 50_000, 3_000_000),
    }));
    const sum = rows.reduce((s, r) => s.plus(r.weight), new Dec(0));
    return { rows, total: totalRule(sum, random) };
  });
}

function exactAmounts(year: Year, decimals: number): Dec[] {
  const result = safeAllocate({ rows: year.rows, total: year.total, decimals });
  if (!result.ok)
    throw new Error(`bench data rejected: ${result.issues.map((i) => i.code).join(", ")}`);
  return result.value.rows.map((r) => r.amount);
}

/** How far the doubles land from the exact amounts: rows that differ and the largest difference in euros. */
function floatErrors(
  data: ReadonlyArray<Year>,
  decimals: number
): { rows: number; off: number; largest: Dec } {
  let rows = 0;
  let off = 0;
  let largest = new Dec(0);
  for (const year of data) {
    const exact = exactAmounts(year, decimals);
    floatAllocate(year.rows, year.total, decimals).forEach((amount, i) => {
      // The float amount's shortest text (what a spreadsheet shows) against the exact amount.
      const error = new Dec(amount).minus(exact[i]!).abs();
      rows++;
      if (!error.isZero()) off++;
      if (error.gt(largest)) largest = error;
    });
  }
  return { rows, off, largest };
}

function errorFigures(label: string, data: ReadonlyArray<Year>, decimals: number): Figure[] {
  const { rows, off, largest } = floatErrors(data, decimals);
  return [
    figure(`float: rows off, ${label}`, off, `of ${rows.toLocaleString("en")} rows`, null),
    figure(`float: largest error, ${label}`, largest.toNumber(), "€", null),
  ];
}

const WHOLE_EUROS = 0;
const CENTS = 2;

/**
 * Issue 6, figure 1: the exact engine against the same rule in doubles on the same data, timed
 * interleaved; then what the doubles get wrong, on the timed data and on the two cases where
 * exact ties are common (a fixed percentage, and rounding the budgets themselves).
 */
export async function allocationBench(): Promise<Figure[]> {
  const municipalities = years(342, 10, 20210701, aboutHalf);
  const large = years(100_000, 1, 20221231, aboutHalf);
  const timeAll = (data: ReadonlyArray<Year>, allocate: (y: Year) => unknown) => () =>
    data.forEach(allocate);
  const exact = (y: Year) => exactAmounts(y, WHOLE_EUROS);
  const float = (y: Year) => floatAllocate(y.rows, y.total, WHOLE_EUROS);
  const small = await paired(
    { run: timeAll(municipalities, exact) },
    { run: timeAll(municipalities, float) },
    21,
    5
  );
  const big = await paired({ run: timeAll(large, exact) }, { run: timeAll(large, float) }, 5, 1);
  return [
    figure(
      "allocation 342 × 10 years, exact (baseline: float)",
      small.subject,
      "ms",
      small.baseline,
      { max: 20, maxRatio: 10 }
    ),
    figure("allocation 100,000 rows, exact (baseline: float)", big.subject, "ms", big.baseline, {
      max: 1000,
      maxRatio: 10,
    }),
    ...errorFigures("the timed data (whole euros)", [...municipalities, ...large], WHOLE_EUROS),
    ...errorFigures(
      "51% of the P-budgets, to the cent (342 × 10)",
      years(342, 10, 20210701, fiftyOnePercent),
      CENTS
    ),
    ...errorFigures(
      "budgets rounded to whole euros (342 × 10)",
      years(342, 10, 20210701, budgetsThemselves),
      WHOLE_EUROS
    ),
  ];
}
