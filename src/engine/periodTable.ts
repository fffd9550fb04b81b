import type { Allocation } from "./allocate";
import { allocateYear } from "./allocateYear";
import { checkDecimals } from "./checkDecimals";
import type { Dec } from "./decimal";
import { EngineError } from "./engineError";
import { hasErrors, issue, type Issue } from "./issue";
import { nameKey } from "./nameKey";
import { lcmOf, ratAdd, ratZero, type Rational } from "./rational";
import { fail, ok, type Result } from "./result";
import { shareSlice } from "./shareSlice";
import type { StructureRow } from "./structure/listedInYear";
import type { Merger } from "./structure/merger";
import { validateMergers } from "./structure/validateMergers";
import { sumDec } from "./sumDec";
import type { DecimalInput } from "./toDecimal";
import { yearSlices, type Basis, type Period, type YearSlice } from "./yearSlices";
import { pushAll } from "./pushAll";

export interface PeriodInput {
  readonly rows: ReadonlyArray<StructureRow>;
  readonly yearTotals: Readonly<Record<number, DecimalInput>>;
  readonly period: Period;
  readonly basis?: Basis;
  readonly decimals?: number;
  /**
   * Municipalities that merged (BUILT_IN_MERGERS and any declared): a participant's blank in a
   * year means "not listed that year", so one table gives the old names for 2021 and the new
   * one for 2022. None by default: then every blank is a missing budget.
   */
  readonly mergers?: ReadonlyArray<Merger>;
  /**
   * Years already allocated by the caller from these same rows, mergers, totals and decimals
   * (an annex's per-year table): taken as they are instead of allocated a second time.
   */
  readonly allocations?: ReadonlyMap<number, Allocation>;
}

export interface PeriodSlice extends YearSlice {
  /** The year's exact total × fraction, rounded half away from zero once; the column adds up to it. */
  readonly total: Dec;
  readonly exactTotal: Rational;
}

export interface PeriodRow {
  readonly name: string;
  /** Σ over the slices the row is listed in of lumpsum(g, t) × fraction(t), exactly, in euros; not reduced. */
  readonly exact: Rational;
  /** The period amount: the sum of this row's slices. */
  readonly amount: Dec;
  /**
   * Per year slice the row is listed in; a year it is not listed in (a municipality before or
   * after its merger) is absent, never zero.
   */
  readonly slices: Readonly<Record<number, Dec>>;
  /** In euros, not reduced. */
  readonly exactSlices: Readonly<Record<number, Rational>>;
}

export interface PeriodTable {
  readonly basis: Basis;
  readonly decimals: number;
  readonly period: Period;
  /** The sum of the slice totals. */
  readonly total: Dec;
  readonly exactTotal: Rational;
  readonly slices: ReadonlyArray<PeriodSlice>;
  /** In input order; a row listed in none of the period's years is left out. */
  readonly rows: ReadonlyArray<PeriodRow>;
}

/**
 * The invoice schedule for a period: municipality × year slice, with the per-year table as
 * the master. A slice that covers a whole year is that year's allocation row for row; a
 * partial slice shares out the year's exact total × fraction, rounded half away from zero once,
 * by the allocation's own largest-remainder rule (shareSlice); a period amount is the sum of
 * its slices and the period total the sum of the slice totals. So everything adds up, each
 * cell is within one unit of exact, and a period row over k slices within k units.
 */
export function safePeriodTable(input: PeriodInput): Result<PeriodTable> {
  const basis = input.basis ?? "months";
  const decimals = input.decimals ?? 0;
  const mergers = input.mergers ?? [];
  const checked = [...checkDecimals(decimals), ...validateMergers(mergers)];
  if (hasErrors(checked)) return fail(checked);
  const sliced = yearSlices(input.period, basis);
  if (!sliced.ok) return fail(sliced.issues);
  const issues: Issue[] = [];
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
      if (given.decimals !== decimals)
        throw new EngineError(
          "PERIOD_ALLOCATION",
          `the ${slice.year} allocation given is not to ${decimals} decimals`
        );
      allocations.push(given);
      continue;
    }
    const year = allocateYear(input.rows, mergers, slice.year, total, decimals);
    pushAll(issues, year.issues);
    // Stryker disable next-line ConditionalExpression: a year not allocated has added its error, and the table is refused before the list is read
    if (year.ok) allocations.push(year.value);
  }
  if (hasErrors(issues)) return fail(issues);
  const order = input.rows.map((r) => nameKey(r.name));
  return ok(
    unsafePeriodTable(sliced.value, allocations, order, input.period, basis, decimals),
    issues
  );
}

function unsafePeriodTable(
  slices: ReadonlyArray<YearSlice>,
  allocations: ReadonlyArray<Allocation>,
  order: ReadonlyArray<string>,
  period: Period,
  basis: Basis,
  decimals: number
): PeriodTable {
  const parts = slices.map((s, t) => shareSlice(allocations[t]!, s.fraction));
  // Per row (by key, in input order) its cell in each slice that lists it.
  const cells = new Map(order.map((key) => [key, new Map<number, Allocation["rows"][number]>()]));
  parts.forEach((part, t) => {
    for (const row of part.rows) cells.get(nameKey(row.name))!.set(t, row);
  });
  // Row sums over the slices' least common denominator: a gcd per addition costs more than the
  // rest of the row's work, so the exact row sums stay unreduced.
  const rowDen = lcmOf(parts.flatMap((p) => p.rows.map((r) => r.exact.d)));
  const rows = [...cells.values()]
    .filter((c) => c.size > 0)
    .map((c) => {
      const listed = [...c];
      return {
        name: listed[0]![1].name,
        exact: {
          n: listed.reduce((sum, [, r]) => sum + r.exact.n * (rowDen / r.exact.d), 0n),
          d: rowDen,
        },
        amount: sumDec(listed.map(([, r]) => r.amount)),
        slices: Object.fromEntries(listed.map(([t, r]) => [slices[t]!.year, r.amount])),
        exactSlices: Object.fromEntries(listed.map(([t, r]) => [slices[t]!.year, r.exact])),
      };
    });
  return {
    basis,
    decimals,
    period,
    total: sumDec(parts.map((p) => p.total)),
    exactTotal: parts.reduce((sum, p) => ratAdd(sum, p.exactTotal), ratZero()),
    slices: slices.map((s, t) => ({
      ...s,
      total: parts[t]!.total,
      exactTotal: parts[t]!.exactTotal,
    })),
    rows,
  };
}
