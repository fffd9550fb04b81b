import { Dec } from "../../src/engine/decimal";
import {
  decDigits,
  decFromUnits,
  lcmOf,
  rat,
  ratAdd,
  ratCmp,
  ratDiv,
  ratFloor,
  ratFromDec,
  ratMul,
  ratRoundHalfAway,
  ratSign,
  ratSub,
  ratToFixed,
  ratToText,
  ratAbs,
  type Rational,
} from "../../src/engine/rational";

/** A rational as "n/d", one line per vector. */
const show = (r: Rational) => `${r.n}/${r.d}`;
const q = (n: number, d = 1): Rational => ({ n: BigInt(n), d: BigInt(d) });

test.each<[number, number, string]>([
  [6, 4, "3/2"],
  [6, -4, "-3/2"], // the sign moves to the numerator
  [-6, 4, "-3/2"],
  [-6, -4, "3/2"],
  [0, 5, "0/1"],
  [7, 1, "7/1"],
  [12, 18, "2/3"],
])("rat(%i, %i) is %s", (n, d, expected) => expect(show(rat(BigInt(n), BigInt(d)))).toBe(expected));

test("a zero denominator and a non-finite decimal are broken preconditions", () => {
  expect(() => rat(1n, 0n)).toThrow(new RangeError("rational with zero denominator"));
  expect(() => decDigits(new Dec(Infinity))).toThrow(
    new RangeError("not a finite number: Infinity")
  );
  expect(() => decDigits(new Dec(NaN))).toThrow(RangeError);
});

test.each<[bigint[], bigint]>([
  [[], 1n],
  [[4n, 6n], 12n],
  [[6n, 4n], 12n],
  [[3n, 3n, 3n], 3n],
  [[2n, 3n, 4n], 12n],
  [[10n, 15n], 30n],
])("lcmOf(%j) is %s", (ds, expected) => expect(lcmOf(ds)).toBe(expected));

test.each<[string, string, number]>([
  ["1883249", "1883249", 0],
  ["1.5", "15", 1],
  ["-0.05", "-5", 2],
  ["0", "0", 0],
  ["1e41", `1${"0".repeat(41)}`, 0], // written out, never as an exponent
  ["1e-41", "1", 41],
])("decDigits(%s) is %s over 10^%i", (x, digits, places) =>
  expect(decDigits(new Dec(x))).toEqual({ digits: BigInt(digits), places })
);

test.each<[bigint, number, string]>([
  [5n, 0, "5"],
  [150n, 2, "1.5"],
  [-5n, 2, "-0.05"],
  [0n, 3, "0"],
])("decFromUnits(%s, %i) is %s", (units, places, expected) =>
  expect(decFromUnits(units, places).toString()).toBe(expected)
);

test.each<[Rational, number]>([
  [q(-4, 2), -2], // a whole negative number is its own floor
  [q(-3, 2), -2],
  [q(3, 2), 1],
  [q(4, 2), 2],
  [q(0, 3), 0],
  [q(-1, 3), -1],
])("ratFloor(%j) is %i", (a, expected) => expect(ratFloor(a)).toBe(BigInt(expected)));

test.each<[Rational, number]>([
  [q(1, 2), 1],
  [q(-1, 2), -1],
  [q(3, 2), 2],
  [q(-3, 2), -2],
  [q(5, 4), 1],
  [q(-5, 4), -1],
  [q(0, 1), 0],
  [q(-7, 10), -1],
])("ratRoundHalfAway(%j) is %i", (a, expected) =>
  expect(ratRoundHalfAway(a)).toBe(BigInt(expected))
);

test.each<[Rational, Rational, string, string, string, string, number]>([
  // a, b, a + b, a − b, a × b, a ÷ b, sign of a − b
  [q(1, 2), q(1, 3), "5/6", "1/6", "1/6", "3/2", 1],
  [q(1, 4), q(1, 4), "1/2", "0/1", "1/16", "1/1", 0],
  [q(-1, 2), q(1, 2), "0/1", "-1/1", "-1/4", "-1/1", -1],
])("%j and %j: sum %s, difference %s, product %s, quotient %s", (a, b, sum, dif, pro, quo, cmp) => {
  expect([ratAdd(a, b), ratSub(a, b), ratMul(a, b), ratDiv(a, b)].map(show)).toEqual([
    sum,
    dif,
    pro,
    quo,
  ]);
  expect(ratCmp(a, b)).toBe(cmp);
});

test.each<[Rational, number, string]>([
  [q(-3, 2), -1, "3/2"],
  [q(0, 1), 0, "0/1"],
  [q(3, 2), 1, "3/2"],
])("ratSign(%j) is %i and ratAbs is %s", (a, sign, abs) => {
  expect(ratSign(a)).toBe(sign);
  expect(show(ratAbs(a))).toBe(abs);
});

test.each<[Rational, number, string]>([
  [q(1, 3), 4, "0.3333"],
  [q(2, 3), 2, "0.67"],
  [q(-2, 3), 2, "-0.67"],
  [q(1, 2), 0, "1"],
  [q(0, 1), 2, "0"], // no "-0", no trailing zeros
  [q(-1, 1000), 2, "0"], // rounds to zero: no sign
  [q(150, 100), 3, "1.5"],
  [rat(10n ** 39n), 0, `1${"0".repeat(39)}`],
  [rat(10n ** 40n), 0, "1e+40"], // from 10^40 on the Decimal's own exponent
  [rat(1n, 10n ** 39n), 39, `0.${"0".repeat(38)}1`],
  [rat(1n, 10n ** 40n), 40, "1e-40"],
])("ratToText(%j, %i) is %s", (a, places, expected) => expect(ratToText(a, places)).toBe(expected));

test("ratToFixed writes exactly the places asked", () => {
  expect(ratToFixed(q(1, 3), 3)).toBe("0.333");
  expect(ratToFixed(q(1, 1), 2)).toBe("1.00");
  expect(show(ratFromDec(new Dec("-0.25")))).toBe("-1/4");
});
