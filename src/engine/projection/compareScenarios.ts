import type { Dec } from "../decimal";
import type { Issue } from "../issue";
import type { Message } from "../messages";
import { fail, ok, type Result } from "../result";
import { safeProject } from "./project";
import type { ProjectionStatus, ProjectionParams, ScenarioId } from "./projectionParams";
import type { Projection, ProjectionRowKey } from "./projectionRows";
import { scenarioParams } from "./scenarioParams";

export interface ScenarioColumn {
  readonly scenario: ScenarioId;
  readonly status: ProjectionStatus;
  readonly notes: ReadonlyArray<Message>;
  /** Per year, as in the projection: the rounded total lump sum. */
  readonly totaalLumpsum: ReadonlyArray<Dec>;
  /** Per year, the total as a fraction of the P-budget. */
  readonly lumpsumPctPBudget: ReadonlyArray<Dec>;
  readonly projection: Projection;
}

export interface ScenarioComparison {
  readonly years: ReadonlyArray<number>;
  readonly scenarios: ReadonlyArray<ScenarioColumn>;
}

const values = (p: Projection, key: ProjectionRowKey) =>
  p.rows.find((r) => r.key === key)?.values ?? [];

/** Side by side, per year: the total lump sum and its share of the P-budget in each scenario. */
export function compareScenarios(
  base: ProjectionParams,
  ids: ReadonlyArray<ScenarioId>
): Result<ScenarioComparison> {
  const checked = safeProject(base);
  if (!checked.ok) return fail(checked.issues);
  const projections: Projection[] = [];
  const issues: Issue[] = [];
  for (const id of ids) {
    const r = safeProject(scenarioParams(id, base));
    if (r.ok) projections.push(r.value);
    else issues.push(...r.issues);
  }
  if (issues.length > 0) return fail(issues);
  const scenarios = projections.map((projection, k) => ({
    scenario: ids[k] as ScenarioId,
    status: projection.status,
    notes: projection.notes,
    totaalLumpsum: values(projection, "totaalLumpsum"),
    lumpsumPctPBudget: values(projection, "lumpsumPctPBudget"),
    projection,
  }));
  return ok({ years: base.years, scenarios }, checked.issues);
}
