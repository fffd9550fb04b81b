import { hasErrors, issue, type Issue } from "../engine/issue";
import type { Merger } from "../engine/structure/merger";
import { mergersInForce } from "../engine/structure/mergersInForce";
import { ANNEX } from "../ports/annexLayout";
import { decodeBudgets, type Budgets } from "../ports/decodeBudgets";
import { decodeDeclared } from "../ports/decodeDeclared";
import { decodeMergers } from "../ports/decodeMergers";
import type { RangeData, WorkbookPort } from "../ports/workbookPort";

export interface BudgetSource {
  readonly range?: RangeData;
  readonly budgets?: Budgets;
  /** The mergers the budgets were read with: built in, then the table Fusies and `extra`. */
  readonly mergers: ReadonlyArray<Merger>;
  readonly issues: ReadonlyArray<Issue>;
}

/**
 * The P-budgets (table PBudget, else sheet P-budget, checked against the table Gemeenten),
 * read with the mergers in force: the built-in ones of 2022, the table Fusies and `extra` (a
 * `--mergers` file). The refresh reads them through here, and the task pane's source flow on
 * their own, so it can show them even while the totals or the period still have errors.
 */
export async function readBudgetSource(
  port: WorkbookPort,
  extra: ReadonlyArray<Merger> = []
): Promise<BudgetSource> {
  const range =
    (await port.read({ kind: "table", name: ANNEX.budgetTable })) ??
    (await port.read({ kind: "sheet", name: ANNEX.budgetSheet }));
  const mergers = await readMergers(port, extra);
  if (!range)
    return {
      mergers: mergers.mergers,
      issues: [...mergers.issues, issue("BUDGET_SOURCE_MISSING", "error")],
    };
  const declared = await port.read({ kind: "table", name: ANNEX.municipalitiesTable });
  const decoded = decodeBudgets(range, declared && decodeDeclared(declared), mergers.mergers);
  const issues = [...mergers.issues, ...decoded.issues];
  return {
    range,
    mergers: mergers.mergers,
    ...(decoded.budgets && !hasErrors(issues) ? { budgets: decoded.budgets } : {}),
    issues,
  };
}

async function readMergers(
  port: WorkbookPort,
  extra: ReadonlyArray<Merger>
): Promise<{ mergers: Merger[]; issues: Issue[] }> {
  const table = await port.read({ kind: "table", name: ANNEX.mergersTable });
  const declared = table ? decodeMergers(table) : { mergers: [], issues: [] };
  const inForce = mergersInForce([...(declared.mergers ?? []), ...extra]);
  return { mergers: inForce.mergers, issues: [...declared.issues, ...inForce.issues] };
}
