import fc from "fast-check";
import { controlledRound, type ControlledRoundResult } from "../../src/engine/controlledRound";
import {
  rat,
  ratAdd,
  ratCmp,
  ratFloor,
  ratRoundHalfAway,
  ratSub,
  ratZero,
  type Rational,
} from "../../src/engine/rational";

// Small numerators over a few denominators: many integers, zeros, equal fractional parts.
const cellArb = fc
  .tuple(fc.integer({ min: -40, max: 40 }), fc.constantFrom(1n, 2n, 3n, 4n, 5n, 10n))
  .map(([n, d]) => rat(BigInt(n), d));
const tableArb = (maxRows: number, maxCols: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
    .chain(([rows, cols]) =>
      fc.array(fc.array(cellArb, { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      })
    );

const sum = (xs: ReadonlyArray<Rational>) => xs.reduce(ratAdd, ratZero());
const column = (t: ReadonlyArray<ReadonlyArray<Rational>>, j: number) => t.map((row) => row[j]!);
const ceil = (x: Rational) => -ratFloor({ n: -x.n, d: x.d });
const frac = (x: Rational) => ratSub(x, rat(ratFloor(x)));
const isRounding = (v: bigint, x: Rational) => v === ratFloor(x) || v === ceil(x);
const byIndex = (a: number, b: number) => a - b;

/** The grand targets a caller may pass: the exact total rounded half away, and its other neighbour. */
const targets = (t: ReadonlyArray<ReadonlyArray<Rational>>): bigint[] => {
  const x = sum(t.map(sum));
  const g = ratRoundHalfAway(x);
  return x.d === 1n ? [g] : [g, g === ratFloor(x) ? ceil(x) : ratFloor(x)];
};

/** What is wrong with a result, as readable lines: none when it is an additive rounding to G. */
function violations(
  t: ReadonlyArray<ReadonlyArray<Rational>>,
  g: bigint,
  r: ControlledRoundResult
): string[] {
  const wrong: string[] = [];
  t.forEach((row, i) => {
    row.forEach((x, j) => {
      if (!isRounding(r.cells[i]![j]!, x)) wrong.push(`cell ${i},${j}`);
    });
    if (r.cells[i]!.reduce((s, v) => s + v, 0n) !== r.rowTotals[i])
      wrong.push(`row ${i} does not add up`);
    if (!isRounding(r.rowTotals[i]!, sum(row))) wrong.push(`row total ${i}`);
  });
  t[0]!.forEach((_, j) => {
    if (r.cells.reduce((s, row) => s + row[j]!, 0n) !== r.colTotals[j])
      wrong.push(`column ${j} does not add up`);
    if (!isRounding(r.colTotals[j]!, sum(column(t, j)))) wrong.push(`column total ${j}`);
  });
  if (r.rowTotals.reduce((s, v) => s + v, 0n) !== g || r.total !== g) wrong.push("grand total");
  return wrong;
}

test("every cell, row, column and the total is a rounding of its exact value, and the table adds up to G", () => {
  fc.assert(
    fc.property(tableArb(12, 5), (t) => {
      for (const g of targets(t))
        expect(
          violations(t, g, controlledRound({ cells: t, grandTarget: g, rowTieBreak: byIndex }))
        ).toEqual([]);
    }),
    { numRuns: 300 }
  );
});

// Shaped like an invoice schedule: column t is L(t) · P(g, t) / ΣP(·, t) · months(t) / 12.
const scheduleArb = fc
  .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 8 }))
  .chain(([rows, cols]) =>
    fc.tuple(
      fc.array(
        fc.tuple(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.integer({ min: 1, max: 12 })),
        { minLength: cols, maxLength: cols }
      ),
      fc.array(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 7n }), { minLength: cols, maxLength: cols }),
        { minLength: rows, maxLength: rows }
      )
    )
  )
  .filter(([, budgets]) => budgets[0]!.every((_, t) => budgets.some((row) => row[t]! > 0n)))
  .map(([years, budgets]) =>
    budgets.map((row) =>
      row.map((p, t) => {
        const [lumpsum, months] = years[t]!;
        const sumP = budgets.reduce((s, r) => s + r[t]!, 0n);
        return rat(lumpsum * p * BigInt(months), sumP * 12n);
      })
    )
  );

test("schedule-shaped tables are rounded additively too", () => {
  fc.assert(
    fc.property(scheduleArb, (t) => {
      for (const g of targets(t))
        expect(
          violations(t, g, controlledRound({ cells: t, grandTarget: g, rowTieBreak: byIndex }))
        ).toEqual([]);
    }),
    { numRuns: 100 }
  );
});

test("permuting the rows permutes the result", () => {
  const arb = tableArb(10, 4).chain((t) =>
    fc.tuple(
      fc.constant(t),
      fc.shuffledSubarray(
        t.map((_, i) => i),
        { minLength: t.length, maxLength: t.length }
      )
    )
  );
  fc.assert(
    fc.property(arb, ([t, perm]) => {
      const g = ratRoundHalfAway(sum(t.map(sum)));
      const original = controlledRound({ cells: t, grandTarget: g, rowTieBreak: byIndex });
      // Row k of the shuffled table is original row perm[k] and keeps its place in the tie order.
      const shuffled = controlledRound({
        cells: perm.map((i) => t[i]!),
        grandTarget: g,
        rowTieBreak: (a, b) => perm[a]! - perm[b]!,
      });
      expect(shuffled.cells).toEqual(perm.map((i) => original.cells[i]));
      expect(shuffled.colTotals).toEqual(original.colTotals);
    })
  );
});

/** Largest remainder on the rows' exact sums: the rows a plain Hamilton rounding takes up. */
function hamiltonUp(t: ReadonlyArray<ReadonlyArray<Rational>>, g: bigint): Set<number> {
  const sums = t.map(sum);
  const leftover = Number(g - sums.reduce((s, x) => s + ratFloor(x), 0n));
  const order = sums
    .map((x, i) => ({ i, rest: frac(x) }))
    .filter((r) => r.rest.n !== 0n)
    .sort((a, b) => ratCmp(b.rest, a.rest) || a.i - b.i);
  return new Set(order.slice(0, leftover).map((r) => r.i));
}
const upRows = (t: ReadonlyArray<ReadonlyArray<Rational>>, cells: bigint[][]) =>
  new Set(
    t.map((_, i) => i).filter((i) => cells[i]!.reduce((s, v) => s + v, 0n) > ratFloor(sum(t[i]!)))
  );

test("with a single column the row totals are the Hamilton rounding", () => {
  fc.assert(
    fc.property(tableArb(30, 1), (t) => {
      for (const g of targets(t)) {
        expect(
          upRows(t, controlledRound({ cells: t, grandTarget: g, rowTieBreak: byIndex }).cells)
        ).toEqual(hamiltonUp(t, g));
      }
    })
  );
});

/**
 * Every additive rounding of a small table, by brute force over the cells with a fractional
 * part, each as 0/1 units above the floor.
 */
function allRoundings(t: ReadonlyArray<ReadonlyArray<Rational>>, g: bigint): bigint[][][] {
  const open = t.flatMap((row, i) => row.map((x, j) => ({ i, j, x })).filter((c) => c.x.d !== 1n));
  const found: bigint[][][] = [];
  for (let mask = 0; mask < 1 << open.length; mask++) {
    const cells = t.map((row) => row.map(ratFloor));
    open.forEach((c, k) => {
      if (mask & (1 << k)) cells[c.i]![c.j]! += 1n;
    });
    const rowsOk = t.every((row, i) =>
      isRounding(
        cells[i]!.reduce((s, v) => s + v, 0n),
        sum(row)
      )
    );
    const colsOk = t[0]!.every((_, j) =>
      isRounding(
        cells.reduce((s, row) => s + row[j]!, 0n),
        sum(column(t, j))
      )
    );
    const total = cells.flat().reduce((s, v) => s + v, 0n);
    if (rowsOk && colsOk && total === g) found.push(cells);
  }
  return found;
}

/** The preference of the brief as a key to compare lexicographically: rows, then columns, then cells. */
function preferenceKey(t: ReadonlyArray<ReadonlyArray<Rational>>, cells: bigint[][]): number[] {
  const ranked = (xs: { x: Rational; up: boolean }[]) =>
    xs
      .map((e, k) => ({ ...e, k, rest: frac(e.x) }))
      .filter((e) => e.rest.n !== 0n)
      .sort((a, b) => ratCmp(b.rest, a.rest) || a.k - b.k)
      .map((e) => (e.up ? 1 : 0));
  const rowSum = (i: number) => cells[i]!.reduce((s, v) => s + v, 0n);
  const colSum = (j: number) => cells.reduce((s, row) => s + row[j]!, 0n);
  return [
    ...ranked(t.map((row, i) => ({ x: sum(row), up: rowSum(i) > ratFloor(sum(row)) }))),
    ...ranked(
      t[0]!.map((_, j) => ({ x: sum(column(t, j)), up: colSum(j) > ratFloor(sum(column(t, j))) }))
    ),
    // Row-major order is row tie order then column, as byIndex says.
    ...ranked(t.flatMap((row, i) => row.map((x, j) => ({ x, up: cells[i]![j]! > ratFloor(x) })))),
  ];
}
const lexCompare = (a: number[], b: number[]) => {
  const k = a.findIndex((v, i) => v !== b[i]);
  return k < 0 ? 0 : a[k]! - b[k]!;
};
const sameSet = (a: Set<number>, b: Set<number>) =>
  a.size === b.size && [...a].every((i) => b.has(i));

test("the result is the best additive rounding: Hamilton rows when feasible, then columns, then cells by fractional part", () => {
  fc.assert(
    fc.property(tableArb(4, 3), (t) => {
      for (const g of targets(t)) {
        const all = allRoundings(t, g);
        const result = controlledRound({ cells: t, grandTarget: g, rowTieBreak: byIndex });
        const hamilton = hamiltonUp(t, g);
        if (all.some((cells) => sameSet(upRows(t, cells), hamilton)))
          expect(upRows(t, result.cells)).toEqual(hamilton);
        const best = all.reduce((a, b) =>
          lexCompare(preferenceKey(t, b), preferenceKey(t, a)) > 0 ? b : a
        );
        expect(result.cells).toEqual(best);
      }
    }),
    { numRuns: 300 }
  );
});
