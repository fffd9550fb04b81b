import type { Lang, Message } from "../engine/messages";
import type { CommandSpec, OptionSpec } from "./commandSpec";

const WIDTH = 80;
const INDENT = 4;

const WORDS = {
  usage: { nl: "Gebruik", en: "Usage" },
  options: { nl: "Opties", en: "Options" },
  example: { nl: "Voorbeeld", en: "Example" },
  required: { nl: "(verplicht)", en: "(required)" },
  help: { nl: "Deze uitleg.", en: "This help." },
  exit: {
    nl: "Afsluitcodes: 0 klaar (waarschuwingen mogen, op stderr), 1 invoer afgewezen (niets geschreven), 2 verkeerd gebruik.",
    en: "Exit codes: 0 done (warnings allowed, on stderr), 1 input rejected (nothing written), 2 usage error.",
  },
  commands: { nl: "Opdrachten", en: "Commands" },
  more: {
    nl: "Uitleg bij elke opdracht en al haar opties: lumpsum <opdracht> --help (met --lang en in het Engels).",
    en: "Every command and all its options explained: lumpsum <command> --help (with --lang nl in Dutch).",
  },
  tagline: {
    nl: "de IBN-lumpsum exact verdelen en controleren",
    en: "share out and check the IBN lump sum, exactly",
  },
} as const satisfies Record<string, Message>;

/** `text` broken into lines of at most WIDTH columns, each indented by `indent`. */
function wrap(text: string, indent: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${" ".repeat(indent)}${l}\n`).join("");
}

const optionHead = (name: string, option: OptionSpec, lang: Lang): string =>
  `--${name}${option.value ? ` ${option.value[lang]}` : ""}`;

const synopsis = (spec: CommandSpec, lang: Lang): string => {
  const required = Object.entries(spec.options)
    .filter(([, o]) => o.required)
    .map(([n, o]) => optionHead(n, o, lang));
  return [
    "lumpsum",
    spec.name,
    spec.args[lang],
    ...required,
    `[${WORDS.options[lang].toLowerCase()}]`,
  ]
    .filter(Boolean)
    .join(" ");
};

/** `lumpsum <command> --help`: what it does, its files, every option with an example, exit codes. */
export function commandHelp(spec: CommandSpec, lang: Lang): string {
  // Examples stay on one line however long, so that they can be copied as they are.
  const options = Object.entries(spec.options).map(
    ([name, o]) =>
      `  ${optionHead(name, o, lang)}${o.required ? ` ${WORDS.required[lang]}` : ""}\n` +
      wrap(o.help[lang], INDENT) +
      `${" ".repeat(INDENT)}${WORDS.example[lang]}: ${o.example}\n`
  );
  return (
    `lumpsum ${spec.name} — ${spec.brief[lang]}\n\n${wrap(spec.summary[lang], 0)}\n` +
    `${WORDS.usage[lang]}:\n  ${synopsis(spec, lang)}\n` +
    (spec.args[lang] ? wrap(`${spec.args[lang]}: ${spec.argsHelp[lang]}`, INDENT) : "") +
    `\n${WORDS.options[lang]}:\n${options.join("")}  -h, --help\n${wrap(WORDS.help[lang], INDENT)}` +
    `\n${WORDS.example[lang]}:\n  ${spec.example}\n\n` +
    wrap(`${WORDS.exit[lang]}${spec.exitCodes ? ` ${spec.exitCodes[lang]}` : ""}`, 0)
  );
}

/** `lumpsum --help`: every command in a line, and where the rest is explained. */
export function generalHelp(
  specs: ReadonlyArray<CommandSpec>,
  version: string,
  lang: Lang
): string {
  const width = Math.max(...specs.map((s) => s.name.length));
  return (
    `lumpsum ${version} — ${WORDS.tagline[lang]}\n\n${WORDS.commands[lang]}:\n` +
    specs.map((s) => `  ${s.name.padEnd(width)}  ${s.brief[lang]}\n`).join("") +
    `\n${wrap(WORDS.more[lang], 0)}${wrap(WORDS.exit[lang], 0)}`
  );
}
