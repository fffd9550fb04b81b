import fc from "fast-check";
import { allocate } from "../../src/engine/allocate";
import { Dec } from "../../src/engine/decimal";
import { EngineError } from "../../src/engine/engineError";
import { safePeriodTable, type PeriodTable } from "../../src/engine/periodTable";
import { ratCmp, ratFromDec, ratSub, rat, ratAbs } from "../../src/engine/rational";

const years = [2021, 2022, 2023];
const rowsArb = fc
  .uniqueArray(
    fc.record({
      name: fc.stringMatching(/^[A-Z][a-z]{0,8}$/),
      weights: fc
        .tuple(...years.map(() => fc.bigInt({ min: 0n, max: 10n ** 8n })))
        .map((ws) => Object.fromEntries(years.map((y, i) => [y, ws[i]!.toString()]))),
    }),
    { minLength: 1, maxLength: 30, selector: (r) => r.name }
  )
  .filter((rows) => years.every((y) => rows.some((r) => r.weights[y] !== "0")));
const totalsArb = fc
  .tuple(...years.map(() => fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n })))
  .map((ts) => Object.fromEntries(years.map((y, i) => [y, ts[i]!.toString()])));
const periodArb = fc.constantFrom(
  { start: "2021-07-01", end: "2022-12-31", basis: "months" as const },
  { start: "2021-02-01", end: "2023-10-31", basis: "months" as const },
  { start: "2021-03-17", end: "2023-01-09", basis: "days" as const },
  { start: "2022-05-05", end: "2022-05-05", basis: "days" as const }
);

const run = (
  rows: { name: string; weights: Record<number, string> }[],
  yearTotals: Record<number, string>,
  p: { start: string; end: string; basis: "months" | "days" },
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
const sum = (xs: Dec[]) => xs.reduce((a, b) => a.plus(b), new Dec(0));

test("the schedule is additive: rows to amounts, columns to slice totals, all to the total", () => {
  fc.assert(
    fc.property(
      rowsArb,
      totalsArb,
      periodArb,
      fc.constantFrom(0, 2),
      (rows, totals, p, decimals) => {
        const t = run(rows, totals, p, decimals);
        for (const r of t.rows)
          expect(sum(t.slices.map((s) => r.slices[s.year]!)).eq(r.amount)).toBe(true);
        for (const s of t.slices)
          expect(sum(t.rows.map((r) => r.slices[s.year]!)).eq(s.total)).toBe(true);
        expect(sum(t.rows.map((r) => r.amount)).eq(t.total)).toBe(true);
      }
    ),
    { numRuns: 150 }
  );
});

test("every cell, row amount and slice total is within one unit of exact; the total is rounded once", () => {
  fc.assert(
    fc.property(
      rowsArb,
      totalsArb,
      periodArb,
      fc.constantFrom(0, 2),
      (rows, totals, p, decimals) => {
        const t = run(rows, totals, p, decimals);
        const unit = rat(1n, 10n ** BigInt(decimals));
        const within = (d: Dec, exact: { n: bigint; d: bigint }) =>
          expect(ratCmp(ratAbs(ratSub(ratFromDec(d), exact)), unit)).toBeLessThan(0);
        for (const r of t.rows) {
          within(r.amount, r.exact);
          for (const s of t.slices) within(r.slices[s.year]!, r.exactSlices[s.year]!);
        }
        for (const s of t.slices) within(s.total, s.exactTotal);
        const x = ratFromDec(t.total);
        const half = rat(1n, 2n * 10n ** BigInt(decimals));
        expect(ratCmp(ratAbs(ratSub(x, t.exactTotal)), half)).toBeLessThanOrEqual(0);
      }
    ),
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
