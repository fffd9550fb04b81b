import { issue, type Issue } from "../engine/issue";

/**
 * The finding for an error nobody foresaw: one sentence that says it is ours and how to report
 * it, with the error's first line (no stack; --debug prints that).
 */
export const internalError = (e: unknown, file?: string): Issue =>
  issue("INTERNAL_ERROR", "error", file === undefined ? undefined : { file }, {
    detail: (e instanceof Error ? `${e.name}: ${e.message}` : String(e))
      .split("\n", 1)[0]!
      .slice(0, 200),
  });

/** What --debug prints for an internal error: its stack trace. */
export const stackTrace = (e: unknown): string =>
  `${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`;
