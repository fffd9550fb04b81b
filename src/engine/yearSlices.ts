import { issue, type Issue } from "./issue";
import {
  compareIsoDate,
  dayOfYear,
  daysInMonth,
  daysInYear,
  formatIsoDate,
  parseIsoDate,
  type IsoDate,
} from "./isoDate";
import { rat, type Rational } from "./rational";
import { fail, ok, type Result } from "./result";

/** Whole calendar months (the published convention: 1 Jul–31 Dec = 6/12) or days. */
export type Basis = "months" | "days";

export interface Period {
  /** ISO date, inclusive. */
  readonly start: string;
  /** ISO date, inclusive. */
  readonly end: string;
}

export interface YearSlice {
  readonly year: number;
  /** The part of the year the period covers, exactly: months/12 or days/365 (366). */
  readonly fraction: Rational;
  readonly start: string;
  readonly end: string;
}

export const isBasis = (x: string): x is Basis => x === "months" || x === "days";

/** Per year the period touches, the fraction of that year it covers. */
export function yearSlices(period: Period, basis: Basis): Result<YearSlice[]> {
  const issues: Issue[] = [];
  const start = parseIsoDate(period.start);
  const end = parseIsoDate(period.end);
  if (!start)
    issues.push(issue("DATE_INVALID", "error", { column: "start" }, { value: period.start }));
  if (!end) issues.push(issue("DATE_INVALID", "error", { column: "end" }, { value: period.end }));
  if (!start || !end) return fail(issues);
  const params = { start: formatIsoDate(start), end: formatIsoDate(end) };
  if (compareIsoDate(end, start) < 0)
    return fail([issue("PERIOD_END_BEFORE_START", "error", undefined, params)]);
  if (basis === "months" && (start.d !== 1 || end.d !== daysInMonth(end.y, end.m))) {
    return fail([issue("PERIOD_NOT_WHOLE_MONTHS", "error", undefined, params)]);
  }
  const slices: YearSlice[] = [];
  for (let y = start.y; y <= end.y; y++) {
    const from: IsoDate = y === start.y ? start : { y, m: 1, d: 1 };
    const to: IsoDate = y === end.y ? end : { y, m: 12, d: 31 };
    const fraction =
      basis === "months"
        ? rat(BigInt(to.m - from.m + 1), 12n)
        : rat(BigInt(dayOfYear(to) - dayOfYear(from) + 1), BigInt(daysInYear(y)));
    slices.push({ year: y, fraction, start: formatIsoDate(from), end: formatIsoDate(to) });
  }
  return ok(slices);
}
