import { apportion } from "../../src/engine/apportion";
import { codePointCompare } from "../../src/engine/codePointCompare";
import { brokenPrecondition } from "./brokenPrecondition";

const byIndex = (i: number, j: number) => i - j;
/** Largest remainder over numerators / denominator to `target` units, as one line. */
const split = (numerators: number[], denominator: number, target: number) =>
  apportion(numerators.map(BigInt), BigInt(denominator), BigInt(target), byIndex).join(" ");
/** The code of the broken precondition, and that its message says what broke. */
const broken = (numerators: number[], denominator: number, target: number) =>
  brokenPrecondition(() => split(numerators, denominator, target));

test.each<[number[], number, number, string]>([
  [[1, 1, 1], 2, 2, "1 1 0"], // ½ each, two units left: the first two
  [[3, 1], 4, 1, "1 0"],
  [[1, 3], 4, 1, "0 1"],
  [[5, 5, 5, 5], 10, 2, "1 1 0 0"],
  [[4, 4], 2, 4, "2 2"], // nothing left over
  [[0, 0], 1, 0, "0 0"],
  [[-1, -1, -1], 2, -2, "-1 -1 0"], // the mirror image: outward, largest remainder first
  [[-3, 0], 10, 0, "0 0"], // -0.3 rounds to 0: the sign of the exact sum decides
  [[7, 1, 6, 2, 5, 3, 4], 8, 4, "1 0 1 0 1 0 1"], // the four largest of seven, by selection
  [[2, 9, 4, 9, 1, 9, 9, 3], 10, 4, "0 1 0 1 0 1 1 0"],
])("apportion %j / %i to %i units → %s", (numerators, denominator, target, expected) =>
  expect(split(numerators, denominator, target)).toBe(expected)
);

test.each<[number[], number, number, string]>([
  [[1], 0, 0, "APPORTION_DENOMINATOR: denominator must be positive"],
  [[1], -2, 0, "APPORTION_DENOMINATOR: denominator must be positive"],
  [[1, -1], 2, 0, "APPORTION_SIGN: every exact value must have the sign of the target"],
  [[-1, 1], 2, 0, "APPORTION_SIGN: every exact value must have the sign of the target"],
  [[1, 1], 2, 3, "APPORTION_TARGET: target 3 is not a rounding of the exact sum"],
  [[1, 1], 2, -1, "APPORTION_TARGET: target -1 is not a rounding of the exact sum"],
  [[-1, -1], 2, 1, "APPORTION_TARGET: target 1 is not a rounding of the exact sum"],
])("apportion %j / %i to %i breaks its precondition: %s", (numerators, denominator, target, e) =>
  expect(broken(numerators, denominator, target)).toBe(e)
);

// Unicode code-point order, the last tie-break: every position counts, not only the first.
test.each<[string, string, number]>([
  ["Aa", "Ab", -1],
  ["Ab", "Aa", 1],
  ["Oss", "Oss", 0],
  ["Os", "Oss", -1],
  ["Oss", "Os", 1],
  ["B", "a", -1],
  ["\uFFFD", "\u{1D49C}", -1], // by code point, where UTF-16 code units would say otherwise
  ["\u{1D49C}x", "\u{1D49C}y", -1],
])("codePointCompare(%j, %j) has the sign %i", (a, b, sign) =>
  expect(Math.sign(codePointCompare(a, b))).toBe(sign)
);
