import fc from "fast-check";
import { ratToDec, ratToText } from "../../src/engine/rational";

const bigint = fc.oneof(
  fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
  fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n })
);

test("fast-check: ratToText prints what the Decimal of ratToDec prints, at every size and precision", () => {
  fc.assert(
    fc.property(
      bigint,
      bigint.filter((d) => d > 0n),
      fc.integer({ min: 0, max: 45 }),
      (n, d, places) => {
        expect(ratToText({ n, d }, places)).toBe(ratToDec({ n, d }, places).toString());
      }
    ),
    { numRuns: 2000 }
  );
});

test.each([
  [1n, 3n, 12, "0.333333333333"],
  [1n, 4n, 12, "0.25"],
  [-1n, 2n, 0, "-1"],
  [-1n, 10n ** 13n, 12, "0"],
  [10n ** 40n, 1n, 2, "1e+40"],
  [10n ** 40n - 1n, 1n, 0, "9999999999999999999999999999999999999999"],
])("%s/%s to %s places: %s", (n, d, places, text) => {
  expect(ratToText({ n, d }, places)).toBe(text);
});
