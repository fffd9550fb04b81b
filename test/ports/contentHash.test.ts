import fc from "fast-check";
import { Dec } from "../../src/engine/decimal";
import { BLANK, num, text, type Cell } from "../../src/ports/cell";
import { contentHash } from "../../src/ports/contentHash";

// A number spelled any way a host may write it: sign, leading and trailing zeros, exponent.
const spelling = fc
  .tuple(
    fc.constantFrom("", "-", "+"),
    fc.stringMatching(/^\d{1,20}$/),
    fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined }),
    fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined })
  )
  .map(
    ([sign, int, frac, exp]) =>
      `${sign}${int}${frac === undefined ? "" : `.${frac}`}${exp === undefined ? "" : `e${exp}`}`
  );

const one = (cell: Cell): string => contentHash([[cell]]);

describe("contentHash", () => {
  it("hashes a number by its value: any spelling agrees with the value's own", () => {
    fc.assert(
      fc.property(spelling, (v) => {
        expect(one(num(v))).toBe(one(num(new Dec(v).toString())));
      }),
      { numRuns: 2000 }
    );
  });

  it.each([
    ["952620", "952620.0"],
    ["0.5", "00.50"],
    ["-0", "0"],
    ["1500", "1.5e3"],
    ["12", "+12"],
  ])("%s and %s are one value", (a, b) => {
    expect(one(num(a))).toBe(one(num(b)));
  });

  it("gives the fingerprint earlier releases recorded: the owned record in a workbook carries it", () => {
    const rows: Cell[][] = [
      [text("Gemeente"), text("P-budget 2021"), BLANK, { t: "b", v: true }],
      [text("'s-Hertogenbosch"), num("1883249"), num("0.424079"), num("1.5e3")],
      [text(""), BLANK, num("-0.50"), { t: "e", v: "#N/A" }],
    ];
    expect(contentHash(rows)).toBe("326e6617cd8d7239");
  });

  it("tells different values, kinds and places apart, and ignores blanks and formats", () => {
    expect(one(num("1"))).not.toBe(one(num("10")));
    expect(one(num("0.1"))).not.toBe(one(num("0.01")));
    expect(one(num("1"))).not.toBe(one(text("1")));
    expect(contentHash([[BLANK, num("1")]])).not.toBe(contentHash([[num("1")]]));
    expect(contentHash([[num("1")], [BLANK]])).toBe(contentHash([[num("1")]]));
    expect(one(num("7", "0%"))).toBe(one(num("7")));
  });
});
