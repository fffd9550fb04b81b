import type { Cell } from '../../ports/cell';
import type { OutputTable } from '../../ports/workbookPort';
import { cellRef } from './a1';
import { cellXml } from './cellXml';
import { outputTableArea } from './outputLayout';
import { tableXml, worksheetXml } from './partXml';

/** Cell styles of an output sheet: title line, header row, and one per column. */
export interface OutputStyles {
  readonly title: number;
  readonly header: number;
  readonly columns: ReadonlyArray<number>;
}

/** Characters a formatted value adds to its digits (currency sign, separators), for column widths. */
const shownLength = (cell: Cell | undefined): number => {
  if (!cell || cell.t === 'blank') return 0;
  if (cell.t === 'n') return cell.v.length + Math.ceil(cell.v.length / 3) + 2;
  return String(cell.v).length;
};

/** The worksheet part of an output table: captions, header and rows as values, never formulas. */
export function outputSheetXml(output: OutputTable, styles: OutputStyles, tableRelId: string): string {
  const area = outputTableArea(output);
  const rows: string[] = output.caption.map((line, i) => {
    const r = i + 1;
    return `<row r="${r}">${cellXml(cellRef(r, 1), { t: 's', v: line }, i === 0 ? styles.title : 0, 'inline')}</row>`;
  });
  const header = output.columns.map((c, j) => cellXml(cellRef(area.top, j + 1), { t: 's', v: c.header }, styles.header, 'inline'));
  rows.push(`<row r="${area.top}">${header.join('')}</row>`);
  output.rows.forEach((row, i) => {
    const r = area.top + 1 + i;
    const cells = row.map((cell, j) => cellXml(cellRef(r, j + 1), cell, styles.columns[j] ?? 0, 'inline')).join('');
    if (cells) rows.push(`<row r="${r}">${cells}</row>`);
  });
  const cols = output.columns.map((c, j) => {
    const longest = Math.max(c.header.length, ...output.rows.map((row) => shownLength(row[j])));
    return `<col min="${j + 1}" max="${j + 1}" width="${Math.min(Math.max(longest + 2, 10), 60)}" customWidth="1"/>`;
  });
  return worksheetXml({ lastRow: area.bottom, lastCol: area.right, cols, rows, tableRelIds: [tableRelId] });
}

/** The table part of an output table: a plain autoFilter (buttons, no criteria) and a stable name. */
export const outputTableXml = (output: OutputTable, id: number): string =>
  tableXml({ id, name: output.table, area: outputTableArea(output), headers: output.columns.map((c) => c.header) });
