import type { Lang, Message } from "./message";

/**
 * The words for the keys a finding may carry — a parameter of the projection, a row of it, a
 * placement category, a file-system error code, a CSV parser's code — so that a sentence names
 * the thing, never the key. A catalogue template asks for them with `{param:term}`.
 */
export const TERMS = {
  // The projection's parameters (the keys of its parameter file) and rows.
  parameters: { nl: "parameters", en: "parameters" },
  years: { nl: "jaren", en: "years" },
  baseYear: { nl: "basisjaar", en: "base year" },
  decimals: { nl: "afronding", en: "rounding" },
  wsw: { nl: "Wsw-volume", en: "Wsw volume" },
  pw: { nl: "PW-volume", en: "PW volume" },
  totalVolume: { nl: "Totaal volume", en: "Total volume" },
  indexBase: { nl: "index (basisjaar = 100)", en: "index (base year = 100)" },
  indexYearOnYear: { nl: "index (vorig jaar = 100)", en: "index (previous year = 100)" },
  aandeelPw: { nl: "Aandeel PW", en: "PW share" },
  meerkosten: { nl: "Meerkosten", en: "Extra infrastructure costs" },
  aandeelPwInMeerkosten: { nl: "Aandeel PW in meerkosten", en: "PW share of extra costs" },
  kostenParticipatie: { nl: "Kosten participatie", en: "Participation costs" },
  effectHogereTw: { nl: "Effect hogere TW", en: "Effect of higher added value" },
  totaalLumpsum: { nl: "Totaal lumpsum", en: "Total lump sum" },
  pBudget: { nl: "P-budget", en: "P-budget" },
  lumpsumPctPBudget: { nl: "Lumpsum als % van P-budget", en: "Lump sum as % of P-budget" },
  start: { nl: "beginwaarde", en: "start value" },
  values: { nl: "per jaar", en: "per year" },
  rate: { nl: "groei per jaar", en: "growth per year" },
  inflow: { nl: "instroom per jaar", en: "inflow per year" },
  outflowRate: { nl: "uitstroom per jaar", en: "outflow per year" },
  demandDrivenShare: { nl: "Aandeel vraaggestuurde instroom", en: "Demand-driven share of inflow" },
  addedValueUplift: {
    nl: "Hogere toegevoegde waarde vraaggestuurd",
    en: "Higher added value, demand-driven",
  },
  addedValuePerUnit: { nl: "Toegevoegde waarde per eenheid", en: "Added value per unit" },
  overrides: { nl: "vastgezette waarde", en: "fixed value" },
  // Placement categories (contribution versus use).
  ontwikkelpotentieel_laag: { nl: "Ontwikkelpotentieel laag", en: "Low development potential" },
  ontwikkelpotentieel_midden_hoog: {
    nl: "Ontwikkelpotentieel midden/hoog",
    en: "Medium/high development potential",
  },
  na_ontwikkeltraject: { nl: "Na ontwikkeltraject", en: "After the trajectory" },
  beschut_werk: { nl: "Beschut werk", en: "Sheltered work" },
  // Why a file could not be read or written (the operating system's error codes).
  ENOENT: { nl: "het bestand of de map bestaat niet", en: "the file or folder does not exist" },
  EISDIR: {
    nl: "het is geen gewoon bestand (maar een map, een pipe of een apparaat)",
    en: "it is not an ordinary file (but a folder, a pipe or a device)",
  },
  ENOTDIR: { nl: "een deel van het pad is geen map", en: "part of the path is not a folder" },
  EACCES: { nl: "u hebt daar geen toegang", en: "you have no access there" },
  EPERM: { nl: "dat is niet toegestaan", en: "that is not permitted" },
  EROFS: { nl: "de schijf is alleen-lezen", en: "the disk is read-only" },
  EBUSY: { nl: "het bestand is in gebruik", en: "the file is in use" },
  ETXTBSY: { nl: "het bestand is in gebruik", en: "the file is in use" },
  ENOSPC: { nl: "de schijf is vol", en: "the disk is full" },
  EDQUOT: { nl: "uw schijfruimte is op", en: "your disk quota is used up" },
  EEXIST: { nl: "er staat al een bestand met die naam", en: "a file of that name exists" },
  ELOOP: {
    nl: "de snelkoppelingen verwijzen in een kring naar elkaar",
    en: "the links refer to each other in a loop",
  },
  ENAMETOOLONG: { nl: "de naam is te lang", en: "the name is too long" },
  EMFILE: { nl: "er staan te veel bestanden open", en: "too many files are open" },
  ENFILE: { nl: "er staan te veel bestanden open", en: "too many files are open" },
  EIO: { nl: "de schijf gaf een leesfout", en: "the disk gave a read error" },
  EXDEV: {
    nl: "het doel ligt op een andere schijf",
    en: "the target is on another disk",
  },
  // What the CSV parser (csv-parse) found.
  CSV_QUOTE_NOT_CLOSED: {
    nl: "een aanhalingsteken wordt niet gesloten",
    en: "a quotation mark is not closed",
  },
  CSV_INVALID_CLOSING_QUOTE: {
    nl: "na een sluitend aanhalingsteken staat nog tekst in de cel",
    en: "text follows a closing quotation mark in the cell",
  },
  INVALID_OPENING_QUOTE: {
    nl: "een aanhalingsteken staat midden in een cel",
    en: "a quotation mark stands in the middle of a cell",
  },
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: {
    nl: "een regel heeft een ander aantal kolommen dan de kopregel",
    en: "a line has a different number of columns than the header row",
  },
  CSV_MAX_RECORD_SIZE: { nl: "een regel is te lang", en: "a line is too long" },
} as const satisfies Record<string, Message>;

export type TermKey = keyof typeof TERMS;

const isTerm = (key: string): key is TermKey => Object.hasOwn(TERMS, key);

/** What an unknown code of the operating system or a parser is called, without the code. */
const UNKNOWN_CODE: Message = {
  nl: "het systeem meldde een fout",
  en: "the system reported an error",
};

/**
 * A key in words: `pBudget 2024` is "P-budget 2024", `wsw.start` "Wsw-volume: beginwaarde",
 * `overrides.aandeelPwInMeerkosten 2021` "vastgezette waarde Aandeel PW in meerkosten 2021",
 * `overrides[2]` "vastgezette waarde 3". An unknown error code becomes a general sentence; any
 * other text (a name, a message) is left as it is.
 */
export function termText(value: string, lang: Lang): string {
  const [, key = value, year] = /^(\S+?)(?: (\d{4}))?$/.exec(value) ?? [];
  const words = (k: string): string | undefined => {
    if (isTerm(k)) return TERMS[k][lang];
    const override = /^overrides(?:\.(\w+)|\[(\d+)\])$/.exec(k);
    if (override)
      return `${TERMS.overrides[lang]} ${override[1] ? (words(override[1]) ?? override[1]) : Number(override[2]) + 1}`;
    const part = /^(wsw|pw)\.(\w+)$/.exec(k);
    if (part && isTerm(part[2]!))
      return `${TERMS[part[1] as TermKey][lang]}: ${TERMS[part[2] as TermKey][lang]}`;
    return undefined;
  };
  const found = words(key);
  if (found !== undefined) return year ? `${found} ${year}` : found;
  return /^(E[A-Z]{2,}|[A-Z]+(?:_[A-Z]+)+)$/.test(value) ? UNKNOWN_CODE[lang] : value;
}
