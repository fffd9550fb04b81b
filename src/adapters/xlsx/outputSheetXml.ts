import { columnLetters } from "../../ports/a1";
import type { Cell } from "../../ports/cell";
import { textCellWriting } from "../../ports/excelText";
import type { LaidOutTable } from "../../ports/outputLayout";
import type { StyleRequest } from "./cellStyles";
import { cellXml } from "./cellXml";
import { colXml, tableXml, worksheetXml } from "./partXml";

/** Header, title and totals are bold; numbers carry their column's format code from the layout. */
const isBold = (laid: LaidOutTable, row: number): boolean =>
  row === 0 || row === laid.ref.start.row || (laid.totalsRow && row === laid.ref.end.row);

/**
 * The style a cell is written with: a number's column format; text in the Text format so that
 * Excel keeps '=…', '+…', '-…', '@…', '007' or '1-2' as typed when someone edits the cell, and a
 * text starting with an apostrophe quote-prefixed instead (ports/excelText: the same rule as the
 * add-in's).
 */
const styleOf = (cell: Cell, bold: boolean): StyleRequest => {
  if (cell.t === "n") return { format: cell.fmt ?? "General", bold };
  if (cell.t !== "s") return { format: "General", bold };
  const writing = textCellWriting(cell.v);
  return { format: writing.format, bold, ...(writing.quotePrefix ? { quotePrefix: true } : {}) };
};

export const styleKey = (request: StyleRequest): string =>
  `${request.bold ? "b" : ""}|${request.quotePrefix ? "q" : ""}|${request.format}`;

/** Cell style indexes by styleKey. */
export type StyleIndex = ReadonlyMap<string, number>;

/**
 * The distinct cell styles a laid-out table needs, in the order of their first cell: a few,
 * found without building a request for each of the table's thousands of cells.
 */
export function outputStyleRequests(laid: LaidOutTable): StyleRequest[] {
  const seen = new Map<string, StyleRequest>();
  laid.cells.forEach((row, r) => {
    const bold = isBold(laid, r);
    for (const cell of row) {
      if (cell.t === "blank") continue;
      const request = styleOf(cell, bold);
      const key = styleKey(request);
      if (!seen.has(key)) seen.set(key, request);
    }
  });
  return [...seen.values()];
}

/** Characters a formatted value adds to its digits (currency sign, separators), for column widths. */
const shownLength = (cell: Cell | undefined): number => {
  if (!cell || cell.t === "blank") return 0;
  if (cell.t === "n") return cell.v.length + Math.ceil(cell.v.length / 3) + 2;
  return String(cell.v).length;
};

/** One `<col>` per table column, wide enough for its header and values (10 to 60 characters). */
export function outputColumns(laid: LaidOutTable): string[] {
  const body = laid.cells.slice(laid.ref.start.row);
  return Array.from({ length: laid.ref.end.col - laid.ref.start.col + 1 }, (_, k) => {
    const c = laid.ref.start.col + k;
    const longest = body.reduce((most, row) => Math.max(most, shownLength(row[c])), 0);
    return colXml(c, Math.min(Math.max(longest + 2, 10), 60));
  });
}

/** The `<c>` elements of the laid-out cells (values, never formulas; strings inline) by row, with their columns. */
export function outputCells(
  laid: LaidOutTable,
  styles: StyleIndex
): Map<number, Array<[number, string]>> {
  const rows = new Map<number, Array<[number, string]>>();
  laid.cells.forEach((row, r) => {
    const bold = isBold(laid, r);
    const number = String(r + 1);
    const cells = row.flatMap((cell, c): Array<[number, string]> =>
      cell.t === "blank"
        ? []
        : [
            [
              c,
              cellXml(
                columnLetters(c) + number,
                cell,
                styles.get(styleKey(styleOf(cell, bold)))!,
                "inline"
              ),
            ],
          ]
    );
    if (cells.length) rows.set(r, cells);
  });
  return rows;
}

/** The worksheet part of a laid-out output table on a new sheet. */
export function outputSheetXml(laid: LaidOutTable, styles: StyleIndex, tableRelId: string): string {
  const rows = [...outputCells(laid, styles)].map(
    ([r, cells]) => `<row r="${r + 1}">${cells.map(([, text]) => text).join("")}</row>`
  );
  return worksheetXml({
    usedRows: laid.cells.length,
    usedCols: laid.ref.end.col + 1,
    cols: outputColumns(laid),
    rows,
    tableRelIds: [tableRelId],
  });
}

/** The table part of a laid-out output table on a new sheet: a plain autoFilter (buttons, no criteria), a stable name. */
export function outputTableXml(laid: LaidOutTable, id: number): string {
  const header = laid.cells[laid.ref.start.row]!.slice(laid.ref.start.col);
  const totals = laid.totalsRow
    ? laid.cells[laid.ref.end.row]!.slice(laid.ref.start.col)
    : undefined;
  return tableXml({
    id,
    name: laid.table,
    range: laid.ref,
    headers: header.map((cell) => (cell.t === "s" ? cell.v : "")),
    ...(totals
      ? { totalsLabels: totals.map((cell) => (cell.t === "s" ? cell.v : undefined)) }
      : {}),
  });
}
