import type { Lang } from "../engine/messages";
import type { ScenarioId } from "../engine/projection";
import { isScenarioId } from "../engine/projection";
import { isBasis, type Basis, type Period } from "../engine/yearSlices";

/**
 * What a refresh used, stored in the workbook through the port so that a later "refresh
 * all" recomputes with the same choices: where the budgets and totals came from, the period,
 * the convention, the rounding, the scenario, and the workbook's language: the one its owned
 * sheets, tables, columns, captions and checks are written in (`sheetLang`).
 */
export interface RefreshSettings {
  readonly version: 1;
  readonly source: string;
  readonly totals: string;
  readonly scenario: ScenarioId | null;
  readonly period: Period | null;
  readonly basis: Basis;
  readonly decimals: number;
  readonly sheetLang: Lang;
}

/** Fixed key order, so an unchanged workbook stores byte-identical settings. */
export const settingsJson = (s: RefreshSettings): string =>
  JSON.stringify({
    version: s.version,
    source: s.source,
    totals: s.totals,
    scenario: s.scenario,
    period: s.period,
    basis: s.basis,
    decimals: s.decimals,
    sheetLang: s.sheetLang,
  });

/**
 * The choices a stored settings text carries; undefined when it is not ours or not readable.
 * Settings of a release before workbooks had a language have none: their sheets, tables and
 * columns have Dutch names (their `lang` was only that of the captions), so they are Dutch.
 */
export function parseSettings(
  text: string
):
  | (Partial<Pick<RefreshSettings, "basis" | "decimals" | "scenario">> &
      Pick<RefreshSettings, "sheetLang">)
  | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof json !== "object" || json === null || (json as { version?: unknown }).version !== 1)
    return undefined;
  const s = json as Record<string, unknown>;
  return {
    ...(typeof s.basis === "string" && isBasis(s.basis) ? { basis: s.basis } : {}),
    ...(s.decimals === 0 || s.decimals === 2 ? { decimals: s.decimals } : {}),
    sheetLang: s.sheetLang === "en" ? "en" : "nl",
    ...(isScenarioId(s.scenario) ? { scenario: s.scenario } : {}),
  };
}
