import { ratAdd, ratCmp, ratSub, type Rational } from "../rational";

/** A closed interval of exact values. */
export interface Interval {
  readonly lo: Rational;
  readonly hi: Rational;
}

/** The values a printed figure may stand for: value ± half a unit of its last printed place. */
export const around = (value: Rational, half: Rational): Interval => ({
  lo: ratSub(value, half),
  hi: ratAdd(value, half),
});

/**
 * The exact range of f over a box of intervals, for an f that is monotone in each argument on
 * that box: its extremes are then at corners, so evaluating the 2^n corners is exact, where
 * naive interval arithmetic would widen the range whenever a variable occurs twice (as the PW
 * volume does in PW / (Wsw + PW)).
 */
export function cornerRange(
  f: (...xs: Rational[]) => Rational,
  box: ReadonlyArray<Interval>
): Interval {
  let lo: Rational | undefined;
  let hi: Rational | undefined;
  for (let mask = 0; mask < 1 << box.length; mask++) {
    const v = f(...box.map((iv, k) => ((mask >> k) & 1 ? iv.hi : iv.lo)));
    if (!lo || ratCmp(v, lo) < 0) lo = v;
    if (!hi || ratCmp(v, hi) > 0) hi = v;
  }
  return { lo: lo as Rational, hi: hi as Rational };
}

/** Whether some value within `half` of the printed one lies in the range. */
export const follows = (printed: Rational, half: Rational, range: Interval): boolean =>
  ratCmp(ratAdd(printed, half), range.lo) >= 0 && ratCmp(ratSub(printed, half), range.hi) <= 0;
