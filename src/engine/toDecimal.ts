import { Dec } from "./decimal";
import { decimalTextInBounds, decInBounds, shownValue } from "./numberBounds";

/** A value as callers hand it over: a Decimal, canonical decimal text, or a host's number. */
export type DecimalInput = Dec | string | number | null | undefined;

export type Coerced =
  | { kind: "ok"; value: Dec }
  | { kind: "missing" }
  | { kind: "invalid"; text: string }
  /** A number, but beyond NUMBER_BOUNDS: refused before any arithmetic can blow up on it. */
  | { kind: "out-of-range"; text: string };

/** Decimal text as decimal.js and the xlsx format store it: digits, a point, an exponent. */
export const CANONICAL_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Canonical decimals only ("1234.5", "-2e3"). Localised text such as "1.883.249" or
 * "€ 1.234,56" is ambiguous without knowing its source, so the codecs in src/ports read it
 * and report it; the engine never guesses. A blank is missing, never zero.
 * Numbers arrive from hosts as doubles; decimal.js takes their shortest round-trip text,
 * which is what Excel shows (15 significant digits), not the binary expansion. Every number is
 * checked against NUMBER_BOUNDS; text is checked before a Decimal is built from it.
 */
export function toDecimal(x: DecimalInput): Coerced {
  if (x === null || x === undefined) return { kind: "missing" };
  if (typeof x === "number")
    return Number.isFinite(x) ? bounded(new Dec(x)) : { kind: "invalid", text: String(x) };
  if (typeof x === "string") {
    const t = x.trim();
    if (t === "") return { kind: "missing" };
    if (!CANONICAL_DECIMAL.test(t)) return { kind: "invalid", text: shownValue(x) };
    return decimalTextInBounds(t)
      ? { kind: "ok", value: new Dec(t) }
      : { kind: "out-of-range", text: shownValue(t) };
  }
  return x.isFinite() ? bounded(x) : { kind: "invalid", text: x.toString() };
}

const bounded = (x: Dec): Coerced =>
  decInBounds(x)
    ? { kind: "ok", value: x }
    : { kind: "out-of-range", text: shownValue(x.toString()) };
