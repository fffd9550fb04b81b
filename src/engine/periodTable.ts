import { safeAllocate, type Allocation } from "./allocate";
import { codePointCompare } from "./codePointCompare";
import { controlledRound } from "./controlledRound";
import type { Dec } from "./decimal";
import { EngineError } from "./engineError";
import { hasErrors, issue, type Issue } from "./issue";
import {
  decFromUnits,
  lcmOf,
  rat,
  ratAdd,
  ratMul,
  ratRoundHalfAway,
  ratZero,
  type Rational,
} from "./rational";
import { fail, ok, type Result } from "./result";
import type { DecimalInput } from "./toDecimal";
import { yearSlices, type Basis, type Period, type YearSlice } from "./yearSlices";

export interface PeriodInput {
  readonly rows: ReadonlyArray<{
    readonly name: string;
    readonly weights: Readonly<Record<number, DecimalInput>>;
  }>;
  readonly yearTotals: Readonly<Record<number, DecimalInput>>;
  readonly period: Period;
  readonly basis?: Basis;
  readonly decimals?: number;
  /**
   * Years already allocated by the caller from these same rows, totals and decimals (an
   * annex's per-year table): taken as they are instead of allocated a second time.
   */
  readonly allocations?: ReadonlyMap<number, Allocation>;
}

export interface PeriodSlice extends YearSlice {
  /** What the period takes of that year's lump sum, rounded so the slices add up to `total`. */
  readonly total: Dec;
  readonly exactTotal: Rational;
}

export interface PeriodRow {
  readonly name: string;
  /** Σ over the years of lumpsum(g, t) × fraction(t), exactly, in euros; not reduced, as an allocation's exact amounts are not. */
  readonly exact: Rational;
  /** The period amount: rounded once, and the sum of this row's slices. */
  readonly amount: Dec;
  readonly slices: Readonly<Record<number, Dec>>;
  /** In euros, not reduced. */
  readonly exactSlices: Readonly<Record<number, Rational>>;
}

export interface PeriodTable {
  readonly basis: Basis;
  readonly decimals: number;
  readonly period: Period;
  /** Σ over the years of L(t) × fraction(t), rounded half away from zero once. */
  readonly total: Dec;
  readonly exactTotal: Rational;
  readonly slices: ReadonlyArray<PeriodSlice>;
  /** In input order. */
  readonly rows: ReadonlyArray<PeriodRow>;
}

/**
 * The invoice schedule for a period: municipality × year slice, additive after rounding (rows
 * add up to the period amounts, columns to the slice totals, all to the period total), every
 * cell within one unit of exact. The published first-period table is not additive; this is.
 */
export function safePeriodTable(input: PeriodInput): Result<PeriodTable> {
  const basis = input.basis ?? "months";
  const decimals = input.decimals ?? 0;
  const sliced = yearSlices(input.period, basis);
  if (!sliced.ok) return fail(sliced.issues);
  const issues: Issue[] = [...sliced.issues];
  const allocations: Allocation[] = [];
  for (const slice of sliced.value) {
    const total = input.yearTotals[slice.year];
    if (total === undefined || total === null || total === "") {
      issues.push(
        issue("YEAR_TOTAL_MISSING", "error", { column: String(slice.year) }, { year: slice.year })
      );
      continue;
    }
    if (input.rows.length > 0 && input.rows.every((r) => !(slice.year in r.weights))) {
      issues.push(
        issue("YEAR_BUDGETS_MISSING", "error", { column: String(slice.year) }, { year: slice.year })
      );
      continue;
    }
    const given = input.allocations?.get(slice.year);
    if (given) {
      if (given.decimals !== decimals || given.rows.length !== input.rows.length) {
        throw new EngineError(
          "PERIOD_ALLOCATION",
          `the ${slice.year} allocation given is not of these rows and decimals`
        );
      }
      allocations.push(given);
      continue;
    }
    const year = safeAllocate({
      rows: input.rows.map((r) => ({ name: r.name, weight: r.weights[slice.year] })),
      total,
      decimals,
    });
    issues.push(
      ...year.issues.map((i) => ({ ...i, where: { ...i.where, column: String(slice.year) } }))
    );
    if (year.ok) allocations.push(year.value);
  }
  if (hasErrors(issues)) return fail(issues);
  return ok(unsafePeriodTable(sliced.value, allocations, input.period, basis, decimals), issues);
}

/** Values over one denominator, value[i] = num[i] / den. */
interface OverOne {
  readonly num: ReadonlyArray<bigint>;
  readonly den: bigint;
}

/**
 * A year's exact amounts (an allocation gives them one denominator, unreduced) times the
 * slice's fraction, in units, over one denominator: no gcd per cell.
 */
function sliceColumn(exact: ReadonlyArray<Rational>, fraction: Rational, unit: bigint): OverOne {
  const den = lcmOf(exact.map((x) => x.d));
  return { num: exact.map((x) => x.n * (den / x.d) * fraction.n * unit), den: den * fraction.d };
}

function unsafePeriodTable(
  slices: ReadonlyArray<YearSlice>,
  allocations: ReadonlyArray<Allocation>,
  period: Period,
  basis: Basis,
  decimals: number
): PeriodTable {
  const unit = 10n ** BigInt(decimals);
  const names = allocations[0]?.rows.map((r) => r.name) ?? [];
  // Exact cells in units: lumpsum(g, t) × fraction(t) × 10^decimals.
  const columns = slices.map((s, t) =>
    sliceColumn(
      allocations[t]!.rows.map((r) => r.exact),
      s.fraction,
      unit
    )
  );
  const cells = names.map((_, i) => columns.map((c) => ({ n: c.num[i]!, d: c.den })));
  // Row sums over the columns' least common multiple (some 500 bits for a dozen years): adding
  // term by term with a gcd each time cost a dozen such gcds per row, and even one per row
  // costs more than the rest of the row's work, so the exact row sums stay unreduced.
  const rowDen = lcmOf(columns.map((c) => c.den));
  const scales = columns.map((c) => rowDen / c.den);
  const rowNums = names.map((_, i) =>
    columns.reduce((sum, c, t) => sum + c.num[i]! * scales[t]!, 0n)
  );
  const exactCols = slices.map((s, t) =>
    ratMul(ratMul(allocations[t]!.exactTotal, s.fraction), rat(unit))
  );
  const exactGrand = exactCols.reduce(ratAdd, ratZero());
  const rounded = controlledRound({
    cells,
    grandTarget: ratRoundHalfAway(exactGrand),
    // Equal remainders: the larger period amount first (the rows share a denominator), then the name in code-point order.
    rowTieBreak: (a, b) =>
      rowNums[a]! > rowNums[b]!
        ? -1
        : rowNums[a]! < rowNums[b]!
          ? 1
          : codePointCompare(names[a]!, names[b]!),
  });
  const toDec = (units: bigint): Dec => decFromUnits(units, decimals);
  const toEuros = (r: Rational): Rational => ({ n: r.n, d: r.d * unit });
  return {
    basis,
    decimals,
    period,
    total: toDec(rounded.total),
    exactTotal: toEuros(exactGrand),
    slices: slices.map((s, t) => ({
      ...s,
      total: toDec(rounded.colTotals[t]!),
      exactTotal: toEuros(exactCols[t]!),
    })),
    rows: names.map((name, i) => ({
      name,
      exact: { n: rowNums[i]!, d: rowDen * unit },
      amount: toDec(rounded.rowTotals[i]!),
      slices: Object.fromEntries(slices.map((s, t) => [s.year, toDec(rounded.cells[i]![t]!)])),
      exactSlices: Object.fromEntries(slices.map((s, t) => [s.year, toEuros(cells[i]![t]!)])),
    })),
  };
}
