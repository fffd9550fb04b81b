import ExcelJS from "exceljs";
import { open } from "node:fs/promises";
import { openXlsxFile } from "../src/adapters/xlsx/openXlsxFile";
import { planRefresh } from "../src/app/planRefresh";
import type { Cell } from "../src/ports/cell";
import { NUMBER_FORMAT_CODE } from "../src/ports/numberFormatCode";
import type { OutputTable } from "../src/ports/workbookPort";

const value = (cell: Cell): ExcelJS.CellValue => {
  switch (cell.t) {
    case "blank":
      return null;
    case "n":
      return Number(cell.v);
    case "e":
      return { error: cell.v as ExcelJS.CellErrorValue["error"] };
    default:
      return cell.v;
  }
};

/**
 * What `lumpsum refresh` does to the file, done with ExcelJS: read the annex, write the owned
 * tables as the refresh lays them out (caption lines, a blank row, an Excel table with its
 * header, body and totals row), every number with its number format, write the file and
 * flush it to disk, as the refresh's save does before it renames (without the flush the two
 * would not leave the same thing behind after a power cut, and the disk's latency would favour
 * one side). It is handed the finished tables, so it computes, checks and audits nothing: the
 * baseline for the refresh is the file work alone.
 */
export async function excelJsSameJob(
  input: string,
  output: string,
  tables: ReadonlyArray<OutputTable>
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet);
    table.caption.forEach((line, r) => (sheet.getCell(r + 1, 1).value = line));
    const header = table.caption.length > 0 ? table.caption.length + 2 : 1;
    const totals = table.totalsRow;
    sheet.addTable({
      name: table.table,
      ref: `A${header}`,
      headerRow: true,
      totalsRow: totals !== undefined,
      columns: table.columns.map((c, j) => {
        const label = totals?.[j];
        return { name: c.header, ...(label?.t === "s" ? { totalsRowLabel: label.v } : {}) };
      }),
      rows: table.rows.map((row) => row.map(value)),
    });
    const last = header + table.rows.length + (totals ? 1 : 0);
    totals?.forEach((cell, j) => {
      if (cell.t === "n") sheet.getCell(last, j + 1).value = Number(cell.v);
    });
    table.columns.forEach((column, j) => {
      for (let r = header + 1; r <= last; r++)
        sheet.getCell(r, j + 1).numFmt = NUMBER_FORMAT_CODE[column.format];
    });
  }
  await workbook.xlsx.writeFile(output);
  const written = await open(output, "r+");
  await written.sync();
  await written.close();
}

/** ExcelJS reading the file and writing it back: the bare copy, which writes none of our cells. */
export async function excelJsCopy(input: string, output: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
}

/** The tables a refresh of the annex at `path` writes: what the ExcelJS baseline is handed, planned outside the timing. */
export async function plannedTables(path: string): Promise<ReadonlyArray<OutputTable>> {
  const plan = await planRefresh(await openXlsxFile(path), {
    runTime: "2025-01-31T09:00:00Z",
    toolVersion: "bench",
  });
  if (!plan.ok)
    throw new Error(`bench annex rejected: ${plan.issues.map((i) => i.code).join(", ")}`);
  return plan.tables;
}
