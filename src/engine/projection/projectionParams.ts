import type { Dec } from "../decimal";
import type { Message } from "../messages";
import type { ProjectionRowKey } from "./projectionRows";

/** The four scenarios of the final report (seed 002); only II is published numerically. */
export type ScenarioId = "0" | "I" | "II" | "III";
export const SCENARIO_IDS: ReadonlyArray<ScenarioId> = ["0", "I", "II", "III"];
export const isScenarioId = (x: unknown): x is ScenarioId => SCENARIO_IDS.includes(x as ScenarioId);

/**
 * Where a parameter set comes from. 'assumption' marks presets derived from the seeds' words
 * (never published figures); 'custom' is anything a user made.
 */
export type ProjectionStatus = "published" | "assumption" | "custom";

/**
 * A volume per year: given per year, or from the first year's value and a yearly rule.
 * - rate: v(t) = v(t−1) × (1 + rate) — the Wsw falls by a roughly constant 5.8% a year.
 * - flow: v(t) = v(t−1) × (1 − outflowRate) + inflow — a stock with a constant inflow and a
 *   fixed share leaving each year; the published PW row is exactly this with inflow 129.1 and
 *   outflow 18% (every printed value reproduced to 0.1), which a constant growth rate is not
 *   (+20%, +14%, +10%, +7%).
 */
export type VolumeSeries =
  | { readonly kind: "values"; readonly values: ReadonlyArray<Dec> }
  | { readonly kind: "rate"; readonly start: Dec; readonly rate: Dec }
  | { readonly kind: "flow"; readonly start: Dec; readonly inflow: Dec; readonly outflowRate: Dec };

/**
 * Replaces the computed value of one row in one year; rows below it use the replacement.
 * Percentages are fractions (0.18 for 18%), amounts in euros.
 */
export interface ProjectionOverride {
  readonly row: ProjectionRowKey;
  readonly year: number;
  readonly value: Dec;
  readonly note?: Message;
}

/** Every input of the projection; per-year lists are aligned with `years`. */
export interface ProjectionParams {
  readonly scenario?: ScenarioId;
  readonly status: ProjectionStatus;
  /** Provenance and assumptions, shown with every projection made from these parameters. */
  readonly notes: ReadonlyArray<Message>;
  /** Consecutive calendar years, ascending. */
  readonly years: ReadonlyArray<number>;
  /** The year the index is 100 and PW growth is counted from. */
  readonly baseYear: number;
  /** Places amounts are rounded to: 0 = whole euros (as published) or 2 = cents. */
  readonly decimals: number;
  readonly wsw: VolumeSeries;
  readonly pw: VolumeSeries;
  /** Infrastructure extra costs (infrastructurele meerkosten), euros per year. */
  readonly meerkosten: ReadonlyArray<Dec>;
  readonly kostenParticipatie: ReadonlyArray<Dec>;
  readonly pBudget: ReadonlyArray<Dec>;
  /** Share of inflow that is demand-driven, a fraction (published: 0.5). */
  readonly demandDrivenShare: Dec;
  /** How much higher the added value of demand-driven inflow is, a fraction (published: 0.1). */
  readonly addedValueUplift: Dec;
  /** Added value per unit of volume in euros (not printed; fitted: 45,760, see effectPerUnitRange). */
  readonly addedValuePerUnit: Dec;
  readonly overrides: ReadonlyArray<ProjectionOverride>;
}
