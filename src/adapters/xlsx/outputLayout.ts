import type { OutFormat, OutputTable } from '../../ports/workbookPort';
import type { Area } from './a1';

/** Number format codes of the output columns: numbers stay numbers, shown the Dutch way. */
export const OUT_FORMAT_CODE: Readonly<Record<OutFormat, string>> = {
  text: 'General',
  decimal: 'General',
  int: '#,##0',
  eur0: '"€"\\ #,##0;\\-"€"\\ #,##0',
  eur2: '"€"\\ #,##0.00;\\-"€"\\ #,##0.00',
  pct: '0.0%',
  pct4: '0.0000%',
  // Built-in 14: Excel shows it in the reader's own date order (d-m-yyyy in Dutch Excel).
  date: 'mm-dd-yy',
};

/**
 * Where an output table sits on its sheet: the caption lines from A1, one empty row, then the
 * table (header row first). A table needs at least one data row, even an empty one.
 */
export function outputTableArea(output: OutputTable): Area {
  const top = output.caption.length ? output.caption.length + 2 : 1;
  return { top, left: 1, bottom: top + Math.max(output.rows.length, 1), right: output.columns.length };
}
