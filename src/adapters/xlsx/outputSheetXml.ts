import { a1 } from '../../ports/a1';
import type { Cell } from '../../ports/cell';
import type { LaidOutTable } from '../../ports/outputLayout';
import type { StyleRequest } from './cellStyles';
import { cellXml } from './cellXml';
import { tableXml, worksheetXml } from './partXml';

/** Header, title and totals are bold; numbers carry their column's format code from the layout. */
const isBold = (laid: LaidOutTable, row: number): boolean =>
  row === 0 || row === laid.ref.start.row || (laid.totalsRow && row === laid.ref.end.row);

/** The cell style every cell of a laid-out table needs, keyed as `styleKey` keys them. */
export function outputStyleRequests(laid: LaidOutTable): StyleRequest[] {
  return laid.cells.flatMap((row, r) => row.map((cell) => styleRequest(cell, isBold(laid, r))));
}

const styleRequest = (cell: Cell, bold: boolean): StyleRequest => ({ format: cell.t === 'n' && cell.fmt ? cell.fmt : 'General', bold });

export const styleKey = (request: StyleRequest): string => `${request.bold ? 'b' : ''}|${request.format}`;

/** Characters a formatted value adds to its digits (currency sign, separators), for column widths. */
const shownLength = (cell: Cell | undefined): number => {
  if (!cell || cell.t === 'blank') return 0;
  if (cell.t === 'n') return cell.v.length + Math.ceil(cell.v.length / 3) + 2;
  return String(cell.v).length;
};

/** The worksheet part of a laid-out output table: values, never formulas; strings inline. */
export function outputSheetXml(laid: LaidOutTable, styleOf: ReadonlyMap<string, number>, tableRelId: string): string {
  const rows = laid.cells.flatMap((row, r) => {
    const cells = row.map((cell, c) => cellXml(a1({ row: r, col: c }), cell, styleOf.get(styleKey(styleRequest(cell, isBold(laid, r))))!, 'inline')).join('');
    return cells ? [`<row r="${r + 1}">${cells}</row>`] : [];
  });
  const body = laid.cells.slice(laid.ref.start.row);
  const width = laid.ref.end.col + 1;
  const cols = Array.from({ length: width }, (_, c) => {
    const longest = Math.max(...body.map((row) => shownLength(row[c])));
    return `<col min="${c + 1}" max="${c + 1}" width="${Math.min(Math.max(longest + 2, 10), 60)}" customWidth="1"/>`;
  });
  return worksheetXml({ usedRows: laid.cells.length, usedCols: width, cols, rows, tableRelIds: [tableRelId] });
}

/** The table part of a laid-out output table: a plain autoFilter (buttons, no criteria), a stable name. */
export function outputTableXml(laid: LaidOutTable, id: number): string {
  const header = laid.cells[laid.ref.start.row]!;
  const totals = laid.totalsRow ? laid.cells[laid.ref.end.row]! : undefined;
  return tableXml({
    id,
    name: laid.table,
    range: laid.ref,
    headers: header.map((cell) => (cell.t === 's' ? cell.v : '')),
    ...(totals ? { totalsLabels: totals.map((cell) => (cell.t === 's' ? cell.v : undefined)) } : {}),
  });
}
