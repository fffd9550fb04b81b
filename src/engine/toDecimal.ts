import { Dec } from "./decimal";

/** A value as callers hand it over: a Decimal, canonical decimal text, or a host's number. */
export type DecimalInput = Dec | string | number | null | undefined;

export type Coerced =
  { kind: "ok"; value: Dec } | { kind: "missing" } | { kind: "invalid"; text: string };

/** Decimal text as decimal.js and the xlsx format store it: digits, a point, an exponent. */
export const CANONICAL_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Canonical decimals only ("1234.5", "-2e3"). Localised text such as "1.883.249" or
 * "€ 1.234,56" is ambiguous without knowing its source, so the codecs in src/ports read it
 * and report it; the engine never guesses. A blank is missing, never zero.
 * Numbers arrive from hosts as doubles; decimal.js takes their shortest round-trip text,
 * which is what Excel shows (15 significant digits), not the binary expansion.
 */
export function toDecimal(x: DecimalInput): Coerced {
  if (x === null || x === undefined) return { kind: "missing" };
  if (typeof x === "number") {
    return Number.isFinite(x)
      ? { kind: "ok", value: new Dec(x) }
      : { kind: "invalid", text: String(x) };
  }
  if (typeof x === "string") {
    const t = x.trim();
    if (t === "") return { kind: "missing" };
    return CANONICAL_DECIMAL.test(t)
      ? { kind: "ok", value: new Dec(t) }
      : { kind: "invalid", text: x };
  }
  return x.isFinite() ? { kind: "ok", value: x } : { kind: "invalid", text: x.toString() };
}
