import type { Where } from "../engine/issue";
import { a1, offsetA1, parseA1, quoteSheet } from "./a1";
import type { Cell } from "./cell";
import type { RangeData } from "./workbookPort";

const originOf = (range: RangeData) => parseA1(range.origin) ?? { row: 0, col: 0 };

/** The A1 address of cell (r, c) of a block, e.g. 'B10'. */
export const cellAddress = (range: RangeData, r: number, c: number): string =>
  offsetA1(originOf(range), r, c);

/** The row number Excel shows for row r of a block. */
export const sheetRow = (range: RangeData, r: number): number => originOf(range).row + r + 1;

/**
 * Where a finding about cell (r, c) points: sheet and cell, the table, and row/column labels.
 * A value typed in the task pane has no cell: the finding says it was typed, never an address.
 */
export const cellWhere = (
  range: RangeData,
  r: number,
  c: number,
  labels: { row?: string; column?: string } = {}
): Where =>
  range.typed
    ? { typed: true, ...labels }
    : {
        sheet: range.sheet,
        cell: cellAddress(range, r, c),
        ...(range.tableName ? { table: range.tableName } : {}),
        ...labels,
      };

/** The whole block as "'P-budget'!A1:C12", for provenance lines. */
export function blockAddress(range: RangeData): string {
  const origin = originOf(range);
  const rows = range.cells.length;
  const cols = range.cells.reduce((w, row) => Math.max(w, row.length), 1);
  const end = a1({ row: origin.row + Math.max(rows, 1) - 1, col: origin.col + cols - 1 });
  const sheet = /^[A-Za-z0-9_]+$/.test(range.sheet) ? range.sheet : quoteSheet(range.sheet);
  return `${sheet}!${range.origin}:${end}`;
}

export const isBlankRow = (row: ReadonlyArray<Cell>): boolean =>
  row.every((c) => c.t === "blank" || (c.t === "s" && c.v.trim() === ""));
