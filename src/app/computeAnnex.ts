import type { Allocation } from "../engine/allocate";
import { allocateYear } from "../engine/allocateYear";
import { hasErrors, issue, type Issue, type Where } from "../engine/issue";
import { nameKey } from "../engine/nameKey";
import { safePeriodTable, type PeriodTable } from "../engine/periodTable";
import type { Basis } from "../engine/yearSlices";
import type { AnnexInputs } from "./readAnnex";
import { pushAll } from "../engine/pushAll";

export interface AnnexComputation {
  /** The years allocated: those with both P-budgets and a total, ascending. */
  readonly years: ReadonlyArray<number>;
  readonly perYear: ReadonlyMap<number, Allocation>;
  readonly period?: PeriodTable;
}

/** The engine on decoded inputs: one allocation per year, and the period table if asked. */
export function computeAnnex(
  inputs: AnnexInputs,
  choice: { basis: Basis; decimals: number }
): { computed?: AnnexComputation; issues: Issue[] } {
  const { budgets, totals } = inputs;
  const issues: Issue[] = [];
  const source = { table: budgets.source };
  for (const year of budgets.years) {
    if (!totals.has(year))
      issues.push(
        issue("YEAR_NOT_ALLOCATED", "warning", { ...source, column: String(year) }, { year })
      );
  }
  if (inputs.totalsSource.kind === "table") {
    for (const year of totals.keys()) {
      if (!budgets.years.includes(year))
        issues.push(
          issue("TOTAL_YEAR_UNUSED", "warning", { table: "Lumpsum", row: String(year) }, { year })
        );
    }
  }
  const years = budgets.years.filter((y) => totals.has(y));
  if (years.length === 0)
    return { issues: [...issues, issue("NO_YEAR_TO_ALLOCATE", "error", source)] };

  // Each year over the names it lists: a merged municipality only in the years it existed.
  // The engine names a budget by municipality and year; the reader knows its cell.
  const places = new Map(
    budgets.rows.flatMap((r) =>
      Object.entries(r.places ?? {}).map(([y, w]) => [`${nameKey(r.name)}|${y}`, w] as const)
    )
  );
  const placeOf = (i: Issue): Where | undefined =>
    places.get(`${nameKey(String(i.where?.row ?? ""))}|${i.where?.column ?? ""}`);
  const perYear = new Map<number, Allocation>();
  for (const year of years) {
    const result = allocateYear(
      budgets.rows,
      inputs.mergers,
      year,
      totals.get(year),
      choice.decimals
    );
    pushAll(
      issues,
      result.issues.map((i) => at(i, { ...source, ...i.where, ...placeOf(i) }))
    );
    if (result.ok) perYear.set(year, result.value);
  }
  let period: PeriodTable | undefined;
  // A year that cannot be allocated says so once, not again for the period.
  if (inputs.period && !hasErrors(issues)) {
    const result = safePeriodTable({
      rows: budgets.rows.map((r) => ({ name: r.name, weights: r.weights })),
      yearTotals: Object.fromEntries(totals),
      period: inputs.period,
      basis: choice.basis,
      decimals: choice.decimals,
      mergers: inputs.mergers,
      allocations: perYear,
    });
    pushAll(
      issues,
      result.issues.map((i) => at(i, { ...inputs.periodWhere, ...i.where }))
    );
    if (result.ok) period = result.value;
  }
  if (hasErrors(issues)) return { issues };
  return { computed: { years, perYear, ...(period ? { period } : {}) }, issues };
}

const at = (i: Issue, where: Where): Issue => ({ ...i, where });
