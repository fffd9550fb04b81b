import { Dec } from "../../engine/decimal";

/**
 * Excel hands numbers to JavaScript as doubles. Their shortest round-trip text ("0.1", not
 * 0.1000000000000000055…) is the number the user typed and sees, so that is the decimal we
 * take: decimal.js reads a JS number through that text, and Dec prints it without exponent.
 * Negative zero becomes "0": a cell cannot show -0.
 */
export const excelNumberText = (x: number): string => new Dec(x === 0 ? 0 : x).toString();
