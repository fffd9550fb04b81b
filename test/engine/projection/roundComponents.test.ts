import { Dec } from "../../../src/engine/decimal";
import { brokenPrecondition } from "../brokenPrecondition";
import { ratFromDec } from "../../../src/engine/rational";
import { roundComponents } from "../../../src/engine/projection/roundComponents";

const split = (values: string[], decimals = 0, fixed: number[] = []) => {
  const r = roundComponents(
    values.map((v, i) => ({ exact: ratFromDec(new Dec(v)), fixed: fixed.includes(i) })),
    decimals
  );
  return [r.total.toString(), ...r.parts.map(String)];
};

test.each([
  // [exact components, decimals, fixed indexes, [total, ...parts]]
  [["1768968.4", "870908", "-156225.4"], 0, [], ["2483651", "1768968", "870908", "-156225"]],
  [["1.5", "1.5", "-1"], 0, [], ["2", "2", "1", "-1"]],
  [["0.4", "0.4", "0.4"], 0, [], ["1", "1", "0", "0"]],
  [["0.3", "0.4", "0.45"], 0, [], ["1", "0", "0", "1"]],
  [["2.5", "-0.5"], 0, [], ["2", "3", "-1"]],
  [["-0.5", "0", "0"], 0, [], ["-1", "-1", "0", "0"]],
  [["-1.2", "-1.2", "-1.2"], 0, [], ["-4", "-1", "-1", "-2"]],
  [["0.005", "0.005"], 2, [], ["0.01", "0.01", "0"]],
  [["1375417", "870908", "0"], 0, [0], ["2246325", "1375417", "870908", "0"]],
  [["1375417", "870908.6", "-0.3"], 0, [0], ["2246325", "1375417", "870908", "0"]],
  [["5", "7"], 0, [0, 1], ["12", "5", "7"]],
] as const)("%j to %i places (fixed %j) gives %j", (values, decimals, fixed, expected) => {
  expect(split([...values], decimals, [...fixed])).toEqual(expected);
});

test("an overridden component that is not whole units is a broken precondition", () => {
  expect(brokenPrecondition(() => split(["1.5", "2"], 0, [0]))).toBe(
    "PROJECTION_FIXED_NOT_WHOLE: an overridden component must be whole units"
  );
});
