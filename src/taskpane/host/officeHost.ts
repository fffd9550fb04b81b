import { OfficeWorkbook, type ExcelRun } from "../../adapters/office/officeWorkbook";
import { selectCell } from "../../adapters/office/selectCell";
import type { PaneHost } from "./PaneHost";

/** The pane inside Excel: the open workbook through the Office.js adapter. */
export function officeHost(
  run: ExcelRun = (options, batch) => Excel.run(options, batch)
): PaneHost {
  const workbook = new OfficeWorkbook(run);
  return {
    mode: "office",
    port: workbook,
    showCell: (sheet, cell) => selectCell(run, sheet, cell),
    undoLastRefresh: (options) => workbook.undoLastRefresh(options),
  };
}
