import fc from "fast-check";
import { readDecimal, showDecimal } from "../../src/taskpane/common/decimalText";

describe("numbers as a user types them", () => {
  test.each([
    ["nl", "1548,8", "unit", "1548.8"],
    ["en", "1548.8", "unit", "1548.8"],
    ["nl", "8.218.502", "unit", "8218502"],
    ["en", "8,218,502", "unit", "8218502"],
    ["nl", "50", "percent", "0.5"],
    ["nl", "-5,8", "percent", "-0.058"],
    ["en", "0.01", "percent", "0.0001"],
    ["nl", " ", "unit", ""],
    ["nl", "PM", "unit", "PM"],
    ["en", "1.234,5", "unit", "1.234,5"],
    // Out of range comes back as typed, for the engine to refuse naming the parameter.
    ["nl", "1.000.000.000.000.000", "unit", "1.000.000.000.000.000"],
  ] as const)('%s "%s" (%s) reads as "%s"', (lang, typed, scale, canonical) => {
    expect(readDecimal(typed, lang, scale)).toBe(canonical);
  });

  test.each([
    ["nl", "0.5", "percent", "50"],
    ["nl", "1548.8", "unit", "1548,8"],
    ["en", "-0.1021", "percent", "-10.21"],
    ["nl", "PM", "unit", "PM"],
  ] as const)('%s shows "%s" (%s) as "%s"', (lang, canonical, scale, shown) => {
    expect(showDecimal(canonical, lang, scale)).toBe(shown);
  });

  test("what is shown reads back as the same value, in both languages and both scales", () => {
    // Within the number bounds (|x| < 10^15) also when shown as a percentage.
    const decimal = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 8 }))
      .map(([negative, digits, places]) => {
        const s = digits.toString().padStart(places + 1, "0");
        const text = places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
        const trimmed = text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
        return negative && trimmed !== "0" ? `-${trimmed}` : trimmed;
      });
    fc.assert(
      fc.property(
        decimal,
        fc.constantFrom("nl" as const, "en" as const),
        fc.constantFrom("unit" as const, "percent" as const),
        (value, lang, scale) => {
          expect(readDecimal(showDecimal(value, lang, scale), lang, scale)).toBe(value);
        }
      )
    );
  });
});
