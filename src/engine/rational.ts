import { Dec } from "./decimal";

/**
 * An exact rational number n/d with BigInt parts (d > 0). Shares such as 295299/4440794 have
 * no finite decimal form, so comparing remainders or summing pro-rated slices in decimals
 * would round somewhere; with rationals the only rounding is the one we name, at the end.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const ZERO: Rational = { n: 0n, d: 1n };

// Stryker disable next-line EqualityOperator: -0n is 0n
const absBig = (a: bigint): bigint => (a < 0n ? -a : a);

function gcd(a: bigint, b: bigint): bigint {
  let x = absBig(a);
  let y = absBig(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** The least common multiple of positive denominators; cheap when most already divide it (gcd takes one step), as the cells of one column do. */
export function lcmOf(denominators: Iterable<bigint>): bigint {
  let l = 1n;
  for (const d of denominators) l *= d / gcd(l, d);
  return l;
}

export function rat(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError("rational with zero denominator");
  // Stryker disable next-line EqualityOperator: d = 0 is refused on the line above
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
}

/**
 * A finite Decimal as digits / 10^places, read from its text: Decimal arithmetic (x · 10^k)
 * would round to the 40-digit precision and costs more than the BigInt work it feeds.
 * toFixed writes every digit and never an exponent.
 */
export function decDigits(x: Dec): { digits: bigint; places: number } {
  if (!x.isFinite()) throw new RangeError(`not a finite number: ${x.toString()}`);
  const places = x.decimalPlaces();
  return { digits: decScaled(x, places), places };
}

/**
 * x · 10^places as an integer, for a finite x with at most `places` decimals: its text padded
 * to `places` (toFixed pads, and never rounds here), the point taken out.
 */
export const decScaled = (x: Dec, places: number): bigint =>
  BigInt(x.toFixed(places).replace(".", ""));

/** units / 10^places as a Decimal, exactly: read as text with an exponent, not divided at the Decimal precision. */
export const decFromUnits = (units: bigint, places: number): Dec => new Dec(`${units}e-${places}`);

/** Exact value of a finite Decimal (every Decimal is finite decimal text: n / 10^k). */
export function ratFromDec(x: Dec): Rational {
  const { digits, places } = decDigits(x);
  return rat(digits, 10n ** BigInt(places));
}

export const ratZero = (): Rational => ZERO;
export const ratAdd = (a: Rational, b: Rational): Rational => rat(a.n * b.d + b.n * a.d, a.d * b.d);
export const ratSub = (a: Rational, b: Rational): Rational => ratAdd(a, { n: -b.n, d: b.d });
export const ratMul = (a: Rational, b: Rational): Rational => rat(a.n * b.n, a.d * b.d);
export const ratDiv = (a: Rational, b: Rational): Rational => rat(a.n * b.d, a.d * b.n);
export const ratCmp = (a: Rational, b: Rational): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const ratSign = (a: Rational): number => (a.n < 0n ? -1 : a.n > 0n ? 1 : 0);
export const ratAbs = (a: Rational): Rational => ({ n: absBig(a.n), d: a.d });

/** Largest integer ≤ a. */
export function ratFloor(a: Rational): bigint {
  // BigInt division rounds toward zero; the remainder has the numerator's sign (d > 0).
  const q = a.n / a.d;
  return a.n % a.d < 0n ? q - 1n : q;
}

/** Rounds to an integer, halves away from zero (Excel's ROUND). */
export function ratRoundHalfAway(a: Rational): bigint {
  const abs = ratAbs(a);
  const q = (2n * abs.n + abs.d) / (2n * abs.d);
  // Stryker disable next-line EqualityOperator: at 0 both branches give 0
  return a.n < 0n ? -q : q;
}

/** Decimal approximation for display: `places` decimals, halves away from zero. */
export function ratToDec(a: Rational, places: number): Dec {
  return decFromUnits(ratRoundHalfAway({ n: a.n * 10n ** BigInt(places), d: a.d }), places);
}

/**
 * ratToDec(a, places).toString() without making a Decimal (a table prints thousands of
 * shares): the rounded digits with trailing zeros dropped. From 10^40 on, or below 10^-39, the
 * Decimal prints an exponent (see decimal.ts), so those rare texts are left to it.
 */
export function ratToText(a: Rational, places: number): string {
  const units = ratRoundHalfAway({ n: a.n * 10n ** BigInt(places), d: a.d });
  const digits = absBig(units)
    .toString()
    .padStart(places + 1, "0");
  const whole = digits.slice(0, digits.length - places);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: below 10^40 the Decimal writes the same text; this only spares building it
  if (whole.length > 40 || places >= 40) return ratToDec(a, places).toString();
  const fraction = digits.slice(whole.length).replace(/0+$/, "");
  return `${units < 0n ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** Display text with exactly `places` decimals ('.' as decimal point), for JSON contracts. */
export const ratToFixed = (a: Rational, places: number): string =>
  ratToDec(a, places).toFixed(places);

/** A share as a percentage for display, e.g. 7/100 → 7.00 with places = 2. */
export const ratPercent = (a: Rational, places: number): Dec =>
  ratToDec({ n: a.n * 100n, d: a.d }, places);
