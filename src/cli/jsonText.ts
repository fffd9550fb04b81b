import { RAW_IN_JSON } from "./terminalSafe";

const escapeRaw = (text: string): string =>
  text.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

const isIterableList = (value: object): value is Iterable<unknown> =>
  Array.isArray(value) || (Symbol.iterator in value && typeof value !== "string");

/**
 * JSON.stringify(value, null, 2) in pieces, so a million rows are written as they are made
 * instead of as one string: arrays, and any other iterable (a lazy map over the rows), are
 * written element by element. Exact: the pieces joined equal JSON.stringify's text (a
 * generator stands for the array it yields), with the characters JSON leaves raw but a terminal
 * would act on (C1 controls, bidi controls) written as \u escapes, which parse back the same.
 */
export function* jsonChunks(value: unknown, indent = ""): Generator<string> {
  const json = (value as { toJSON?: () => unknown } | null)?.toJSON;
  const plain = typeof json === "function" ? json.call(value) : value;
  if (typeof plain !== "object" || plain === null) {
    yield escapeRaw(JSON.stringify(plain) ?? "null");
    return;
  }
  const inner = `${indent}  `;
  let first = true;
  if (isIterableList(plain)) {
    for (const item of plain) {
      yield `${first ? "[" : ","}\n${inner}`;
      yield* jsonChunks(item === undefined || typeof item === "function" ? null : item, inner);
      first = false;
    }
    yield first ? "[]" : `\n${indent}]`;
    return;
  }
  for (const [key, item] of Object.entries(plain)) {
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
