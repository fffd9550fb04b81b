import type { Message } from "./message";

/**
 * Findings of the projection 2021–2025: its parameters (`name` is the parameter with its year,
 * e.g. "meerkosten 2023") and the audit of a printed projection table.
 */
export const projectionMessages = {
  PROJECTION_PARAM_MISSING: {
    nl: "Parameter {name:keyterm} ontbreekt.",
    en: "Parameter {name:keyterm} is missing.",
  },
  PROJECTION_PARAM_NOT_NUMBER: {
    nl: 'Parameter {name:term} is geen getal: "{value}".',
    en: 'Parameter {name:term} is not a number: "{value}".',
  },
  PROJECTION_PARAM_OUT_OF_RANGE: {
    nl: "Parameter {name:term} = {value} ligt buiten het toegestane bereik ({range}).",
    en: "Parameter {name:term} = {value} is outside the allowed range ({range}).",
  },
  PROJECTION_PARAM_NOT_LIST: {
    nl: "Parameter {name:keyterm} moet een lijst zijn, met één waarde per jaar.",
    en: "Parameter {name:keyterm} must be a list, with one value per year.",
  },
  PROJECTION_PARAM_UNKNOWN: {
    nl: 'Onbekende parameter "{name}" wordt genegeerd.',
    en: 'Unknown parameter "{name}" is ignored.',
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
    nl: "Het basisjaar {year} is niet een van de jaren van de projectie.",
    en: "The base year {year} is not one of the projection’s years.",
  },
  PROJECTION_LENGTH_MISMATCH: {
    nl: "Parameter {name:keyterm} heeft {count|# waarde|# waarden}, maar de projectie heeft {yearCount|# jaar|# jaren}.",
    en: "Parameter {name:keyterm} has {count|# value|# values}, but the projection has {yearCount|# year|# years}.",
  },
  PROJECTION_VOLUME_FORM: {
    nl: 'Parameter {name:keyterm}: geef "values" (per jaar), of "start" met "rate", of "start" met "inflow" en "outflowRate".',
    en: 'Parameter {name:keyterm}: give "values" (per year), or "start" with "rate", or "start" with "inflow" and "outflowRate".',
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
    nl: 'De {name:term} noemt een onbekende rij "{value}"; kies uit {rows:keys}.',
    en: 'The {name:term} names an unknown row "{value}"; choose from {rows:keys}.',
  },
  PROJECTION_OVERRIDE_TOTAL: {
    nl: "De {name:term} kan niet: het totaal lumpsum is de som van zijn drie componenten en kan niet zelf worden vastgezet; zet een component vast.",
    en: "The {name:term} is not possible: the total lump sum is the sum of its three components and cannot be fixed itself; fix a component.",
  },
  PROJECTION_OVERRIDE_YEAR: {
    nl: "De {name:term} valt buiten de projectie: het jaar {year} hoort er niet bij.",
    en: "The {name:term} is outside the projection: the year {year} is not part of it.",
  },
  PROJECTION_OVERRIDE_DUPLICATE: {
    nl: "Er is meer dan één {name:term}.",
    en: "There is more than one {name:term}.",
  },
  PROJECTION_OVERRIDE_PLACES: {
    nl: "De {name:term} = {value} heeft meer dan {decimals|# decimaal|# decimalen}; een component van het totaal moet een bedrag zijn zoals het wordt afgedrukt.",
    en: "The {name:term} = {value} has more than {decimals|# decimal|# decimals}; a component of the total must be an amount as printed.",
  },
  PROJECTION_TOTAL_VOLUME_ZERO: {
    nl: "Het totale volume (Wsw + PW) in {year} is nul: het aandeel PW en de index zijn dan niet gedefinieerd.",
    en: "The total volume (Wsw + PW) in {year} is zero: the PW share and the index are then undefined.",
  },
  PROJECTION_PRINTED_ROW_INVALID: {
    nl: 'De afgedrukte projectie kan niet worden nagerekend: rij "{name}" ontbreekt of heeft niet één waarde per jaar ({yearCount|# jaar|# jaren}).',
    en: 'The printed projection cannot be recomputed: row "{name}" is missing or does not have one value per year ({yearCount|# year|# years}).',
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
