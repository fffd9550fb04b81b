import type { Message } from "./message";

/**
 * Findings of the projection 2021–2025: its parameters (`name` is the parameter with its year,
 * e.g. "meerkosten 2023") and the audit of a printed projection table.
 */
export const projectionMessages = {
  PROJECTION_PARAM_MISSING: {
    nl: "Parameter {name} ontbreekt.",
    en: "Parameter {name} is missing.",
  },
  PROJECTION_PARAM_NOT_NUMBER: {
    nl: 'Parameter {name} is geen getal: "{value}".',
    en: 'Parameter {name} is not a number: "{value}".',
  },
  PROJECTION_PARAM_OUT_OF_RANGE: {
    nl: "Parameter {name} = {value} ligt buiten het toegestane bereik ({range}).",
    en: "Parameter {name} = {value} is outside the allowed range ({range}).",
  },
  PROJECTION_PARAM_NOT_LIST: {
    nl: "Parameter {name} moet een lijst zijn, met één waarde per jaar.",
    en: "Parameter {name} must be a list, with one value per year.",
  },
  PROJECTION_PARAM_UNKNOWN: {
    nl: 'Onbekende parameter "{name}" wordt genegeerd.',
    en: 'Unknown parameter "{name}" is ignored.',
  },
  PROJECTION_FILE_NOT_JSON: {
    nl: "Het bestand is geen geldige JSON: {reason}.",
    en: "The file is not valid JSON: {reason}.",
  },
  PROJECTION_PARAMS_NOT_OBJECT: {
    nl: "De parameters moeten een JSON-object zijn.",
    en: "The parameters must be a JSON object.",
  },
  PROJECTION_YEARS_INVALID: {
    nl: "De jaren moeten opeenvolgende hele jaartallen zijn, oplopend, minstens één: {value}.",
    en: "The years must be consecutive whole years, ascending, at least one: {value}.",
  },
  PROJECTION_BASE_YEAR_INVALID: {
    nl: "Het basisjaar {value} is niet een van de jaren van de projectie.",
    en: "The base year {value} is not one of the projection’s years.",
  },
  PROJECTION_LENGTH_MISMATCH: {
    nl: "Parameter {name} heeft {count} waarden, maar de projectie heeft {years} jaren.",
    en: "Parameter {name} has {count} values, but the projection has {years} years.",
  },
  PROJECTION_VOLUME_FORM: {
    nl: 'Parameter {name}: geef "values" (per jaar), of "start" met "rate", of "start" met "inflow" en "outflowRate".',
    en: 'Parameter {name}: give "values" (per year), or "start" with "rate", or "start" with "inflow" and "outflowRate".',
  },
  PROJECTION_SCENARIO_UNKNOWN: {
    nl: 'Onbekend scenario "{value}": kies 0, I, II of III.',
    en: 'Unknown scenario "{value}": choose 0, I, II or III.',
  },
  PROJECTION_STATUS_UNKNOWN: {
    nl: 'Onbekende status "{value}": kies published, assumption of custom.',
    en: 'Unknown status "{value}": choose published, assumption or custom.',
  },
  PROJECTION_OVERRIDE_ROW_UNKNOWN: {
    nl: 'Override {name}: onbekende rij "{value}"; kies uit {rows}.',
    en: 'Override {name}: unknown row "{value}"; choose from {rows}.',
  },
  PROJECTION_OVERRIDE_TOTAL: {
    nl: "Override {name}: het totaal lumpsum is de som van zijn drie componenten en kan niet zelf worden overschreven; overschrijf een component.",
    en: "Override {name}: the total lump sum is the sum of its three components and cannot be overridden itself; override a component.",
  },
  PROJECTION_OVERRIDE_YEAR: {
    nl: "Override {name}: het jaar {value} valt buiten de projectie.",
    en: "Override {name}: the year {value} is outside the projection.",
  },
  PROJECTION_OVERRIDE_DUPLICATE: {
    nl: "Er is meer dan één override voor {name}.",
    en: "There is more than one override for {name}.",
  },
  PROJECTION_OVERRIDE_PLACES: {
    nl: "Override {name} = {value} heeft meer dan {decimals} decimalen; een component van het totaal moet een bedrag zijn zoals het wordt afgedrukt.",
    en: "Override {name} = {value} has more than {decimals} decimals; a component of the total must be an amount as printed.",
  },
  PROJECTION_TOTAL_VOLUME_ZERO: {
    nl: "Het totale volume (Wsw + PW) in {year} is nul: het aandeel PW en de index zijn dan niet gedefinieerd.",
    en: "The total volume (Wsw + PW) in {year} is zero: the PW share and the index are then undefined.",
  },
  PROJECTION_PRINTED_ROW_INVALID: {
    nl: "De afgedrukte projectie kan niet worden nagerekend: rij {name} ontbreekt of heeft niet één waarde per jaar ({years}).",
    en: "The printed projection cannot be recomputed: row {name} is missing or does not have one value per year ({years}).",
  },
  PROJECTION_NOT_FROM_INPUTS: {
    nl: "De afgedrukte waarde {printed} volgt niet uit de afgedrukte invoer: herberekend {recomputed} (binnen de afronding van de invoer {low} t/m {high}); verschil {difference}.",
    en: "The printed value {printed} does not follow from the printed inputs: recomputed {recomputed} (within the rounding of the inputs {low} to {high}); difference {difference}.",
  },
  PROJECTION_INDEX_YEAR_ON_YEAR: {
    nl: 'De rij heet "index ({baseYear} = 100)", maar {printed} is de index ten opzichte van het vorige jaar ({yearOnYear}); ten opzichte van {baseYear} is het {recomputed}, verschil {difference}.',
    en: 'The row is labelled "index ({baseYear} = 100)", but {printed} is the index against the previous year ({yearOnYear}); against {baseYear} it is {recomputed}, difference {difference}.',
  },
  PROJECTION_SUM_WITHIN_ROUNDING: {
    nl: "Het afgedrukte totaal {printed} is niet de som van de afgedrukte delen ({recomputed}); verschil {difference}, te verklaren door het apart afronden van de delen.",
    en: "The printed total {printed} is not the sum of the printed parts ({recomputed}); difference {difference}, explained by rounding the parts separately.",
  },
  PROJECTION_SUM_MISMATCH: {
    nl: "Het afgedrukte totaal {printed} is niet de som van de afgedrukte delen ({recomputed}); verschil {difference}, meer dan de afronding verklaart.",
    en: "The printed total {printed} is not the sum of the printed parts ({recomputed}); difference {difference}, more than rounding explains.",
  },
  PROJECTION_EFFECT_NOT_PROPORTIONAL: {
    nl: "Het effect hogere TW is niet evenredig met de groei van PW sinds {baseYear}: geen bedrag per eenheid PW-groei past bij dit jaar en de jaren ervoor.",
    en: "The effect of higher added value is not proportional to PW growth since {baseYear}: no amount per unit of PW growth fits this year and the years before.",
  },
} as const satisfies Record<string, Message>;
