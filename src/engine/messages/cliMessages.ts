import type { Message } from "./message";

/** Findings about files and arguments given to the `lumpsum` command. */
export const cliMessages = {
  FILE_UNREADABLE: {
    nl: "Het bestand kan niet worden gelezen: {reason:term}.",
    en: "The file cannot be read: {reason:term}.",
  },
  FILE_TOO_LARGE: {
    nl: "Het bestand is te groot ({size} bytes; de grens is {max} bytes).",
    en: "The file is too large ({size} bytes; the limit is {max} bytes).",
  },
  JSON_INVALID: {
    nl: "Het bestand is geen geldige JSON; op deze plaats houdt de JSON op te kloppen.",
    en: "The file is not valid JSON; this is where it stops being JSON.",
  },
  CSV_NOT_UTF8: {
    nl: 'Het bestand is geen UTF-8-tekst; sla het op als "CSV UTF-8".',
    en: 'The file is not UTF-8 text; save it as "CSV UTF-8".',
  },
  CSV_DELIMITER_UNKNOWN: {
    nl: 'De kopregel bevat geen ";" of ",": verwacht een naamkolom en minstens één kolom met bedragen.',
    en: 'The header row has no ";" or ",": expected a name column and at least one amount column.',
  },
  CSV_DELIMITER_AMBIGUOUS: {
    nl: 'De kopregel bevat zowel ";" als ",": het scheidingsteken is niet eenduidig.',
    en: 'The header row contains both ";" and ",": the delimiter is ambiguous.',
  },
  CSV_MALFORMED: {
    nl: "De CSV is niet geldig: {reason:term}.",
    en: "The CSV is not valid: {reason:term}.",
  },
  CSV_TOO_FEW_COLUMNS: {
    nl: "Verwacht de naam in de eerste kolom en het bedrag in de tweede.",
    en: "Expected the name in the first column and the amount in the second.",
  },
  CSV_NO_ROWS: {
    nl: "Het bestand bevat alleen een kopregel.",
    en: "The file holds only a header row.",
  },
  CLI_USAGE: {
    nl: "Onjuist gebruik: {detail}.",
    en: "Incorrect use: {detail}.",
  },
  INTERNAL_ERROR: {
    nl: "Interne fout in lumpsum ({detail}); dit ligt niet aan uw invoer. Meld het aan wie lumpsum voor u beheert, met de uitvoer van dezelfde opdracht met --debug erbij.",
    en: "Internal error in lumpsum ({detail}); this is not caused by your input. Report it to whoever maintains lumpsum for you, with the output of the same command run with --debug.",
  },
  ARG_INVALID: {
    nl: 'Ongeldige waarde voor {option}: "{value}" ({expected}).',
    en: 'Invalid value for {option}: "{value}" ({expected}).',
  },
} as const satisfies Record<string, Message>;
