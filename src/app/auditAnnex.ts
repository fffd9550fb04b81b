import { Dec } from "../engine/decimal";
import { formatAmount } from "../engine/formatAmount";
import { issue, type Issue } from "../engine/issue";
import { nameKey } from "../engine/nameKey";
import type { IssueCode, Lang } from "../engine/messages";
import { sumDec } from "../engine/sumDec";
import {
  decFromUnits,
  rat,
  ratCmp,
  ratFromDec,
  ratMul,
  ratPercent,
  ratRoundHalfAway,
  ratToDec,
  ratZero,
  type Rational,
} from "../engine/rational";
import { exactShares, integerWeights, largestGap, toUnits } from "./commonDenominator";
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
      yearCount: computed.years.length,
      warnings,
    }),
  ];
  // The rows a year lists (a merged municipality is listed only in the years it existed), with
  // their budgets as integers on one scale, in the order of the table.
  const listedIn = cached((year: number) => {
    const rows = inputs.budgets.rows.filter((r) => r.weights[year] !== undefined);
    return {
      keys: rows.map((r) => nameKey(r.name)),
      ...integerWeights(rows.map((r) => r.weights[year]!)),
    };
  });
  for (const year of computed.years) {
    const { keys, values: weights, scale } = listedIn(year);
    const allocated = amountsByKey(computed.perYear.get(year)!.rows);
    const amounts = keys.map((k) => allocated.get(k) ?? new Dec(0));
    const total = ratFromDec(inputs.totals.get(year)!);
    const sum = sumDec(amounts);
    const rounded = roundTo(total, decimals);
    checks.push(
      check("CHECK_YEAR_ADDS_UP", sum.eq(rounded) && allocated.size === keys.length, {
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
  if (computed.period) checks.push(...auditPeriod(inputs, computed, f, decimals, listedIn));
  const failed = checks.filter((c) => c.severity === "error").length;
  const master =
    failed === 0
      ? check("CHECK_ALL_PASSED", true, { count: checks.length })
      : check("CHECK_SOME_FAILED", false, { failed, count: checks.length });
  return [master, ...checks];
}

const amountsByKey = (rows: ReadonlyArray<{ name: string; amount: Dec }>): Map<string, Dec> =>
  new Map(rows.map((r) => [nameKey(r.name), r.amount]));

/**
 * The period against the rule, from the inputs: each slice's total is the year's total ×
 * fraction rounded once, its cells each within one unit of exact and adding up to it; a
 * period amount is the sum of its slices, the period total the sum of the slice totals; and a
 * slice that covers a whole year is the per-year table, row for row.
 */
function auditPeriod(
  inputs: AnnexInputs,
  computed: AnnexComputation,
  f: Formats,
  decimals: number,
  listedIn: (year: number) => { keys: string[]; values: bigint[] }
): Issue[] {
  const table = computed.period!;
  const byKey = new Map(table.rows.map((r) => [nameKey(r.name), r]));
  let differences = 0;
  let yearDifferences = 0;
  const wholeYears: number[] = [];
  let largest = ratZero();
  for (const slice of table.slices) {
    const part = ratMul(ratFromDec(inputs.totals.get(slice.year)!), slice.fraction);
    const { keys, values } = listedIn(slice.year);
    const column = keys.map((k) => byKey.get(k)?.slices[slice.year]);
    const listed = table.rows.filter((r) => r.slices[slice.year] !== undefined).length;
    if (column.some((a) => a === undefined) || listed !== keys.length) differences++;
    const amounts = column.map((a) => a ?? new Dec(0));
    if (!sumDec(amounts).eq(slice.total) || !roundTo(part, decimals).eq(slice.total)) differences++;
    const gap = largestGap(
      amounts.map((a) => toUnits(a, decimals)),
      exactShares(values, part),
      decimals
    );
    if (ratCmp(gap, largest) > 0) largest = gap;
    if (slice.fraction.n === slice.fraction.d) {
      wholeYears.push(slice.year);
      const year = amountsByKey(computed.perYear.get(slice.year)?.rows ?? []);
      yearDifferences += keys.filter((k, i) => !year.get(k)?.eq(amounts[i]!)).length;
    }
  }
  for (const r of table.rows) {
    if (!sumDec(Object.values(r.slices)).eq(r.amount)) differences++;
  }
  if (!sumDec(table.slices.map((s) => s.total)).eq(table.total)) differences++;
  if (!sumDec(table.rows.map((r) => r.amount)).eq(table.total)) differences++;
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
    ...(wholeYears.length > 0
      ? [
          check("CHECK_PERIOD_EQUALS_YEAR", yearDifferences === 0, {
            years: wholeYears.join(", "),
            yearCount: wholeYears.length,
            differences: yearDifferences,
          }),
        ]
      : []),
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
