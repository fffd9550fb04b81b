import type { Message } from "./message";

/** Findings of the audit of a published table: what does not follow from its own inputs. */
export const auditMessages = {
  AUDIT_TOTAL_NOT_SUM: {
    nl: "Het afgedrukte totaal {printed} is niet de som van de rijen ({recomputed}); verschil {difference}.",
    en: "The printed total {printed} is not the sum of the rows ({recomputed}); difference {difference}.",
  },
  AUDIT_AMOUNT_NOT_FOLLOWING: {
    nl: "Het afgedrukte bedrag {printed} volgt niet uit de invoer: herberekend {recomputed}, verschil {difference} (meer dan één eenheid afronding).",
    en: "The printed amount {printed} does not follow from the inputs: recomputed {recomputed}, difference {difference} (more than one unit of rounding).",
  },
  AUDIT_PERIOD_TOTAL_NOT_FOLLOWING: {
    nl: "Het afgedrukte periodetotaal {printed} is niet het eenmaal afgeronde totaal {recomputed}; verschil {difference}.",
    en: "The printed period total {printed} is not the total rounded once, {recomputed}; difference {difference}.",
  },
  AUDIT_ROW_UNMATCHED: {
    nl: 'Gemeente "{name}" staat in deze tabel maar niet in de tabel met P-budgetten.',
    en: 'Municipality "{name}" is in this table but not in the P-budget table.',
  },
  AUDIT_ROW_DUPLICATE: {
    nl: 'Gemeente "{name}" staat twee keer in deze tabel; welke regel klopt is niet te zeggen.',
    en: 'Municipality "{name}" is in this table twice; which line is right cannot be told.',
  },
  AUDIT_NOT_WHOLE_EUROS: {
    nl: "Het afgedrukte bedrag {printed} is geen heel aantal euro’s, terwijl de tabel in hele euro’s is.",
    en: "The printed amount {printed} is not a whole number of euros, while the table is in whole euros.",
  },
  AUDIT_FIGURES_UNCHECKED: {
    nl: "De bedragen van {table} zijn niet na te rekenen: de P-budgetten of het totaal van dat jaar ontbreken in het document.",
    en: "The amounts of {table} cannot be checked: the P-budgets or the total of that year are missing from the document.",
  },
  AUDIT_DOCUMENT_EMPTY: {
    nl: 'Het document bevat geen tabel om na te rekenen (verwacht "participatiebudget_nieuwe_doelgroepen", "lumpsum_per_year", "lumpsum_first_period" of "projection_2021_2025").',
    en: 'The document holds no table to recompute (expected "participatiebudget_nieuwe_doelgroepen", "lumpsum_per_year", "lumpsum_first_period" or "projection_2021_2025").',
  },
  AUDIT_SECTION_UNKNOWN: {
    nl: 'Het document bevat een onbekend onderdeel "{name}"; het is niet nagerekend. Controleer de spelling.',
    en: 'The document holds an unknown section "{name}"; it was not recomputed. Check the spelling.',
  },
  AUDIT_SECTION_INVALID: {
    nl: 'Het onderdeel "{name}" heeft niet de vorm van een gepubliceerde tabel (rijen met "gemeente" en bedragen); het is niet nagerekend.',
    en: 'The section "{name}" does not have the shape of a published table (rows with "gemeente" and amounts); it was not recomputed.',
  },
} as const satisfies Record<string, Message>;
