import type { Message } from "./message";

/**
 * Why the add-in refuses to write its output tables into an open workbook. Every refusal is
 * found before anything changes, and says what to do about it.
 */
export const outputMessages = {
  SHEET_PROTECTED: {
    nl: 'Blad "{sheet}" is beveiligd; hef de beveiliging op (Controleren > Blad beveiligen) en ververs opnieuw.',
    en: 'Sheet "{sheet}" is protected; unprotect it (Review > Protect Sheet) and refresh again.',
  },
  WORKBOOK_PROTECTED: {
    nl: "De structuur van de werkmap is beveiligd, dus er kunnen geen bladen bij; hef de beveiliging op en ververs opnieuw.",
    en: "The workbook structure is protected, so no sheets can be added; unprotect it and refresh again.",
  },
  OUTPUT_FILTERED: {
    nl: "Op tabel {table} staat een filter; wis het filter zodat u ziet wat vervangen wordt, en ververs opnieuw.",
    en: "Table {table} has an active filter; clear it so you can see what will be replaced, and refresh again.",
  },
  OUTPUT_CELLS_IN_THE_WAY: {
    nl: 'Blad "{sheet}" bevat in {range} gegevens die niet van de tool zijn, waar de nieuwe tabel moet komen; verplaats ze, of bevestig dat ze overschreven mogen worden.',
    en: 'Sheet "{sheet}" holds data in {range} that the tool did not write, where the new table must go; move it, or confirm that it may be overwritten.',
  },
  OUTPUT_COLUMN_ADDED: {
    nl: 'Kolom "{column}" in tabel {table} is er met de hand bij gezet; de tool zou die weghalen. Verplaats de kolom naar een eigen tabel, of bevestig dat hij weg mag.',
    en: 'Column "{column}" of table {table} was added by hand; the tool would remove it. Move it to a table of your own, or confirm that it may go.',
  },
  OUTPUT_NO_ROOM_FOR_CAPTION: {
    nl: 'Boven tabel {table} op blad "{sheet}" is te weinig ruimte voor het bijschrift ({lines} regels); voeg {missing} rij(en) boven de tabel in en ververs opnieuw.',
    en: 'Above table {table} on sheet "{sheet}" there is too little room for the caption ({lines} lines); insert {missing} row(s) above the table and refresh again.',
  },
  REF_WOULD_BREAK: {
    nl: "Cel {place} verwijst naar {target}, dat deze verversing weghaalt; pas de verwijzing aan, of bevestig (dan wordt het #VERW!).",
    en: "Cell {place} refers to {target}, which this refresh removes; change the reference, or confirm (it then becomes #REF!).",
  },
  REF_NAME_WOULD_BREAK: {
    nl: "De naam {name} verwijst naar {target}, dat deze verversing weghaalt; pas de naam aan, of bevestig (dan wordt hij #VERW!).",
    en: "The name {name} refers to {target}, which this refresh removes; change the name, or confirm (it then becomes #REF!).",
  },
  REF_VALIDATION_WOULD_BREAK: {
    nl: "De gegevensvalidatie op {place} verwijst naar {target}, dat deze verversing weghaalt; pas de regel aan, of bevestig (dan wordt het #VERW!).",
    en: "The data validation on {place} refers to {target}, which this refresh removes; change the rule, or confirm (it then becomes #REF!).",
  },
  REF_FORMAT_WOULD_BREAK: {
    nl: "De voorwaardelijke opmaak op {place} verwijst naar {target}, dat deze verversing weghaalt; pas de regel aan, of bevestig (dan wordt het #VERW!).",
    en: "The conditional format on {place} refers to {target}, which this refresh removes; change the rule, or confirm (it then becomes #REF!).",
  },
  REF_CHART_WOULD_BREAK: {
    nl: 'Een reeks van grafiek "{chart}" op blad "{sheet}" toont {target}, dat deze verversing weghaalt; pas de reeks aan, of bevestig (dan wordt het #VERW!).',
    en: 'A series of chart "{chart}" on sheet "{sheet}" shows {target}, which this refresh removes; change the series, or confirm (it then becomes #REF!).',
  },
  REF_PIVOT_WOULD_BREAK: {
    nl: "Draaitabel {pivot} haalt zijn gegevens uit {target}, dat deze verversing weghaalt; kies een andere bron, of bevestig (de draaitabel kan dan niet meer worden vernieuwd).",
    en: "Pivot table {pivot} takes its data from {target}, which this refresh removes; choose another source, or confirm (the pivot table can then no longer be refreshed).",
  },
  RECORD_NAMES_INPUT: {
    nl: 'Het register van de tool in deze werkmap noemt blad "{sheet}" als uitvoer, maar daar staan invoergegevens; er wordt niets geschreven. Verwijder het blad niet; neem contact op met wie de werkmap beheert.',
    en: 'The tool\'s record in this workbook names sheet "{sheet}" as output, but it holds input data; nothing is written. Do not remove the sheet; contact whoever maintains the workbook.',
  },
  SELECTION_MULTI_AREA: {
    nl: "De selectie bestaat uit meer dan één gebied ({areas}); selecteer één aaneengesloten blok en probeer het opnieuw.",
    en: "The selection is more than one area ({areas}); select one contiguous block and try again.",
  },
  UNDO_NOTHING: {
    nl: "Er is geen verversing om ongedaan te maken.",
    en: "There is no refresh to undo.",
  },
  UNDO_OUTPUT_CHANGED: {
    nl: 'De tabel op blad "{sheet}" is na de laatste verversing veranderd; ongedaan maken zou die wijziging wissen en gebeurt niet.',
    en: 'The table on sheet "{sheet}" has changed since the last refresh; undoing would erase that change, so it is not done.',
  },
  OUTPUT_WRITE_FAILED: {
    nl: "Schrijven is mislukt ({reason:term}); de werkmap is ongewijzigd.",
    en: "Writing failed ({reason:term}); the workbook is unchanged.",
  },
  WRITE_NOT_UNDONE: {
    nl: "Schrijven is mislukt ({reason:term}) en kon niet helemaal worden teruggedraaid ({recovery:term}); controleer de bladen {sheets}.",
    en: "Writing failed ({reason:term}) and could not be fully undone ({recovery:term}); check the sheets {sheets}.",
  },
} as const satisfies Record<string, Message>;
