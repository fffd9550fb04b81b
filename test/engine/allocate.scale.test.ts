import { safeAllocate } from "../../src/engine/allocate";
import { ratFloor } from "../../src/engine/rational";

// Beyond ~125,000 rows a Math.max(...spread) over the weights overflowed the call stack.
test("200,000 rows are shared out: the amounts add up to the total, each within one euro of exact", () => {
  const rows = Array.from({ length: 200_000 }, (_, i) => ({
    name: `Gemeente ${i}`,
    weight: `${1000 + (i % 7)}.${i % 100}`,
  }));
  const r = safeAllocate({ rows, total: "1000000.5" });
  if (!r.ok) throw new Error(r.issues.map((i) => i.code).join());
  const units = r.value.rows.map((x) => BigInt(x.amount.toFixed(0)));
  expect(units.reduce((a, b) => a + b, 0n)).toBe(1000001n);
  const outside = r.value.rows.filter(
    (x, i) => units[i]! - ratFloor(x.exact) > 1n || units[i]! < ratFloor(x.exact)
  );
  expect(outside).toHaveLength(0);
});

// The largest total the bounds allow, to the cent: exact (no Decimal rounding at 17 digits) and adding up.
test("a total at the bound (15 integer digits, cents) is shared out exactly and adds up", () => {
  const r = safeAllocate({
    rows: ["A", "B", "C"].map((name) => ({ name, weight: 1 })),
    total: "999999999999999.98",
    decimals: 2,
  });
  if (!r.ok) throw new Error(r.issues.map((i) => i.code).join());
  expect(r.value.rows.map((x) => x.amount.toFixed(2))).toEqual([
    "333333333333333.33",
    "333333333333333.33",
    "333333333333333.32",
  ]);
});

// 1e50 used to be computed (exactly, beyond Decimal precision); beyond the bounds it is now refused.
test.each(["1e50", "1e15", "0.000000000000000000001"])(
  "a total of %s is refused as out of range",
  (total) => {
    const r = safeAllocate({ rows: [{ name: "A", weight: 1 }], total });
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([
      { code: "NUMBER_OUT_OF_RANGE", severity: "error", params: { value: total } },
    ]);
  }
);
