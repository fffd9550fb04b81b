import { issue } from "../../engine/issue";
import {
  formatRange,
  parseRange,
  parseSheetRange,
  rangesOverlap,
  type RangeRef,
} from "../../ports/a1";
import { BLANK, type Cell } from "../../ports/cell";
import { freshLayout } from "../../ports/outputLayout";
import { PortError } from "../../ports/portError";
import type { OutputTable, RangeData, SourceRef, WorkbookPort } from "../../ports/workbookPort";
import type { DefinedNameSpec, WorkbookSpec } from "../../ports/workbookSpec";

interface MemorySheet {
  readonly name: string;
  readonly cells: ReadonlyArray<ReadonlyArray<Cell>>;
  readonly hiddenRows: ReadonlySet<number>;
  readonly merged: ReadonlyArray<string>;
}

interface MemoryTable {
  readonly name: string;
  readonly sheet: string;
  readonly ref: RangeRef;
  readonly filtered: boolean;
  readonly totalsRow: boolean;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * A workbook held in memory, built from a WorkbookSpec: the fast implementation of the port
 * for the use-case tests, and the reference the contract suite holds the other adapters to.
 * Writes are all or nothing: every check runs before the first change.
 */
export class MemoryWorkbook implements WorkbookPort {
  private owned = new Set<string>();
  private settings: string | undefined;

  private constructor(
    private sheets: MemorySheet[],
    private tables: MemoryTable[],
    private readonly names: ReadonlyArray<DefinedNameSpec>,
    private readonly date1904: boolean
  ) {}

  static fromSpec(spec: WorkbookSpec): MemoryWorkbook {
    const sheets = spec.sheets.map((s) => ({
      name: s.name,
      cells: s.cells.map((row, r) =>
        row.map((cell, c) => {
          const fmt =
            s.formats?.[formatRange({ start: { row: r, col: c }, end: { row: r, col: c } })];
          return cell.t === "n" && fmt && !cell.fmt ? { ...cell, fmt } : cell;
        })
      ),
      hiddenRows: new Set(s.hiddenRows ?? []),
      merged: s.merged ?? [],
    }));
    const tables = (spec.tables ?? []).map((t) => {
      const ref = parseRange(t.ref);
      if (!ref) throw new RangeError(`table ${t.name}: bad range ${t.ref}`);
      return {
        name: t.name,
        sheet: t.sheet,
        ref,
        filtered: t.filtered ?? false,
        totalsRow: t.totalsRow ?? false,
      };
    });
    return new MemoryWorkbook(sheets, tables, spec.names ?? [], spec.date1904 ?? false);
  }

  /** Sheet names in workbook order (for tests: what a write created or removed). */
  get sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  async read(ref: SourceRef): Promise<RangeData | undefined> {
    switch (ref.kind) {
      case "table": {
        const table = this.tables.find((t) => same(t.name, ref.name));
        if (!table) return undefined;
        const { start, end } = table.ref;
        const bodyEnd = { row: end.row - (table.totalsRow ? 1 : 0), col: end.col };
        const block = this.block(table.sheet, { start, end: bodyEnd }, table.ref);
        if (!block) return undefined;
        const totals = table.totalsRow
          ? this.block(table.sheet, { start: { row: end.row, col: start.col }, end }, table.ref)
          : undefined;
        // What touches the table from outside: the row below it and the column right of it.
        const edge = (from: RangeRef["start"], to: RangeRef["end"]) =>
          this.block(table.sheet, { start: from, end: to })!.cells;
        const below = edge(
          { row: end.row + 1, col: start.col },
          { row: end.row + 1, col: end.col + 1 }
        );
        const right = edge(
          { row: start.row, col: end.col + 1 },
          { row: end.row, col: end.col + 1 }
        );
        return {
          ...block,
          filtered: table.filtered,
          tableName: table.name,
          adjacent: { below: below[0]!, right: right.map((row) => row[0]!) },
          ...(totals ? { totalsRow: totals.cells[0] ?? [] } : {}),
        };
      }
      case "sheet": {
        const sheet = this.sheet(ref.name);
        if (!sheet) return undefined;
        const rows = sheet.cells.length;
        const cols = Math.max(0, ...sheet.cells.map((row) => row.length));
        if (rows === 0 || cols === 0)
          return {
            sheet: sheet.name,
            origin: "A1",
            cells: [],
            hiddenRows: [],
            merged: [],
            filtered: false,
            ...(this.date1904 ? { date1904: true } : {}),
          };
        return this.block(sheet.name, {
          start: { row: 0, col: 0 },
          end: { row: rows - 1, col: cols - 1 },
        });
      }
      case "name": {
        const target = this.nameTarget(ref.name);
        return target && this.block(target.sheet, target.range);
      }
      case "selection":
        // Memory has no user and so no selection.
        return undefined;
    }
  }

  async readName(name: string): Promise<Cell | undefined> {
    const target = this.nameTarget(name);
    return (
      target &&
      (this.block(target.sheet, { start: target.range.start, end: target.range.start })
        ?.cells[0]?.[0] ??
        BLANK)
    );
  }

  async readSettings(): Promise<string | undefined> {
    return this.settings;
  }

  async write(outputs: ReadonlyArray<OutputTable>, settings: string): Promise<void> {
    const laidOut = outputs.map(freshLayout);
    if (
      new Set(outputs.map((o) => o.sheet.toLowerCase())).size !== outputs.length ||
      new Set(outputs.map((o) => o.table.toLowerCase())).size !== outputs.length
    ) {
      throw new RangeError("output sheets and tables must have distinct names");
    }
    for (const out of outputs) {
      if (!this.owned.has(out.sheet.toLowerCase()) && this.sheet(out.sheet)) {
        throw new PortError(issue("PKG_SHEET_NOT_OWNED", "error", { sheet: out.sheet }));
      }
      const taken =
        this.tables.some(
          (t) => same(t.name, out.table) && !this.owned.has(t.sheet.toLowerCase())
        ) || this.names.some((n) => same(n.name, out.table));
      if (taken)
        throw new PortError(
          issue("PKG_NAME_TAKEN", "error", { table: out.table }, { name: out.table })
        );
    }
    const keep = (sheet: string) => !this.owned.has(sheet.toLowerCase());
    this.sheets = [
      ...this.sheets.filter((s) => keep(s.name)),
      ...laidOut.map((o) => ({
        name: o.sheet,
        cells: o.cells,
        hiddenRows: new Set<number>(),
        merged: [],
      })),
    ];
    this.tables = [
      ...this.tables.filter((t) => keep(t.sheet)),
      ...laidOut.map((o) => ({
        name: o.table,
        sheet: o.sheet,
        ref: o.ref,
        filtered: false,
        totalsRow: o.totalsRow,
      })),
    ];
    this.owned = new Set(outputs.map((o) => o.sheet.toLowerCase()));
    this.settings = settings;
  }

  private sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => same(s.name, name));
  }

  private nameTarget(name: string): { sheet: string; range: RangeRef } | undefined {
    const defined = this.names.find((n) => same(n.name, name));
    return defined && parseSheetRange(defined.ref);
  }

  /** The cells of `range` on `sheet`, with hidden rows and merges that touch `extent`. */
  private block(
    sheetName: string,
    range: RangeRef,
    extent: RangeRef = range
  ): RangeData | undefined {
    const sheet = this.sheet(sheetName);
    if (!sheet) return undefined;
    const { start, end } = range;
    const cells: Cell[][] = [];
    const hiddenRows: number[] = [];
    for (let r = start.row; r <= end.row; r++) {
      const row: Cell[] = [];
      for (let c = start.col; c <= end.col; c++) row.push(sheet.cells[r]?.[c] ?? BLANK);
      cells.push(row);
      if (sheet.hiddenRows.has(r)) hiddenRows.push(r - start.row);
    }
    const merged = sheet.merged.filter((m) => {
      const area = parseRange(m);
      return area !== undefined && rangesOverlap(area, extent);
    });
    return {
      sheet: sheet.name,
      origin: formatRange({ start, end: start }),
      cells,
      hiddenRows,
      merged,
      filtered: false,
      ...(this.date1904 ? { date1904: true } : {}),
    };
  }
}
