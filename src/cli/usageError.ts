import type { Lang, Message } from "../engine/messages";

/** What can be wrong with a command line, in both languages; `{name}` takes a parameter. */
const USAGE = {
  unknownCommand: {
    nl: 'onbekende opdracht "{name}"; de opdrachten staan in lumpsum --help',
    en: 'unknown command "{name}"; lumpsum --help lists the commands',
  },
  unknownOption: {
    nl: "onbekende optie {option}",
    en: "unknown option {option}",
  },
  missingValue: {
    nl: "{option} heeft een waarde nodig ({value})",
    en: "{option} needs a value ({value})",
  },
  noValue: {
    nl: '{option} neemt geen waarde, maar kreeg "{value}"',
    en: '{option} takes no value, but got "{value}"',
  },
  required: { nl: "{option} is verplicht", en: "{option} is required" },
  invalidValue: {
    nl: '{option} moet {expected} zijn, niet "{value}"',
    en: '{option} must be {expected}, not "{value}"',
  },
  filesOne: {
    nl: "lumpsum {command} verwacht precies één bestand: {args}",
    en: "lumpsum {command} takes exactly one file: {args}",
  },
  filesMany: {
    nl: "lumpsum {command} verwacht een of meer bestanden: {args}",
    en: "lumpsum {command} takes one or more files: {args}",
  },
  filesNone: {
    nl: 'lumpsum {command} neemt geen bestanden, maar kreeg "{value}"',
    en: 'lumpsum {command} takes no files, but got "{value}"',
  },
  totalsPair: {
    nl: '--totals neemt jaar=bedrag-paren zoals 2021=2246325,2022=2483650; "{value}" is er geen (of herhaalt een jaar)',
    en: '--totals takes year=amount pairs such as 2021=2246325,2022=2483650; "{value}" is not one (or repeats a year)',
  },
  outOneFile: {
    nl: "--out kan alleen met één invoerbestand",
    en: "--out takes one input file only",
  },
  moreHelp: { nl: "Meer uitleg: {help}", en: "More: {help}" },
} as const satisfies Record<string, Message>;

export type UsageKey = keyof typeof USAGE;

/** A parameter is the same in both languages, or worded for each. */
export type UsageParam = string | Message;

/** A command line the command cannot run: exit 2, said in the user's language. */
export class UsageError extends Error {
  constructor(readonly text: Message) {
    super(text.en);
  }
}

/** The text of `key` in `lang`, its parameters filled in. */
export function usageText(
  key: UsageKey,
  lang: Lang,
  params: Readonly<Record<string, UsageParam>> = {}
): string {
  return USAGE[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const p = params[name];
    return p === undefined ? whole : typeof p === "string" ? p : p[lang];
  });
}

export const usageError = (key: UsageKey, params: Readonly<Record<string, UsageParam>> = {}) =>
  new UsageError({ nl: usageText(key, "nl", params), en: usageText(key, "en", params) });
