import type { SourceRef } from "./workbookPort";

/**
 * The annex workbook layout, shared by the add-in and the `lumpsum` command (README:
 * "The annex workbook"). Header words compare case-insensitively after trimming.
 */
export const ANNEX = {
  budgetTable: "PBudget",
  budgetSheet: "P-budget",
  nameHeaders: ["gemeente", "municipality"],
  areaHeaders: ["uitvoeringsgebied", "execution area"],
  totalsTable: "Lumpsum",
  totalsYearHeaders: ["jaar", "year"],
  totalsAmountHeaders: ["totaal", "total"],
  periodStart: "PeriodeStart",
  periodEnd: "PeriodeEinde",
  scenarioName: "Scenario",
  municipalitiesTable: "Gemeenten",
  mergersTable: "Fusies",
  mergerNameHeaders: ["nieuwe gemeente", "new municipality"],
  mergerFromHeaders: ["voorganger", "predecessor"],
  mergerDateHeaders: ["ingangsdatum", "effective date"],
} as const;

/**
 * Every block a refresh may read (src/app/readAnnex.ts), fallbacks included, so that a host
 * that pays per round trip can load them together (WorkbookPort.snapshot).
 */
export const ANNEX_READS: ReadonlyArray<SourceRef> = [
  { kind: "table", name: ANNEX.budgetTable },
  { kind: "sheet", name: ANNEX.budgetSheet },
  { kind: "table", name: ANNEX.municipalitiesTable },
  { kind: "table", name: ANNEX.mergersTable },
  { kind: "table", name: ANNEX.totalsTable },
  { kind: "name", name: ANNEX.scenarioName },
  { kind: "name", name: ANNEX.periodStart },
  { kind: "name", name: ANNEX.periodEnd },
];

/**
 * Words that mark a totals row among the municipalities ("Totaal", "Eindtotaal" as a Dutch pivot
 * table ends, "Grand total", "Subtotaal Oss", "Total 2021", …), tested on a name's nameKey (one
 * space, no invisible characters, no case). A whole word, so a municipality
 * whose name merely starts with the letters is not one.
 */
export const TOTALS_LABEL =
  /^(eind ?totaal|totaal generaal|generaal totaal|algemeen totaal|sub ?totaal|totaal|totalen|grand total|sub ?total|totals?|som|sum)\b/i;

export const headerIs = (text: string, words: ReadonlyArray<string>): boolean =>
  words.includes(text.trim().toLowerCase());
