import { Dec } from "../../src/engine/decimal";
import { plusPrice } from "../../src/engine/plusPrice";

test.each([
  ["1000", undefined, "1030"],
  ["100", "0.1", "110"],
  ["0.5", undefined, "0.52"], // 0.515 rounds half away from zero
  ["12345.67", undefined, "12716.04"], // 12716.0401
  ["0", undefined, "0"],
  ["4100", "0", "4100"],
])("cost %s with markup %s costs %s", (cost, markup, price) => {
  expect(
    plusPrice(new Dec(cost), markup === undefined ? undefined : new Dec(markup)).toString()
  ).toBe(price);
});
