import { a1, formatRange, type RangeRef } from "../../ports/a1";
import type { Cell } from "../../ports/cell";
import { issue } from "../../engine/issue";
import { PortError } from "../../ports/portError";
import type { RangeData, SourceRef } from "../../ports/workbookPort";
import { cellFromExcel } from "./cellFromExcel";
import type { Staged } from "./inTwoSyncs";
import { parseSheetAddress, type SheetRange } from "./sheetAddress";

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** What one batch loads for a block: everything RangeData needs, in the same sync. */
interface LoadedBlock {
  readonly range: Excel.Range;
  readonly rows: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  readonly merged: Excel.RangeAreas;
  readonly filter: Excel.AutoFilter;
}

function loadBlock(range: Excel.Range, filter: Excel.AutoFilter): LoadedBlock {
  range.load("address, values, valueTypes, numberFormat");
  const merged = range.getMergedAreasOrNullObject();
  merged.load("address");
  filter.load("isDataFiltered");
  // One call for every row's hidden state, whatever the number of rows (ExcelApi 1.9).
  return {
    range,
    rows: range.getRowProperties({ rowIndex: true, rowHidden: true }),
    merged,
    filter,
  };
}

/** "Sheet1!A1:B2, Sheet1!D6:E6" (an areas address) → each area without its sheet. */
const areas = (address: string): SheetRange[] =>
  address
    .split(",")
    .map((a) => parseSheetAddress(a.trim()))
    .filter((a): a is SheetRange => a !== undefined);

function toRangeData(block: LoadedBlock, date1904: boolean, tableName?: string): RangeData {
  const at = parseSheetAddress(block.range.address);
  if (!at) throw new Error(`unexpected address from Excel: ${block.range.address}`);
  const cells = cellsOf(block.range);
  return {
    sheet: at.sheet ?? "",
    origin: a1(at.range.start),
    cells,
    hiddenRows: block.rows.value
      .filter((p) => p.rowHidden)
      .map((p) => (p.rowIndex as number) - at.range.start.row),
    merged: block.merged.isNullObject
      ? []
      : areas(block.merged.address).map((m) => formatRange(m.range)),
    filtered: block.filter.isDataFiltered,
    ...(tableName ? { tableName } : {}),
    ...(date1904 ? { date1904: true } : {}),
  };
}

/** The cells of a loaded range, as the codec reads them. */
const cellsOf = (range: Excel.Range): Cell[][] =>
  range.values.map((row, r) =>
    row.map((v, c) =>
      cellFromExcel(v, range.valueTypes[r]?.[c], range.numberFormat[r]?.[c] as string | undefined)
    )
  );

/**
 * The collections reads find their items in, each loaded once per batch whatever the number of
 * reads that look in it.
 */
export interface Lookup {
  readonly context: Excel.RequestContext;
  readonly tables: () => Excel.TableCollection;
  readonly sheets: () => Excel.WorksheetCollection;
  readonly names: () => Excel.NamedItemCollection;
  /** After the first sync: whether the workbook counts dates from 1904. */
  readonly date1904: () => () => boolean;
  /**
   * Whether a table read also loads the row below and the column right of it. Excel refuses a
   * batch that asks for a row below the sheet's last row (or a column after XFD), and a table's
   * place is not known before the batch that reads it: see readBeside.
   */
  readonly beside: boolean;
}

/**
 * Workbook.use1904DateSystem needs ExcelApi 1.16; the manifest asks 1.13, so an older host is
 * taken to use the 1900 system (its default), the only case where it cannot say.
 */
function date1904Of(context: Excel.RequestContext): () => boolean {
  const supported =
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", "1.16");
  if (!supported) return () => false;
  // Not in @types/office-js 1.0.612, whose Excel.Workbook stops before ExcelApi 1.16.
  const workbook = context.workbook as Excel.Workbook & { use1904DateSystem?: boolean };
  workbook.load("use1904DateSystem");
  return () => workbook.use1904DateSystem === true;
}

export function lookupIn(context: Excel.RequestContext, beside = true): Lookup {
  const once = <T>(load: () => T): (() => T) => {
    let loaded: T | undefined;
    return () => (loaded ??= load());
  };
  return {
    context,
    tables: once(() => context.workbook.tables.load("items/name, items/showTotals")),
    sheets: once(() => context.workbook.worksheets.load("items/name")),
    names: once(() => context.workbook.names.load("items/name, items/type")),
    date1904: once(() => date1904Of(context)),
    beside,
  };
}

/**
 * A read of tables with what lies beside them, or, when Excel refuses that batch, the same read
 * without: the one batch a read may lose that way is one where a table touches the sheet's last
 * row or column, where nothing can lie beside it on that side. Any other failure fails the
 * second read too and is reported as it is.
 */
export async function readBeside<T>(read: (beside: boolean) => Promise<T>): Promise<T> {
  try {
    return await read(true);
  } catch {
    return read(false);
  }
}

const absent = () => undefined;

/**
 * A table: header and data body, its totals row apart (it is not a municipality), and what
 * touches it from outside (the row below, the column right), so data typed there is not
 * silently left out.
 */
function tableRead(lookup: Lookup, name: string): Staged<RangeData | undefined> {
  const tables = lookup.tables();
  const date1904 = lookup.date1904();
  return () => {
    const table = tables.items.find((t) => same(t.name, name));
    if (!table) return absent;
    const whole = table.getRange();
    const block = loadBlock(whole, table.autoFilter);
    const beside = lookup.beside
      ? { below: whole.getRowsBelow(1).getResizedRange(0, 1), right: whole.getColumnsAfter(1) }
      : undefined;
    for (const r of Object.values(beside ?? {})) r.load("values, valueTypes, numberFormat");
    return () => {
      const data = {
        ...toRangeData(block, date1904(), table.name),
        ...(beside && {
          adjacent: {
            below: cellsOf(beside.below)[0] ?? [],
            right: cellsOf(beside.right).map((row) => row[0]!),
          },
        }),
      };
      if (!table.showTotals) return data;
      const body = data.cells.length - 1;
      return {
        ...data,
        cells: data.cells.slice(0, body),
        totalsRow: data.cells[body] ?? [],
        hiddenRows: data.hiddenRows.filter((r) => r < body),
      };
    };
  };
}

/** A sheet from A1 to the end of its used range. */
function sheetRead(lookup: Lookup, name: string): Staged<RangeData | undefined> {
  const sheets = lookup.sheets();
  const date1904 = lookup.date1904();
  return () => {
    const sheet = sheets.items.find((s) => same(s.name, name));
    if (!sheet) return absent;
    const block = loadBlock(
      sheet.getRange("A1").getBoundingRect(sheet.getUsedRange()),
      sheet.autoFilter
    );
    return () => toRangeData(block, date1904());
  };
}

/** A workbook-level defined name that refers to a range. */
function namedRange(names: Excel.NamedItemCollection, name: string): Excel.Range | undefined {
  return names.items.find((n) => same(n.name, name) && n.type === "Range")?.getRange();
}

/** The range a workbook-level defined name refers to, exactly as defined. */
function namedRangeRead(lookup: Lookup, name: string): Staged<RangeData | undefined> {
  const names = lookup.names();
  const date1904 = lookup.date1904();
  return () => {
    const range = namedRange(names, name);
    if (!range) return absent;
    const block = loadBlock(range, range.worksheet.autoFilter);
    return () => toRangeData(block, date1904());
  };
}

/**
 * The current selection, widened to whole merged areas as Excel's own selection is: a block
 * that cuts a merged area in two would read half a value. Tables cannot hold merged cells and
 * a sheet's used range contains its merges, so only the selection needs this. Read through
 * getSelectedRanges (getSelectedRange fails on a selection of several areas): a selection of
 * more than one area is refused with a finding that says so. Three syncs: the areas, the merges,
 * the block.
 */
export async function readSelection(lookup: Lookup): Promise<RangeData | undefined> {
  const { context } = lookup;
  const date1904 = lookup.date1904();
  const selected = context.workbook.getSelectedRanges().load("address, areaCount");
  await context.sync();
  if (selected.areaCount > 1)
    throw new PortError(
      issue("SELECTION_MULTI_AREA", "error", undefined, {
        areas: selected.address.replace(/,/g, ", "),
      })
    );
  const at = parseSheetAddress(selected.address);
  if (!at?.sheet) return undefined;
  const sheet = context.workbook.worksheets.getItem(at.sheet);
  const merged = sheet.getRange(formatRange(at.range)).getMergedAreasOrNullObject().load("address");
  await context.sync();
  const widened = (merged.isNullObject ? [] : areas(merged.address)).reduce<RangeRef>(
    (box, m) => boundingBox(box, m.range),
    at.range
  );
  const block = loadBlock(sheet.getRange(formatRange(widened)), sheet.autoFilter);
  await context.sync();
  return toRangeData(block, date1904());
}

const boundingBox = (a: RangeRef, b: RangeRef): RangeRef => ({
  start: { row: Math.min(a.start.row, b.start.row), col: Math.min(a.start.col, b.start.col) },
  end: { row: Math.max(a.end.row, b.end.row), col: Math.max(a.end.col, b.end.col) },
});

/**
 * The block behind a table, sheet or name reference, or undefined when it is not there; staged
 * to share two syncs (the selection is read on its own: readSelection).
 */
export function sourceRead(
  lookup: Lookup,
  ref: Exclude<SourceRef, { kind: "selection" }>
): Staged<RangeData | undefined> {
  switch (ref.kind) {
    case "table":
      return tableRead(lookup, ref.name);
    case "sheet":
      return sheetRead(lookup, ref.name);
    case "name":
      return namedRangeRead(lookup, ref.name);
  }
}

/** The top-left cell a defined name points at. */
export function nameCellRead(lookup: Lookup, name: string): Staged<Cell | undefined> {
  const names = lookup.names();
  return () => {
    const cell = namedRange(names, name)?.getCell(0, 0);
    if (!cell) return absent;
    cell.load("values, valueTypes, numberFormat");
    return () =>
      cellFromExcel(
        cell.values[0]?.[0],
        cell.valueTypes[0]?.[0],
        cell.numberFormat[0]?.[0] as string | undefined
      );
  };
}
