import { EngineError } from '../../engine/engineError';
import type { OutputTable } from '../../ports/workbookPort';
import { parseCellRef } from './a1';
import { NUMBER_TEXT } from './cellXml';

const invalid = (message: string): EngineError => new EngineError('OUTPUT_INVALID', message);

/**
 * Output tables come from the use cases, not from users: a bad sheet or table name, a ragged row
 * or a non-number in a number cell is a programming error and throws before anything is written.
 */
export function checkOutputs(outputs: ReadonlyArray<OutputTable>): void {
  const sheets = new Set<string>();
  const tables = new Set<string>();
  for (const o of outputs) {
    if (!o.sheet || o.sheet.length > 31 || /[[\]:*?/\\]/.test(o.sheet) || /^'|'$/.test(o.sheet)) {
      throw invalid(`sheet name "${o.sheet}" is not allowed in Excel`);
    }
    if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(o.table) || o.table.length > 255 || parseCellRef(o.table) || /^[RC]$|^R\d*C\d*$/i.test(o.table)) {
      throw invalid(`table name "${o.table}" is not allowed in Excel`);
    }
    for (const [seen, name] of [[sheets, o.sheet], [tables, o.table]] as const) {
      if (seen.has(name.toUpperCase())) throw invalid(`"${name}" is used twice`);
      seen.add(name.toUpperCase());
    }
    if (!o.columns.length) throw invalid(`table ${o.table} has no columns`);
    const headers = new Set(o.columns.map((c) => c.header.toUpperCase()));
    if (headers.size !== o.columns.length || headers.has('')) throw invalid(`table ${o.table} needs distinct, non-empty headers`);
    o.rows.forEach((row, i) => {
      if (row.length !== o.columns.length) throw invalid(`table ${o.table} row ${i + 1} has ${row.length} cells for ${o.columns.length} columns`);
      row.forEach((cell, j) => {
        if (cell.t === 'n' && !NUMBER_TEXT.test(cell.v)) throw invalid(`table ${o.table} row ${i + 1} column ${j + 1}: "${cell.v}" is not a number`);
      });
    });
  }
}
