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
    nl: 'Blad "{sheet}" bevat gegevens buiten de tabel die de tool schreef ({range}); verplaats die naar een ander blad.',
    en: 'Sheet "{sheet}" holds data outside the table the tool wrote ({range}); move it to another sheet.',
  },
  UNDO_NOTHING: {
    nl: "Er is geen verversing om ongedaan te maken.",
    en: "There is no refresh to undo.",
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
