import { EngineError } from "../engineError";

/** Bounds on the units an arc carries, both whole numbers. */
export interface UnitBounds {
  readonly lo: number;
  readonly hi: number;
}

export interface CellArc {
  readonly kind: "cell";
  readonly row: number;
  readonly column: number;
}
export type FlowArc =
  | { readonly kind: "row"; readonly row: number }
  | { readonly kind: "column"; readonly column: number }
  | CellArc;

/**
 * The extra units of a table being rounded, kept as a circulation s → row → cell → column →
 * t → s in which every arc carries a whole number of units within its bounds: cells 0..1 while
 * open, rows and columns [lo, hi], the total arc t → s exactly `target`. controlledRound.ts
 * says why such a circulation exists and why the searches below find one.
 *
 * Rows are many and columns few (municipalities × year slices), so a residual path is
 * searched over the columns, s and t only. A row on a path is entered by one
 * arc and left by another, so all that matters about it is which pair of arcs it offers:
 *   column a → column b  takes a unit off cell (r, a) and puts it on cell (r, b);
 *   column a → s         takes a unit off cell (r, a) and off row r's total;
 *   s → column b         puts a unit on row r's total and on cell (r, b).
 * For each such pair a set holds the rows that offer it, updated as cells and rows change, so
 * one search costs O(columns²) whatever the number of rows. Any row of a set serves: the final
 * result does not depend on which (see controlledRound.ts), only this intermediate state does.
 */
export class UnitFlow {
  private readonly rows: number;
  private readonly cols: number;
  /** Units on cell (r, c) at r * cols + c: 0 or 1. */
  private readonly cellUnits: Uint8Array;
  /** 1 while cell (r, c) may still change: it has a fractional part and has not been settled. */
  private readonly open: Uint8Array;
  private readonly rowUnits: Int32Array;
  private readonly rowLo: Int32Array;
  private readonly rowHi: Int32Array;
  private readonly colUnits: Int32Array;
  private readonly colLo: Int32Array;
  private readonly colHi: Int32Array;
  private totalUnits = 0;
  /** At a * cols + b: the rows that can move a unit from column a to column b. */
  private readonly moves: Set<number>[];
  /** Per column a: the rows that can give back a unit of cell (r, a) and of their total. */
  private readonly gives: Set<number>[];
  /** Per column b: the rows that can take one more unit on cell (r, b) and on their total. */
  private readonly takes: Set<number>[];
  /** Scratch space of findPath, one slot per node: columns, s, t and the end row. */
  private readonly parent: Int32Array;
  private readonly queue: Int32Array;

  /**
   * Starts from a greedy fill (cells in `fillOrder` take a unit while their row, column and the
   * total stay within their upper bounds), then pushes units through each arc still below its
   * lower bound. Throws when the bounds admit no circulation. Any start within the upper
   * bounds would do; a fill in order of preference leaves few deficits and few choices to undo.
   */
  constructor(
    open: ReadonlyArray<ReadonlyArray<boolean>>,
    rowBounds: ReadonlyArray<UnitBounds>,
    colBounds: ReadonlyArray<UnitBounds>,
    private readonly target: number,
    fillOrder: ReadonlyArray<CellArc>
  ) {
    this.rows = rowBounds.length;
    this.cols = colBounds.length;
    this.cellUnits = new Uint8Array(this.rows * this.cols);
    this.open = Uint8Array.from(open.flatMap((row) => row.map((o) => (o ? 1 : 0))));
    this.rowUnits = new Int32Array(this.rows);
    this.rowLo = Int32Array.from(rowBounds, (b) => b.lo);
    this.rowHi = Int32Array.from(rowBounds, (b) => b.hi);
    this.colUnits = new Int32Array(this.cols);
    this.colLo = Int32Array.from(colBounds, (b) => b.lo);
    this.colHi = Int32Array.from(colBounds, (b) => b.hi);
    this.moves = Array.from({ length: this.cols * this.cols }, () => new Set<number>());
    this.gives = Array.from({ length: this.cols }, () => new Set<number>());
    this.takes = Array.from({ length: this.cols }, () => new Set<number>());
    this.parent = new Int32Array(this.cols + 3);
    this.queue = new Int32Array(this.cols + 3);
    for (const { row, column } of fillOrder) {
      const i = row * this.cols + column;
      if (
        this.open[i] &&
        this.rowUnits[row]! < this.rowHi[row]! &&
        this.colUnits[column]! < this.colHi[column]! &&
        this.totalUnits < target
      ) {
        this.cellUnits[i] = 1;
        this.rowUnits[row]!++;
        this.colUnits[column]!++;
        this.totalUnits++;
      }
    }
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) this.refreshCell(r, c);

    for (let r = 0; r < this.rows; r++)
      while (this.rowUnits[r]! < this.rowLo[r]!) this.mustPush({ kind: "row", row: r });
    for (let c = 0; c < this.cols; c++)
      while (this.colUnits[c]! < this.colLo[c]!) this.mustPush({ kind: "column", column: c });
    while (this.totalUnits < this.target) this.mustPush("total");
  }

  units(arc: FlowArc): number {
    if (arc.kind === "row") return this.rowUnits[arc.row]!;
    if (arc.kind === "column") return this.colUnits[arc.column]!;
    return this.cellUnits[arc.row * this.cols + arc.column]!;
  }

  /**
   * Fixes the arc at its upper bound if some circulation within every bound and every earlier
   * fixing allows that, else at its lower bound. Settling arcs one by one in order of
   * preference therefore gives the lexicographically best rounding.
   */
  settleHigh(arc: FlowArc): void {
    const { lo, hi } = this.bounds(arc);
    if (this.units(arc) === hi) {
      this.fix(arc, hi);
      return;
    }
    // Raising the lower bound first keeps the search from using the arc backwards.
    this.fix(arc, hi);
    const path = this.pathBack(arc);
    if (path) this.push(path, arc);
    else this.fix(arc, lo);
  }

  /** A residual path from the arc's head back to its tail: with the arc, a cycle. */
  private pathBack(arc: FlowArc | "total"): number[] | null {
    if (arc === "total") return this.findPath(this.s, this.t, -1);
    if (arc.kind === "row") return this.findPath(this.rowNode, this.s, arc.row);
    if (arc.kind === "column") return this.findPath(this.t, arc.column, -1);
    return this.findPath(arc.column, this.rowNode, arc.row);
  }

  private get s(): number {
    return this.cols;
  }
  private get t(): number {
    return this.cols + 1;
  }
  /** The one row at the end of a path (the row whose arc is being pushed), as a node. */
  private get rowNode(): number {
    return this.cols + 2;
  }

  private bounds(arc: FlowArc): UnitBounds {
    if (arc.kind === "row") return { lo: this.rowLo[arc.row]!, hi: this.rowHi[arc.row]! };
    if (arc.kind === "column") return { lo: this.colLo[arc.column]!, hi: this.colHi[arc.column]! };
    return this.open[arc.row * this.cols + arc.column]
      ? { lo: 0, hi: 1 }
      : { lo: this.units(arc), hi: this.units(arc) };
  }

  /** Rows and columns get [value, value]; a cell is closed at its current units (push raises it). */
  private fix(arc: FlowArc, value: number): void {
    if (arc.kind === "row") {
      this.rowLo[arc.row] = value;
      this.rowHi[arc.row] = value;
      this.refreshRow(arc.row);
    } else if (arc.kind === "column") {
      this.colLo[arc.column] = value;
      this.colHi[arc.column] = value;
    } else {
      this.open[arc.row * this.cols + arc.column] = 0;
      this.refreshCell(arc.row, arc.column);
    }
  }

  private canGive(r: number, c: number): boolean {
    const i = r * this.cols + c;
    return this.open[i] === 1 && this.cellUnits[i] === 1;
  }

  private canTake(r: number, c: number): boolean {
    const i = r * this.cols + c;
    return this.open[i] === 1 && this.cellUnits[i] === 0;
  }

  /** Whether the compressed residual graph has the arc u → v; `row` is the row behind rowNode. */
  private hasArc(u: number, v: number, row: number): boolean {
    const cols = this.cols;
    if (u < cols) {
      if (v < cols) return this.moves[u * cols + v]!.size > 0;
      if (v === this.s) return this.gives[u]!.size > 0;
      if (v === this.t) return this.colUnits[u]! < this.colHi[u]!;
      return row >= 0 && this.canGive(row, u);
    }
    if (u === this.s) {
      if (v < cols) return this.takes[v]!.size > 0;
      if (v === this.t) return this.totalUnits > this.target;
      return v === this.rowNode && row >= 0 && this.rowUnits[row]! < this.rowHi[row]!;
    }
    if (u === this.t) {
      if (v < cols) return this.colUnits[v]! > this.colLo[v]!;
      return v === this.s && this.totalUnits < this.target;
    }
    if (v < cols) return this.canTake(row, v);
    return v === this.s && this.rowUnits[row]! > this.rowLo[row]!;
  }

  /** Breadth-first search from `from` to `to`; returns the nodes on the path or null. */
  private findPath(from: number, to: number, row: number): number[] | null {
    const nodes = this.cols + 3;
    const parent = this.parent.fill(-1);
    const queue = this.queue;
    parent[from] = from;
    queue[0] = from;
    for (let head = 0, tail = 1; head < tail; head++) {
      const u = queue[head]!;
      for (let v = 0; v < nodes; v++) {
        if (parent[v] !== -1 || !this.hasArc(u, v, row)) continue;
        parent[v] = u;
        if (v === to) {
          const path = [v];
          for (let w = v; w !== from; w = parent[w]!) path.push(parent[w]!);
          return path.reverse().map((node) => (node === this.rowNode ? -1 - row : node));
        }
        queue[tail++] = v;
      }
    }
    return null;
  }

  private mustPush(arc: FlowArc | "total"): void {
    const path = this.pathBack(arc);
    // Cannot happen for bounds taken from a real table (see the proof in controlledRound.ts).
    if (!path)
      throw new EngineError(
        "CONTROLLED_ROUND_INFEASIBLE",
        "the rounding bounds admit no additive table"
      );
    this.push(path, arc);
  }

  /**
   * Moves one unit around the cycle made of the path and the arc that closes it. Path nodes
   * are columns (≥ 0, < cols), s, t, or -1 - r for the end row r. The rows serving each step
   * are all chosen before anything changes: each step leaves and enters a different column,
   * so no cell is used twice and the changes are independent.
   */
  private push(path: number[], arc: FlowArc | "total"): void {
    const cells: [row: number, col: number, delta: number][] = [];
    const rowDelta: [row: number, delta: number][] = [];
    const first = (set: Set<number>): number => set.values().next().value!;
    for (let k = 0; k + 1 < path.length; k++) {
      const u = path[k]!;
      const v = path[k + 1]!;
      if (u < 0) {
        if (v === this.s) rowDelta.push([-1 - u, -1]);
        else cells.push([-1 - u, v, 1]);
      } else if (v < 0) {
        if (u === this.s) rowDelta.push([-1 - v, 1]);
        else cells.push([-1 - v, u, -1]);
      } else if (u < this.cols && v < this.cols) {
        const r = first(this.moves[u * this.cols + v]!);
        cells.push([r, u, -1], [r, v, 1]);
      } else if (u < this.cols && v === this.s) {
        const r = first(this.gives[u]!);
        cells.push([r, u, -1]);
        rowDelta.push([r, -1]);
      } else if (u === this.s && v < this.cols) {
        const r = first(this.takes[v]!);
        cells.push([r, v, 1]);
        rowDelta.push([r, 1]);
      } else if (u < this.cols) this.colUnits[u]!++;
      else if (v < this.cols) this.colUnits[v]!--;
      else this.totalUnits += v === this.s ? 1 : -1;
    }
    if (arc === "total") this.totalUnits++;
    else if (arc.kind === "row") rowDelta.push([arc.row, 1]);
    else if (arc.kind === "column") this.colUnits[arc.column]!++;
    else cells.push([arc.row, arc.column, 1]);

    // One cell at a time: refreshCell assumes the other cells of the row did not change.
    for (const [r, c, d] of cells) {
      this.cellUnits[r * this.cols + c]! += d;
      this.refreshCell(r, c);
    }
    for (const [r, d] of rowDelta) this.rowUnits[r]! += d;
    for (const [r] of rowDelta) this.refreshRow(r);
  }

  private static mark(set: Set<number>, r: number, member: boolean): void {
    if (member) set.add(r);
    else set.delete(r);
  }

  /** Brings the sets up to date after cell (r, c) changed units or was settled. */
  private refreshCell(r: number, c: number): void {
    const give = this.canGive(r, c);
    const take = this.canTake(r, c);
    // Only pairs whose other cell qualifies can change membership.
    for (let b = 0; b < this.cols; b++) {
      if (this.canTake(r, b)) UnitFlow.mark(this.moves[c * this.cols + b]!, r, give);
      else if (this.canGive(r, b)) UnitFlow.mark(this.moves[b * this.cols + c]!, r, take);
    }
    UnitFlow.mark(this.gives[c]!, r, give && this.rowUnits[r]! > this.rowLo[r]!);
    UnitFlow.mark(this.takes[c]!, r, take && this.rowUnits[r]! < this.rowHi[r]!);
  }

  /** Brings the sets up to date after row r's total or bounds changed. */
  private refreshRow(r: number): void {
    for (let c = 0; c < this.cols; c++) {
      UnitFlow.mark(this.gives[c]!, r, this.canGive(r, c) && this.rowUnits[r]! > this.rowLo[r]!);
      UnitFlow.mark(this.takes[c]!, r, this.canTake(r, c) && this.rowUnits[r]! < this.rowHi[r]!);
    }
  }
}
