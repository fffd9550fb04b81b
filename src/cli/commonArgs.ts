import { createReadStream, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { issue, type Issue } from "../engine/issue";
import type { Lang } from "../engine/messages";
import type { CliIo } from "./cliIo";
import type { ByteChunks } from "./readBudgetCsv";

export class UsageError extends Error {}

/**
 * Node's own parser, strict: an unknown option is a usage error (exit 2), never ignored. Every
 * command takes --lang, --json and --debug (main prints an internal error's trace with it).
 */
export function parseCommand<T extends NonNullable<ParseArgsConfig["options"]>>(
  argv: string[],
  options: T
) {
  try {
    return parseArgs({
      args: argv,
      options: {
        ...options,
        lang: { type: "string" },
        json: { type: "boolean" },
        debug: { type: "boolean" },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function langOf(value: unknown): Lang {
  if (value === undefined || value === "nl" || value === "en") return (value ?? "nl") as Lang;
  throw new UsageError(`--lang must be nl or en, not "${String(value)}"`);
}

export function decimalsOf(value: unknown): number {
  if (value === undefined) return 0;
  if (value === "0" || value === "2") return Number(value);
  throw new UsageError(`--decimals must be 0 or 2, not "${String(value)}"`);
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
