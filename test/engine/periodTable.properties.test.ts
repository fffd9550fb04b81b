import fc from "fast-check";
import { allocate } from "../../src/engine/allocate";
import { Dec } from "../../src/engine/decimal";
import { EngineError } from "../../src/engine/engineError";
import { safePeriodTable, type PeriodTable } from "../../src/engine/periodTable";
import type { Merger } from "../../src/engine/structure/merger";
import {
  add,
  allocationUnits,
  cmp,
  exactAmounts,
  frac,
  mul,
  roundHalfAway,
  unitsText,
  type Frac,
} from "./oracle";

const years = [2021, 2022, 2023];
const rowsArb = fc
  .uniqueArray(
    fc.record({
      name: fc.stringMatching(/^[A-Z][a-z]{0,8}$/),
      weights: fc
        .tuple(...years.map(() => fc.bigInt({ min: 0n, max: 10n ** 8n })))
        .map((ws) => Object.fromEntries(years.map((y, i) => [y, ws[i]!.toString()]))),
    }),
    { minLength: 1, maxLength: 30, selector: (r) => r.name.toLowerCase() }
  )
  .filter((rows) => years.every((y) => rows.some((r) => r.weights[y] !== "0")));
const totalsArb = fc
  .tuple(...years.map(() => fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n })))
  .map((ts) => Object.fromEntries(years.map((y, i) => [y, ts[i]!.toString()])));
const periodArb = fc.constantFrom(
  { start: "2021-07-01", end: "2022-12-31", basis: "months" as const },
  { start: "2021-02-01", end: "2023-10-31", basis: "months" as const },
  { start: "2021-01-01", end: "2023-12-31", basis: "months" as const },
  { start: "2021-03-17", end: "2023-01-09", basis: "days" as const },
  { start: "2022-05-05", end: "2022-05-05", basis: "days" as const }
);
type P = { start: string; end: string; basis: "months" | "days" };
type Rows = { name: string; weights: Record<number, string> }[];

/** The part of each year a period covers, stated apart from the engine: months/12 or days/365(366). */
function fractions(p: P): Map<number, Frac> {
  const out = new Map<number, Frac>();
  const [sy, sm, sd] = p.start.split("-").map(Number) as [number, number, number];
  const [ey, em, ed] = p.end.split("-").map(Number) as [number, number, number];
  for (let y = sy; y <= ey; y++) {
    const from = y === sy ? [sm, sd] : [1, 1];
    const to = y === ey ? [em, ed] : [12, 31];
    if (p.basis === "months") out.set(y, { n: BigInt(to[0]! - from[0]! + 1), d: 12n });
    else {
      const day = (m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
      const inYear = day(12, 31) - day(1, 1) + 1;
      out.set(y, {
        n: BigInt(day(to[0]!, to[1]!) - day(from[0]!, from[1]!) + 1),
        d: BigInt(inYear),
      });
    }
  }
  return out;
}

/** The schedule by the rule as stated: per slice, the allocation of L(t) × fraction(t); rows and totals are sums. */
function expected(rows: Rows, totals: Record<number, string>, p: P, decimals: number) {
  const slices = [...fractions(p)].map(([year, f]) => {
    const total = mul(frac(totals[year]!), f);
    const cells = allocationUnits(
      rows.map((r) => r.name),
      rows.map((r) => r.weights[year]!),
      total,
      decimals
    );
    return { year, cells, total: roundHalfAway(mul(total, { n: 10n ** BigInt(decimals), d: 1n })) };
  });
  return {
    cells: rows.map((_, i) => slices.map((s) => unitsText(s.cells[i]!, decimals))),
    amounts: rows.map((_, i) =>
      unitsText(
        slices.reduce((sum, s) => sum + s.cells[i]!, 0n),
        decimals
      )
    ),
    sliceTotals: slices.map((s) => unitsText(s.total, decimals)),
    total: unitsText(
      slices.reduce((sum, s) => sum + s.total, 0n),
      decimals
    ),
  };
}

const run = (
  rows: Rows,
  yearTotals: Record<number, string>,
  p: P,
  decimals: number
): PeriodTable => {
  const r = safePeriodTable({
    rows,
    yearTotals,
    period: { start: p.start, end: p.end },
    basis: p.basis,
    decimals,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const shown = (t: PeriodTable) => ({
  cells: t.rows.map((r) => t.slices.map((s) => r.slices[s.year]!.toFixed(t.decimals))),
  amounts: t.rows.map((r) => r.amount.toFixed(t.decimals)),
  sliceTotals: t.slices.map((s) => s.total.toFixed(t.decimals)),
  total: t.total.toFixed(t.decimals),
});

test("every cell, row, slice total and the total are the rule as stated independently", () => {
  fc.assert(
    fc.property(rowsArb, totalsArb, periodArb, fc.constantFrom(0, 2), (rows, totals, p, dp) => {
      expect(shown(run(rows, totals, p, dp))).toEqual(expected(rows, totals, p, dp));
    }),
    { numRuns: 150 }
  );
});

test("a slice that covers a whole year is that year's allocation, row for row", () => {
  fc.assert(
    fc.property(rowsArb, totalsArb, periodArb, fc.constantFrom(0, 2), (rows, totals, p, dp) => {
      const t = run(rows, totals, p, dp);
      for (const s of t.slices.filter((x) => x.fraction.n === x.fraction.d)) {
        const year = allocate({
          rows: rows.map((r) => ({ name: r.name, weight: r.weights[s.year] })),
          total: totals[s.year],
          decimals: dp,
        });
        expect(t.rows.map((r) => r.slices[s.year]!.toString())).toEqual(
          year.rows.map((r) => r.amount.toString())
        );
        expect(s.total.toString()).toBe(year.total.toString());
      }
    }),
    { numRuns: 150 }
  );
});

test("each cell is within one unit of its exact value, and a period row over k slices within k units", () => {
  fc.assert(
    fc.property(rowsArb, totalsArb, periodArb, fc.constantFrom(0, 2), (rows, totals, p, dp) => {
      const t = run(rows, totals, p, dp);
      const unit: Frac = { n: 1n, d: 10n ** BigInt(dp) };
      const gap = (d: Dec, exact: Frac) => {
        const x = add(frac(d.toFixed(dp)), { n: -exact.n, d: exact.d });
        return x.n < 0n ? { n: -x.n, d: x.d } : x;
      };
      const fr = fractions(p);
      const exact = new Map(
        [...fr].map(([y, f]) => [
          y,
          exactAmounts(
            rows.map((r) => frac(r.weights[y]!)),
            mul(frac(totals[y]!), f)
          ),
        ])
      );
      // The table's exact total and each row's exact sum are the independent ones too.
      const total = [...fr].reduce<Frac>((sum, [y, f]) => add(sum, mul(frac(totals[y]!), f)), {
        n: 0n,
        d: 1n,
      });
      expect(cmp(t.exactTotal, total)).toBe(0);
      t.rows.forEach((r, i) => {
        let rowExact: Frac = { n: 0n, d: 1n };
        for (const s of t.slices) {
          const x = exact.get(s.year)![i]!;
          expect(cmp(gap(r.slices[s.year]!, x), unit)).toBeLessThan(0);
          rowExact = add(rowExact, x);
        }
        expect(cmp(r.exact, rowExact)).toBe(0);
        const k = { n: BigInt(t.slices.length), d: 10n ** BigInt(dp) };
        expect(cmp(gap(r.amount, rowExact), k)).toBeLessThan(0);
      });
    }),
    { numRuns: 150 }
  );
});

test("the result does not depend on row order", () => {
  fc.assert(
    fc.property(rowsArb, totalsArb, periodArb, (rows, totals, p) => {
      const byName = (t: PeriodTable) =>
        new Map(
          t.rows.map((r) => [r.name, [r.amount.toString(), ...Object.values(r.slices).map(String)]])
        );
      expect(byName(run([...rows].reverse(), totals, p, 0))).toEqual(
        byName(run(rows, totals, p, 0))
      );
    }),
    { numRuns: 100 }
  );
});

test("allocations the caller already made for some years give the same table as allocating them here", () => {
  fc.assert(
    fc.property(
      rowsArb,
      totalsArb,
      periodArb,
      fc.constantFrom(0, 2),
      fc.subarray(years),
      (rows, totals, p, decimals, given) => {
        const allocations = new Map(
          given.map((y) => [
            y,
            allocate({
              rows: rows.map((r) => ({ name: r.name, weight: r.weights[y] })),
              total: totals[y],
              decimals,
            }),
          ])
        );
        const r = safePeriodTable({
          rows,
          yearTotals: totals,
          period: { start: p.start, end: p.end },
          basis: p.basis,
          decimals,
          allocations,
        });
        expect(r).toEqual({ ok: true, value: run(rows, totals, p, decimals), issues: [] });
      }
    ),
    { numRuns: 100 }
  );
});

/**
 * Old names up to the year before a merger, the new name from its effective year (blanks
 * where a name did not exist): each year's column is that year's allocation over the names it
 * lists, and a name shows slices only for the years it is listed in.
 */
test("across a merger each year's column is the allocation over the names that year lists", () => {
  const worldArb = fc.record({
    rows: rowsArb.filter((r) => r.length >= 3),
    totals: totalsArb,
    p: periodArb,
    effective: fc.constantFrom(2022, 2023),
    decimals: fc.constantFrom(0, 2),
  });
  fc.assert(
    fc.property(worldArb, ({ rows, totals, p, effective, decimals }) => {
      const [a, b] = rows;
      const merger: Merger = {
        name: "Merged 1",
        from: [a!.name, b!.name],
        effective: `${effective}-01-01`,
      };
      const sheet = [
        ...rows.map((r, i) => ({
          name: r.name,
          weights: Object.fromEntries(
            years.map((y) => [y, i < 2 && y >= effective ? null : r.weights[y]!])
          ),
        })),
        {
          name: merger.name,
          weights: Object.fromEntries(years.map((y) => [y, y >= effective ? "12345" : null])),
        },
      ];
      const r = safePeriodTable({
        rows: sheet,
        yearTotals: totals,
        period: { start: p.start, end: p.end },
        basis: p.basis,
        decimals,
        mergers: [merger],
      });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      const t = r.value;
      for (const s of t.slices) {
        const listed = sheet.filter((x) => x.weights[s.year] !== null);
        const cells = allocationUnits(
          listed.map((x) => x.name),
          listed.map((x) => x.weights[s.year]!),
          mul(frac(totals[s.year]!), fractions(p).get(s.year)!),
          decimals
        );
        const column = t.rows.filter((x) => x.slices[s.year] !== undefined);
        expect(column.map((x) => x.name)).toEqual(listed.map((x) => x.name));
        expect(column.map((x) => x.slices[s.year]!.toFixed(decimals))).toEqual(
          cells.map((c) => unitsText(c, decimals))
        );
      }
      for (const x of t.rows) {
        const sum = Object.values(x.slices).reduce((s, v) => s.plus(v), new Dec(0));
        expect(sum.eq(x.amount)).toBe(true);
      }
    }),
    { numRuns: 100 }
  );
});

test("an allocation given for other decimals is a broken precondition", () => {
  const rows = [{ name: "A", weights: { 2021: "1", 2022: "3" } }];
  const allocations = new Map([
    [2021, allocate({ rows: [{ name: "A", weight: "1" }], total: "10", decimals: 2 })],
  ]);
  expect(() =>
    safePeriodTable({
      rows,
      yearTotals: { 2021: "10", 2022: "20" },
      period: { start: "2021-01-01", end: "2022-12-31" },
      allocations,
    })
  ).toThrow(EngineError);
});
