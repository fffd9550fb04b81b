import type { Dec } from "../decimal";
import { issue, type Issue } from "../issue";
import type { ProjectionParams, VolumeSeries } from "./projectionParams";
import { PROJECTION_ROW_KEYS, type ProjectionRowKey } from "./projectionRows";

/** Where a parameter finding points: the parameter (row) and, for a per-year value, the year. */
export const paramWhere = (param: string, year?: number) => ({
  table: "parameters",
  row: param,
  ...(year === undefined ? {} : { column: String(year) }),
});
export const paramName = (param: string, year?: number): string =>
  year === undefined ? param : `${param} ${year}`;

type Range = { readonly test: (x: Dec) => boolean; readonly text: string };
const NON_NEGATIVE: Range = { test: (x) => !x.isNegative() || x.isZero(), text: "≥ 0" };
const POSITIVE: Range = { test: (x) => x.isPositive() && !x.isZero(), text: "> 0" };
const FRACTION: Range = { test: (x) => NON_NEGATIVE.test(x) && x.lte(1), text: "0 ≤ x ≤ 1" };
const ABOVE_MINUS_ONE: Range = { test: (x) => x.gt(-1), text: "> −1" };
const ANY: Range = { test: () => true, text: "" };

/** What an override of each row may hold: an input row keeps its input's range. */
const OVERRIDE_RANGE: Readonly<Record<ProjectionRowKey, Range>> = {
  wsw: NON_NEGATIVE,
  pw: NON_NEGATIVE,
  totalVolume: NON_NEGATIVE,
  indexBase: ANY,
  indexYearOnYear: ANY,
  aandeelPw: FRACTION,
  meerkosten: NON_NEGATIVE,
  aandeelPwInMeerkosten: ANY,
  kostenParticipatie: NON_NEGATIVE,
  effectHogereTw: ANY,
  totaalLumpsum: ANY,
  pBudget: POSITIVE,
  lumpsumPctPBudget: ANY,
};

/** The components of the total: an override of one is printed as is, so it must be an amount. */
export const COMPONENT_ROWS: ReadonlyArray<ProjectionRowKey> = [
  "aandeelPwInMeerkosten",
  "kostenParticipatie",
  "effectHogereTw",
];

/**
 * Everything the projection needs that a static look can decide; what only the computation
 * shows (a total volume of zero) is checked by safeProject.
 */
export function validateProjectionParams(p: ProjectionParams): Issue[] {
  const issues: Issue[] = [];
  const check = (param: string, value: Dec, range: Range, year?: number) => {
    const where = paramWhere(param, year);
    if (!value.isFinite())
      issues.push(
        issue("PROJECTION_PARAM_NOT_NUMBER", "error", where, {
          name: paramName(param, year),
          value: value.toString(),
        })
      );
    else if (!range.test(value)) {
      issues.push(
        issue("PROJECTION_PARAM_OUT_OF_RANGE", "error", where, {
          name: paramName(param, year),
          value: value.toString(),
          range: range.text,
        })
      );
    }
  };
  const years = p.years;
  const yearsOk =
    years.length > 0 &&
    years.every((y, i) => Number.isInteger(y) && (i === 0 || y === (years[i - 1] as number) + 1));
  if (!yearsOk)
    issues.push(
      issue("PROJECTION_YEARS_INVALID", "error", paramWhere("years"), { value: years.join(", ") })
    );
  else if (!years.includes(p.baseYear))
    issues.push(
      issue("PROJECTION_BASE_YEAR_INVALID", "error", paramWhere("baseYear"), {
        year: String(p.baseYear),
      })
    );
  if (p.decimals !== 0 && p.decimals !== 2)
    issues.push(
      issue("DECIMALS_INVALID", "error", paramWhere("decimals"), { value: String(p.decimals) })
    );

  const perYear = (param: string, values: ReadonlyArray<Dec>, range: Range) => {
    if (yearsOk && values.length !== years.length) {
      issues.push(
        issue("PROJECTION_LENGTH_MISMATCH", "error", paramWhere(param), {
          name: param,
          count: values.length,
          yearCount: years.length,
        })
      );
    }
    values.forEach((v, i) => check(param, v, range, years[i]));
  };
  const volume = (param: string, s: VolumeSeries) => {
    if (s.kind === "values") return perYear(param, s.values, NON_NEGATIVE);
    check(`${param}.start`, s.start, NON_NEGATIVE);
    if (s.kind === "rate") check(`${param}.rate`, s.rate, ABOVE_MINUS_ONE);
    else {
      check(`${param}.inflow`, s.inflow, NON_NEGATIVE);
      check(`${param}.outflowRate`, s.outflowRate, FRACTION);
    }
  };
  volume("wsw", p.wsw);
  volume("pw", p.pw);
  perYear("meerkosten", p.meerkosten, NON_NEGATIVE);
  perYear("kostenParticipatie", p.kostenParticipatie, NON_NEGATIVE);
  perYear("pBudget", p.pBudget, POSITIVE);
  check("demandDrivenShare", p.demandDrivenShare, FRACTION);
  check("addedValueUplift", p.addedValueUplift, NON_NEGATIVE);
  check("addedValuePerUnit", p.addedValuePerUnit, NON_NEGATIVE);

  const seen = new Set<string>();
  p.overrides.forEach((o, k) => {
    if (!PROJECTION_ROW_KEYS.includes(o.row)) {
      const name = `overrides[${k}]`;
      issues.push(
        issue("PROJECTION_OVERRIDE_ROW_UNKNOWN", "error", paramWhere(name), {
          name,
          value: String(o.row),
          rows: PROJECTION_ROW_KEYS.join(", "),
        })
      );
      return;
    }
    const param = `overrides.${o.row}`;
    const name = paramName(param, o.year);
    const where = paramWhere(param, o.year);
    if (o.row === "totaalLumpsum")
      issues.push(issue("PROJECTION_OVERRIDE_TOTAL", "error", where, { name }));
    if (!years.includes(o.year))
      issues.push(
        issue("PROJECTION_OVERRIDE_YEAR", "error", where, { name, year: String(o.year) })
      );
    if (seen.has(name))
      issues.push(issue("PROJECTION_OVERRIDE_DUPLICATE", "error", where, { name }));
    seen.add(name);
    check(param, o.value, OVERRIDE_RANGE[o.row], o.year);
    if (
      o.value.isFinite() &&
      COMPONENT_ROWS.includes(o.row) &&
      o.value.decimalPlaces() > p.decimals
    ) {
      issues.push(
        issue("PROJECTION_OVERRIDE_PLACES", "error", where, {
          name,
          value: o.value.toString(),
          decimals: p.decimals,
        })
      );
    }
  });
  return issues;
}
