import Decimal from "decimal.js";

/** The named rounding rule for every published amount: half away from zero, as Excel's ROUND (decimal.js calls it ROUND_HALF_UP). */
export const ROUND_HALF_AWAY_FROM_ZERO = Decimal.ROUND_HALF_UP;

/**
 * The engine's one Decimal constructor. A clone, never the global `Decimal.set`, so that no
 * other code in the same runtime (Office, a host page) can change our precision or rounding.
 * 40 significant digits hold any euro amount with cents and the 20-digit shares we print;
 * exact apportionment itself runs on BigInt rationals (see rational.ts), not on this.
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: ROUND_HALF_AWAY_FROM_ZERO,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof Dec>;
