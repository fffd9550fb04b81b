import { parse } from "csv-parse";
import type { Dec } from "../engine/decimal";
import { issue, type Issue } from "../engine/issue";
import { shownValue } from "../engine/numberBounds";
import { nameKey } from "../engine/nameKey";
import { fail, ok, type Result } from "../engine/result";
import { TOTALS_LABEL } from "../ports/annexLayout";
import { parseAmountText, type Convention } from "../ports/parseAmountText";
import { unreadable } from "./commonArgs";

export interface BudgetCsv {
  readonly convention: Convention;
  readonly headers: ReadonlyArray<string>;
  /**
   * Values per data column: null where the cell is blank (the engine says whether that is a
   * missing budget or a merged municipality not listed that year), undefined where it was
   * rejected (an issue says why).
   */
  readonly rows: ReadonlyArray<{
    readonly name: string;
    readonly values: ReadonlyArray<Dec | null | undefined>;
  }>;
}

/** The bytes of a file as they arrive: a read stream, or one buffer in a list. */
export type ByteChunks = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

class NotUtf8 extends Error {}

/** The text of `chunks`, decoded as it arrives; throws NotUtf8 at the first byte that is not UTF-8. */
async function* utf8Text(chunks: ByteChunks): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const decode = (chunk?: Uint8Array): string => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new NotUtf8();
    }
  };
  for await (const chunk of chunks) yield decode(chunk);
  yield decode();
}

/** The first line (without its BOM), read as far as the first newline, and the text after it. */
async function splitHeader(text: AsyncGenerator<string>): Promise<{ head: string; all: string }> {
  let all = "";
  for (;;) {
    const next = await text.next();
    if (next.done) break;
    all += next.value;
    if (next.value.includes("\n")) break;
  }
  all = all.replace(/^\uFEFF/, "");
  return { head: all.split(/\r?\n/, 1)[0] ?? "", all };
}

/**
 * Reads a budgets CSV: a header row, the name in the first column, amounts after it. The
 * delimiter fixes the number convention — ',' with a decimal point, ';' with a decimal comma
 * (what Dutch Excel exports) — so "1.883.249" in a ';' file is read as Dutch, and a header
 * holding both delimiters is an error: we never guess. A totals line ("Totaal", "Eindtotaal",
 * "Grand total" …) is an error, as in a workbook. Findings name file, line and column.
 * Streamed: the bytes are decoded and parsed as they arrive and only the rows are kept, so a
 * million-line file costs one copy of its rows, not its text, its records and its rows at once.
 */
export async function readBudgetCsv(chunks: ByteChunks, file: string): Promise<Result<BudgetCsv>> {
  const text = utf8Text(chunks);
  /** Undecodable text, or the file failing while it is read (it is streamed). */
  const sourceFailure = (e: unknown): Issue =>
    e instanceof NotUtf8 ? issue("CSV_NOT_UTF8", "error", { file }) : unreadable(file, e);
  let first: { head: string; all: string };
  try {
    first = await splitHeader(text);
  } catch (e) {
    return fail([sourceFailure(e)]);
  }
  const header = first.head;
  const semicolon = header.includes(";");
  const comma = header.includes(",");
  if (semicolon && comma)
    return fail([issue("CSV_DELIMITER_AMBIGUOUS", "error", { file, row: 1 })]);
  if (!semicolon && !comma)
    return fail([issue("CSV_DELIMITER_UNKNOWN", "error", { file, row: 1 })]);
  const convention: Convention = semicolon ? "nl" : "en";
  const records = parse({
    delimiter: semicolon ? ";" : ",",
    skip_empty_lines: true,
    trim: false,
    bom: true,
  });
  let failedSource: Issue | undefined;
  const feeding = (async () => {
    try {
      records.write(first.all);
      for await (const more of text) {
        if (records.destroyed) return;
        if (!records.write(more)) await drained(records);
      }
      if (!records.destroyed) records.end();
    } catch (e) {
      failedSource = sourceFailure(e);
      records.destroy(e as Error);
    }
  })();

  let headers: string[] | undefined;
  const issues: Issue[] = [];
  const rows: { name: string; values: (Dec | null | undefined)[] }[] = [];
  const row = (record: string[], line: number) => {
    const name = record[0] ?? "";
    // A pivot's "Eindtotaal" or a "Totaal" line is no municipality: it would count twice.
    if (TOTALS_LABEL.test(nameKey(name)))
      issues.push(
        issue(
          "TOTALS_ROW_IN_DATA",
          "error",
          { file, row: line, column: headers![0] },
          { value: shownValue(name.trim()) }
        )
      );
    const values = headers!.slice(1).map((column, c) => {
      const read = parseAmountText(record[c + 1] ?? "", convention);
      const raw = record[c + 1] ?? "";
      const where = { file, row: line, column };
      if (!read.ok && read.code === "AMOUNT_BLANK") return null;
      if (read.ok) {
        if (read.warning)
          issues.push(
            issue(read.warning, "warning", where, { value: raw, read: read.value.toString() })
          );
        return read.value;
      }
      const readings: Record<string, string> = read.readings
        ? { nl: read.readings.nl.toString(), en: read.readings.en.toString() }
        : {};
      issues.push(issue(read.code, "error", where, { value: shownValue(raw), ...readings }));
      return undefined;
    });
    return { name, values };
  };
  let line = 1;
  // Records as events, not an async iterator: a promise per record cost a second per million.
  const parsed = new Promise<void>((done, failed) => {
    records.on("data", (record: string[]) => {
      if (headers === undefined) headers = record.map((h) => h.trim());
      else rows.push(row(record, ++line));
    });
    records.on("end", done);
    records.on("error", failed);
    records.on("close", done);
  });
  try {
    await parsed;
  } catch (e) {
    await feeding;
    if (failedSource) return fail([failedSource]);
    // csv-parse names what it found by a code (said in words by the catalogue) and its line.
    const { code, lines } = e as { code?: string; lines?: number };
    return fail([
      issue(
        "CSV_MALFORMED",
        "error",
        { file, ...(lines ? { row: lines } : {}) },
        { reason: code ?? (e as Error).message }
      ),
    ]);
  }
  await feeding;
  if (failedSource) return fail([failedSource]);
  if (!headers || rows.length === 0) return fail([issue("CSV_NO_ROWS", "error", { file })]);
  return ok({ convention, headers, rows }, issues);
}

/** When the parser wants more text again, or has stopped (a CSV error destroys it). */
const drained = (stream: ReturnType<typeof parse>): Promise<void> =>
  new Promise((done) => {
    if (stream.destroyed) return done();
    const settle = (): void => {
      stream.off("drain", settle);
      stream.off("close", settle);
      done();
    };
    stream.on("drain", settle);
    stream.on("close", settle);
  });
