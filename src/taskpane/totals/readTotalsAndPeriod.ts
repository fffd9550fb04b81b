import type { Dec } from "../../engine/decimal";
import type { Issue } from "../../engine/issue";
import { ANNEX } from "../../ports/annexLayout";
import { decodePeriod, type DecodedPeriod } from "../../ports/decodePeriod";
import { decodeTotals } from "../../ports/decodeTotals";
import type { WorkbookPort } from "../../ports/workbookPort";
import { readBudgetSource, type BudgetSource } from "../../app/readBudgetSource";

export interface TotalsAndPeriod {
  /** The years that have P-budgets: the years that need a total. */
  readonly years: ReadonlyArray<number>;
  /** Whether there is a Lumpsum table (the workbook's, or the one the user's choice lays over it). */
  readonly hasTable: boolean;
  readonly totals?: ReadonlyMap<number, Dec>;
  readonly totalsIssues: ReadonlyArray<Issue>;
  readonly period: DecodedPeriod;
}

/**
 * The totals and the period as the refresh will read them, each with its own findings.
 * `source`: the P-budgets when the caller has read them already, so they are not read twice.
 */
export async function readTotalsAndPeriod(
  port: WorkbookPort,
  source?: BudgetSource
): Promise<TotalsAndPeriod> {
  const { budgets } = source ?? (await readBudgetSource(port));
  const table = await port.read({ kind: "table", name: ANNEX.totalsTable });
  const totals = table ? decodeTotals(table) : { issues: [] };
  const period = decodePeriod(
    await port.read({ kind: "name", name: ANNEX.periodStart }),
    await port.read({ kind: "name", name: ANNEX.periodEnd })
  );
  return {
    years: budgets?.years ?? [],
    hasTable: table !== undefined,
    ...(totals.totals ? { totals: totals.totals } : {}),
    totalsIssues: totals.issues,
    period,
  };
}
