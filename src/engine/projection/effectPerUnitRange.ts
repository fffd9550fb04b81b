import { rat, ratAdd, ratCmp, ratDiv, ratSign, ratSub, type Rational } from "../rational";
import type { PrintedFigure, PrintedTable } from "./printedProjection";

export interface EffectPerUnitRange {
  /** The euros per unit of PW growth (share × uplift × added value per unit) every year allows. */
  readonly lo: Rational;
  /** undefined: no upper bound. */
  readonly hi?: Rational;
  /** The first year whose printed effect no common amount per unit fits, if any. */
  readonly conflictYear?: number;
}

/**
 * Which amounts k ≥ 0 per unit of PW growth since the base year fit every printed
 * `effect hogere TW` = −k × (PW_t − PW_base), given that the printed PW volumes are rounded to
 * 0.1 (so the growth is known to ±0.1) and the effect to the euro (±0.5).
 * For the published table: 2022 allows [2,283.98; 2,290.70], 2023 [2,286.12; 2,289.81],
 * 2024 [2,287.40; 2,290.10], 2025 [2,287.55; 2,289.76]. Their intersection,
 * [2,287.55; 2,289.76], contains 2,288 = 50% × 10% × 45,760: hence the published parameters
 * (the 45,760 itself is not printed) reproduce the row to within rounding.
 */
export function effectPerUnitRange(table: PrintedTable, baseYear: number): EffectPerUnitRange {
  const b = table.years.indexOf(baseYear);
  const base = table.rows.pw[b] as PrintedFigure;
  let k: Bounds = { lo: rat(0n) };
  for (let i = 0; i < table.years.length; i++) {
    const e = table.rows.effectHogereTw[i] as PrintedFigure;
    const p = table.rows.pw[i] as PrintedFigure;
    // The base year's growth is exactly zero: one volume minus itself, not two roundings.
    const slack = i === b ? rat(0n) : ratAdd(p.half, base.half);
    const growth = ratSub(p.value, base.value);
    // −k·Δ over Δ ∈ [g − s, g + s] is [−k(g + s), −k(g − s)]; it meets [e − ½, e + ½] iff
    // k(g + s) ≥ −(e + ½) and k(g − s) ≤ ½ − e.
    const next = narrow(k, ratAdd(growth, slack), ratSub(rat(0n), ratAdd(e.value, e.half)), 1);
    const after = next && narrow(next, ratSub(growth, slack), ratSub(e.half, e.value), -1);
    if (!after) return { ...k, conflictYear: table.years[i] as number };
    k = after;
  }
  return k;
}

type Bounds = { readonly lo: Rational; readonly hi?: Rational };

/** k narrowed to k·coef ≥ v (dir 1) or k·coef ≤ v (dir −1); undefined when nothing is left. */
function narrow({ lo, hi }: Bounds, coef: Rational, v: Rational, dir: 1 | -1): Bounds | undefined {
  const s = ratSign(coef);
  if (s === 0) return dir * ratSign(v) > 0 ? undefined : { lo, ...(hi ? { hi } : {}) };
  const q = ratDiv(v, coef);
  const [newLo, newHi] =
    s * dir > 0
      ? [ratCmp(q, lo) > 0 ? q : lo, hi]
      : [lo, hi === undefined || ratCmp(q, hi) < 0 ? q : hi];
  return newHi === undefined || ratCmp(newLo, newHi) <= 0
    ? { lo: newLo, ...(newHi ? { hi: newHi } : {}) }
    : undefined;
}
