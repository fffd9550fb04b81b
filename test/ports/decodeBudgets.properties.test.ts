import fc from "fast-check";
import { decodeBudgets } from "../../src/ports/decodeBudgets";
import type { Cell } from "../../src/ports/cell";
import type { RangeData } from "../../src/ports/workbookPort";

// Cells a user could leave in a P-budget sheet: numbers, localised and odd text, errors, blanks.
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant<Cell>({ t: "blank" }),
  fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }).map((n): Cell => ({ t: "n", v: n.toString() })),
  fc
    .constantFrom(
      "2021",
      "2022",
      "Gemeente",
      "Oss",
      "Uden",
      "Totaal",
      "1.883.249",
      "1.234",
      "PM",
      "-",
      "#VERW!",
      "n.v.t.",
      "€ 1.234,56",
      ""
    )
    .map((v): Cell => ({ t: "s", v })),
  fc.string({ maxLength: 8 }).map((v): Cell => ({ t: "s", v })),
  fc.constantFrom("#REF!", "#N/B").map((v): Cell => ({ t: "e", v })),
  fc.boolean().map((v): Cell => ({ t: "b", v }))
);

const range = fc
  .record({
    cells: fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 8 }),
    hiddenRows: fc.array(fc.nat(8), { maxLength: 2 }),
    merged: fc.constantFrom([], ["B2:C2"], ["A1:A3"]),
    filtered: fc.boolean(),
    table: fc.boolean(),
  })
  .map(({ table, ...r }): RangeData => ({
    sheet: "P-budget",
    origin: "B3",
    ...r,
    ...(table ? { tableName: "PBudget" } : {}),
  }));

describe("decodeBudgets on arbitrary blocks", () => {
  it("never throws, and every finding names the sheet (and a cell unless it is about the whole block)", () => {
    fc.assert(
      fc.property(range, (r) => {
        const { budgets, issues } = decodeBudgets(r);
        for (const i of issues) {
          expect(i.where?.sheet).toBe("P-budget");
          if (i.code !== "NO_ROWS") expect(i.where?.cell).toMatch(/^[A-Z]+[1-9]\d*$/);
        }
        // Budgets only without errors, and then every weight is a non-negative number.
        if (budgets) {
          expect(issues.every((i) => i.severity !== "error")).toBe(true);
          for (const row of budgets.rows)
            for (const y of budgets.years)
              expect(row.weights[y]!.isNegative() && !row.weights[y]!.isZero()).toBe(false);
        }
      }),
      { numRuns: 2000 }
    );
  });
});
