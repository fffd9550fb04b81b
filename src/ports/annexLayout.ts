/**
 * The annex workbook layout, shared by the add-in and the `lumpsum` command (README:
 * "The annex workbook"). Header words compare case-insensitively after trimming.
 */
export const ANNEX = {
  budgetTable: 'PBudget',
  budgetSheet: 'P-budget',
  nameHeaders: ['gemeente', 'municipality'],
  areaHeaders: ['uitvoeringsgebied', 'execution area'],
  totalsTable: 'Lumpsum',
  totalsYearHeaders: ['jaar', 'year'],
  totalsAmountHeaders: ['totaal', 'total'],
  periodStart: 'PeriodeStart',
  periodEnd: 'PeriodeEinde',
  scenarioName: 'Scenario',
  municipalitiesTable: 'Gemeenten',
} as const;

/** Words that mark a totals row among the municipalities ("Totaal", "Total 2021", …). */
export const TOTALS_LABEL = /^(totaal|totalen|total|totals|som|sum|subtotaal|subtotal|generaal totaal|grand total)\b/i;

export const headerIs = (text: string, words: ReadonlyArray<string>): boolean => words.includes(text.trim().toLowerCase());
