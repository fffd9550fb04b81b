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
  AUDIT_INPUT_INVALID: {
    nl: "Deze tabel kan niet worden nagerekend: {reason}.",
    en: "This table cannot be recomputed: {reason}.",
  },
} as const satisfies Record<string, Message>;
