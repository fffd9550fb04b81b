import { OWNED_RECORD_NAMESPACE } from "../xlsx/ownedRecord";
import type { WritePlan } from "./planWrite";
import type { WorkbookState } from "./workbookState";

const lower = (s: string): string => s.toLowerCase();

/**
 * After a sync failed part-way through a write (Excel keeps what a batch did before the failing
 * operation): if the record already names the new output, the write stands and only the sheets
 * set aside remain to delete; otherwise every change is undone — staging and new sheets
 * deleted, the sheets and tables set aside given their names back — so no half-written table
 * is left. The calculation mode is restored either way. Answers whether the write stands.
 */
export async function recoverWrite(
  context: Excel.RequestContext,
  state: WorkbookState,
  plan: WritePlan,
  recordXml: string
): Promise<boolean> {
  const { workbook } = context;
  const sheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name");
  const parts = workbook.customXmlParts.getByNamespace(OWNED_RECORD_NAMESPACE).load("items/id");
  await context.sync();
  const texts = parts.items.map((p) => p.getXml());
  await context.sync();
  const committed = texts.some((t) => t.value === recordXml);
  const sheetNames = new Set(sheets.items.map((s) => lower(s.name)));
  const tableNames = new Set(tables.items.map((t) => lower(t.name)));
  const has = (name: string) => sheetNames.has(lower(name));
  if (committed) {
    for (const r of plan.replaced)
      if (has(r.backup)) workbook.worksheets.getItem(r.backup).delete();
  } else {
    for (const { staging, table } of plan.outputs) {
      if (has(staging)) workbook.worksheets.getItem(staging).delete();
      const before = plan.replaced.find((r) => lower(r.sheet) === lower(table.sheet));
      // A sheet under an output's name is new unless it is the old one that was never set aside.
      if (has(table.sheet) && (!before || has(before.backup)))
        workbook.worksheets.getItem(table.sheet).delete();
    }
    for (const r of plan.replaced) {
      for (const t of r.tables)
        if (tableNames.has(lower(t.aside))) workbook.tables.getItem(t.aside).name = t.name;
      if (has(r.backup)) workbook.worksheets.getItem(r.backup).name = r.sheet;
    }
  }
  context.application.calculationMode = state.calculationMode;
  await context.sync();
  return committed;
}
