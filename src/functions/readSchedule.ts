import { Dec } from "../engine/decimal";
import { nameKey } from "../engine/nameKey";
import type { PeriodInput } from "../engine/periodTable";
import type { Merger } from "../engine/structure/merger";
import { mergerNames } from "../engine/structure/mergerNames";
import type { Basis } from "../engine/yearSlices";
import { cellText, readYearCell } from "../ports/readYearCell";
import { argCell } from "./argCell";
import { matrix, type FunctionArgs } from "./functionArgs";

/** The words the basis argument takes, in both languages. */
export const BASIS_OPTIONS: Readonly<Record<string, Basis>> = {
  months: "months",
  maanden: "months",
  days: "days",
  dagen: "days",
};

const isBlankRow = (row: ReadonlyArray<unknown>): boolean =>
  row.every((v) => argCell(v).t === "blank");

/**
 * The P-budget table as the PBudget table holds it, header row included: municipality names
 * in the first column, one column per year headed by the year. Wholly blank rows (a selection
 * reaching below the table) are left out; a blank of a municipality in one of `mergers` is left
 * for the engine to judge (not listed that year, or missing).
 */
export function readBudgetTable(
  args: FunctionArgs,
  i: number,
  x: unknown,
  mergers: ReadonlyArray<Merger>
): PeriodInput["rows"] | undefined {
  const rows = matrix(x);
  const header = rows[0] ?? [];
  if (rows.length < 2 || header.length < 2) return args.reject("ARG_LAYOUT", i);
  const seen = new Set<number>();
  const years = header.slice(1).map((v, c) => {
    const year = args.yearAt(i, v, 0, c + 1);
    return year === undefined
      ? undefined
      : args.distinctYear(i, year, seen, args.cellWhere(i, 0, c + 1));
  });
  let complete = years.every((y) => y !== undefined);
  const participants = mergerNames(mergers);
  const table = rows.slice(1).flatMap((row, k) => {
    if (isBlankRow(row)) return [];
    const name = cellText(argCell(row[0]));
    const weights: Record<number, Dec> = {};
    years.forEach((year, c) => {
      // A merged municipality's blank may mean "not listed that year": the engine decides.
      if (argCell(row[c + 1]).t === "blank" && participants.has(nameKey(name))) return;
      const value = args.numberAt(i, row[c + 1], k + 1, c + 1, { nonNegative: true });
      if (value === undefined) complete = false;
      else if (year !== undefined) weights[year] = value;
    });
    return [{ name, weights }];
  });
  return complete ? table : undefined;
}

/**
 * Lump-sum totals per year: two columns (year, total) or two rows (years, totals), with or
 * without a header such as the Lumpsum table's "Jaar | Totaal".
 */
export function readYearTotals(
  args: FunctionArgs,
  i: number,
  x: unknown
): Record<number, Dec> | undefined {
  const rows = matrix(x);
  const inColumns = rows.every((r) => r.length === 2);
  if (!inColumns && rows.length !== 2) return args.reject("ARG_TOTALS_LAYOUT", i);
  // Pairs of [year, total] with the (row, col) of the year; the total sits one further along.
  const pairs = inColumns
    ? rows.map((r, k) => ({ year: r[0], total: r[1], row: k, col: 0 }))
    : (rows[0] ?? []).map((year, k) => ({ year, total: rows[1]?.[k], row: 0, col: k }));
  const first = pairs[0];
  const hasHeader =
    first !== undefined &&
    argCell(first.year).t === "s" &&
    readYearCell(argCell(first.year)) === undefined;
  const seen = new Set<number>();
  const totals: Record<number, Dec> = {};
  let complete = true;
  for (const p of hasHeader ? pairs.slice(1) : pairs) {
    const year = args.yearAt(i, p.year, p.row, p.col);
    const distinct =
      year === undefined
        ? undefined
        : args.distinctYear(i, year, seen, args.cellWhere(i, p.row, p.col));
    const total = inColumns
      ? args.numberAt(i, p.total, p.row, 1)
      : args.numberAt(i, p.total, 1, p.col);
    if (distinct === undefined || total === undefined) complete = false;
    else totals[distinct] = total;
  }
  return complete ? totals : undefined;
}
