import { issue } from '../../engine/issue';
import { BLANK, type Cell } from '../../ports/cell';
import type { OutputTable, RangeData, SourceRef, WorkbookPort } from '../../ports/workbookPort';
import { areaRef, cellRef, overlaps, parseSheetArea, type Area } from './a1';
import { findOwnedRecord } from './findOwnedRecord';
import { cellFormats } from './numberFormats';
import { openPackage } from './openPackage';
import type { OpcPackage } from './opcPackage';
import { PACKAGE_LIMITS } from './packageLimits';
import { PackageError } from './packageError';
import { planOutputs } from './planOutputs';
import { readSharedStrings } from './sharedStrings';
import { readSheetGrid, type SheetGrid } from './sheetGrid';
import { indexWorkbook, sameName, type SheetEntry, type WorkbookIndex } from './workbookIndex';

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
 * own keeps its exact bytes. Unreadable input throws a PackageError carrying the finding.
 */
export class XlsxWorkbook implements WorkbookPort {
  private derived: Derived = { grids: new Map() };

  private constructor(
    private pkg: OpcPackage,
    private readonly workbookPart: string,
    readonly fileName: string,
  ) {}

  static fromBytes(bytes: Uint8Array, fileName: string): XlsxWorkbook {
    const { pkg, workbookPart } = openPackage(bytes, fileName);
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
      case 'selection':
        // A file has no selection; only a live host does.
        return undefined;
      case 'table': {
        const table = index.tables.find((t) => sameName(t.name, ref.name));
        if (!table) return undefined;
        const grid = this.grid(table.sheet);
        const hidden = hiddenWithin(grid, table.ref);
        return { ...this.block(table.sheet, grid, table.ref), filtered: table.filtering || (table.autoFilter && hidden), tableName: table.name };
      }
      case 'sheet': {
        const sheet = index.sheets.find((s) => sameName(s.name, ref.name) && s.part);
        if (!sheet) return undefined;
        const grid = this.grid(sheet);
        const area: Area = { top: 1, left: 1, bottom: grid.lastRow, right: grid.lastCol };
        return { ...this.block(sheet, grid, area), filtered: sheetFiltered(grid, area) };
      }
      case 'name': {
        const target = this.namedArea(ref.name);
        if (!target) return undefined;
        const grid = this.grid(target.sheet);
        return { ...this.block(target.sheet, grid, target.area), filtered: sheetFiltered(grid, target.area) };
      }
    }
  }

  /** The cell of a workbook-scoped name that refers to exactly one cell; undefined otherwise. */
  async readName(name: string): Promise<Cell | undefined> {
    const target = this.namedArea(name);
    if (!target || target.area.top !== target.area.bottom || target.area.left !== target.area.right) return undefined;
    return this.grid(target.sheet).cells.get(target.area.top)?.get(target.area.left) ?? BLANK;
  }

  async readSettings(): Promise<string | undefined> {
    return findOwnedRecord(this.pkg, this.workbookPart)?.record.settings;
  }

  /** All or nothing: the new package replaces the old one only when every part was planned. */
  async write(outputs: ReadonlyArray<OutputTable>, settings: string): Promise<void> {
    const changes = planOutputs(this.pkg, this.index(), outputs, settings);
    this.pkg = this.pkg.with(changes);
    this.derived = { grids: new Map() };
  }

  private index(): WorkbookIndex {
    return (this.derived.index ??= indexWorkbook(this.pkg, this.workbookPart));
  }

  private namedArea(name: string): { sheet: SheetEntry; area: Area } | undefined {
    const index = this.index();
    const defined = index.names.find((n) => sameName(n.name, name) && n.localSheetId === undefined);
    const target = defined && parseSheetArea(defined.formula);
    const sheet = target && index.sheets.find((s) => sameName(s.name, target.sheet) && s.part);
    return sheet && target ? { sheet, area: target.area } : undefined;
  }

  private grid(sheet: SheetEntry): SheetGrid {
    const part = sheet.part!;
    let grid = this.derived.grids.get(part);
    if (!grid) {
      const index = this.index();
      grid = readSheetGrid(this.pkg.xml(part), {
        file: this.fileName,
        sheet: sheet.name,
        part,
        sharedString: (i) => (this.derived.sharedStrings ??= readSharedStrings(index.sharedStringsPart ? this.pkg.xml(index.sharedStringsPart) : undefined))[i],
        formatOf: (this.derived.formatOf ??= cellFormats(this.pkg, index.stylesPart)),
      });
      this.derived.grids.set(part, grid);
    }
    return grid;
  }

  private block(sheet: SheetEntry, grid: SheetGrid, area: Area): Omit<RangeData, 'filtered'> {
    const size = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    if (size > PACKAGE_LIMITS.maxBlockCells) {
      const where = { file: this.fileName, sheet: sheet.name, cell: areaRef(area) };
      throw new PackageError(issue('PKG_RANGE_TOO_LARGE', 'error', where, { range: areaRef(area), cells: size, max: PACKAGE_LIMITS.maxBlockCells }));
    }
    const cells: Cell[][] = [];
    const hiddenRows: number[] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const line = grid.cells.get(r);
      const row: Cell[] = [];
      for (let c = area.left; c <= area.right; c++) row.push(line?.get(c) ?? BLANK);
      cells.push(row);
      if (grid.hiddenRows.has(r)) hiddenRows.push(r - area.top);
    }
    return {
      sheet: sheet.name,
      origin: cellRef(Math.max(area.top, 1), Math.max(area.left, 1)),
      cells,
      hiddenRows,
      merged: grid.merged.filter((m) => overlaps(m, area)).map(areaRef),
    };
  }
}

const hiddenWithin = (grid: SheetGrid, area: Area): boolean => [...grid.hiddenRows].some((r) => r >= area.top && r <= area.bottom);

/** A sheet-level autoFilter over the block with a criterion, or with rows it hid. */
function sheetFiltered(grid: SheetGrid, area: Area): boolean {
  const filter = grid.autoFilter;
  if (!filter || !overlaps(filter.area, area)) return false;
  const both: Area = { top: Math.max(filter.area.top, area.top), left: 1, bottom: Math.min(filter.area.bottom, area.bottom), right: 1 };
  return filter.filtering || hiddenWithin(grid, both);
}
