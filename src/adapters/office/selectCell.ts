import type { ExcelRun } from "./officeWorkbook";

/**
 * Selects one cell, which also shows its sheet: how the task pane takes the user from a
 * finding to the cell it names. One sync.
 */
export function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  return run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(cell).select();
    await context.sync();
  });
}
