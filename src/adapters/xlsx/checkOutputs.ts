import { EngineError } from "../../engine/engineError";
import { parseA1 } from "../../ports/a1";
import type { OutputTable } from "../../ports/workbookPort";
import { NUMBER_TEXT } from "./cellXml";

const invalid = (message: string): EngineError => new EngineError("OUTPUT_INVALID", message);

/**
 * Output tables come from the use cases, not from users: a sheet or table name Excel would
 * reject, a name used twice or a non-number in a number cell is a programming error and throws
 * before anything is written (outputLayout checks headers and row widths).
 */
export function checkOutputs(outputs: ReadonlyArray<OutputTable>): void {
  const sheets = new Set<string>();
  const tables = new Set<string>();
  for (const o of outputs) {
    if (!o.sheet || o.sheet.length > 31 || /[[\]:*?/\\]/.test(o.sheet) || /^'|'$/.test(o.sheet)) {
      throw invalid(`sheet name "${o.sheet}" is not allowed in Excel`);
    }
    if (
      !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(o.table) ||
      o.table.length > 255 ||
      parseA1(o.table) ||
      /^[RC]$|^R\d*C\d*$/i.test(o.table)
    ) {
      throw invalid(`table name "${o.table}" is not allowed in Excel`);
    }
    for (const [seen, name] of [
      [sheets, o.sheet],
      [tables, o.table],
    ] as const) {
      if (seen.has(name.toUpperCase())) throw invalid(`"${name}" is used twice`);
      seen.add(name.toUpperCase());
    }
    for (const row of [...o.rows, ...(o.totalsRow ? [o.totalsRow] : [])]) {
      for (const cell of row)
        if (cell.t === "n" && !NUMBER_TEXT.test(cell.v))
          throw invalid(`table ${o.table}: "${cell.v}" is not a number`);
    }
  }
}
