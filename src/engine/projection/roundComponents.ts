import { apportion } from "../apportion";
import type { Dec } from "../decimal";
import { EngineError } from "../engineError";
import {
  decFromUnits,
  lcmOf,
  ratAdd,
  ratFloor,
  ratMul,
  ratRoundHalfAway,
  ratZero,
  rat,
  type Rational,
} from "../rational";

export interface Component {
  readonly exact: Rational;
  /** An overridden component keeps its value: it must already be whole units. */
  readonly fixed: boolean;
}

export interface RoundedComponents {
  /** Σ exact, rounded once, half away from zero, to `decimals` places. */
  readonly total: Dec;
  /** Each within one unit of its exact value; they add up to `total` exactly. */
  readonly parts: Dec[];
}

/**
 * Rounds the total once and splits it over its components by largest remainder, so the
 * printed components add up to the printed total (the published table misses by €1 in three
 * years). Components may have either sign (the effect of higher added value is negative), so
 * each starts from its floor rather than from its value toward zero: the fractional parts are
 * then all in [0, 1) and the units left over, round(Σ) − Σ floor, lie in [0, n] — exactly the
 * precondition of apportion. Equal remainders go to the earlier component (printed order).
 */
export function roundComponents(
  components: ReadonlyArray<Component>,
  decimals: number
): RoundedComponents {
  const unit = 10n ** BigInt(decimals);
  const scaled = components.map((c) => ratMul(c.exact, rat(unit)));
  const sum = scaled.reduce(ratAdd, ratZero());
  const target = ratRoundHalfAway(sum);
  let rest = target;
  const floors: bigint[] = [];
  const free: number[] = [];
  scaled.forEach((s, i) => {
    if (components[i]!.fixed) {
      if (s.d !== 1n)
        throw new EngineError(
          "PROJECTION_FIXED_NOT_WHOLE",
          "an overridden component must be whole units"
        );
      floors.push(s.n);
      rest -= s.n;
    } else {
      const f = ratFloor(s);
      floors.push(f);
      free.push(i);
      rest -= f;
    }
  });
  const denominator = lcmOf(free.map((i) => (scaled[i] as Rational).d));
  const fractions = free.map((i) => {
    const s = scaled[i] as Rational;
    return (s.n - (floors[i] as bigint) * s.d) * (denominator / s.d);
  });
  const extra = apportion(fractions, denominator, rest);
  free.forEach((i, k) => (floors[i] = (floors[i] as bigint) + (extra[k] as bigint)));
  return {
    total: decFromUnits(target, decimals),
    parts: floors.map((u) => decFromUnits(u, decimals)),
  };
}
