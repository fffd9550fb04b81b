import { RAW_IN_JSON } from "./terminalSafe";

const escapeRaw = (text: string): string =>
  text.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** A list made as it is read (a generator over the rows), not an array. */
const isLazy = (value: unknown): value is Iterable<unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Symbol.iterator in value;

/** Whether `value` holds a lazy list anywhere; what does not is written by JSON.stringify in one go. */
function holdsLazy(value: unknown): boolean {
  if (isLazy(value)) return true;
  if (typeof value !== "object" || value === null) return false;
  return (Array.isArray(value) ? value : Object.values(value)).some(holdsLazy);
}

/**
 * JSON.stringify(value, null, 2) in pieces, so a million rows are written as they are made
 * instead of as one string: arrays, and any other iterable (a lazy map over the rows), are
 * written element by element. Exact: the pieces joined equal JSON.stringify's text (a
 * generator stands for the array it yields), with the characters JSON leaves raw but a terminal
 * would act on (C1 controls, bidi controls) written as \u escapes, which parse back the same.
 */
export function* jsonChunks(value: unknown, indent = ""): Generator<string> {
  if (!holdsLazy(value)) {
    yield escapeRaw(JSON.stringify(value, null, 2) ?? "null").replaceAll("\n", `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  let first = true;
  if (isLazy(value) || Array.isArray(value)) {
    for (const item of value) {
      yield `${first ? "[" : ","}\n${inner}`;
      yield* jsonChunks(item === undefined || typeof item === "function" ? null : item, inner);
      first = false;
    }
    yield first ? "[]" : `\n${indent}]`;
    return;
  }
  for (const [key, item] of Object.entries(value as object)) {
    if (item === undefined || typeof item === "function") continue;
    yield `${first ? "{" : ","}\n${inner}${escapeRaw(JSON.stringify(key))}: `;
    yield* jsonChunks(item, inner);
    first = false;
  }
  yield first ? "{}" : `\n${indent}}`;
}

/** `items.map(f)` made one item at a time as jsonChunks writes them, for the rows of a large result. */
export function* lazily<T, U>(items: ReadonlyArray<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/** A JSON document for stdout, in pieces, newline-terminated. */
export function* jsonDocument(value: unknown): Generator<string> {
  yield* jsonChunks(value);
  yield "\n";
}

/** A whole (small) JSON document as one string, newline-terminated. */
export const jsonText = (value: unknown): string => [...jsonDocument(value)].join("");

/** Writes pieces of output in blocks of about 64 KiB: one write per piece would cost more than the text. */
export function writeChunks(
  write: (text: string) => void,
  pieces: string | Iterable<string>
): void {
  if (typeof pieces === "string") {
    write(pieces);
    return;
  }
  let block = "";
  for (const piece of pieces) {
    block += piece;
    if (block.length >= 65_536) {
      write(block);
      block = "";
    }
  }
  if (block) write(block);
}
