import { Dec } from "../../src/engine/decimal";
import { formatAmount } from "../../src/engine/formatAmount";

test.each([
  ["2246325", 0, "nl", "2.246.325"],
  ["2246325", 0, "en", "2,246,325"],
  ["-156225", 0, "nl", "-156.225"],
  ["1234.5", 2, "nl", "1.234,50"],
  ["1234.565", 2, "en", "1,234.57"],
  ["90071992547409931.25", 2, "en", "90,071,992,547,409,931.25"],
] as const)("%s with %i decimals in %s is %s", (value, decimals, lang, expected) => {
  expect(formatAmount(new Dec(value), decimals, lang)).toBe(expected);
});
