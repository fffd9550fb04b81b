/**
 * Published tables as printed, in the shape of data/reference/ibn-partnership-2021.json
 * (amounts in whole euros, rows keyed by `gemeente`, years as string keys). Every section is
 * optional: an annex may print only some of them.
 */
export interface PublishedRow {
  readonly gemeente: string;
  readonly [year: string]: string | number;
}

export interface PublishedTables {
  readonly participatiebudget_nieuwe_doelgroepen?: {
    readonly years: ReadonlyArray<number>;
    readonly rows: ReadonlyArray<PublishedRow>;
    readonly printed_total?: Readonly<Record<string, number | string>>;
  };
  readonly lumpsum_per_year?: {
    readonly rows: ReadonlyArray<PublishedRow>;
    readonly printed_total: Readonly<Record<string, number | string>>;
  };
  readonly lumpsum_first_period?: {
    readonly period: { readonly start: string; readonly end: string };
    readonly rows: ReadonlyArray<{ readonly gemeente: string; readonly amount: number | string }>;
    readonly printed_total?: number | string;
  };
}

/** Table names used in findings' `where.table`. */
export const AUDIT_TABLES = {
  pbudget: "P-budget",
  lumpsum: "Lumpsum per jaar",
  period: "Lumpsum periode",
} as const;
