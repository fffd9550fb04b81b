import type { Lang } from "../../engine/messages";
import type { Basis } from "../../engine/yearSlices";

/** Where the P-budgets come from: the workbook's PBudget table (or P-budget sheet), or the selection. */
export type SourceChoice = "workbook" | "selection";

/** Where the total lump sum per year comes from. Typed values are canonical decimal text by year. */
export type TotalsChoice =
  | { readonly kind: "workbook" }
  | { readonly kind: "typed"; readonly values: Readonly<Record<number, string>> }
  | { readonly kind: "projection" };

/** The period: the workbook's PeriodeStart/PeriodeEinde, none, or typed ISO dates. */
export type PeriodChoice =
  | { readonly kind: "workbook" }
  | { readonly kind: "none" }
  | { readonly kind: "typed"; readonly start: string; readonly end: string };

/** What the user chose in the source and totals flows; the preview and the write follow it. */
export interface PaneChoices {
  readonly source: SourceChoice;
  readonly totals: TotalsChoice;
  readonly period: PeriodChoice;
  readonly basis: Basis;
  readonly decimals: 0 | 2;
  /** The workbook put in this language on purpose (its sheets renamed); absent: it keeps its own. */
  readonly sheetLang?: Lang;
}

export const DEFAULT_CHOICES: PaneChoices = {
  source: "workbook",
  totals: { kind: "workbook" },
  period: { kind: "workbook" },
  basis: "months",
  decimals: 0,
};
