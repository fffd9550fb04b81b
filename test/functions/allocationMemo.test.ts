import fc from "fast-check";
import { allocationKey } from "../../src/functions/allocationMemo";
import { allocateAll } from "../../src/functions/functions";

describe("the memo key of raw allocation arguments", () => {
  test.each([
    ["numbers, blank decimals", [1883249, 0.5], 2246325, null, "|2246325;1883249;0.5"],
    ["omitted and empty decimals are blank too", [1], 2, undefined, "|2;1"],
    ["decimals given", [1], 2, 2, "2|2;1"],
    ["negative zero is zero, as excelNumberText reads it", [-0], -0, "", "|0;0"],
  ])("%s", (_what, budgets, total, decimals, key) => {
    expect(allocationKey(budgets, total, decimals)).toBe(key);
  });

  test.each([
    ["a negative budget", [1, -5], 10, null],
    ["a text budget", [1, "5"], 10, null],
    ["a blank budget", [1, null], 10, null],
    ["an error value", [1, { code: "#N/A" }], 10, null],
    ["a blank total", [1], null, null],
    ["an infinite total", [1], Infinity, null],
    ["text decimals", [1], 10, "2"],
  ])("none for arguments that do not read cleanly: %s", (_what, budgets, total, decimals) => {
    expect(allocationKey(budgets as unknown[], total, decimals)).toBeUndefined();
  });
});

test("fast-check: an allocation recalled from the memo answers as the first call did, rejections included", () => {
  const value = fc.oneof(
    fc.integer({ min: -3, max: 1000 }),
    fc.constantFrom(null, "", "x", 0.25, -0)
  );
  const answer = (call: () => unknown): unknown => {
    try {
      return call();
    } catch (e) {
      return (e as Error).message;
    }
  };
  fc.assert(
    fc.property(
      fc.array(value, { minLength: 1, maxLength: 8 }),
      value,
      fc.constantFrom(null, 0, 2, 7, -1, "twee"),
      (budgets, total, decimals) => {
        const call = () =>
          allocateAll(
            budgets.map((b) => [b]),
            total,
            decimals,
            { parameterAddresses: ["Sheet1!B2:B9", "Sheet1!F1", "Sheet1!F2"] }
          );
        expect(answer(call)).toEqual(answer(call));
      }
    ),
    { numRuns: 300 }
  );
});
