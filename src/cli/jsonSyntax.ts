import { issue, type Issue } from "../engine/issue";

/**
 * Where JSON.parse gave up, as line and column (both from 1), when its message says: "at
 * position N", the end of the input, or an unexpected token quoted with the text around it.
 */
function errorOffset(message: string, text: string): number | undefined {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (/end of JSON input/.test(message)) return text.length;
  // V8 quotes the text around the token, cut short with "..." outside the quotes.
  const token = /^Unexpected token '(.+?)', (?:\.\.\.)?"(.*?)"(?:\.\.\.)? is not valid JSON/s.exec(
    message
  );
  const around = token ? text.indexOf(token[2]!) : -1;
  if (!token || around < 0) return undefined;
  const inside = token[2]!.indexOf(token[1]!);
  return inside < 0 ? undefined : around + inside;
}

/** The finding for text that is no JSON, naming the line and column where it stops being JSON. */
export function jsonInvalid(file: string, text: string, e: unknown): Issue {
  const offset = errorOffset(e instanceof Error ? e.message : String(e), text);
  if (offset === undefined) return issue("JSON_INVALID", "error", { file });
  const before = text.slice(0, offset).split("\n");
  return issue("JSON_INVALID", "error", {
    file,
    row: before.length,
    column: String(before[before.length - 1]!.length + 1),
  });
}
