import type { Message } from "./message";

/** Findings of the structure area (mergers, execution areas) and of contribution versus use. */
export const structureMessages = {
  MERGER_INCOMPLETE: {
    nl: 'Een fusie mist de naam van de nieuwe gemeente of de gemeenten die erin opgaan ("{merged}").',
    en: 'A merger lacks the name of the new municipality or of the municipalities it replaces ("{merged}").',
  },
  MERGER_DATE_INVALID: {
    nl: 'De fusie tot {merged} heeft ingangsdatum "{value}"; verwacht 1 januari van een jaar (JJJJ-01-01), want de P-budgetten gelden per kalenderjaar.',
    en: 'The merger into {merged} takes effect on "{value}"; expected 1 January of a year (YYYY-01-01), because P-budgets are per calendar year.',
  },
  MERGER_CONFLICT: {
    nl: "{name} komt voor in meer dan één fusie ({merged} en {other}); geef elke gemeente in hoogstens één fusie op.",
    en: "{name} appears in more than one merger ({merged} and {other}); list each municipality in one merger at most.",
  },
  MERGER_DOUBLE_COUNT: {
    nl: "In {year} staan zowel {merged} als {predecessor} in de tabel, maar {predecessor} gaat per {effective} op in {merged}: het P-budget telt dan dubbel.",
    en: "In {year} the table lists both {merged} and {predecessor}, but {predecessor} becomes part of {merged} on {effective}: its P-budget would count twice.",
  },
  MERGER_PREDECESSOR_MISSING: {
    nl: "In {year} ontbreekt {predecessor}, terwijl {present} er wel staat; beide gaan per {effective} op in {merged}.",
    en: "In {year} {predecessor} is missing while {present} is listed; both become part of {merged} on {effective}.",
  },
  MERGER_NOT_LISTED: {
    nl: "{year}: geen P-budget voor {merged} en ook niet voor de gemeenten die erin opgaan ({names}); vul het P-budget in van de gemeente(n) die in {year} bestonden.",
    en: "{year}: no P-budget for {merged}, nor for the municipalities that became part of it ({names}); fill in the P-budget of the municipality or municipalities that existed in {year}.",
  },
  MERGERS_FILE_INVALID: {
    nl: 'Het fusiebestand is geen lijst van fusies (onderdeel {entry}; 0 is het bestand zelf). Verwacht JSON als [{"name": "Land van Cuijk", "from": ["Boxmeer", "Cuijk"], "effective": "2022-01-01"}].',
    en: 'The mergers file is not a list of mergers (entry {entry}; 0 is the file itself). Expected JSON such as [{"name": "Land van Cuijk", "from": ["Boxmeer", "Cuijk"], "effective": "2022-01-01"}].',
  },
  AREA_UNASSIGNED: {
    nl: '{count|# gemeente hoort|# gemeenten horen} bij geen uitvoeringsgebied en {count|staat|staan} onder "niet ingedeeld": {names}.',
    en: '{count|# municipality belongs|# municipalities belong} to no execution area and {count|is|are} shown as "unassigned": {names}.',
  },
  PLACEMENT_COUNT_MISSING: {
    nl: "Het aantal plaatsingen ({category:term}) van {name} ontbreekt (een lege cel is geen nul).",
    en: "The number of placements ({category:term}) of {name} is missing (a blank is not zero).",
  },
  PLACEMENT_COUNT_NOT_NUMBER: {
    nl: 'Het aantal plaatsingen ({category:term}) van {name} is geen getal: "{value}".',
    en: 'The number of placements ({category:term}) of {name} is not a number: "{value}".',
  },
  PLACEMENT_COUNT_NEGATIVE: {
    nl: "Het aantal plaatsingen ({category:term}) van {name} is negatief ({value}).",
    en: "The number of placements ({category:term}) of {name} is negative ({value}).",
  },
  PLACEMENT_CATEGORY_UNKNOWN: {
    nl: 'Onbekende categorie "{value}" bij {name}; kies uit: {known:terms}.',
    en: 'Unknown category "{value}" for {name}; choose from: {known:terms}.',
  },
  CONTRIBUTION_MISSING: {
    nl: "{name} heeft plaatsingen maar geen lumpsumbijdrage; zonder bijdrage valt bijdrage en gebruik niet te vergelijken.",
    en: "{name} has placements but no lump-sum contribution; without it contribution and use cannot be compared.",
  },
  CONTRIBUTION_BLANK: {
    nl: "De lumpsumbijdrage van {name} ontbreekt (een lege cel is geen nul).",
    en: "The lump-sum contribution of {name} is missing (a blank is not zero).",
  },
  CONTRIBUTION_NOT_NUMBER: {
    nl: 'De lumpsumbijdrage van {name} is geen getal: "{value}".',
    en: 'The lump-sum contribution of {name} is not a number: "{value}".',
  },
  TARIFF_INVALID: {
    nl: 'Het tarief voor {category:term} moet een getal van nul of meer zijn, niet "{value}".',
    en: 'The tariff for {category:term} must be a number of zero or more, not "{value}".',
  },
} as const satisfies Record<string, Message>;
