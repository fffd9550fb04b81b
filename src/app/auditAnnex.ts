import { Dec } from '../engine/decimal';
import { formatAmount } from '../engine/formatAmount';
import { issue, type Issue } from '../engine/issue';
import type { IssueCode, Lang } from '../engine/messages';
import { rat, ratAbs, ratAdd, ratCmp, ratDiv, ratFromDec, ratMul, ratRoundHalfAway, ratSub, ratToDec, ratZero, type Rational } from '../engine/rational';
import type { AnnexComputation } from './computeAnnex';
import { euroText, unitText } from './euroText';
import type { AnnexInputs } from './readAnnex';

/**
 * The checks on the sheet Controle. They recompute every exact value from the decoded inputs
 * with their own rational arithmetic and hold the rounded amounts against them, so they do
 * not take the allocation's word for it. A check that holds is an 'info' finding, one that
 * fails an 'error'; the master check comes first.
 */
export function auditAnnex(inputs: AnnexInputs, computed: AnnexComputation, warnings: number, lang: Lang): Issue[] {
  const decimals = [...computed.perYear.values()][0]?.decimals ?? 0;
  const f = formats(decimals, lang);
  const checks: Issue[] = [
    check('CHECK_INPUTS_COMPLETE', true, {
      municipalities: inputs.budgets.rows.length,
      years: computed.years.join(', '),
      warnings,
    }),
  ];
  for (const year of computed.years) {
    const amounts = computed.perYear.get(year)!.rows;
    const weights = inputs.budgets.rows.map((r) => ratFromDec(r.weights[year]!));
    const sumWeights = weights.reduce(ratAdd, ratZero());
    const total = ratFromDec(inputs.totals.get(year)!);
    const exact = weights.map((w) => ratDiv(ratMul(total, w), sumWeights));
    const sum = amounts.reduce((s, r) => s.plus(r.amount), new Dec(0));
    const rounded = roundTo(total, decimals);
    checks.push(check('CHECK_YEAR_ADDS_UP', sum.eq(rounded), { year, sum: f.amount(sum), total: f.amount(rounded) }));
    const target = ratDiv(total, sumWeights);
    const paying = amounts.map((r, i) => ({ amount: ratFromDec(r.amount), weight: weights[i]! })).filter((r) => r.weight.n !== 0n);
    const pcts = paying.map((r) => ratDiv(r.amount, r.weight));
    // "The same percentage to the rounding": off the common rate by less than one unit of that row's budget.
    const samePercent = paying.every((r, i) => ratCmp(ratMul(ratAbs(ratSub(pcts[i]!, target)), r.weight), f.unitRat) < 0);
    checks.push(check('CHECK_YEAR_SAME_PERCENT', samePercent, { year, min: f.pct(pcts.reduce(min, target)), max: f.pct(pcts.reduce(max, target)) }));
    const largest = largestGap(amounts.map((r, i) => [ratFromDec(r.amount), exact[i]!]));
    checks.push(check('CHECK_YEAR_WITHIN_UNIT', ratCmp(largest, f.unitRat) < 0, { year, max: f.gap(largest), unit: f.unit }));
  }
  if (computed.period) checks.push(...auditPeriod(inputs, computed, f));
  const failed = checks.filter((c) => c.severity === 'error').length;
  const master = failed === 0 ? check('CHECK_ALL_PASSED', true, { count: checks.length }) : check('CHECK_SOME_FAILED', false, { failed, count: checks.length });
  return [master, ...checks];
}

function auditPeriod(inputs: AnnexInputs, computed: AnnexComputation, f: Formats): Issue[] {
  const table = computed.period!;
  const rows = inputs.budgets.rows;
  let differences = 0;
  const gaps: Array<[Rational, Rational]> = [];
  let exactGrand = ratZero();
  for (const slice of table.slices) {
    const weights = rows.map((r) => ratFromDec(r.weights[slice.year]!));
    const sumWeights = weights.reduce(ratAdd, ratZero());
    const part = ratMul(ratFromDec(inputs.totals.get(slice.year)!), slice.fraction);
    exactGrand = ratAdd(exactGrand, part);
    const column = table.rows.reduce((s, r) => s.plus(r.slices[slice.year]!), new Dec(0));
    if (!column.eq(slice.total)) differences++;
    gaps.push([ratFromDec(slice.total), part]);
    table.rows.forEach((r, i) => gaps.push([ratFromDec(r.slices[slice.year]!), ratDiv(ratMul(part, weights[i]!), sumWeights)]));
  }
  table.rows.forEach((r, i) => {
    if (!table.slices.reduce((s, sl) => s.plus(r.slices[sl.year]!), new Dec(0)).eq(r.amount)) differences++;
    const exact = table.slices.reduce((s, sl) => {
      const weights = rows.map((row) => ratFromDec(row.weights[sl.year]!));
      const share = ratDiv(weights[i]!, weights.reduce(ratAdd, ratZero()));
      return ratAdd(s, ratMul(ratMul(ratFromDec(inputs.totals.get(sl.year)!), sl.fraction), share));
    }, ratZero());
    gaps.push([ratFromDec(r.amount), exact]);
  });
  const grand = roundTo(exactGrand, table.decimals);
  if (!table.slices.reduce((s, sl) => s.plus(sl.total), new Dec(0)).eq(table.total) || !grand.eq(table.total)) differences++;
  const largest = largestGap(gaps);
  return [
    check('CHECK_PERIOD_ADDS_UP', differences === 0, { start: table.period.start, end: table.period.end, differences, total: f.amount(table.total) }),
    check('CHECK_PERIOD_WITHIN_UNIT', ratCmp(largest, f.unitRat) < 0, { max: f.gap(largest), unit: f.unit }),
  ];
}

const check = (code: IssueCode, holds: boolean, params: Record<string, string | number>): Issue =>
  issue(code, holds ? 'info' : 'error', undefined, params);

const min = (a: Rational, b: Rational): Rational => (ratCmp(a, b) <= 0 ? a : b);
const max = (a: Rational, b: Rational): Rational => (ratCmp(a, b) >= 0 ? a : b);

const largestGap = (pairs: ReadonlyArray<readonly [Rational, Rational]>): Rational =>
  pairs.reduce((m, [a, b]) => max(m, ratAbs(ratSub(a, b))), ratZero());

/** A rational rounded half away from zero to `decimals` places: Excel's ROUND. */
function roundTo(x: Rational, decimals: number): Dec {
  const scale = 10n ** BigInt(decimals);
  return new Dec(ratRoundHalfAway(ratMul(x, rat(scale))).toString()).div(scale.toString());
}

interface Formats {
  readonly unitRat: Rational;
  readonly unit: string;
  amount(x: Dec): string;
  gap(x: Rational): string;
  pct(x: Rational): string;
}

function formats(decimals: number, lang: Lang): Formats {
  const unitRat = rat(1n, 10n ** BigInt(decimals));
  return {
    unitRat,
    unit: unitText(decimals, lang),
    amount: (x) => euroText(x, decimals, lang),
    // Two places more than the amounts, so a gap of 0.4 does not show as 0.
    gap: (x) => euroText(ratToDec(x, decimals + 2), decimals + 2, lang),
    pct: (x) => `${formatAmount(ratToDec(ratMul(x, rat(100n)), 4), 4, lang)}%`,
  };
}
