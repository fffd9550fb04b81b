import type { Message } from "../engine/messages";

/** One option of a command: what the parser accepts and what `--help` says about it. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  /** The value as the synopsis shows it: `<bedrag>` / `<amount>`, or `0|2`. */
  readonly value?: Message;
  readonly required?: boolean;
  readonly help: Message;
  /** A whole command line that uses the option, runnable from the project folder. */
  readonly example: string;
}

/**
 * A `lumpsum` command as the user meets it: its files, its options (the parser takes exactly
 * these, so `--help` cannot miss one) and the words that explain them, in Dutch and English.
 */
export interface CommandSpec {
  readonly name: string;
  /** One line for the list of commands. */
  readonly brief: Message;
  readonly summary: Message;
  /** How many files it takes, and what they are. */
  readonly files: "one" | "many" | "none";
  readonly args: Message;
  readonly argsHelp: Message;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly example: string;
  /** Exit codes beyond the three every command has (0, 1, 2). */
  readonly exitCodes?: Message;
}

/** `--json`, worded for the commands that take it; its example is the command's own plus `--json`. */
export const jsonOption = (example: string): OptionSpec & { readonly type: "boolean" } => ({
  type: "boolean",
  help: {
    nl: "Uitvoer als JSON in plaats van tabellen, elk getal als decimale tekst; meldingen blijven op stderr.",
    en: "Output as JSON instead of tables, every number as decimal text; findings stay on stderr.",
  },
  example: `${example} --json`,
});

/** `--lang`, which every command takes. */
export const langOption = (example: string): OptionSpec & { readonly type: "string" } => ({
  type: "string",
  value: { nl: "nl|en", en: "nl|en" },
  help: {
    nl: "Taal van de uitvoer, de meldingen en deze uitleg: nl (standaard) of en.",
    en: "Language of the output, the findings and this help: nl (the default) or en.",
  },
  example: `${example} --lang en`,
});

/** `--sheet-lang`, for the commands that write an annex: a change of the workbook's language, on purpose. */
export const sheetLangOption = (example: string): OptionSpec & { readonly type: "string" } => ({
  type: "string",
  value: { nl: "nl|en", en: "nl|en" },
  help: {
    nl: "Zet de werkmap in deze taal, nl of en: de bladen, tabellen en kolommen van lumpsum krijgen hun namen in die taal en alle teksten erop (kopjes, toelichting, controles) komen in die taal. Formules, namen en grafieken die ernaar verwijzen gaan mee, zoals in Excel; de uitvoer zegt wat er hernoemd is. Zonder deze optie houdt een werkmap zijn taal, ook met --lang; een nieuwe werkmap krijgt die van --lang.",
    en: "Put the workbook in this language, nl or en: lumpsum's sheets, tables and columns get their names in it and every text on them (headings, notes, checks) is written in it. Formulas, names and charts that refer to them follow, as in Excel; the output says what was renamed. Without this option a workbook keeps its language, also with --lang; a new workbook gets the one of --lang.",
  },
  example: `${example} --sheet-lang en`,
});

/** `--decimals`, shared by allocate and period. */
export const decimalsOption = (example: string): OptionSpec & { readonly type: "string" } => ({
  type: "string",
  value: { nl: "0|2", en: "0|2" },
  help: {
    nl: "Afronden op hele euro’s (0, standaard, zoals gepubliceerd) of op centen (2).",
    en: "Round to whole euros (0, the default, as published) or to cents (2).",
  },
  example: `${example} --decimals 2`,
});

/** `--debug`, which every command takes: an internal error then prints its stack trace. */
export const debugOption = (example: string): OptionSpec & { readonly type: "boolean" } => ({
  type: "boolean",
  help: {
    nl: "Bij een interne fout (een fout in lumpsum zelf, niet in uw invoer) ook de technische details tonen, om mee te sturen als u de fout meldt.",
    en: "On an internal error (a fault in lumpsum itself, not in your input) also show the technical details, to send along when you report it.",
  },
  example: `${example} --debug`,
});

/** The options every command that prints a result takes, last in its help: --json, --lang, --debug. */
export const outputOptions = (example: string) => ({
  json: jsonOption(example),
  lang: langOption(example),
  debug: debugOption(example),
});

/** `--mergers`, for every command that reads P-budgets: mergers beyond the built-in ones of 2022. */
export const mergersOption = (example: string): OptionSpec & { readonly type: "string" } => ({
  type: "string",
  value: { nl: "<fusies.json>", en: "<mergers.json>" },
  help: {
    nl: 'Een JSON-bestand met fusies naast de ingebouwde van 1 januari 2022 (Land van Cuijk, Maashorst), als [{"name": "Land van Cuijk", "from": ["Boxmeer", "Cuijk"], "effective": "2022-01-01"}]. Een gemeente uit een fusie mag leeg zijn in een jaar dat ze niet bestond.',
    en: 'A JSON file of mergers beside the built-in ones of 1 January 2022 (Land van Cuijk, Maashorst), as [{"name": "Land van Cuijk", "from": ["Boxmeer", "Cuijk"], "effective": "2022-01-01"}]. A municipality in a merger may be blank in a year it did not exist.',
  },
  example: `${example} --mergers fusies.json`,
});
