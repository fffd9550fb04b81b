import type { CellRef, RangeRef } from "./a1";
import { BLANK, text, type Cell } from "./cell";
import type { PageFooter } from "./footerCode";
import { NUMBER_FORMAT_CODE } from "./numberFormatCode";
import { printLayout, type PrintLayout } from "./printLayout";
import type { OutputTable } from "./workbookPort";

export interface LaidOutTable {
  readonly sheet: string;
  readonly table: string;
  /** The whole sheet from A1: caption lines, blank rows, the header, the data, the totals row. */
  readonly cells: ReadonlyArray<ReadonlyArray<Cell>>;
  /** The Excel table: header row to the last data row, or to the totals row when there is one. */
  readonly ref: RangeRef;
  readonly totalsRow: boolean;
  /** The caption lines, one cell each, in the table's first column from row 1. */
  readonly captionRows: number;
  /** How the sheet shows and prints (widths, wraps, caption, links, orientation). */
  readonly print: PrintLayout;
  /** The footer of every printed page, when the output has one. */
  readonly footer?: PageFooter;
}

/**
 * Where an output table lands on its sheet, the same for every adapter: the caption in the
 * table's first column from row 1, then the table — one blank row below the caption on a new
 * sheet, or at `anchor` (the header cell of the table already there) when a refresh writes in
 * place, so the table never moves. Numbers get their column's Excel format code, so a host
 * shows them formatted and they stay numbers. Undefined when the caption does not fit above
 * the anchor (caption lines and one blank row).
 */
export function outputLayout(out: OutputTable, anchor?: CellRef): LaidOutTable | undefined {
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
  const lines = out.caption.length;
  const top = anchor?.row ?? (lines > 0 ? lines + 1 : 0);
  if (lines > 0 && top < lines + 1) return undefined;
  const left = anchor?.col ?? 0;
  const pad: Cell[] = Array.from({ length: left }, () => BLANK);
  const rows: Cell[][] = [
    ...out.caption.map((line) => [...pad, text(line)]),
    ...Array.from({ length: top - lines }, () => [] as Cell[]),
    [...pad, ...headers.map(text)],
    ...formatted.map((row) => [...pad, ...row]),
  ];
  const ref = {
    start: { row: top, col: left },
    end: { row: top + data.length, col: left + width - 1 },
  };
  return {
    sheet: out.sheet,
    table: out.table,
    cells: rows,
    ref,
    totalsRow: out.totalsRow !== undefined,
    captionRows: lines,
    print: printLayout(out, { cells: rows, ref, captionRows: lines }),
    ...(out.footer ? { footer: out.footer } : {}),
  };
}

/** outputLayout on a new sheet, where the caption always fits. */
export const freshLayout = (out: OutputTable): LaidOutTable => outputLayout(out)!;

/**
 * The cells an output occupies: its caption cells and its table. What a refresh may overwrite
 * on an owned sheet without asking; anything else there is a person's.
 */
export interface OutputExtent {
  readonly caption: RangeRef | undefined;
  readonly table: RangeRef;
}

export const extentOf = (table: RangeRef, captionRows: number): OutputExtent => ({
  caption:
    captionRows > 0
      ? {
          start: { row: 0, col: table.start.col },
          end: { row: captionRows - 1, col: table.start.col },
        }
      : undefined,
  table,
});

const inside = (r: RangeRef | undefined, row: number, col: number): boolean =>
  r !== undefined &&
  row >= r.start.row &&
  row <= r.end.row &&
  col >= r.start.col &&
  col <= r.end.col;

export const inExtent = (e: OutputExtent, row: number, col: number): boolean =>
  inside(e.caption, row, col) || inside(e.table, row, col);
