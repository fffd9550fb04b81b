import { formatRange, type RangeRef } from "../../ports/a1";
import type { Cell } from "../../ports/cell";
import type { OutputPlan } from "../../ports/planOwnedWrite";
import { applyPrint, clearLinks } from "./applyPrint";
import type { OfficeWritePlan } from "./planWrite";
import { utf8Length } from "./requestBudget";
import { Requests, writeCells } from "./requests";
import type { WorkbookState } from "./workbookState";

const rowsOf = (r: RangeRef): number => r.end.row - r.start.row + 1;

/** Clears a block, if it has any cells. */
async function clearBlock(
  requests: Requests,
  sheet: Excel.Worksheet,
  top: number,
  bottom: number,
  left: number,
  right: number
) {
  if (bottom < top || right < left) return;
  await requests.add(64, () =>
    sheet
      .getRange(formatRange({ start: { row: top, col: left }, end: { row: bottom, col: right } }))
      .clear()
  );
}

/** The caption lines of a layout (one cell each, in the table's first column). */
const captionCells = (o: OutputPlan): Cell[][] =>
  o.laid.cells
    .slice(0, o.laid.captionRows)
    .map((row) => [row[o.laid.ref.start.col] ?? { t: "blank" }]);

/**
 * An owned output rewritten in its own sheet and table: columns that go are deleted and new
 * ones inserted (a column is renamed only when the workbook's language changes), the table
 * resized to the new rows (Table.resize moves no cells), the tool's cells no longer in the
 * output cleared, the caption and body written and the sheet set up to print. The header row
 * stays as Excel keeps it.
 */
async function writeInPlace(
  context: Excel.RequestContext,
  requests: Requests,
  o: OutputPlan
): Promise<void> {
  const { proven, columns, extent: before } = o.existing!;
  const sheet = context.workbook.worksheets.getItem(proven.sheet.name);
  const table = context.workbook.tables.getItem(proven.table.name);
  const headers = o.output.columns.map((c) => c.header);
  for (const k of columns.deleted)
    await requests.add(64, () => table.columns.getItemAt(k).delete());
  for (const j of columns.inserted)
    await requests.add(64 + utf8Length(headers[j]!), () =>
      table.columns.add(j, undefined, headers[j]!)
    );
  const { ref } = o.laid;
  if (rowsOf(ref) !== rowsOf(before.table))
    await requests.add(64, () => table.resize(formatRange(ref)));
  // What the old output had that the new one does not: rows below the table, caption lines below the caption.
  await clearBlock(
    requests,
    sheet,
    ref.end.row + 1,
    before.table.end.row,
    ref.start.col,
    ref.end.col
  );
  await clearBlock(
    requests,
    sheet,
    o.laid.captionRows,
    before.caption?.end.row ?? -1,
    ref.start.col,
    ref.start.col
  );
  await clearLinks(requests, sheet, o);
  await writeCells(requests, sheet, 0, ref.start.col, captionCells(o), 1);
  const body = o.laid.cells.slice(ref.start.row + 1).map((row) => row.slice(ref.start.col));
  await writeCells(requests, sheet, ref.start.row + 1, ref.start.col, body, headers.length);
  await applyPrint(requests, sheet, o);
  // Last, through the objects already at hand: a change of language renames the columns, the
  // table and the sheet, and Excel rewrites every reference to them (ExcelApi 1.4 for a column).
  const { renames } = o.existing!;
  for (const c of renames.columns) {
    const j = headers.findIndex((h) => h.toLowerCase() === c.to.toLowerCase());
    await requests.add(64 + utf8Length(c.to), () => {
      table.columns.getItemAt(j).name = c.to;
    });
  }
  if (renames.table)
    await requests.add(64 + utf8Length(renames.table), () => {
      table.name = renames.table!;
    });
  if (renames.sheet)
    await requests.add(64 + utf8Length(renames.sheet), () => {
      sheet.name = renames.sheet!;
    });
}

/** A new output on a new sheet: the cells, then the table over header and body, then its totals row. */
async function writeNew(
  context: Excel.RequestContext,
  requests: Requests,
  o: OutputPlan
): Promise<void> {
  const { ref, totalsRow } = o.laid;
  let sheet: Excel.Worksheet | undefined;
  await requests.add(
    64 + utf8Length(o.laid.sheet),
    () => (sheet = context.workbook.worksheets.add(o.laid.sheet))
  );
  const width = ref.end.col + 1;
  const cells = totalsRow ? o.laid.cells.slice(0, -1) : o.laid.cells;
  await writeCells(requests, sheet!, 0, 0, cells, width);
  let table: Excel.Table | undefined;
  const body = {
    start: ref.start,
    end: { row: ref.end.row - (totalsRow ? 1 : 0), col: ref.end.col },
  };
  await requests.add(128 + utf8Length(o.laid.table), () => {
    table = sheet!.tables.add(sheet!.getRange(formatRange(body)), true);
    table.name = o.laid.table;
    if (totalsRow) table.showTotals = true;
  });
  if (totalsRow)
    await writeCells(requests, sheet!, ref.end.row, 0, [o.laid.cells[ref.end.row]!], width);
  await applyPrint(requests, sheet!, o);
}

/**
 * The write, in requests under the limit: first the undo parts (each in a sync of its own, so
 * the write's request carries only the new figures), then every output, then — last, after the
 * record that names the new output and carries the run id — what goes for good: the old record
 * and undo parts, the retired sheets (deleting a sheet also clears Excel's undo stack, so it
 * happens only when a period or table is really removed). Nothing is swapped; a change of the
 * workbook's language renames the owned sheets, tables and columns in place.
 */
export async function applyWrite(
  context: Excel.RequestContext,
  state: WorkbookState,
  plan: OfficeWritePlan,
  undoXml: ReadonlyArray<string>
): Promise<void> {
  const requests = new Requests(context);
  const parts = context.workbook.customXmlParts;
  for (const xml of undoXml) {
    await requests.add(utf8Length(xml), () => parts.add(xml));
    await requests.flush();
  }
  for (const o of plan.outputs) {
    if (o.existing) await writeInPlace(context, requests, o);
    else await writeNew(context, requests, o);
  }
  const recordXml = plan.recordXml;
  // A version-2 part is rewritten; a version-1 part is replaced by a new one.
  const keep = recordXml
    ? state.recordParts.find((p) => p.record.run !== undefined)?.part
    : undefined;
  if (recordXml)
    await requests.add(utf8Length(recordXml), () =>
      keep ? keep.setXml(recordXml) : parts.add(recordXml)
    );
  for (const { part } of state.recordParts)
    if (part !== keep) await requests.add(64, () => part.delete());
  for (const { part, undo } of state.undoParts)
    if (undo.run !== plan.run) await requests.add(64, () => part.delete());
  for (const r of plan.retired)
    await requests.add(64, () => context.workbook.worksheets.getItem(r.sheet.name).delete());
  await requests.flush();
}
