import { Dec } from "../engine/decimal";
import { formatAmount } from "../engine/formatAmount";
import { issue, type Issue } from "../engine/issue";
import type { IssueCode, Lang } from "../engine/messages";
import {
  decFromUnits,
  rat,
  ratAdd,
  ratCmp,
  ratFromDec,
  ratMul,
  ratPercent,
  ratRoundHalfAway,
  ratToDec,
  ratZero,
  type Rational,
} from "../engine/rational";
import {
  exactShares,
  integerWeights,
  largestGap,
  sumColumns,
  toUnits,
  type CommonDenominator,
} from "./commonDenominator";
import type { AnnexComputation } from "./computeAnnex";
import { euroText, unitText } from "./euroText";
import type { AnnexInputs } from "./readAnnex";

/**
 * The checks on the sheet Controle. They recompute every exact value from the decoded inputs
 * with their own integer arithmetic and hold the rounded amounts against them, so they do
 * not take the allocation's word for it. A check that holds is an 'info' finding, one that
 * fails an 'error'; the master check comes first.
 */
export function auditAnnex(
  inputs: AnnexInputs,
  computed: AnnexComputation,
  warnings: number,
  lang: Lang
): Issue[] {
  const decimals = [...computed.perYear.values()][0]?.decimals ?? 0;
  const f = formats(decimals, lang);
  const checks: Issue[] = [
    check("CHECK_INPUTS_COMPLETE", true, {
      municipalities: inputs.budgets.rows.length,
      years: computed.years.join(", "),
      warnings,
    }),
  ];
  const weightsOf = cached((year: number) =>
    integerWeights(inputs.budgets.rows.map((r) => r.weights[year]!))
  );
  for (const year of computed.years) {
    const amounts = computed.perYear.get(year)!.rows.map((r) => r.amount);
    const { values: weights, scale } = weightsOf(year);
    const total = ratFromDec(inputs.totals.get(year)!);
    const sum = amounts.reduce((s, a) => s.plus(a), new Dec(0));
    const rounded = roundTo(total, decimals);
    checks.push(
      check("CHECK_YEAR_ADDS_UP", sum.eq(rounded), {
        year,
        sum: f.amount(sum),
        total: f.amount(rounded),
      })
    );
    const units = amounts.map((a) => toUnits(a, decimals));
    const largest = largestGap(units, exactShares(weights, total), decimals);
    const within = ratCmp(largest, f.unitRat) < 0;
    // "The same percentage to the rounding": amount/budget off the common rate total/Σbudget by
    // less than one unit per budget — which is each amount within one unit of exact.
    const rates = units.map((a, i) => ({ a, w: weights[i]! })).filter((r) => r.w !== 0n);
    const lower = (x: { a: bigint; w: bigint }, y: { a: bigint; w: bigint }) =>
      x.a * y.w < y.a * x.w;
    const low = rates.reduce((m, r) => (lower(r, m) ? r : m), rates[0]!);
    const high = rates.reduce((m, r) => (lower(m, r) ? r : m), rates[0]!);
    const pct = (r: { a: bigint; w: bigint }) =>
      f.pct(rat(r.a * scale, r.w * 10n ** BigInt(decimals)));
    checks.push(check("CHECK_YEAR_SAME_PERCENT", within, { year, min: pct(low), max: pct(high) }));
    checks.push(
      check("CHECK_YEAR_WITHIN_UNIT", within, { year, max: f.gap(largest), unit: f.unit })
    );
  }
  if (computed.period) checks.push(...auditPeriod(inputs, computed, f, decimals, weightsOf));
  const failed = checks.filter((c) => c.severity === "error").length;
  const master =
    failed === 0
      ? check("CHECK_ALL_PASSED", true, { count: checks.length })
      : check("CHECK_SOME_FAILED", false, { failed, count: checks.length });
  return [master, ...checks];
}

function auditPeriod(
  inputs: AnnexInputs,
  computed: AnnexComputation,
  f: Formats,
  decimals: number,
  weightsOf: (year: number) => { values: bigint[] }
): Issue[] {
  const table = computed.period!;
  let differences = 0;
  const gaps: Rational[] = [];
  const cells: CommonDenominator[] = [];
  let exactGrand = ratZero();
  for (const slice of table.slices) {
    const part = ratMul(ratFromDec(inputs.totals.get(slice.year)!), slice.fraction);
    exactGrand = ratAdd(exactGrand, part);
    const exact = exactShares(weightsOf(slice.year).values, part);
    cells.push(exact);
    const column = table.rows.map((r) => r.slices[slice.year]!);
    if (!column.reduce((s, a) => s.plus(a), new Dec(0)).eq(slice.total)) differences++;
    gaps.push(
      largestGap(
        column.map((a) => toUnits(a, decimals)),
        exact,
        decimals
      )
    );
    gaps.push(
      largestGap([toUnits(slice.total, decimals)], { num: [part.n], den: part.d }, decimals)
    );
  }
  for (const r of table.rows) {
    if (!table.slices.reduce((s, sl) => s.plus(r.slices[sl.year]!), new Dec(0)).eq(r.amount))
      differences++;
  }
  gaps.push(
    largestGap(
      table.rows.map((r) => toUnits(r.amount, decimals)),
      sumColumns(cells, table.rows.length),
      decimals
    )
  );
  if (
    !table.slices.reduce((s, sl) => s.plus(sl.total), new Dec(0)).eq(table.total) ||
    !roundTo(exactGrand, decimals).eq(table.total)
  )
    differences++;
  const largest = gaps.reduce((m, g) => (ratCmp(g, m) > 0 ? g : m), ratZero());
  return [
    check("CHECK_PERIOD_ADDS_UP", differences === 0, {
      start: table.period.start,
      end: table.period.end,
      differences,
      total: f.amount(table.total),
    }),
    check("CHECK_PERIOD_WITHIN_UNIT", ratCmp(largest, f.unitRat) < 0, {
      max: f.gap(largest),
      unit: f.unit,
    }),
  ];
}

function cached<K, V>(f: (key: K) => V): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    if (!memo.has(key)) memo.set(key, f(key));
    return memo.get(key)!;
  };
}

const check = (code: IssueCode, holds: boolean, params: Record<string, string | number>): Issue =>
  issue(code, holds ? "info" : "error", undefined, params);

/** A rational rounded half away from zero to `decimals` places: Excel's ROUND. */
const roundTo = (x: Rational, decimals: number): Dec =>
  decFromUnits(ratRoundHalfAway(ratMul(x, rat(10n ** BigInt(decimals)))), decimals);

interface Formats {
  readonly unitRat: Rational;
  readonly unit: string;
  amount(x: Dec): string;
  gap(x: Rational): string;
  pct(x: Rational): string;
}

function formats(decimals: number, lang: Lang): Formats {
  return {
    unitRat: rat(1n, 10n ** BigInt(decimals)),
    unit: unitText(decimals, lang),
    amount: (x) => euroText(x, decimals, lang),
    // Two places more than the amounts, so a gap of 0.4 does not show as 0.
    gap: (x) => euroText(ratToDec(x, decimals + 2), decimals + 2, lang),
    pct: (x) => `${formatAmount(ratPercent(x, 4), 4, lang)}%`,
  };
}
