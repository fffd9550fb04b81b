import { createReadStream, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { issue, type Issue } from "../engine/issue";
import type { Lang } from "../engine/messages";
import type { CliIo } from "./cliIo";
import type { CommandSpec, OptionSpec } from "./commandSpec";
import type { ByteChunks } from "./readBudgetCsv";
import { usageError } from "./usageError";

type Values<O extends Readonly<Record<string, OptionSpec>>> = {
  readonly [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string;
};

/** A negative amount (`--total -98765`, a refund) is a value, not an option. */
const NEGATIVE_NUMBER = /^-\d/;

/**
 * The command line against the command's own spec, strictly: an unknown option, a value where
 * none belongs or none where one must be, a missing required option and a wrong number of files
 * are usage errors (exit 2) in the user's language — never a guess, never Node's own wording.
 * Every spec has --lang, and --debug (main prints an internal error's trace with it).
 */
export function parseCommand<S extends CommandSpec>(
  argv: string[],
  spec: S
): { values: Values<S["options"]>; positionals: string[]; lang: Lang } {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    options: Object.fromEntries(
      Object.entries(spec.options).map(([n, o]) => [n, { type: o.type }])
    ),
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const lang = langOf(values.lang);
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const option = spec.options[token.name];
    if (!option) throw usageError("unknownOption", { option: token.rawName });
    if (option.type === "boolean" && token.value !== undefined)
      throw usageError("noValue", { option: token.rawName, value: token.value });
    const value = token.value;
    if (
      option.type === "string" &&
      (value === undefined ||
        (!token.inlineValue && value.startsWith("-") && !NEGATIVE_NUMBER.test(value)))
    )
      throw usageError("missingValue", { option: token.rawName, value: option.value ?? "" });
  }
  if (spec.files === "none" && positionals.length > 0)
    throw usageError("filesNone", { command: spec.name, value: positionals[0]! });
  if (
    (spec.files === "one" && positionals.length !== 1) ||
    (spec.files === "many" && positionals.length === 0)
  )
    throw usageError(spec.files === "one" ? "filesOne" : "filesMany", {
      command: spec.name,
      args: spec.args,
    });
  for (const [name, option] of Object.entries(spec.options))
    if (option.required && values[name] === undefined)
      throw usageError("required", { option: `--${name}` });
  return { values: values as Values<S["options"]>, positionals, lang };
}

export function langOf(value: unknown, option = "--lang"): Lang {
  if (value === undefined || value === "nl" || value === "en") return (value ?? "nl") as Lang;
  throw usageError("invalidValue", {
    option,
    expected: { nl: "nl of en", en: "nl or en" },
    value: String(value),
  });
}

/** `--sheet-lang`, when given: the language a workbook is to be written in. */
export const sheetLangOf = (value: unknown): Lang | undefined =>
  value === undefined ? undefined : langOf(value, "--sheet-lang");

/** The language asked for on a command line that may not parse: for its usage error. */
export function requestedLang(argv: ReadonlyArray<string>): Lang {
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = at < 0 ? undefined : argv[at]!.includes("=") ? argv[at]!.slice(7) : argv[at + 1];
  return value === "en" ? "en" : "nl";
}

export function decimalsOf(value: unknown): number {
  if (value === undefined) return 0;
  if (value === "0" || value === "2") return Number(value);
  throw usageError("invalidValue", {
    option: "--decimals",
    expected: { nl: "0 of 2", en: "0 or 2" },
    value: String(value),
  });
}

/** A number given on the command line beyond NUMBER_BOUNDS: an input finding (exit 1), naming the option. */
export const optionOutOfRange = (option: string, value: string): Issue =>
  issue("NUMBER_OUT_OF_RANGE", "error", { option }, { value });

/**
 * A JSON document is read whole; one this large is no parameter or published-tables file, and
 * parsing it would hold several copies of it in memory.
 */
export const MAX_JSON_INPUT_BYTES = 64 * 1024 * 1024;

/** The finding for a file that cannot be read: its errno code, or why it is no file to read. */
export const unreadable = (file: string, e: unknown): Issue =>
  issue(
    "FILE_UNREADABLE",
    "error",
    { file },
    {
      reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message,
    }
  );

/** Why `path` is no input to read: missing, not a regular file (a folder, a pipe or a device would block or never end). */
function notReadable(path: string, file: string): Issue | undefined {
  try {
    if (!statSync(path).isFile())
      return unreadable(file, { code: "EISDIR", message: "not a regular file" });
  } catch (e) {
    return unreadable(file, e);
  }
  return undefined;
}

/** The bytes of a (JSON) file, or the issue that says why it cannot be read. */
export function readInput(io: CliIo, file: string): { bytes?: Uint8Array; issues: Issue[] } {
  const path = resolve(io.cwd, file);
  const refused = notReadable(path, file);
  if (refused) return { issues: [refused] };
  const size = statSync(path).size;
  if (size > MAX_JSON_INPUT_BYTES)
    return {
      issues: [issue("FILE_TOO_LARGE", "error", { file }, { size, max: MAX_JSON_INPUT_BYTES })],
    };
  try {
    return { bytes: readFileSync(path), issues: [] };
  } catch (e) {
    return { issues: [unreadable(file, e)] };
  }
}

/** The bytes of a (CSV) file as a stream of chunks, for files of any size; or why it cannot be read. */
export function streamInput(io: CliIo, file: string): { chunks?: ByteChunks; issues: Issue[] } {
  const path = resolve(io.cwd, file);
  const refused = notReadable(path, file);
  if (refused) return { issues: [refused] };
  return { chunks: createReadStream(path, { highWaterMark: 1 << 20 }), issues: [] };
}
