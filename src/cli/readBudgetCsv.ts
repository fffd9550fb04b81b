import { parse } from "csv-parse/sync";
import type { Dec } from "../engine/decimal";
import { issue, type Issue } from "../engine/issue";
import { fail, ok, type Result } from "../engine/result";
import { shownValue } from "../engine/numberBounds";
import { parseAmountText, type Convention } from "../ports/parseAmountText";

export interface BudgetCsv {
  readonly convention: Convention;
  readonly headers: ReadonlyArray<string>;
  /** Values per data column, undefined where the cell was rejected (an issue says why). */
  readonly rows: ReadonlyArray<{
    readonly name: string;
    readonly values: ReadonlyArray<Dec | undefined>;
  }>;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads a budgets CSV: a header row, the name in the first column, amounts after it. The
 * delimiter fixes the number convention — ',' with a decimal point, ';' with a decimal comma
 * (what Dutch Excel exports) — so "1.883.249" in a ';' file is read as Dutch, and a header
 * holding both delimiters is an error: we never guess. Findings name file, line and column.
 */
export function readBudgetCsv(bytes: Uint8Array, file: string): Result<BudgetCsv> {
  let text: string;
  try {
    text = utf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return fail([issue("CSV_NOT_UTF8", "error", { file })]);
  }
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const semicolon = header.includes(";");
  const comma = header.includes(",");
  if (semicolon && comma)
    return fail([issue("CSV_DELIMITER_AMBIGUOUS", "error", { file, row: 1 })]);
  if (!semicolon && !comma)
    return fail([issue("CSV_DELIMITER_UNKNOWN", "error", { file, row: 1 })]);
  const convention: Convention = semicolon ? "nl" : "en";
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: semicolon ? ";" : ",",
      skip_empty_lines: true,
      trim: false,
      bom: true,
    });
  } catch (e) {
    return fail([issue("CSV_MALFORMED", "error", { file }, { reason: (e as Error).message })]);
  }
  const [head, ...data] = records;
  if (!head || data.length === 0) return fail([issue("CSV_NO_ROWS", "error", { file })]);
  const headers = head.map((h) => h.trim());
  const issues: Issue[] = [];
  const rows = data.map((record, r) => {
    const line = r + 2;
    const values = headers.slice(1).map((column, c) => {
      const read = parseAmountText(record[c + 1] ?? "", convention);
      const raw = record[c + 1] ?? "";
      const where = { file, row: line, column };
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
    return { name: record[0] ?? "", values };
  });
  return ok({ convention, headers, rows }, issues);
}
