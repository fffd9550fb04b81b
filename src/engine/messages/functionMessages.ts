import type { Message } from "./message";

/**
 * Findings of the worksheet functions (=IBN.LUMPSUM and friends). They end up in the #VALUE!
 * tooltip of one cell, so each names the argument and, through `where`, the cell or row.
 * `{arg}` is the parameter name as Excel shows it in the user's language.
 */
export const functionMessages = {
  ARG_MISSING: {
    nl: "{arg} ontbreekt (een lege cel is geen nul).",
    en: "{arg} is missing (a blank cell is not zero).",
  },
  ARG_TEXT: {
    nl: '{arg} is tekst ("{value}"), geen getal; typ het als getal.',
    en: '{arg} is text ("{value}"), not a number; enter it as a number.',
  },
  ARG_NOT_NUMBER: { nl: "{arg} is geen getal: {value}.", en: "{arg} is not a number: {value}." },
  ARG_ERROR: {
    nl: "{arg} bevat de foutwaarde {value}; herstel die eerst.",
    en: "{arg} holds the error value {value}; repair it first.",
  },
  ARG_NEGATIVE: { nl: "{arg} is negatief ({value}).", en: "{arg} is negative ({value})." },
  ARG_NOT_DATE: {
    nl: '{arg} is geen datum: "{value}" (verwacht een datum of JJJJ-MM-DD).',
    en: '{arg} is not a date: "{value}" (expected a date or YYYY-MM-DD).',
  },
  ARG_NOT_YEAR: {
    nl: '{arg} is geen jaartal: "{value}" (vier cijfers, bijv. 2022).',
    en: '{arg} is not a year: "{value}" (four digits, e.g. 2022).',
  },
  ARG_NOT_LINE: {
    nl: "{arg} moet één kolom of één rij zijn, niet {rows|# rij|# rijen} bij {columns|# kolom|# kolommen}.",
    en: "{arg} must be a single column or row, not {rows|# row|# rows} by {columns|# column|# columns}.",
  },
  ARG_LENGTHS_DIFFER: {
    nl: "{arg} en {other} moeten even lang zijn ({count} tegen {otherCount} cellen).",
    en: "{arg} and {other} must have the same length ({count} against {otherCount} cells).",
  },
  ARG_LAYOUT: {
    nl: "{arg} moet een kopregel met jaartallen hebben en in de eerste kolom de gemeenten.",
    en: "{arg} needs a header row of years and the municipalities in its first column.",
  },
  ARG_TOTALS_LAYOUT: {
    nl: "{arg} moet twee kolommen hebben (jaar, totaal) of twee rijen (jaren, totalen).",
    en: "{arg} needs two columns (year, total) or two rows (years, totals).",
  },
  ARG_YEAR_DUPLICATE: {
    nl: "Jaar {year} komt meer dan eens voor in {arg}.",
    en: "Year {year} appears more than once in {arg}.",
  },
  ARG_UNKNOWN_OPTION: {
    nl: '{arg} kent "{value}" niet; kies uit {options}.',
    en: '{arg} does not know "{value}"; choose from {options}.',
  },
  BUDGET_NOT_FOUND: {
    nl: "P-budget {value} staat niet in {arg}; verwijs naar een cel binnen dat bereik.",
    en: "P-budget {value} is not in {arg}; refer to a cell inside that range.",
  },
  BUDGET_AMBIGUOUS: {
    nl: "P-budget {value} staat {count} keer in {arg} met verschillende afgeronde bedragen; verwijs naar de cel binnen dat bereik.",
    en: "P-budget {value} appears {count} times in {arg} with different rounded amounts; refer to the cell inside that range.",
  },
  YEAR_AMOUNT_MISSING: {
    nl: "Er is geen bedrag voor {year} in {arg}, maar de periode loopt door dat jaar.",
    en: "There is no amount for {year} in {arg}, but the period covers that year.",
  },
  PARAMETER_UNKNOWN: {
    nl: '"{value}" is geen parameter van de projectie; bekend zijn: {options:keys}.',
    en: '"{value}" is not a projection parameter; known are: {options:keys}.',
  },
  FUNCTION_FAILED: {
    nl: "De berekening is onverwacht mislukt ({reason}); meld dit aan de beheerder.",
    en: "The calculation failed unexpectedly ({reason}); please report this.",
  },
} as const satisfies Record<string, Message>;
