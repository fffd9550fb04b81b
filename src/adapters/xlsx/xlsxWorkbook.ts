import { issue } from "../../engine/issue";
import { formatRange, parseSheetRange, rangesOverlap, type RangeRef } from "../../ports/a1";
import { BLANK, type Cell } from "../../ports/cell";
import type {
  OutputTable,
  RangeData,
  SourceRef,
  WorkbookPort,
  WriteOptions,
} from "../../ports/workbookPort";
import { PortError } from "../../ports/portError";
import { findOwnedRecord } from "./findOwnedRecord";
import { cellFormats } from "./numberFormats";
import { openPackage } from "./openPackage";
import type { OpcPackage } from "./opcPackage";
import { PACKAGE_LIMITS } from "./packageLimits";
import { planOutputs } from "./planOutputs";
import { XmlSyntaxError } from "./scanXml";
import { readSharedStrings } from "./sharedStrings";
import { readSheetGrid, type SheetGrid } from "./sheetGrid";
import { indexWorkbook, sameName, type SheetEntry, type WorkbookIndex } from "./workbookIndex";
import type { Inflate } from "./inflateEntry";
import type { Deflate } from "./writeZip";

/** What is derived from the package once and thrown away when a write replaces the package. */
interface Derived {
  index?: WorkbookIndex;
  formatOf?: (styleIndex: number) => string | undefined;
  sharedStrings?: string[];
  grids: Map<string, SheetGrid>;
}

/**
 * The workbook port over an .xlsx file's bytes. Reads tables, sheets and defined names as the
 * file stores them; writes by patching the package part by part, so everything the tool does not
 * own keeps its exact bytes. Unreadable input throws a PortError carrying the finding.
 */
export class XlsxWorkbook implements WorkbookPort {
  private derived: Derived = { grids: new Map() };

  private constructor(
    private pkg: OpcPackage,
    private readonly workbookPart: string,
    readonly fileName: string
  ) {}

  /** `deflate` for the parts a write changes, `inflate` for those it reads: by default the portable ones, which run in a browser too. */
  static fromBytes(
    bytes: Uint8Array,
    fileName: string,
    deflate?: Deflate,
    inflate?: Inflate
  ): XlsxWorkbook {
    const { pkg, workbookPart } = openPackage(bytes, fileName, deflate, inflate);
    const workbook = new XlsxWorkbook(pkg, workbookPart, fileName);
    workbook.index();
    return workbook;
  }

  toBytes(): Uint8Array {
    return this.pkg.toBytes();
  }

  async read(ref: SourceRef): Promise<RangeData | undefined> {
    const index = this.index();
    switch (ref.kind) {
      case "selection":
        // A file has no selection; only a live host does.
        return undefined;
      case "table": {
        const table = index.tables.find((t) => sameName(t.name, ref.name));
        if (!table) return undefined;
        const grid = this.grid(table.sheet);
        const body = {
          start: table.ref.start,
          end: { row: table.ref.end.row - table.totalsRows, col: table.ref.end.col },
        };
        const block = this.block(table.sheet, grid, body, table.ref);
        const totals = table.totalsRows
          ? this.block(table.sheet, grid, {
              start: { row: table.ref.end.row, col: body.start.col },
              end: table.ref.end,
            })
          : undefined;
        // What touches the table from outside: the row below it and the column right of it.
        const { start, end } = table.ref;
        const below = this.block(table.sheet, grid, {
          start: { row: end.row + 1, col: start.col },
          end: { row: end.row + 1, col: end.col + 1 },
        }).cells[0]!;
        const right = this.block(table.sheet, grid, {
          start: { row: start.row, col: end.col + 1 },
          end: { row: end.row, col: end.col + 1 },
        }).cells.map((row) => row[0]!);
        return {
          ...block,
          filtered: table.filtering || (table.autoFilter && block.hiddenRows.length > 0),
          tableName: table.name,
          adjacent: { below, right },
          ...(totals ? { totalsRow: totals.cells[0]! } : {}),
        };
      }
      case "sheet": {
        const sheet = index.sheets.find((s) => sameName(s.name, ref.name) && s.part);
        if (!sheet) return undefined;
        const grid = this.grid(sheet);
        if (!grid.usedRows)
          return {
            sheet: sheet.name,
            origin: "A1",
            cells: [],
            hiddenRows: [],
            merged: [],
            filtered: false,
            ...(index.date1904 ? { date1904: true } : {}),
          };
        const range = {
          start: { row: 0, col: 0 },
          end: { row: grid.usedRows - 1, col: grid.usedCols - 1 },
        };
        return { ...this.block(sheet, grid, range), filtered: sheetFiltered(grid, range) };
      }
      case "name": {
        const target = this.namedRange(ref.name);
        if (!target) return undefined;
        const grid = this.grid(target.sheet);
        return {
          ...this.block(target.sheet, grid, target.range),
          filtered: sheetFiltered(grid, target.range),
        };
      }
    }
  }

  /** The top-left cell of what a workbook-scoped defined name refers to. */
  async readName(name: string): Promise<Cell | undefined> {
    const target = this.namedRange(name);
    if (!target) return undefined;
    const { row, col } = target.range.start;
    return this.grid(target.sheet).cells.get(row)?.get(col) ?? BLANK;
  }

  async readSettings(): Promise<string | undefined> {
    return findOwnedRecord(this.pkg, this.workbookPart)?.record.settings;
  }

  /** All or nothing: the new package replaces the old one only when every part was planned. */
  async write(
    outputs: ReadonlyArray<OutputTable>,
    settings: string,
    options?: WriteOptions
  ): Promise<void> {
    const { changes, removed } = planOutputs(this.pkg, this.index(), outputs, settings, options);
    this.pkg = this.pkg.with(changes, removed);
    this.derived = { grids: new Map() };
  }

  private index(): WorkbookIndex {
    return (this.derived.index ??= indexWorkbook(this.pkg, this.workbookPart));
  }

  private namedRange(name: string): { sheet: SheetEntry; range: RangeRef } | undefined {
    const index = this.index();
    const defined = index.names.find((n) => sameName(n.name, name) && n.localSheetId === undefined);
    const target = defined && parseSheetRange(defined.formula);
    const sheet = target && index.sheets.find((s) => sameName(s.name, target.sheet) && s.part);
    return sheet && target ? { sheet, range: target.range } : undefined;
  }

  private grid(sheet: SheetEntry): SheetGrid {
    const part = sheet.part!;
    let grid = this.derived.grids.get(part);
    if (!grid) {
      const index = this.index();
      grid = readSheetGrid(this.pkg.text(part)!.text, {
        file: this.fileName,
        sheet: sheet.name,
        part,
        sharedString: (i) => this.sharedStrings()[i],
        formatOf: (this.derived.formatOf ??= cellFormats(this.pkg, index.stylesPart)),
        date1904: index.date1904,
      });
      this.derived.grids.set(part, grid);
    }
    return grid;
  }

  private sharedStrings(): string[] {
    const part = this.index().sharedStringsPart;
    if (!this.derived.sharedStrings) {
      try {
        this.derived.sharedStrings = readSharedStrings(
          part ? this.pkg.text(part)?.text : undefined
        );
      } catch (error) {
        if (error instanceof XmlSyntaxError) throw this.pkg.damaged(part!);
        throw error;
      }
    }
    return this.derived.sharedStrings;
  }

  /** The cells of `range`, with its hidden rows and the merges that touch `extent`. */
  private block(
    sheet: SheetEntry,
    grid: SheetGrid,
    range: RangeRef,
    extent: RangeRef = range
  ): Omit<RangeData, "filtered"> {
    const { start, end } = range;
    const size = (end.row - start.row + 1) * (end.col - start.col + 1);
    if (size > PACKAGE_LIMITS.maxBlockCells) {
      const where = { file: this.fileName, sheet: sheet.name, cell: formatRange(range) };
      throw new PortError(
        issue("PKG_RANGE_TOO_LARGE", "error", where, {
          range: formatRange(range),
          cells: size,
          max: PACKAGE_LIMITS.maxBlockCells,
        })
      );
    }
    const cells: Cell[][] = [];
    const hiddenRows: number[] = [];
    for (let r = start.row; r <= end.row; r++) {
      const line = grid.cells.get(r);
      const row: Cell[] = [];
      for (let c = start.col; c <= end.col; c++) row.push(line?.get(c) ?? BLANK);
      cells.push(row);
      if (grid.hiddenRows.has(r)) hiddenRows.push(r - start.row);
    }
    return {
      sheet: sheet.name,
      origin: formatRange({ start, end: start }),
      cells,
      hiddenRows,
      merged: grid.merged.filter((m) => rangesOverlap(m, extent)).map(formatRange),
      ...(this.index().date1904 ? { date1904: true } : {}),
    };
  }
}

/** A sheet-level autoFilter over the block with a criterion, or with rows it hid. */
function sheetFiltered(grid: SheetGrid, range: RangeRef): boolean {
  const filter = grid.autoFilter;
  if (!filter || !rangesOverlap(filter.range, range)) return false;
  const top = Math.max(filter.range.start.row, range.start.row);
  const bottom = Math.min(filter.range.end.row, range.end.row);
  return filter.filtering || [...grid.hiddenRows].some((r) => r >= top && r <= bottom);
}
