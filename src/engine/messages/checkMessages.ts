import type { Message } from "./message";

/**
 * The checks on the sheet Controle, each a neutral statement with its figures; the Status
 * column says whether it holds. Also the status words themselves.
 */
export const checkMessages = {
  CHECK_ALL_PASSED: {
    nl: "Eindcontrole: alle {count} controles kloppen.",
    en: "Master check: all {count} checks pass.",
  },
  CHECK_SOME_FAILED: {
    nl: "Eindcontrole: {failed} van de {count} controles {failed|klopt|kloppen} niet.",
    en: "Master check: {failed} of the {count} checks {failed|fails|fail}.",
  },
  CHECK_INPUTS_COMPLETE: {
    nl: "Invoer: {municipalities|# gemeente|# gemeenten}, {yearCount|jaar|jaren} {years}; elk P-budget en elk totaal is ingevuld ({warnings|# waarschuwing|# waarschuwingen}).",
    en: "Inputs: {municipalities|# municipality|# municipalities}, {yearCount|year|years} {years}; every P-budget and every total is filled in ({warnings|# warning|# warnings}).",
  },
  CHECK_YEAR_ADDS_UP: {
    nl: "{year}: de bedragen tellen op tot {sum}; het totaal is {total}.",
    en: "{year}: the amounts add up to {sum}; the total is {total}.",
  },
  CHECK_YEAR_SAME_PERCENT: {
    nl: "{year}: elke gemeente betaalt {min} tot {max} van haar P-budget; het verschil mag alleen van de afronding komen.",
    en: "{year}: every municipality pays {min} to {max} of its P-budget; the spread may come from rounding only.",
  },
  CHECK_YEAR_WITHIN_UNIT: {
    nl: "{year}: grootste afwijking van een bedrag tot zijn exacte waarde is {max} (moet kleiner zijn dan {unit}).",
    en: "{year}: the largest difference between an amount and its exact value is {max} (must be less than {unit}).",
  },
  CHECK_PERIOD_ADDS_UP: {
    nl: "Periode {start} t/m {end}: {differences|# afwijking|# afwijkingen} in de optelling van rijen, kolommen en totaal ({total}).",
    en: "Period {start} to {end}: {differences|# difference|# differences} in adding up rows, columns and the total ({total}).",
  },
  CHECK_PERIOD_WITHIN_UNIT: {
    nl: "Periode: grootste afwijking van een bedrag per jaardeel tot zijn exacte waarde is {max} (moet kleiner zijn dan {unit}). Een periodebedrag is de som van zijn jaardelen en ligt dus per jaardeel binnen {unit} van exact: bij twee jaardelen binnen twee keer {unit}.",
    en: "Period: the largest difference between an amount per year slice and its exact value is {max} (must be less than {unit}). A period amount is the sum of its slices, so it lies within {unit} of exact per slice: within twice {unit} over two slices.",
  },
  CHECK_PERIOD_EQUALS_YEAR: {
    nl: "Periode = jaar: {yearCount|het hele jaar|de hele jaren} {years} {yearCount|staat|staan} in de periodetabel rij voor rij zoals in de tabel per jaar ({differences|# verschil|# verschillen}).",
    en: "Period = year: {yearCount|the whole year|the whole years} {years} {yearCount|appears|appear} in the period table row for row as in the per-year table ({differences|# difference|# differences}).",
  },
  STATUS_OK: { nl: "OK", en: "OK" },
  STATUS_FAILED: { nl: "FOUT", en: "FAILED" },
  STATUS_WARNING: { nl: "Waarschuwing", en: "Warning" },
} as const satisfies Record<string, Message>;
