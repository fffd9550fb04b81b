import { formatRange } from "../../ports/a1";
import { columnEdits } from "../../ports/columnEdits";
import type { OwnedContent } from "./ownedContent";
import { inTwoSyncs } from "./inTwoSyncs";
import type { OfficeWritePlan } from "./planWrite";
import { Requests, writeCells } from "./requests";
import { parseSheetAddress } from "./sheetAddress";
import { recordRead } from "./workbookState";

const lower = (s: string): string => s.toLowerCase();

/**
 * After a sync failed part-way through a write (Excel keeps what a batch did before the failing
 * operation): if the record carries this write's run id, the write stands and only what goes
 * for good remains to remove; otherwise every change is undone — the new undo parts and new
 * sheets deleted, each owned table given back its columns, rows and cells from `before` — so no
 * half-written table is left. Decided by the run id, never by comparing XML text (Excel hands
 * custom XML back in its own spelling). Answers whether the write stands.
 */
export async function recoverWrite(
  context: Excel.RequestContext,
  plan: OfficeWritePlan,
  before: ReadonlyArray<OwnedContent>
): Promise<boolean> {
  const { workbook } = context;
  const read = await inTwoSyncs(context, recordRead(context));
  const stands = plan.recordXml ? read.record?.run === plan.run : read.recordParts.length === 0;
  if (!stands) await renameBack(context, plan);
  const sheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name, items/columns/items/name");
  await context.sync();
  const has = new Set(sheets.items.map((s) => lower(s.name)));
  const requests = new Requests(context);
  if (stands) {
    for (const { part, undo } of read.undoParts)
      if (undo.run !== plan.run) await requests.add(64, () => part.delete());
    for (const { part, record } of read.recordParts)
      if (record.run !== plan.run) await requests.add(64, () => part.delete());
    for (const r of plan.retired)
      if (has.has(lower(r.sheet.name)))
        await requests.add(64, () => workbook.worksheets.getItem(r.sheet.name).delete());
    await requests.flush();
    return true;
  }
  for (const { part, undo } of read.undoParts)
    if (undo.run === plan.run) await requests.add(64, () => part.delete());
  for (const o of plan.outputs)
    if (!o.existing && has.has(lower(o.laid.sheet)))
      await requests.add(64, () => workbook.worksheets.getItem(o.laid.sheet).delete());
  const ranges = tables.items.map((t) => t.getRange().load("address"));
  await context.sync();
  for (const content of before) {
    const { proven } = content;
    const k = tables.items.findIndex((t) => lower(t.name) === lower(proven.table.name));
    if (
      k < 0 ||
      !plan.outputs.some(
        (o) => lower(o.existing?.proven.table.name ?? "") === lower(proven.table.name)
      )
    )
      continue;
    const table = tables.items[k]!;
    const now = parseSheetAddress(ranges[k]!.address)!.range;
    const oldHeaders = (content.table[0] ?? []).map((c) => (c.t === "blank" ? "" : String(c.v)));
    const edits = columnEdits(
      table.columns.items.map((c) => c.name),
      oldHeaders
    );
    for (const d of edits.deleted)
      await requests.add(64, () => table.columns.getItemAt(d).delete());
    for (const j of edits.inserted)
      await requests.add(64, () => table.columns.add(j, undefined, oldHeaders[j]!));
    const old = proven.table.ref;
    if (now.end.row !== old.end.row) await requests.add(64, () => table.resize(formatRange(old)));
    const sheet = workbook.worksheets.getItem(proven.sheet.name);
    if (now.end.row > old.end.row)
      await requests.add(64, () =>
        sheet
          .getRange(
            formatRange({
              start: { row: old.end.row + 1, col: old.start.col },
              end: { row: now.end.row, col: old.end.col },
            })
          )
          .clear()
      );
    await writeCells(
      requests,
      sheet,
      0,
      old.start.col,
      content.caption.map((c) => [c]),
      1
    );
    await writeCells(
      requests,
      sheet,
      old.start.row + 1,
      old.start.col,
      content.table.slice(1),
      oldHeaders.length
    );
  }
  await requests.flush();
  return false;
}

/**
 * Before the tables are given back their rows and cells: the names a change of language gave
 * the owned sheets, tables and columns before the sync failed, renamed back (Excel follows, as
 * it followed the renames).
 */
async function renameBack(context: Excel.RequestContext, plan: OfficeWritePlan): Promise<void> {
  const renamed = plan.outputs.flatMap((o) => (o.existing ? [o.existing] : []));
  if (!renamed.some((e) => e.renames.sheet || e.renames.table || e.renames.columns.length)) return;
  const { workbook } = context;
  const sheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name, items/columns/items/name");
  await context.sync();
  const requests = new Requests(context);
  for (const { proven, renames } of renamed) {
    const sheet = sheets.items.find((s) => lower(s.name) === lower(renames.sheet ?? ""));
    if (sheet && !sheets.items.some((s) => lower(s.name) === lower(proven.sheet.name)))
      await requests.add(64, () => {
        sheet.name = proven.sheet.name;
      });
    const table = tables.items.find((t) =>
      [renames.table ?? "", proven.table.name].some((n) => lower(t.name) === lower(n))
    );
    if (!table) continue;
    if (lower(table.name) !== lower(proven.table.name))
      await requests.add(64, () => {
        table.name = proven.table.name;
      });
    for (const c of renames.columns) {
      const k = table.columns.items.findIndex((x) => lower(x.name) === lower(c.to));
      if (k >= 0)
        await requests.add(64, () => {
          table.columns.getItemAt(k).name = c.from;
        });
    }
  }
  await requests.flush();
}
