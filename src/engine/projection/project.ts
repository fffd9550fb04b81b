import type { Dec } from "../decimal";
import { EngineError } from "../engineError";
import { hasErrors, issue } from "../issue";
import {
  rat,
  ratAdd,
  ratDiv,
  ratFromDec,
  ratMul,
  ratSign,
  ratSub,
  ratToDec,
  ratZero,
  type Rational,
} from "../rational";
import { fail, ok, type Result } from "../result";
import type { ProjectionParams } from "./projectionParams";
import {
  PROJECTION_ROW_KEYS,
  ROW_KIND,
  rowLabel,
  VALUE_PLACES,
  type AppliedOverride,
  type Projection,
  type ProjectionRowKey,
} from "./projectionRows";
import { roundComponents, type RoundedComponents } from "./roundComponents";
import { COMPONENT_ROWS, paramWhere, validateProjectionParams } from "./validateProjectionParams";
import { volumeSeries } from "./volumeSeries";

const HUNDRED = rat(100n);

/** Validates at the entry: bad parameters come back as issues naming the parameter and year. */
export function safeProject(p: ProjectionParams): Result<Projection> {
  const issues = validateProjectionParams(p);
  return hasErrors(issues) ? fail(issues) : compute(p);
}

/** For parameters already checked (publishedParams, scenarioParams): invalid ones throw. */
export function project(p: ProjectionParams): Projection {
  const r = safeProject(p);
  if (!r.ok)
    throw new EngineError(
      "PROJECT_INPUT",
      `invalid projection parameters: ${r.issues.map((i) => i.code).join(", ")}`
    );
  return r.value;
}

function compute(p: ProjectionParams): Result<Projection> {
  const years = p.years;
  const n = years.length;
  const b = years.indexOf(p.baseYear);
  const applied: AppliedOverride[] = [];
  const overrides = new Map(p.overrides.map((o) => [`${o.row}:${o.year}`, o]));
  const shown = (row: ProjectionRowKey, x: Rational) =>
    ratToDec(x, ROW_KIND[row] === "eur" ? p.decimals : VALUE_PLACES);
  const fixed = new Set<string>();
  /** A row's exact values, each replaced by its override if there is one (rows below use it). */
  const row = (key: ProjectionRowKey, computed: (i: number) => Rational): Rational[] =>
    years.map((year, i) => {
      const value = computed(i);
      const o = overrides.get(`${key}:${year}`);
      if (!o) return value;
      fixed.add(`${key}:${year}`);
      applied.push({
        row: key,
        year,
        value: o.value,
        computed: shown(key, value),
        ...(o.note ? { note: o.note } : {}),
      });
      return ratFromDec(o.value);
    });
  const at = (xs: Rational[], i: number) => xs[i] as Rational;
  const perYear = (xs: ReadonlyArray<Dec>) => (i: number) => ratFromDec(xs[i] as Dec);

  const wswSeries = volumeSeries(p.wsw, n);
  const pwSeries = volumeSeries(p.pw, n);
  const wsw = row("wsw", (i) => at(wswSeries, i));
  const pw = row("pw", (i) => at(pwSeries, i));
  const total = row("totalVolume", (i) => ratAdd(at(wsw, i), at(pw, i)));
  const zero = years.filter((_, i) => ratSign(at(total, i)) <= 0);
  if (zero.length > 0)
    return fail(
      zero.map((year) =>
        issue("PROJECTION_TOTAL_VOLUME_ZERO", "error", paramWhere("totalVolume", year), { year })
      )
    );

  const indexBase = row("indexBase", (i) => ratMul(ratDiv(at(total, i), at(total, b)), HUNDRED));
  // The first year has no previous year; 100, as the published row prints it.
  const indexYearOnYear = row("indexYearOnYear", (i) =>
    i === 0 ? HUNDRED : ratMul(ratDiv(at(total, i), at(total, i - 1)), HUNDRED)
  );
  const aandeelPw = row("aandeelPw", (i) => ratDiv(at(pw, i), at(total, i)));
  const meerkosten = row("meerkosten", perYear(p.meerkosten));
  const aandeelPwInMeerkosten = row("aandeelPwInMeerkosten", (i) =>
    ratMul(at(meerkosten, i), at(aandeelPw, i))
  );
  const kostenParticipatie = row("kostenParticipatie", perYear(p.kostenParticipatie));
  // Lower lump sum: demand-driven share × uplift × added value per unit × PW growth since the base year.
  const perUnit = ratMul(
    ratMul(ratFromDec(p.demandDrivenShare), ratFromDec(p.addedValueUplift)),
    ratFromDec(p.addedValuePerUnit)
  );
  const effectHogereTw = row("effectHogereTw", (i) =>
    ratMul(rat(-perUnit.n, perUnit.d), ratSub(at(pw, i), at(pw, b)))
  );

  const components = [aandeelPwInMeerkosten, kostenParticipatie, effectHogereTw];
  const rounded = years.map((year, i) =>
    roundComponents(
      components.map((c, k) => ({
        exact: at(c, i),
        fixed: fixed.has(`${COMPONENT_ROWS[k]}:${year}`),
      })),
      p.decimals
    )
  );
  const roundedAt = (i: number) => rounded[i] as RoundedComponents;
  const totaalLumpsum = years.map((_, i) =>
    components.reduce((s, c) => ratAdd(s, at(c, i)), ratZero())
  );
  const pBudget = row("pBudget", perYear(p.pBudget));
  // Of the printed (rounded) total: the share a reader can check from the two printed rows.
  const lumpsumPctPBudget = row("lumpsumPctPBudget", (i) =>
    ratDiv(ratFromDec(roundedAt(i).total), at(pBudget, i))
  );

  const exact: Record<ProjectionRowKey, Rational[]> = {
    wsw,
    pw,
    totalVolume: total,
    indexBase,
    indexYearOnYear,
    aandeelPw,
    meerkosten,
    aandeelPwInMeerkosten,
    kostenParticipatie,
    effectHogereTw,
    totaalLumpsum,
    pBudget,
    lumpsumPctPBudget,
  };
  const printedAmount: Partial<Record<ProjectionRowKey, (i: number) => Dec>> = {
    aandeelPwInMeerkosten: (i) => roundedAt(i).parts[0] as Dec,
    kostenParticipatie: (i) => roundedAt(i).parts[1] as Dec,
    effectHogereTw: (i) => roundedAt(i).parts[2] as Dec,
    totaalLumpsum: (i) => roundedAt(i).total,
  };
  return ok({
    ...(p.scenario ? { scenario: p.scenario } : {}),
    status: p.status,
    notes: p.notes,
    decimals: p.decimals,
    baseYear: p.baseYear,
    years: [...years],
    rows: PROJECTION_ROW_KEYS.map((key) => ({
      key,
      label: rowLabel(key, p.baseYear),
      kind: ROW_KIND[key],
      values: exact[key].map((x, i) => printedAmount[key]?.(i) ?? shown(key, x)),
      exact: exact[key],
    })),
    overrides: applied,
  });
}
