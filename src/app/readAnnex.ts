import type { Dec } from "../engine/decimal";
import { hasErrors, issue, type Issue, type Where } from "../engine/issue";
import { isScenarioId, project, scenarioParams, type ScenarioId } from "../engine/projection";
import type { Merger } from "../engine/structure/merger";
import type { Period } from "../engine/yearSlices";
import { ANNEX } from "../ports/annexLayout";
import type { Budgets } from "../ports/decodeBudgets";
import { decodePeriod } from "../ports/decodePeriod";
import { decodeTotals } from "../ports/decodeTotals";
import { cellWhere } from "../ports/rangeWhere";
import { cellText } from "../ports/readYearCell";
import type { WorkbookPort } from "../ports/workbookPort";
import { readBudgetSource } from "./readBudgetSource";
import { pushAll } from "../engine/pushAll";

export type TotalsSource =
  { readonly kind: "table" } | { readonly kind: "projection"; readonly scenario: ScenarioId };

export interface AnnexInputs {
  readonly budgets: Budgets;
  /** The mergers in force (built in, table Fusies, a --mergers file), validated. */
  readonly mergers: ReadonlyArray<Merger>;
  readonly totals: ReadonlyMap<number, Dec>;
  readonly totalsSource: TotalsSource;
  readonly period?: Period;
  /** Where findings about the period point (the PeriodeStart cell). */
  readonly periodWhere?: Where;
}

/**
 * Reads and decodes everything the layout defines: budgets (table PBudget, else sheet
 * P-budget), the mergers (built in, table Fusies, `extraMergers`), the declared municipalities, the totals (table Lumpsum, else the projection of
 * the scenario the workbook names or last used), and the period. Every finding is collected
 * before giving up, so one run shows all that must be fixed.
 */
export async function readAnnex(
  port: WorkbookPort,
  storedScenario?: ScenarioId,
  extraMergers: ReadonlyArray<Merger> = []
): Promise<{ inputs?: AnnexInputs; issues: Issue[] }> {
  const { budgets, mergers, issues: budgetIssues } = await readBudgetSource(port, extraMergers);
  const issues: Issue[] = [...budgetIssues];
  const totals = await readTotals(port, storedScenario, issues);
  const period = decodePeriod(
    await port.read({ kind: "name", name: ANNEX.periodStart }),
    await port.read({ kind: "name", name: ANNEX.periodEnd })
  );
  issues.push(...period.issues);
  if (hasErrors(issues) || !budgets || !totals) return { issues };
  const periodPart = period.period
    ? { period: period.period, ...(period.where ? { periodWhere: period.where } : {}) }
    : {};
  return { inputs: { budgets, mergers, ...totals, ...periodPart }, issues };
}

async function readTotals(
  port: WorkbookPort,
  storedScenario: ScenarioId | undefined,
  issues: Issue[]
): Promise<Pick<AnnexInputs, "totals" | "totalsSource"> | undefined> {
  const table = await port.read({ kind: "table", name: ANNEX.totalsTable });
  if (table) {
    const decoded = decodeTotals(table);
    pushAll(issues, decoded.issues);
    return decoded.totals && { totals: decoded.totals, totalsSource: { kind: "table" } };
  }
  const named = await port.read({ kind: "name", name: ANNEX.scenarioName });
  const cell = named?.cells[0]?.[0];
  const text = cell ? cellText(cell) : "";
  if (named && text !== "" && !isScenarioId(text)) {
    issues.push(issue("SCENARIO_INVALID", "error", cellWhere(named, 0, 0), { value: text }));
    return undefined;
  }
  const scenario = isScenarioId(text) ? text : storedScenario;
  if (!scenario) {
    issues.push(issue("TOTALS_MISSING", "error"));
    return undefined;
  }
  // The projection's own total row: rounded once per year, as the published table prints it.
  const projection = project(scenarioParams(scenario));
  const row = projection.rows.find((r) => r.key === "totaalLumpsum");
  const totals = new Map(projection.years.map((year, i) => [year, row!.values[i]!]));
  return { totals, totalsSource: { kind: "projection", scenario } };
}
