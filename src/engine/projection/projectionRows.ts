import type { Dec } from "../decimal";
import type { Message } from "../messages";
import type { Rational } from "../rational";
import type { ProjectionStatus, ScenarioId } from "./projectionParams";

export type ProjectionRowKind = "volume" | "index" | "pct" | "eur";

/** The rows in the printed order (the printed index row is followed by the one it really is). */
export const PROJECTION_ROW_KEYS = [
  "wsw",
  "pw",
  "totalVolume",
  "indexBase",
  "indexYearOnYear",
  "aandeelPw",
  "meerkosten",
  "aandeelPwInMeerkosten",
  "kostenParticipatie",
  "effectHogereTw",
  "totaalLumpsum",
  "pBudget",
  "lumpsumPctPBudget",
] as const;
export type ProjectionRowKey = (typeof PROJECTION_ROW_KEYS)[number];
export const isProjectionRowKey = (x: unknown): x is ProjectionRowKey =>
  PROJECTION_ROW_KEYS.includes(x as ProjectionRowKey);

export const ROW_KIND: Readonly<Record<ProjectionRowKey, ProjectionRowKind>> = {
  wsw: "volume",
  pw: "volume",
  totalVolume: "volume",
  indexBase: "index",
  indexYearOnYear: "index",
  aandeelPw: "pct",
  meerkosten: "eur",
  aandeelPwInMeerkosten: "eur",
  kostenParticipatie: "eur",
  effectHogereTw: "eur",
  totaalLumpsum: "eur",
  pBudget: "eur",
  lumpsumPctPBudget: "pct",
};

/** Labels as printed where the table has one; the index rows say what they really measure. */
export function rowLabel(key: ProjectionRowKey, baseYear: number): Message {
  switch (key) {
    case "wsw":
      return { nl: "Wsw", en: "Wsw" };
    case "pw":
      return { nl: "PW", en: "PW (Participation Act)" };
    case "totalVolume":
      return { nl: "Totaal volume", en: "Total volume" };
    case "indexBase":
      return { nl: `index (${baseYear} = 100)`, en: `index (${baseYear} = 100)` };
    case "indexYearOnYear":
      return { nl: "index (vorig jaar = 100)", en: "index (previous year = 100)" };
    case "aandeelPw":
      return { nl: "Aandeel PW", en: "PW share" };
    case "meerkosten":
      return { nl: "Meerkosten", en: "Extra infrastructure costs" };
    case "aandeelPwInMeerkosten":
      return { nl: "Aandeel PW in meerkosten", en: "PW share of extra costs" };
    case "kostenParticipatie":
      return { nl: "Kosten Participatie", en: "Participation costs" };
    case "effectHogereTw":
      return { nl: "Effect hogere TW", en: "Effect of higher added value" };
    case "totaalLumpsum":
      return { nl: "Totaal lumpsum", en: "Total lump sum" };
    case "pBudget":
      return { nl: "P-budget", en: "P-budget" };
    case "lumpsumPctPBudget":
      return { nl: "Als % van P-budget", en: "As % of P-budget" };
  }
}

export interface ProjectionRow {
  readonly key: ProjectionRowKey;
  readonly label: Message;
  readonly kind: ProjectionRowKind;
  /**
   * Per year. 'eur': the published amounts, rounded once (the three components add up to the
   * total). 'volume' and 'index': the value; 'pct': a fraction (0.5058 for 50.58%). Non-euro
   * values are given to VALUE_PLACES decimals; `exact` has them without any rounding.
   */
  readonly values: ReadonlyArray<Dec>;
  readonly exact: ReadonlyArray<Rational>;
}

/** An override as applied: what was put in, and what the row would have been without it. */
export interface AppliedOverride {
  readonly row: ProjectionRowKey;
  readonly year: number;
  readonly value: Dec;
  readonly computed: Dec;
  readonly note?: Message;
}

export interface Projection {
  readonly scenario?: ScenarioId;
  readonly status: ProjectionStatus;
  readonly notes: ReadonlyArray<Message>;
  readonly decimals: number;
  readonly baseYear: number;
  readonly years: ReadonlyArray<number>;
  readonly rows: ReadonlyArray<ProjectionRow>;
  readonly overrides: ReadonlyArray<AppliedOverride>;
}

/** Places of the non-euro values in `ProjectionRow.values`: far below any displayed digit. */
export const VALUE_PLACES = 10;
