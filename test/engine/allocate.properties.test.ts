import fc from "fast-check";
import { safeAllocate, type Allocation } from "../../src/engine/allocate";
import { Dec } from "../../src/engine/decimal";
import { add, allocationUnits, cmp, exactAmounts, frac, unitsText } from "./oracle";

const weightArb = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 12n }).map((n) => n.toString()),
  fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 1, max: 4 }))
    .map(([n, p]) => new Dec(n.toString()).div(10 ** p).toString()),
  fc.constantFrom("0", "1", "5", "5")
);
const nameArb = fc
  .stringMatching(/^[A-Za-zé ]{1,12}$/)
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const rowsArb = fc
  .uniqueArray(fc.record({ name: nameArb, weight: weightArb }), {
    minLength: 1,
    maxLength: 40,
    // One municipality whatever its case or spacing (the name rule, stated independently).
    selector: (r) => r.name.normalize("NFC").replace(/\s+/g, " ").toLowerCase(),
  })
  .filter((rows) => rows.some((r) => !new Dec(r.weight).isZero()));
const totalArb = fc.oneof(
  fc.bigInt({ min: -(10n ** 10n), max: 10n ** 10n }).map((n) => n.toString()),
  fc
    .tuple(fc.bigInt({ min: -(10n ** 10n), max: 10n ** 10n }), fc.integer({ min: 1, max: 3 }))
    .map(([n, p]) => new Dec(n.toString()).div(10 ** p).toString())
);
const decimalsArb = fc.constantFrom(0, 2);

const run = (
  rows: { name: string; weight: string }[],
  total: string,
  decimals: number
): Allocation => {
  const r = safeAllocate({ rows, total, decimals });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

test("the amounts add up exactly to the total rounded half away from zero", () => {
  fc.assert(
    fc.property(rowsArb, totalArb, decimalsArb, (rows, total, decimals) => {
      const a = run(rows, total, decimals);
      const sum = a.rows.reduce((s, r) => s.plus(r.amount), new Dec(0));
      expect(sum.eq(a.total)).toBe(true);
      expect(a.total.eq(new Dec(total).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP))).toBe(true);
    })
  );
});

test("each amount is its exact value rounded down or up: within one unit of total × P-budget ÷ ΣP-budget", () => {
  fc.assert(
    fc.property(rowsArb, totalArb, decimalsArb, (rows, total, decimals) => {
      // The exact values stated apart from the engine, from the texts the rows were given in.
      const exact = exactAmounts(
        rows.map((r) => frac(r.weight)),
        frac(total)
      );
      run(rows, total, decimals).rows.forEach((r, i) => {
        const gap = add(frac(r.amount.toFixed(decimals)), { n: -exact[i]!.n, d: exact[i]!.d });
        const unit = { n: 1n, d: 10n ** BigInt(decimals) };
        expect(cmp(gap, unit)).toBeLessThan(0);
        expect(cmp(gap, { n: -1n, d: unit.d })).toBeGreaterThan(0);
      });
    })
  );
});

test("the result does not depend on row order", () => {
  fc.assert(
    fc.property(
      rowsArb.chain((rows) =>
        fc.tuple(
          fc.constant(rows),
          fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })
        )
      ),
      totalArb,
      ([rows, shuffled], total) => {
        const byName = (a: Allocation) => new Map(a.rows.map((r) => [r.name, r.amount.toString()]));
        expect(byName(run(shuffled, total, 0))).toEqual(byName(run(rows, total, 0)));
      }
    )
  );
});

test("a larger weight never gets less (more, for a refund)", () => {
  fc.assert(
    fc.property(rowsArb, totalArb, (rows, total) => {
      const a = run(rows, total, 0).rows;
      const sign = new Dec(total).isNegative() ? -1 : 1;
      for (const x of a)
        for (const y of a)
          if (x.weight.gt(y.weight)) expect(x.amount.minus(y.amount).times(sign).gte(0)).toBe(true);
    })
  );
});

test("a negative total is the mirror of the positive one", () => {
  fc.assert(
    fc.property(rowsArb, totalArb, (rows, total) => {
      const pos = run(rows, total, 0).rows.map((r) => r.amount.toString());
      const neg = run(rows, new Dec(total).neg().toString(), 0).rows.map((r) =>
        r.amount.neg().toString()
      );
      expect(neg).toEqual(pos);
    })
  );
});

/**
 * The rule as stated independently (test/engine/oracle.ts: exact values from the decimal texts,
 * a full sort by remainder, P-budget and code point), amount for amount, with either sign.
 */
test("agrees with the definition of largest remainder with the published tie-break", () => {
  fc.assert(
    fc.property(rowsArb, totalArb, decimalsArb, (rows, total, decimals) => {
      const expected = allocationUnits(
        rows.map((r) => r.name),
        rows.map((r) => r.weight),
        frac(total),
        decimals
      ).map((u) => unitsText(u, decimals));
      expect(run(rows, total, decimals).rows.map((r) => r.amount.toFixed(decimals))).toEqual(
        expected
      );
    })
  );
});
