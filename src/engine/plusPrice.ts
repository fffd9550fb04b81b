import { Dec } from "./decimal";
import { ratAdd, ratFromDec, ratMul, ratToDec, rat } from "./rational";

/** The published markup for return and risk on optional services: cost price plus 3%. */
export const PLUS_MARKUP = new Dec("0.03");

/**
 * The price of an optional (plus) package: cost × (1 + markup), exact, rounded once to the
 * cent, halves away from zero. Prices are invoiced in cents, unlike the whole-euro lump sum.
 */
export const plusPrice = (cost: Dec, markup: Dec = PLUS_MARKUP): Dec =>
  ratToDec(ratMul(ratFromDec(cost), ratAdd(rat(1n), ratFromDec(markup))), 2);
