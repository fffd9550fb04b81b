import type { Message } from "./message";

/** Findings only the task pane produces: a table the user named for an audit. */
export const uiMessages = {
  AUDIT_TABLE_MISSING: {
    nl: 'Er is geen tabel of blad "{name}" in de werkmap; typ de naam zoals die in Excel staat (Tabelontwerp > Tabelnaam, of de bladtab).',
    en: 'There is no table or sheet "{name}" in the workbook; type the name as Excel shows it (Table Design > Table Name, or the sheet tab).',
  },
  AUDIT_TABLE_SHAPE: {
    nl: '"{name}" heeft niet de vorm van een gepubliceerde lumpsumtabel: verwacht in de eerste rij Gemeente en dan een kolom per jaar, of één bedragkolom voor de periode (en dan een periode bij Totalen en periode).',
    en: '"{name}" does not have the shape of a published lump-sum table: expected Gemeente in the first row and then one column per year, or one amount column for the period (and then a period under Totals and period).',
  },
} as const satisfies Record<string, Message>;
