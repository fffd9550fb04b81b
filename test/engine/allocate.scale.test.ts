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

// Amounts used to be divided into euros at the Decimal precision (40 digits), which rounded them.
test("amounts beyond 40 significant digits are exact and still add up to the total", () => {
  const r = safeAllocate({
    rows: ["A", "B", "C"].map((name) => ({ name, weight: 1 })),
    total: "1e50",
  });
  if (!r.ok) throw new Error(r.issues.map((i) => i.code).join());
  expect(r.value.rows.map((x) => x.amount.toFixed())).toEqual([
    "3".repeat(49) + "4",
    "3".repeat(50),
    "3".repeat(50),
  ]);
});
