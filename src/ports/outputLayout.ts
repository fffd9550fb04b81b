import type { RangeRef } from "./a1";
import { BLANK, text, type Cell } from "./cell";
import { NUMBER_FORMAT_CODE } from "./numberFormatCode";
import type { OutputTable } from "./workbookPort";

export interface LaidOutTable {
  readonly sheet: string;
  readonly table: string;
  /** The whole sheet from A1: caption lines, a blank row, the header, the data, the totals row. */
  readonly cells: ReadonlyArray<ReadonlyArray<Cell>>;
  /** The Excel table: header row to the last data row, or to the totals row when there is one. */
  readonly ref: RangeRef;
  readonly totalsRow: boolean;
}

/**
 * Where an output table lands on its sheet, the same for every adapter: the caption in
 * column A from row 1, one blank row, then the table. Numbers get their column's Excel
 * format code, so a host shows them formatted and they stay numbers.
 */
export function outputLayout(out: OutputTable): LaidOutTable {
  const width = out.columns.length;
  const headers = out.columns.map((c) => c.header);
  if (
    width === 0 ||
    new Set(headers.map((h) => h.toLowerCase())).size !== width ||
    headers.some((h) => h.trim() === "")
  ) {
    throw new RangeError(`output table ${out.table}: column headers must be non-empty and unique`);
  }
  const data = out.totalsRow ? [...out.rows, out.totalsRow] : out.rows;
  if (data.some((row) => row.length !== width))
    throw new RangeError(`output table ${out.table}: every row needs ${width} cells`);
  const formatted = data.map((row) =>
    row.map((cell, c) =>
      cell.t === "n"
        ? { t: "n" as const, v: cell.v, fmt: NUMBER_FORMAT_CODE[out.columns[c]!.format] }
        : cell
    )
  );
  const caption = out.caption.map((line) => [text(line)]);
  const top = caption.length > 0 ? caption.length + 1 : 0;
  return {
    sheet: out.sheet,
    table: out.table,
    cells: [...caption, ...(top > 0 ? [[BLANK]] : []), headers.map(text), ...formatted],
    ref: { start: { row: top, col: 0 }, end: { row: top + data.length, col: width - 1 } },
    totalsRow: out.totalsRow !== undefined,
  };
}
