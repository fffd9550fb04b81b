import { formatRange } from "../../ports/a1";
import type { Cell } from "../../ports/cell";
import { cellToExcel } from "./cellFromExcel";
import type { WritePlan } from "./planWrite";
import type { WorkbookState } from "./workbookState";

/**
 * Excel on the web refuses a request over 5 MB. Values and formats travel as JSON; staying
 * under 4 million characters leaves room for the rest of the batch and for multi-byte text.
 */
export const REQUEST_LIMIT = 4_000_000;

type ExcelValue = string | number | boolean;

/** Rows of one staging sheet written in one go: values and the formats that keep them what they are. */
interface Slab {
  readonly output: number;
  readonly firstRow: number;
  readonly values: ExcelValue[][];
  readonly formats: string[][];
  readonly size: number;
}

function toExcelRows(
  cells: ReadonlyArray<ReadonlyArray<Cell>>,
  width: number
): { values: ExcelValue[][]; formats: string[][] } {
  const converted = cells.map((row) =>
    Array.from({ length: width }, (_, c) => cellToExcel(row[c] ?? { t: "blank" }))
  );
  return {
    values: converted.map((row) => row.map((x) => x.value)),
    formats: converted.map((row) => row.map((x) => x.format)),
  };
}

/** The block of each output above its totals row, cut into slabs under the request limit. */
function slabs(plan: WritePlan): Slab[] {
  const out: Slab[] = [];
  plan.outputs.forEach(({ table }, output) => {
    const width = Math.max(...table.cells.map((r) => r.length));
    const body = table.totalsRow ? table.cells.slice(0, -1) : table.cells;
    let first = 0;
    let rows: { values: ExcelValue[][]; formats: string[][] } = { values: [], formats: [] };
    let size = 0;
    body.forEach((row, r) => {
      const next = toExcelRows([row], width);
      const rowSize = JSON.stringify(next.values).length + JSON.stringify(next.formats).length;
      if (rows.values.length > 0 && size + rowSize > REQUEST_LIMIT) {
        out.push({ output, firstRow: first, ...rows, size });
        [first, rows, size] = [r, { values: [], formats: [] }, 0];
      }
      rows.values.push(...next.values);
      rows.formats.push(...next.formats);
      size += rowSize;
    });
    if (rows.values.length > 0) out.push({ output, firstRow: first, ...rows, size });
  });
  return out;
}

/** Slabs packed into as few requests as the limit allows, in order. */
export function requests(plan: WritePlan): Slab[][] {
  const packed: Slab[][] = [];
  let current: Slab[] = [];
  let size = 0;
  for (const slab of slabs(plan)) {
    if (current.length > 0 && size + slab.size > REQUEST_LIMIT) {
      packed.push(current);
      [current, size] = [[], 0];
    }
    current.push(slab);
    size += slab.size;
  }
  return current.length > 0 ? [...packed, current] : packed;
}

/**
 * Queues and syncs the write: one request for any output up to the limit, one more per
 * further request's worth of values. All of it lands on hidden staging sheets first; the last
 * request turns them into the output, sets the owned sheets aside, stores the record and only
 * then deletes what was set aside. Calculation is manual and the screen still until the end.
 */
export async function applyWrite(
  context: Excel.RequestContext,
  state: WorkbookState,
  plan: WritePlan,
  recordXml: string
): Promise<void> {
  const { application, workbook } = context;
  application.suspendScreenUpdatingUntilNextSync();
  application.calculationMode = "Manual";
  const staging = plan.outputs.map((o) => {
    const sheet = workbook.worksheets.add(o.staging);
    sheet.visibility = "Hidden";
    return sheet;
  });
  const batches = requests(plan);
  for (const [b, batch] of batches.entries()) {
    for (const slab of batch) {
      const range = (staging[slab.output] as Excel.Worksheet).getRangeByIndexes(
        slab.firstRow,
        0,
        slab.values.length,
        slab.values[0]?.length ?? 1
      );
      // Formats first: a text format keeps "=SUM(A1)" or "007" as written instead of parsed.
      range.numberFormat = slab.formats;
      range.values = slab.values;
    }
    if (b < batches.length - 1) {
      await context.sync();
      application.suspendScreenUpdatingUntilNextSync();
    }
  }
  const tables = plan.outputs.map(({ table }, k) => {
    const sheet = staging[k] as Excel.Worksheet;
    const { start, end } = table.ref;
    const body = formatRange({
      start,
      end: { row: end.row - (table.totalsRow ? 1 : 0), col: end.col },
    });
    const created = sheet.tables.add(sheet.getRange(body), true);
    created.name = plan.outputs[k]!.stagingTable;
    if (table.totalsRow) {
      created.showTotals = true;
      const totals = toExcelRows([table.cells[table.cells.length - 1] ?? []], end.col + 1);
      const row = created.getTotalRowRange();
      row.numberFormat = totals.formats;
      row.values = totals.values;
    }
    sheet.getRange(formatRange({ start: { row: 0, col: 0 }, end })).format.autofitColumns();
    return created;
  });
  for (const r of plan.replaced) {
    const sheet = workbook.worksheets.getItem(r.sheet);
    for (const t of r.tables) sheet.tables.getItem(t.name).name = t.aside;
    sheet.name = r.backup;
  }
  plan.outputs.forEach(({ table }, k) => {
    const sheet = staging[k] as Excel.Worksheet;
    sheet.visibility = "Visible";
    sheet.name = table.sheet;
    (tables[k] as Excel.Table).name = table.table;
  });
  if (state.recordPart) state.recordPart.setXml(recordXml);
  else workbook.customXmlParts.add(recordXml);
  for (const r of plan.replaced) workbook.worksheets.getItem(r.backup).delete();
  application.calculationMode = state.calculationMode;
  await context.sync();
}
