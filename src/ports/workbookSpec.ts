import type { Cell } from "./cell";

/**
 * A workbook described as plain data: what the contract suite, the fixtures and the demo build
 * real workbooks from, so every port implementation is tested on the same content.
 */
export interface SheetSpec {
  readonly name: string;
  /** Rows of cells starting at A1; a formula cell is text starting with '=' in `formulas`. */
  readonly cells: ReadonlyArray<ReadonlyArray<Cell>>;
  /** Formulas by A1 address (e.g. {'D14': 'SUM(D2:D12)'}), with the cached value in `cells`. */
  readonly formulas?: Readonly<Record<string, string>>;
  /** 0-based row indexes that are hidden. */
  readonly hiddenRows?: ReadonlyArray<number>;
  /** A1 ranges that are merged, e.g. 'A1:B1'. */
  readonly merged?: ReadonlyArray<string>;
  /** Number formats by A1 address (e.g. 'yyyy-mm-dd' for a date). */
  readonly formats?: Readonly<Record<string, string>>;
  /** Column widths in characters from column A on, so a workbook opens readable (no ###). */
  readonly columnWidths?: ReadonlyArray<number>;
}

export interface TableSpec {
  readonly name: string;
  readonly sheet: string;
  /** A1 range including the header row, e.g. 'A1:C12'. */
  readonly ref: string;
  /** An active filter on the table (hides rows). */
  readonly filtered?: boolean;
  /** The last row of `ref` is the table's totals row (not data). */
  readonly totalsRow?: boolean;
}

export interface DefinedNameSpec {
  readonly name: string;
  /** Absolute reference, e.g. "'Periode'!$B$1". */
  readonly ref: string;
}

export interface WorkbookSpec {
  readonly sheets: ReadonlyArray<SheetSpec>;
  /** The workbook counts dates from 1904 (workbookPr date1904): date cells hold 1904 serials. */
  readonly date1904?: boolean;
  readonly tables?: ReadonlyArray<TableSpec>;
  readonly names?: ReadonlyArray<DefinedNameSpec>;
}
