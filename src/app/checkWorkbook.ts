import { issue, type Issue } from "../engine/issue";
import type { Cell } from "../ports/cell";
import { sameCell } from "../ports/sameCell";
import type { OutputTable, RangeData, WorkbookPort } from "../ports/workbookPort";
import { OWNED_NAMES } from "../ports/ownedNames";
import { planRefresh, type RefreshOptions, type RefreshPlan } from "./planRefresh";

/**
 * Validates and audits without writing: the findings and checks of a refresh, plus whether
 * the tables in the workbook still equal what a refresh would write (stale or missing output).
 */
export async function checkWorkbook(
  port: WorkbookPort,
  options: RefreshOptions
): Promise<RefreshPlan> {
  const plan = await planRefresh(port, options);
  if (plan.tables.length === 0) return plan;
  // Every owned table's name in either language: a table left from before a change of language is stale too.
  const owned = Object.values(OWNED_NAMES).flatMap((o) => [o.nl.table, o.en.table]);
  // Where each round trip costs (Office.js), every owned table in one load, not a batch per table.
  const outputs =
    (await port.snapshot?.(owned.map((name) => ({ kind: "table" as const, name })))) ?? port;
  const findings: Issue[] = [];
  for (const table of plan.tables) {
    const existing = await outputs.read({ kind: "table", name: table.table });
    if (!existing)
      findings.push(
        issue("OUTPUT_ABSENT", "warning", { table: table.table }, { table: table.table })
      );
    else if (!sameContent(existing, table))
      findings.push(
        issue(
          "OUTPUT_STALE",
          "warning",
          { sheet: existing.sheet, table: table.table },
          { table: table.table }
        )
      );
  }
  const planned = new Set(plan.tables.map((t) => t.table));
  for (const table of owned) {
    const leftover = planned.has(table)
      ? undefined
      : await outputs.read({ kind: "table", name: table });
    if (leftover)
      findings.push(issue("OUTPUT_STALE", "warning", { sheet: leftover.sheet, table }, { table }));
  }
  return { ...plan, issues: [...plan.issues, ...findings] };
}

function sameContent(existing: RangeData, table: OutputTable): boolean {
  const header: Cell[] = table.columns.map((c) => ({ t: "s", v: c.header }));
  return (
    sameRows(existing.cells, [header, ...table.rows]) &&
    sameRows(
      existing.totalsRow ? [existing.totalsRow] : [],
      table.totalsRow ? [table.totalsRow] : []
    )
  );
}

const sameRows = (
  a: ReadonlyArray<ReadonlyArray<Cell>>,
  b: ReadonlyArray<ReadonlyArray<Cell>>
): boolean =>
  a.length === b.length &&
  a.every(
    (row, r) => row.length === b[r]!.length && row.every((cell, c) => sameCell(cell, b[r]![c]!))
  );
