import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { issue, type Issue } from "../engine/issue";
import type { Lang } from "../engine/messages";
import type { CliIo } from "./cliIo";

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

/** The file's bytes, or the issue that says why it cannot be read. */
export function readInput(io: CliIo, file: string): { bytes?: Uint8Array; issues: Issue[] } {
  try {
    return { bytes: readFileSync(resolve(io.cwd, file)), issues: [] };
  } catch (e) {
    return {
      issues: [
        issue(
          "FILE_UNREADABLE",
          "error",
          { file },
          { reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }
        ),
      ],
    };
  }
}
