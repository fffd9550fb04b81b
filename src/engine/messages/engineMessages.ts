import type { Message } from "./message";

/** Findings of the allocation, pro-rating and schedule entry points. */
export const engineMessages = {
  NO_ROWS: {
    nl: "Er zijn geen gemeenten om over te verdelen.",
    en: "There are no municipalities to allocate over.",
  },
  NAME_MISSING: {
    nl: "De naam van de gemeente ontbreekt.",
    en: "The municipality name is missing.",
  },
  NAME_DUPLICATE: {
    nl: 'Gemeente "{name}" komt meer dan eens voor.',
    en: 'Municipality "{name}" appears more than once.',
  },
  WEIGHT_MISSING: {
    nl: "Het P-budget van {name} ontbreekt (een lege cel is geen nul).",
    en: "The P-budget of {name} is missing (a blank is not zero).",
  },
  WEIGHT_NOT_NUMBER: {
    nl: 'Het P-budget van {name} is geen getal: "{value}".',
    en: 'The P-budget of {name} is not a number: "{value}".',
  },
  NUMBER_OUT_OF_RANGE: {
    nl: "{value} valt buiten het bereik dat lumpsum leest: hoogstens 15 cijfers vóór de komma en 20 erna.",
    en: "{value} is outside the range lumpsum reads: at most 15 digits before the decimal point and 20 after it.",
  },
  WEIGHT_NEGATIVE: {
    nl: "Het P-budget van {name} is negatief ({value}).",
    en: "The P-budget of {name} is negative ({value}).",
  },
  WEIGHTS_ALL_ZERO: {
    nl: "Alle P-budgetten zijn nul: er is geen verdeelsleutel.",
    en: "All P-budgets are zero: there is no distribution key.",
  },
  TOTAL_MISSING: {
    nl: "Het totale lumpsumbedrag ontbreekt.",
    en: "The total lump sum is missing.",
  },
  TOTAL_NOT_NUMBER: {
    nl: 'Het totale lumpsumbedrag is geen getal: "{value}".',
    en: 'The total lump sum is not a number: "{value}".',
  },
  DECIMALS_INVALID: {
    nl: 'Decimalen moet 0 (hele euro’s) of 2 (centen) zijn, niet "{value}".',
    en: 'Decimals must be 0 (whole euros) or 2 (cents), not "{value}".',
  },
  DATE_INVALID: {
    nl: '"{value}" is geen geldige datum (verwacht JJJJ-MM-DD).',
    en: '"{value}" is not a valid date (expected YYYY-MM-DD).',
  },
  PERIOD_END_BEFORE_START: {
    nl: "De periode eindigt ({end}) vóór ze begint ({start}).",
    en: "The period ends ({end}) before it starts ({start}).",
  },
  PERIOD_NOT_WHOLE_MONTHS: {
    nl: "De periode {start} t/m {end} bestaat niet uit hele kalendermaanden (begin op de 1e, eind op de laatste dag van een maand); kies de dagen-conventie om per dag te rekenen.",
    en: "The period {start} to {end} is not whole calendar months (start on the 1st, end on the last day of a month); choose the days convention to pro-rate by day.",
  },
  BASIS_INVALID: {
    nl: 'Onbekende conventie "{value}": kies months (maanden) of days (dagen).',
    en: 'Unknown convention "{value}": choose months or days.',
  },
  YEAR_TOTAL_MISSING: {
    nl: "Er is geen lumpsumtotaal voor {year}, maar de periode loopt door dat jaar.",
    en: "There is no lump-sum total for {year}, but the period covers that year.",
  },
  YEAR_BUDGETS_MISSING: {
    nl: "Er zijn geen P-budgetten voor {year}, maar de periode loopt door dat jaar.",
    en: "There are no P-budgets for {year}, but the period covers that year.",
  },
} as const satisfies Record<string, Message>;
