/**
 * The projection 2021–2025 (seed 002, last table): the one entry point for the add-in's
 * =IBN.PROJECT, the task pane and `lumpsum project`.
 */
export { auditProjection } from "./auditProjection";
export { compareScenarios, type ScenarioColumn, type ScenarioComparison } from "./compareScenarios";
export { decodeProjectionParams } from "./decodeProjectionParams";
export { effectPerUnitRange, type EffectPerUnitRange } from "./effectPerUnitRange";
export { paramsFromPrinted } from "./paramsFromPrinted";
export { readPrinted, type PrintedProjection, type PrintedValue } from "./printedProjection";
export { project, safeProject } from "./project";
export {
  projectionToJson,
  comparisonToJson,
  type ProjectionJson,
  type ComparisonJson,
} from "./projectionJson";
export {
  isScenarioId,
  SCENARIO_IDS,
  type ProjectionOverride,
  type ProjectionParams,
  type ProjectionStatus,
  type ScenarioId,
  type VolumeSeries,
} from "./projectionParams";
export {
  type AppliedOverride,
  type Projection,
  type ProjectionRow,
  type ProjectionRowKey,
  type ProjectionRowKind,
} from "./projectionRows";
export { publishedParams, publishedPrinted } from "./publishedParams";
export { ASSUMPTION_LABEL, scenarioParams } from "./scenarioParams";
