import { UnitFlow, type CellArc, type FlowArc, type UnitBounds } from "./controlledRound/unitFlow";
import { EngineError } from "./engineError";
import { lcmOf, ratFloor, type Rational } from "./rational";

/*
 * Controlled rounding of a table (rows × columns of exact rationals, in units) to an additive
 * integer table: every cell, row total and column total is the floor or the ceiling of its
 * exact value, and the grand total is the caller's G (itself a floor or ceiling).
 *
 * Units above the floor. With f = ⌊x⌋ and φ = x − f ∈ [0, 1) per cell, a rounding is a choice
 * of u ∈ {0, 1} per cell (u = 0 where φ = 0). Row i's total is Σf + Σ_j u_ij and must lie in
 * [⌊R_i⌋, ⌈R_i⌉] for the exact row sum R_i, i.e. Σ_j u_ij ∈ [⌊Φ_i⌋, ⌈Φ_i⌉] with Φ_i = Σ_j φ_ij
 * (R_i − Φ_i is an integer); columns likewise with Ψ_j; and Σ u = A = G − ΣΣf.
 *
 * Why a solution always exists. Take the circulation s → row i → (cell ij) → column j → t → s
 * with bounds [⌊Φ_i⌋, ⌈Φ_i⌉] on s → i, [0, 1] on i → j where φ_ij > 0 (no arc where φ_ij = 0),
 * [⌊Ψ_j⌋, ⌈Ψ_j⌉] on j → t and [⌊X⌋, ⌈X⌉] on t → s, X = Σφ. Its constraint matrix is a network
 * matrix, hence totally unimodular, and all bounds are integers, so its polytope P is integral.
 * φ itself is a point of P. The total (flow on t → s) is linear, so over P it ranges over an
 * interval [m, M] whose ends are attained at vertices, hence integers, with
 * ⌊X⌋ ≤ m ≤ X ≤ M ≤ ⌈X⌉: so m = ⌊X⌋ and M = ⌈X⌉ and A, which the precondition puts in
 * {⌊X⌋, ⌈X⌉}, is an end. {total = A} is then a non-empty face of an integral polytope, which
 * has an integer point: an additive rounding.
 *
 * Why the algorithm finds one (UnitFlow). Start from any units within every upper bound (a
 * greedy fill). While some arc (u, v) is below its lower bound, search a path v ⇝ u in the
 * residual graph (arcs that can rise without passing their upper bound, or fall without
 * passing their lower bound) and move one unit around that cycle; no other arc leaves its
 * bounds and the deficit falls by one. If no path exists, let S be the nodes reachable from v: every arc
 * leaving S is at its upper bound, every arc entering S at most at its lower bound and (u, v)
 * strictly below, so Σ_out hi = flow out of S = flow into S < Σ_in lo, which by Hoffman's
 * circulation theorem means no circulation within the bounds exists, contradicting the
 * paragraph above. So every search succeeds and a feasible rounding is reached.
 *
 * Which rounding. Then every choice is settled in order of preference: raise the arc's lower
 * bound to its upper bound and repair as above; if the repair fails, the same cut argument
 * shows that no rounding respecting the earlier choices takes the arc up, so it is fixed at its
 * lower bound. This is the lexicographically best rounding for the order
 *   1. rows, by the fractional part of the exact row sum, larger first, ties by rowTieBreak;
 *   2. then columns, by the fractional part of the exact column sum, ties by column index;
 *   3. then cells, by φ, ties by rowTieBreak then column index.
 * The number of rows rounded up is fixed (A − Σ⌊Φ_i⌋), so whenever the Hamilton rows (that
 * many, taken from the top of order 1) are feasible together, this takes exactly them. Every
 * cell is settled last, so the result is the unique best under orders that depend on values,
 * the tie-break and column positions only: permuting the rows permutes the result.
 *
 * The row tie-break must be strict on distinct rows, else two rows could swap results with
 * their input order.
 */

export interface ControlledRoundInput {
  /** rows × columns, exact values in units; may be negative; every row has the same length. */
  readonly cells: ReadonlyArray<ReadonlyArray<Rational>>;
  readonly grandTarget: bigint;
  /** Order of precedence between rows when all else is equal: negative if row a goes before row b (caller passes: larger weight first, then name in code-point order). */
  readonly rowTieBreak: (a: number, b: number) => number;
}

export interface ControlledRoundResult {
  cells: bigint[][];
  rowTotals: bigint[];
  colTotals: bigint[];
  total: bigint;
}

const total = (xs: ReadonlyArray<bigint>): bigint => xs.reduce((s, x) => s + x, 0n);

/** Units a sum of fractional parts (numerator y ≥ 0 over d) may take: [⌊y/d⌋, ⌈y/d⌉] as counts. */
function unitBounds(y: bigint, d: bigint): UnitBounds & { rest: bigint } {
  const lo = Number(y / d);
  const rest = y % d;
  return { lo, hi: lo + (rest === 0n ? 0 : 1), rest };
}

/** Items with a fractional part, largest part first; `tie` orders equal parts. */
function byFractionDescending(
  items: ReadonlyArray<{ rest: bigint }>,
  tie: (a: number, b: number) => number
): number[] {
  return items
    .map((_, i) => i)
    .filter((i) => items[i]!.rest !== 0n)
    .sort((a, b) => {
      const x = items[a]!.rest;
      const y = items[b]!.rest;
      return x > y ? -1 : x < y ? 1 : tie(a, b);
    });
}

/** Position of each row in rowTieBreak's order; throws if the order is not strict. */
function tiePositions(rows: number, rowTieBreak: (a: number, b: number) => number): Int32Array {
  const order = Array.from({ length: rows }, (_, i) => i).sort(rowTieBreak);
  const position = new Int32Array(rows);
  order.forEach((row, k) => {
    if (k > 0 && rowTieBreak(order[k - 1]!, row) >= 0) {
      throw new EngineError(
        "CONTROLLED_ROUND_TIE",
        `rowTieBreak does not order rows ${order[k - 1]} and ${row}`
      );
    }
    position[row] = k;
  });
  return position;
}

export function controlledRound(input: ControlledRoundInput): ControlledRoundResult {
  const { cells, grandTarget } = input;
  const cols = cells[0]?.length ?? 0;
  if (cells.some((row) => row.length !== cols)) {
    throw new EngineError(
      "CONTROLLED_ROUND_SHAPE",
      "every row must have the same number of columns"
    );
  }
  // Over the least common multiple of the denominators every cell, fractional part and sum is
  // a plain BigInt numerator: sums need no gcd per term and remainders compare as integers.
  const d = lcmOf(cells.flatMap((row) => row.map((x) => x.d)));
  const floors = cells.map((row) => row.map(ratFloor));
  // φ = x − ⌊x⌋ as numerators over d, each in [0, d).
  const fractions = cells.map((row, i) => row.map((x, j) => x.n * (d / x.d) - floors[i]![j]! * d));
  const rowBounds = fractions.map((row) => unitBounds(total(row), d));
  const colBounds = Array.from({ length: cols }, (_, j) =>
    unitBounds(total(fractions.map((row) => row[j]!)), d)
  );
  const grandBounds = unitBounds(total(fractions.map(total)), d);
  const extra = grandTarget - total(floors.map(total));
  if (extra < BigInt(grandBounds.lo) || extra > BigInt(grandBounds.hi)) {
    throw new EngineError(
      "CONTROLLED_ROUND_TARGET",
      `grand target ${grandTarget} is not a rounding of the exact grand total`
    );
  }

  const position = tiePositions(cells.length, input.rowTieBreak);
  const openCells = fractions.flatMap((row, i) =>
    row.map((rest, j) => ({ row: i, column: j, rest }))
  );
  const cellOrder = byFractionDescending(
    openCells,
    (a, b) => position[openCells[a]!.row]! - position[openCells[b]!.row]! || a - b
  ).map((k): CellArc => ({ kind: "cell", row: openCells[k]!.row, column: openCells[k]!.column }));
  const flow = new UnitFlow(
    fractions.map((row) => row.map((phi) => phi !== 0n)),
    rowBounds,
    colBounds,
    Number(extra),
    cellOrder
  );
  const preference: FlowArc[] = [
    ...byFractionDescending(rowBounds, (a, b) => position[a]! - position[b]!).map(
      (row): FlowArc => ({ kind: "row", row })
    ),
    ...byFractionDescending(colBounds, (a, b) => a - b).map((column): FlowArc => ({
      kind: "column",
      column,
    })),
    ...cellOrder,
  ];
  for (const arc of preference) flow.settleHigh(arc);

  const rounded = floors.map((row, i) =>
    row.map((f, j) => f + BigInt(flow.units({ kind: "cell", row: i, column: j })))
  );
  const rowTotals = rounded.map(total);
  const colTotals = Array.from({ length: cols }, (_, j) => total(rounded.map((row) => row[j]!)));
  return { cells: rounded, rowTotals, colTotals, total: total(rowTotals) };
}
