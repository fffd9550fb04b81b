import { auditPublished } from "../../engine/audit/auditPublished";
import { AUDIT_TABLES } from "../../engine/audit/publishedTables";
import { issue, type Issue } from "../../engine/issue";
import type { SourceRef, WorkbookPort } from "../../ports/workbookPort";
import { readBudgetSource } from "../../app/readBudgetSource";
import { readTotalsAndPeriod } from "../totals/readTotalsAndPeriod";
import { figureKey, publishedFromRange, type PublishedKind } from "./publishedFromRange";

export interface TableAudit {
  readonly table: string;
  readonly kind?: PublishedKind;
  /** Printed figures held against their inputs. */
  readonly figures: number;
  /** Cell by cell what does not follow, each pointing at the printed cell. */
  readonly issues: ReadonlyArray<Issue>;
}

/**
 * Recomputes a published table the workbook holds (by table or sheet name, or the selection)
 * from the workbook's own P-budgets and totals, and says cell by cell what does not follow.
 * The engine's audit names municipality and year; this puts the cell back on each finding.
 */
export async function auditWorkbookTable(port: WorkbookPort, ref: SourceRef): Promise<TableAudit> {
  const name = ref.kind === "selection" ? "" : ref.name;
  const range =
    ref.kind === "table"
      ? ((await port.read(ref)) ?? (await port.read({ kind: "sheet", name })))
      : await port.read(ref);
  if (!range)
    return {
      table: name,
      figures: 0,
      issues: [issue("AUDIT_TABLE_MISSING", "error", undefined, { name })],
    };
  const table = range.tableName ?? range.sheet;
  const source = await readBudgetSource(port);
  if (!source.budgets) return { table, figures: 0, issues: source.issues };
  const { totals, period } = await readTotalsAndPeriod(port, source);
  const published = publishedFromRange(range, source.budgets, totals, period.period);
  if (!published)
    return {
      table,
      figures: 0,
      issues: [
        issue(
          "AUDIT_TABLE_SHAPE",
          "error",
          { sheet: range.sheet, cell: range.origin, table },
          { name: table }
        ),
      ],
    };
  const audited = published.kind === "perYear" ? AUDIT_TABLES.lumpsum : AUDIT_TABLES.period;
  const issues = auditPublished(published.tables)
    .filter((i) => i.where?.table === audited || i.where?.table === AUDIT_TABLES.pbudget)
    .map((i) => {
      const cell =
        i.where?.table === audited
          ? published.cells.get(figureKey(i.where.row, i.where.column))
          : undefined;
      return cell ? { ...i, where: { ...i.where, sheet: range.sheet, cell, table } } : i;
    });
  return { table, kind: published.kind, figures: published.figures, issues };
}
