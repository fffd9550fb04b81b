import fc from "fast-check";
import { safeAllocate } from "../../../src/engine/allocate";
import { Dec } from "../../../src/engine/decimal";
import { ratAdd, rat } from "../../../src/engine/rational";
import { applyMergers } from "../../../src/engine/structure/applyMergers";
import { areaSubtotals } from "../../../src/engine/structure/areaSubtotals";
import type { Merger } from "../../../src/engine/structure/merger";
import { restateRows } from "../../../src/engine/structure/restateRows";
import { rollUp } from "../../../src/engine/structure/rollUp";

const amountArb = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 10n }), fc.integer({ min: 0, max: 3 }))
  .map(([n, p]) => new Dec(n.toString()).div(new Dec(10).pow(p)).toString());
const YEARS = [2020, 2021, 2022, 2023];

/** Distinct municipalities (M1 … M4 stay free for the mergers) with a budget per year, and mergers of disjoint groups of them under fresh names. */
const worldArb = fc
  // Names compare without case, so "ab" and "AB" would be one municipality twice.
  .uniqueArray(fc.stringMatching(/^[A-Za-z]{1,6}$/), {
    minLength: 1,
    maxLength: 25,
    selector: (s) => s.toLowerCase(),
  })
  .chain((names) =>
    fc.record({
      rows: fc.tuple(
        ...names.map((name) =>
          fc
            .tuple(...YEARS.map(() => amountArb))
            .map((w) => ({ name, weights: Object.fromEntries(YEARS.map((y, i) => [y, w[i]!])) }))
        )
      ),
      groups: fc.array(fc.integer({ min: 0, max: 4 }), {
        minLength: names.length,
        maxLength: names.length,
      }),
      effective: fc.array(fc.constantFrom(...YEARS), { minLength: 4, maxLength: 4 }),
      year: fc.constantFrom(...YEARS),
    })
  )
  .map(({ rows, groups, effective, year }) => {
    // Group 0 stays out of every merger; groups 1–4 each merge into "M1" … "M4".
    const mergers: Merger[] = [1, 2, 3, 4]
      .map((g) => ({
        name: `M${g}`,
        from: rows.filter((_, i) => groups[i] === g).map((r) => r.name),
        effective: `${effective[g - 1]}-01-01`,
      }))
      .filter((m) => m.from.length > 0);
    return { rows, mergers, year };
  });

const sum = (xs: ReadonlyArray<Dec | string>): string =>
  xs.reduce<Dec>((s, x) => s.plus(x), new Dec(0)).toString();

test("merging preserves the total budget exactly, and every municipality lands in exactly one row", () => {
  fc.assert(
    fc.property(worldArb, ({ rows, mergers, year }) => {
      const r = applyMergers(rows, mergers, year);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      expect(sum(r.value.map((x) => x.weight))).toBe(sum(rows.map((x) => x.weights[year]!)));
      const landed = r.value.flatMap((x) => (x.from.length ? x.from : [x.name]));
      expect([...landed].sort()).toEqual(rows.map((x) => x.name).sort());
      for (const x of r.value) {
        const m = mergers.find((k) => k.name === x.name);
        expect(x.from.length > 0).toBe(m !== undefined && Number(m.effective.slice(0, 4)) <= year);
      }
    })
  );
});

test("restating every year under one year’s names keeps each year’s total and every municipality once", () => {
  fc.assert(
    fc.property(worldArb, ({ rows, mergers, year }) => {
      const r = restateRows(rows, mergers, YEARS, year);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      for (const y of YEARS)
        expect(sum(r.value.map((x) => x.weights[y]!))).toBe(sum(rows.map((x) => x.weights[y]!)));
      const landed = r.value.flatMap((x) => (x.from.length ? x.from : [x.name]));
      expect([...landed].sort()).toEqual(rows.map((x) => x.name).sort());
    })
  );
});

test("rolling up preserves the allocation total, exact total and shares; each line is the sum of its detail", () => {
  fc.assert(
    fc.property(
      worldArb,
      fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }),
      fc.constantFrom(0, 2),
      ({ rows, mergers, year }, total, decimals) => {
        const a = safeAllocate({
          rows: rows.map((x) => ({ name: x.name, weight: x.weights[year] })),
          total: total.toString(),
          decimals,
        });
        fc.pre(a.ok);
        if (!a.ok) return;
        const r = rollUp(a.value.rows, mergers, year);
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        expect(sum(r.value.map((l) => l.amount))).toBe(a.value.total.toString());
        expect(r.value.reduce((s, l) => ratAdd(s, l.exact), rat(0n))).toEqual(
          rat(a.value.exactTotal.n, a.value.exactTotal.d)
        );
        expect(r.value.reduce((s, l) => ratAdd(s, l.share), rat(0n))).toEqual(rat(1n));
        for (const l of r.value)
          if (l.detail.length) expect(l.amount.toString()).toBe(sum(l.detail.map((d) => d.amount)));
      }
    )
  );
});

test("area subtotals add up to the table total; every row is in exactly one group; unassigned comes last and is reported", () => {
  const rowArb = fc.record({
    area: fc.constantFrom("North", "South", " North ", "", null, undefined),
    amount: amountArb,
    weight: amountArb,
  });
  fc.assert(
    fc.property(
      fc
        // Names compare without case, so "ab" and "AB" would be one municipality twice.
        .uniqueArray(fc.stringMatching(/^[A-Za-z]{1,6}$/), {
          minLength: 1,
          maxLength: 25,
          selector: (s) => s.toLowerCase(),
        })
        .chain((names) =>
          fc.tuple(
            ...names.map((name) =>
              rowArb.map((r) => ({
                ...r,
                name,
                amount: new Dec(r.amount),
                weight: new Dec(r.weight),
              }))
            )
          )
        ),
      (rows) => {
        fc.pre(rows.some((r) => !r.weight.isZero()));
        const r = areaSubtotals(rows, {});
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        const { areas, amount, weight } = r.value;
        expect(amount.toString()).toBe(sum(rows.map((x) => x.amount)));
        expect(sum(areas.map((a) => a.amount))).toBe(amount.toString());
        expect(sum(areas.map((a) => a.weight))).toBe(weight.toString());
        expect(areas.reduce((s, a) => ratAdd(s, a.share), rat(0n))).toEqual(rat(1n));
        expect(areas.flatMap((a) => a.members).sort()).toEqual(rows.map((x) => x.name).sort());
        const blank = rows.some((x) => !x.area?.trim());
        expect(areas.findIndex((a) => a.area === null)).toBe(blank ? areas.length - 1 : -1);
        expect(r.issues.map((i) => i.code)).toEqual(blank ? ["AREA_UNASSIGNED"] : []);
      }
    )
  );
});
