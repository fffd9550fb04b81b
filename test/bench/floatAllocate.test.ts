import fc from "fast-check";
import { floatAllocate } from "../../bench/floatAllocate";
import { safeAllocate } from "../../src/engine/allocate";
import { budgets, publishedTotal, YEARS } from "../golden/reference";

const exact = (rows: { name: string; weight: string }[], total: string, decimals = 0) => {
  const r = safeAllocate({ rows, total, decimals });
  if (!r.ok) throw new Error(r.issues.map((i) => i.code).join());
  return r.value.rows.map((x) => x.amount.toNumber());
};

// The benchmark's baseline must be the engine's rule, only in doubles: where doubles are exact it agrees.
describe("the floating-point baseline applies the same rule as the engine", () => {
  test.each(YEARS)("the published %s budgets and total", (year) => {
    expect(floatAllocate(budgets(year), publishedTotal(year), 0)).toEqual(
      exact(budgets(year), publishedTotal(year))
    );
  });

  test("ties go to the larger weight, then the name in code-point order", () => {
    const sameWeight = [
      { name: "B", weight: "1" },
      { name: "A", weight: "1" },
      { name: "C", weight: "2" },
    ];
    expect(floatAllocate(sameWeight, "2", 0)).toEqual([0, 1, 1]);
    const larger = [
      { name: "A", weight: "1" },
      { name: "B", weight: "3" },
    ];
    expect(floatAllocate(larger, "2", 0)).toEqual([0, 2]);
    expect([floatAllocate(sameWeight, "2", 0), floatAllocate(larger, "2", 0)]).toEqual([
      exact(sameWeight, "2"),
      exact(larger, "2"),
    ]);
  });

  // Only where doubles are exact can the two agree: whole budgets summing to a power of two make
  // units × weight / sum an exact binary fraction (below 2^53), so every remainder and tie is the
  // engine's. Any other sum lets doubles break a true tie either way (the reason the engine is exact).
  test("fast-check: whole budgets summing to a power of two (exact in doubles) give the engine’s amounts, to the cent too", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 0, maxLength: 29 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom(0, 2),
        (some, total, decimals) => {
          const partial = some.reduce((a, b) => a + b, 0);
          const weights = [...some, 2 ** Math.ceil(Math.log2(partial + 1)) - partial];
          const rows = weights.map((w, i) => ({
            name: `G${String(i).padStart(2, "0")}`,
            weight: String(w),
          }));
          expect(floatAllocate(rows, String(total), decimals)).toEqual(
            exact(rows, String(total), decimals)
          );
        }
      )
    );
  });
});
