import { Dec } from "./decimal";

/** The exact sum of decimals (rounded amounts add without rounding). */
export const sumDec = (values: ReadonlyArray<Dec>): Dec =>
  values.reduce((a, b) => a.plus(b), new Dec(0));
