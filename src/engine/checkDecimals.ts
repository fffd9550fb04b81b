import { issue, type Issue } from "./issue";

/** Places an amount may be rounded to: 0 (whole euros, as published) up to 6. */
export const MAX_DECIMALS = 6;

/**
 * The `decimals` a caller passes, checked before any arithmetic uses it (10^decimals): a
 * finding, never a RangeError from deep inside.
 */
export function checkDecimals(decimals: number): Issue[] {
  return Number.isInteger(decimals) && decimals >= 0 && decimals <= MAX_DECIMALS
    ? []
    : [issue("DECIMALS_INVALID", "error", undefined, { value: String(decimals) })];
}
