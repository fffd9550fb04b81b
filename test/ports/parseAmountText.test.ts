import fc from "fast-check";
import { Dec } from "../../src/engine/decimal";
import { catalogue } from "../../src/engine/messages";
import { parseAmountText, type Convention } from "../../src/ports/parseAmountText";

const read = (text: string, convention?: Convention) => {
  const r = parseAmountText(text, convention);
  return r.ok ? r.value.toString() : r.code;
};

describe("parseAmountText vectors", () => {
  it.each([
    ["1883249", undefined, "1883249"],
    ["1.883.249", undefined, "1883249"],
    ["1,883,249.00", undefined, "1883249"],
    ["€ 1.234,56", undefined, "1234.56"],
    ["€\u00a01.234,56", undefined, "1234.56"],
    ["1\u202f883\u202f249", undefined, "1883249"],
    ["-€1,234.50", undefined, "-1234.5"],
    ["€ -1.234,56", undefined, "-1234.56"],
    ["\u22121.234.567", undefined, "-1234567"],
    ["€ 1.234,-", undefined, "1234"],
    ["1234.5", undefined, "1234.5"],
    ["0,5", undefined, "0.5"],
    ["EUR 12", undefined, "12"],
    ["1.234", "nl", "1234"],
    ["1.234", "en", "1.234"],
    ["1,234", "nl", "1.234"],
    ["1,234", "en", "1234"],
    ["1.234", undefined, "AMOUNT_AMBIGUOUS"],
    ["1,234", undefined, "AMOUNT_AMBIGUOUS"],
    ["-12,345", undefined, "AMOUNT_AMBIGUOUS"],
    ["1234.5", "nl", "AMOUNT_NOT_NUMBER"],
    ["1.234,5", "en", "AMOUNT_NOT_NUMBER"],
    ["12.34.567", undefined, "AMOUNT_NOT_NUMBER"],
    ["1.23E+06", undefined, "AMOUNT_NOT_NUMBER"],
    ["51%", undefined, "AMOUNT_NOT_NUMBER"],
    ["--5", undefined, "AMOUNT_NOT_NUMBER"],
    ["€ 5 €", undefined, "AMOUNT_NOT_NUMBER"],
    ["1.234,-", "en", "AMOUNT_NOT_NUMBER"],
    ["", undefined, "AMOUNT_BLANK"],
    ["\u00a0 ", undefined, "AMOUNT_BLANK"],
    ["PM", undefined, "AMOUNT_PLACEHOLDER"],
    ["n.v.t.", undefined, "AMOUNT_PLACEHOLDER"],
    ["nvt", undefined, "AMOUNT_PLACEHOLDER"],
    ["-", undefined, "AMOUNT_PLACEHOLDER"],
    ["—", undefined, "AMOUNT_PLACEHOLDER"],
    ["?", undefined, "AMOUNT_PLACEHOLDER"],
    ["#VERW!", undefined, "CELL_ERROR"],
    ["#n/b", undefined, "CELL_ERROR"],
    ["#DEEL/0!", undefined, "CELL_ERROR"],
  ] as const)("%j (%s) → %s", (text, convention, expected) => {
    expect(read(text, convention)).toBe(expected);
  });

  it("says what an ambiguous text means in each convention", () => {
    const r = parseAmountText("1.234");
    expect(!r.ok && r.readings && [r.readings.nl.toString(), r.readings.en.toString()]).toEqual([
      "1234",
      "1.234",
    ]);
  });

  it("warns only when it had to interpret separators, signs or spaces", () => {
    expect(parseAmountText("1234.5")).not.toHaveProperty("warning");
    expect(parseAmountText("-1234")).not.toHaveProperty("warning");
    expect(parseAmountText("1.883.249")).toHaveProperty("warning", "AMOUNT_FORMATTED_TEXT");
    expect(parseAmountText("€ 12")).toHaveProperty("warning", "AMOUNT_FORMATTED_TEXT");
  });
});

// Amounts as Dec: up to 13 integer digits and 0–4 decimals, both signs.
const amount = fc
  .tuple(
    fc.bigInt({ min: -(10n ** 15n - 1n), max: 10n ** 15n - 1n }),
    fc.integer({ min: 0, max: 4 })
  )
  .map(([units, places]) => new Dec(units.toString()).div(new Dec(10).pow(places)));

const intl = (
  value: Dec,
  convention: Convention,
  style: "decimal" | "currency",
  grouping: boolean
): string => {
  const places = value.decimalPlaces();
  return new Intl.NumberFormat(convention === "nl" ? "nl-NL" : "en-GB", {
    style,
    currency: "EUR",
    useGrouping: grouping,
    minimumFractionDigits: places,
    maximumFractionDigits: places,
  }).format(value.toFixed(places) as unknown as number);
};

describe("parseAmountText properties", () => {
  it("formatting an amount in a convention and reading it back in that convention gives the same value", () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom<Convention>("nl", "en"),
        fc.constantFrom("decimal", "currency" as const),
        fc.boolean(),
        (value, conv, style, grouping) => {
          const r = parseAmountText(intl(value, conv, style, grouping), conv);
          expect(r.ok && r.value.eq(value)).toBe(true);
        }
      ),
      { numRuns: 3000 }
    );
  });

  it("without a convention it reads the same value or refuses as ambiguous, never another value", () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom<Convention>("nl", "en"),
        fc.constantFrom("decimal", "currency" as const),
        fc.boolean(),
        (value, conv, style, grouping) => {
          const r = parseAmountText(intl(value, conv, style, grouping));
          if (r.ok) expect(r.value.eq(value)).toBe(true);
          else expect(r.code).toBe("AMOUNT_AMBIGUOUS");
        }
      ),
      { numRuns: 3000 }
    );
  });

  const anyText = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 30 }),
    fc.string({
      unit: fc.constantFrom(..."0123456789.,- €\u00a0\u202f+\u2212e#/!?EUR".split("")),
      maxLength: 20,
    })
  );

  it("never throws, and every refusal carries a catalogued code", () => {
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom<Convention | undefined>("nl", "en", undefined),
        (text, conv) => {
          const r = parseAmountText(text, conv);
          if (r.ok) expect(r.value.isFinite()).toBe(true);
          else expect(catalogue).toHaveProperty(r.code);
        }
      ),
      { numRuns: 5000 }
    );
  });

  it("any text it accepts without a convention is accepted with the same value by at least one convention", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parseAmountText(text);
        if (!r.ok) return;
        const nl = parseAmountText(text, "nl");
        const en = parseAmountText(text, "en");
        expect((nl.ok && nl.value.eq(r.value)) || (en.ok && en.value.eq(r.value))).toBe(true);
      }),
      { numRuns: 5000 }
    );
  });
});
