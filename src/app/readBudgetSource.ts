import { issue, type Issue } from "../engine/issue";
import { ANNEX } from "../ports/annexLayout";
import { decodeBudgets, type Budgets } from "../ports/decodeBudgets";
import { decodeDeclared } from "../ports/decodeDeclared";
import type { RangeData, WorkbookPort } from "../ports/workbookPort";

export interface BudgetSource {
  readonly range?: RangeData;
  readonly budgets?: Budgets;
  readonly issues: ReadonlyArray<Issue>;
}

/**
 * The P-budgets (table PBudget, else sheet P-budget, checked against the table Gemeenten). The
 * refresh reads them through here, and the task pane's source flow on their own, so it can show
 * them even while the totals or the period still have errors.
 */
export async function readBudgetSource(port: WorkbookPort): Promise<BudgetSource> {
  const range =
    (await port.read({ kind: "table", name: ANNEX.budgetTable })) ??
    (await port.read({ kind: "sheet", name: ANNEX.budgetSheet }));
  if (!range) return { issues: [issue("BUDGET_SOURCE_MISSING", "error")] };
  const declared = await port.read({ kind: "table", name: ANNEX.municipalitiesTable });
  return { range, ...decodeBudgets(range, declared && decodeDeclared(declared)) };
}
