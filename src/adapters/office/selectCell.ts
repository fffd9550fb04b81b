import type { ExcelRun } from "./officeWorkbook";

/**
 * Selects one cell, showing its sheet: how the task pane takes the user from a finding to the
 * cell it names. The sheet is activated first (select() on a sheet that is not active is not
 * reliable across Excel's platforms). One sync.
 */
export function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  return run({ delayForCellEdit: true }, async (context) => {
    const target = context.workbook.worksheets.getItem(sheet);
    target.activate();
    target.getRange(cell).select();
    await context.sync();
  });
}
