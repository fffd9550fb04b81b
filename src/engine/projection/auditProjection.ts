import { issue, type Issue } from "../issue";
import {
  rat,
  ratAdd,
  ratAbs,
  ratCmp,
  ratDiv,
  ratMul,
  ratSub,
  ratToFixed,
  ratZero,
  type Rational,
} from "../rational";
import { cornerRange, follows } from "./interval";
import { DERIVED_ROWS, inputBox, recompute } from "./derivedRows";
import { effectPerUnitRange } from "./effectPerUnitRange";
import {
  PRINTED_TABLE,
  readPrinted,
  type PrintedFigure,
  type PrintedProjection,
  type PrintedRowKey,
  type PrintedTable,
} from "./printedProjection";

const HUNDRED = rat(100n);

/** The figures every finding here names: the printed one, ours, and the difference, at the printed places. */
const compared = (printed: Rational, recomputed: Rational, places: number) => ({
  printed: ratToFixed(printed, places),
  recomputed: ratToFixed(recomputed, places),
  difference: ratToFixed(ratSub(printed, recomputed), places),
});

/** Printed totals and the printed parts they should be the sum of. */
const SUMS: ReadonlyArray<{
  readonly total: PrintedRowKey;
  readonly parts: ReadonlyArray<PrintedRowKey>;
}> = [
  { total: "totalVolume", parts: ["wsw", "pw"] },
  {
    total: "totaalLumpsum",
    parts: ["aandeelPwInMeerkosten", "kostenParticipatie", "effectHogereTw"],
  },
];

/**
 * Recomputes a printed projection (the reference file's `projection_2021_2025` shape) and says,
 * cell by cell, what does not follow. Printed inputs are rounded, so a printed figure follows
 * when it lies within half a unit of its own last place of the range its formula attains over
 * the rounding intervals of its inputs — never a finding that rounding alone can explain.
 * A total that is not the sum of its printed parts is reported either way: as info when the
 * separate rounding of the parts explains it.
 */
export function auditProjection(printed: PrintedProjection): Issue[] {
  const read = readPrinted(printed);
  if (!read.ok) return [...read.issues];
  const table = read.value;
  const baseYear = table.years[0] as number;
  const issues: Issue[] = [];
  table.years.forEach((year, i) => {
    const where = (row: PrintedRowKey) => ({ table: PRINTED_TABLE, row, column: String(year) });
    const fig = (row: PrintedRowKey) => table.rows[row][i] as PrintedFigure;

    for (const { total, parts } of SUMS) {
      const t = fig(total);
      const sum = parts.reduce((s, r) => ratAdd(s, fig(r).value), ratZero());
      const diff = ratSub(t.value, sum);
      if (ratCmp(diff, ratZero()) === 0) continue;
      const slack = parts.reduce((s, r) => ratAdd(s, fig(r).half), t.half);
      const places = Math.max(t.places, ...parts.map((r) => fig(r).places));
      const explained = ratCmp(ratAbs(diff), slack) <= 0;
      const params = compared(t.value, sum, places);
      issues.push(
        issue(
          explained ? "PROJECTION_SUM_WITHIN_ROUNDING" : "PROJECTION_SUM_MISMATCH",
          explained ? "info" : "warning",
          where(total),
          params
        )
      );
    }

    const index = indexFinding(table, i, baseYear);
    if (index) issues.push(issue(index.code, "warning", where("indexBase"), index.params));

    for (const d of DERIVED_ROWS) {
      const r = recompute(table, d, i);
      if (!r || r.follows) continue;
      const p = fig(d.row);
      issues.push(
        issue("PROJECTION_NOT_FROM_INPUTS", "warning", where(d.row), {
          ...compared(p.value, r.value, p.places),
          low: ratToFixed(r.range.lo, p.places),
          high: ratToFixed(r.range.hi, p.places),
        })
      );
    }
  });
  const effect = effectPerUnitRange(table, baseYear);
  if (effect.conflictYear !== undefined) {
    issues.push(
      issue(
        "PROJECTION_EFFECT_NOT_PROPORTIONAL",
        "warning",
        { table: PRINTED_TABLE, row: "effectHogereTw", column: String(effect.conflictYear) },
        { baseYear }
      )
    );
  }
  return issues;
}

/**
 * The printed row says "index (base = 100)"; a value that does not follow from the totals as
 * that, but does as the index against the previous year, is the mislabelled row.
 */
function indexFinding(table: PrintedTable, i: number, baseYear: number) {
  const fig = (row: PrintedRowKey, k: number) => table.rows[row][k] as PrintedFigure;
  const printed = fig("indexBase", i);
  const ratio = (k: number) => {
    // The base year against itself is exactly 100: one total divided by itself.
    if (k === i) return { lo: HUNDRED, hi: HUNDRED, value: HUNDRED };
    const box = [
      inputBox("totalVolume", fig("totalVolume", i)),
      inputBox("totalVolume", fig("totalVolume", k)),
    ];
    if (ratCmp(box[1]!.lo, ratZero()) <= 0) return undefined;
    const f = (t: Rational, u: Rational) => ratMul(ratDiv(t, u), HUNDRED);
    return {
      ...cornerRange(f, box),
      value: f(fig("totalVolume", i).value, fig("totalVolume", k).value),
    };
  };
  const base = ratio(table.years.indexOf(baseYear));
  if (!base || follows(printed.value, printed.half, base)) return undefined;
  const places = printed.places;
  const common = compared(printed.value, base.value, places);
  const previous = i > 0 ? ratio(i - 1) : undefined;
  if (previous && follows(printed.value, printed.half, previous)) {
    return {
      code: "PROJECTION_INDEX_YEAR_ON_YEAR" as const,
      params: { ...common, yearOnYear: ratToFixed(previous.value, places), baseYear },
    };
  }
  return {
    code: "PROJECTION_NOT_FROM_INPUTS" as const,
    params: { ...common, low: ratToFixed(base.lo, places), high: ratToFixed(base.hi, places) },
  };
}
