import { columnLetters } from "../../ports/a1";
import type { Cell } from "../../ports/cell";
import type { LaidOutTable } from "../../ports/outputLayout";
import type { StyleRequest } from "./cellStyles";
import { cellXml } from "./cellXml";
import { colXml, tableXml, worksheetXml } from "./partXml";

/** Header, title and totals are bold; numbers carry their column's format code from the layout. */
const isBold = (laid: LaidOutTable, row: number): boolean =>
  row === 0 || row === laid.ref.start.row || (laid.totalsRow && row === laid.ref.end.row);

/** Cell style indexes by number format code, one map for bold cells and one for the others. */
export interface StyleIndex {
  readonly plain: ReadonlyMap<string, number>;
  readonly bold: ReadonlyMap<string, number>;
}

const formatOf = (cell: Cell): string => (cell.t === "n" && cell.fmt ? cell.fmt : "General");

/**
 * The distinct cell styles a laid-out table needs, in the order of their first cell: a few,
 * found without building a key or a request for each of the table's thousands of cells.
 */
export function outputStyleRequests(laid: LaidOutTable): StyleRequest[] {
  const seen = { plain: new Set<string>(), bold: new Set<string>() };
  const requests: StyleRequest[] = [];
  laid.cells.forEach((row, r) => {
    const bold = isBold(laid, r);
    const formats = bold ? seen.bold : seen.plain;
    for (const cell of row) {
      const format = formatOf(cell);
      if (formats.has(format)) continue;
      formats.add(format);
      requests.push({ format, bold });
    }
  });
  return requests;
}

export const styleKey = (request: StyleRequest): string =>
  `${request.bold ? "b" : ""}|${request.format}`;

/** Characters a formatted value adds to its digits (currency sign, separators), for column widths. */
const shownLength = (cell: Cell | undefined): number => {
  if (!cell || cell.t === "blank") return 0;
  if (cell.t === "n") return cell.v.length + Math.ceil(cell.v.length / 3) + 2;
  return String(cell.v).length;
};

/** The worksheet part of a laid-out output table: values, never formulas; strings inline. */
export function outputSheetXml(laid: LaidOutTable, styles: StyleIndex, tableRelId: string): string {
  const letters = Array.from({ length: laid.ref.end.col + 1 }, (_, c) => columnLetters(c));
  const rows = laid.cells.flatMap((row, r) => {
    const styleOf = isBold(laid, r) ? styles.bold : styles.plain;
    const number = String(r + 1);
    const cells = row
      .map((cell, c) => cellXml(letters[c]! + number, cell, styleOf.get(formatOf(cell))!, "inline"))
      .join("");
    return cells ? [`<row r="${number}">${cells}</row>`] : [];
  });
  const body = laid.cells.slice(laid.ref.start.row);
  const width = laid.ref.end.col + 1;
  const cols = Array.from({ length: width }, (_, c) => {
    const longest = body.reduce((most, row) => Math.max(most, shownLength(row[c])), 0);
    return colXml(c, Math.min(Math.max(longest + 2, 10), 60));
  });
  return worksheetXml({
    usedRows: laid.cells.length,
    usedCols: width,
    cols,
    rows,
    tableRelIds: [tableRelId],
  });
}

/** The table part of a laid-out output table: a plain autoFilter (buttons, no criteria), a stable name. */
export function outputTableXml(laid: LaidOutTable, id: number): string {
  const header = laid.cells[laid.ref.start.row]!;
  const totals = laid.totalsRow ? laid.cells[laid.ref.end.row]! : undefined;
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
