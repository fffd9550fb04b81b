import type { Dec } from "./decimal";

/**
 * How large and how fine a number we read may be: far beyond any budget, total or parameter
 * (the largest P-budget is some 10^7 euros; a double written with 17 significant digits has at
 * most 20 places), and small enough that exact arithmetic on it stays cheap. Without a bound one
 * cell holding 1E+900000000 made the exact apportionment build a 900-million-digit integer.
 */
export const NUMBER_BOUNDS = {
  /** |x| < 10^15. */
  maxIntegerDigits: 15,
  maxDecimalPlaces: 20,
} as const;

/** Anchored and without nested repetition: one pass, whatever the text. */
const PARTS = /^[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?)(\d+))?$/;
/** An exponent this long is out of range for any mantissa that survives the digit count. */
const MAX_EXPONENT_DIGITS = 6;

const ZERO = 0x30;

/**
 * Whether decimal text (digits, a point, an exponent: what decimal.js and the xlsx format
 * write) lies within NUMBER_BOUNDS, decided from its digits and exponent alone — plain scans
 * over the text, no number built, so a megabyte of digits costs a megabyte of steps and no
 * more. Zero is in bounds whatever its exponent. False for text that is not decimal text.
 */
export function decimalTextInBounds(text: string): boolean {
  const m = PARTS.exec(text);
  if (!m || (m[1] === "" && !m[2])) return false;
  const whole = m[1]!;
  const digits = whole + (m[2] ?? "");
  let first = 0;
  while (first < digits.length && digits.charCodeAt(first) === ZERO) first++;
  if (first === digits.length) return true;
  let last = digits.length - 1;
  while (digits.charCodeAt(last) === ZERO) last--;
  const significant = last - first + 1;
  const { maxIntegerDigits, maxDecimalPlaces } = NUMBER_BOUNDS;
  if (significant > maxIntegerDigits + maxDecimalPlaces) return false;
  const exponentDigits = m[4] ?? "0";
  let lead = 0;
  while (lead < exponentDigits.length - 1 && exponentDigits.charCodeAt(lead) === ZERO) lead++;
  if (exponentDigits.length - lead > MAX_EXPONENT_DIGITS) return false;
  const exponent = (m[3] === "-" ? -1 : 1) * Number(exponentDigits.slice(lead));
  // value = 0.d₁d₂…dₖ × 10^point, d₁ the first significant digit: `point` integer digits, k − point places.
  const point = whole.length - first + exponent;
  return point <= maxIntegerDigits && significant - point <= maxDecimalPlaces;
}

/** The same bounds for a Decimal a host already built (a double from Excel, say). */
export const decInBounds = (x: Dec): boolean =>
  x.isFinite() &&
  (x.isZero() ||
    (x.e < NUMBER_BOUNDS.maxIntegerDigits && x.decimalPlaces() <= NUMBER_BOUNDS.maxDecimalPlaces));

/** A long value shown in a finding: its start and its length, never megabytes of it. */
export const shownValue = (text: string): string =>
  text.length <= 40 ? text : `${text.slice(0, 24)}… (${text.length} tekens/characters)`;
