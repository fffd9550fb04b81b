import { columnLetters } from "../../ports/a1";
import type { Cell } from "../../ports/cell";
import { textCellWriting } from "../../ports/excelText";
import type { LaidOutTable } from "../../ports/outputLayout";
import type { StyleRequest } from "./cellStyles";
import { cellXml } from "./cellXml";
import { newSheetPrint } from "./ownedSheetPrint";
import { colXml, tableXml, worksheetXml } from "./partXml";

/**
 * The style a cell is written with. Title, header and totals are bold; the caption and long
 * texts wrap (from the top, and so does the rest of such a table's rows); a header over numbers
 * is aligned right, over them; a place is a link. A number takes its column's format; text the
 * Text format so that Excel keeps '=…', '+…', '-…', '@…', '007' or '1-2' as typed when someone
 * edits the cell, and a text starting with an apostrophe is quote-prefixed instead
 * (ports/excelText: the same rule as the add-in's).
 */
function styleOf(
  laid: LaidOutTable,
  r: number,
  c: number,
  cell: Cell,
  linked: ReadonlySet<string>,
  wrapsBody: boolean
): StyleRequest {
  const { ref, print } = laid;
  const header = r === ref.start.row;
  // Built by assignment rather than spreads: a 342 × 12 refresh asks this of 21,801 cells.
  const request: { -readonly [K in keyof StyleRequest]: StyleRequest[K] } = { format: "General" };
  if (cell.t === "n" && cell.fmt) request.format = cell.fmt;
  if (cell.t === "s") {
    const writing = textCellWriting(cell.v);
    request.format = writing.format;
    if (writing.quotePrefix) request.quotePrefix = true;
  }
  if (r === 0 || header || (laid.totalsRow && r === ref.end.row)) request.bold = true;
  if (r < laid.captionRows || header || (r > ref.start.row && wrapsBody)) request.wrap = true;
  if (header && print.numeric[c - ref.start.col]) request.align = "right";
  if (linked.size > 0 && linked.has(`${r},${c}`)) request.link = true;
  return request;
}

/** Every cell's style key (undefined for a blank) and the distinct requests, in the order of their first cell. */
interface CellStyles {
  readonly keys: ReadonlyArray<ReadonlyArray<string | undefined>>;
  readonly requests: ReadonlyMap<string, StyleRequest>;
}

// Worked out once per table: the styles are asked for to plan the style sheet, then to write the cells.
const cellStylesOf = new WeakMap<LaidOutTable, CellStyles>();

function cellStyles(laid: LaidOutTable): CellStyles {
  const known = cellStylesOf.get(laid);
  if (known) return known;
  const linked = new Set(laid.print.links.map((l) => `${l.row},${l.col}`));
  const wrapsBody = laid.print.wrapped.some(Boolean);
  const requests = new Map<string, StyleRequest>();
  const keys = laid.cells.map((row, r) =>
    row.map((cell, c) => {
      if (cell.t === "blank") return undefined;
      const request = styleOf(laid, r, c, cell, linked, wrapsBody);
      const key = styleKey(request);
      if (!requests.has(key)) requests.set(key, request);
      return key;
    })
  );
  const styles = { keys, requests };
  cellStylesOf.set(laid, styles);
  return styles;
}

export const styleKey = (request: StyleRequest): string =>
  `${request.bold ? "b" : ""}${request.link ? "l" : ""}${request.wrap ? "w" : ""}` +
  `${request.align ?? ""}|${request.quotePrefix ? "q" : ""}|${request.format}`;

/** Cell style indexes by styleKey. */
export type StyleIndex = ReadonlyMap<string, number>;

/** The distinct cell styles a laid-out table needs, in the order of their first cell. */
export const outputStyleRequests = (laid: LaidOutTable): StyleRequest[] => [
  ...cellStyles(laid).requests.values(),
];

/** One `<col>` per table column, as wide as the print layout says. */
export const outputColumns = (laid: LaidOutTable): string[] =>
  laid.print.widths.map((width, k) => colXml(laid.ref.start.col + k, width));

/** The `<c>` elements of the laid-out cells (values, never formulas; strings inline) by row, with their columns. */
export function outputCells(
  laid: LaidOutTable,
  styles: StyleIndex
): Map<number, Array<[number, string]>> {
  const { keys } = cellStyles(laid);
  const rows = new Map<number, Array<[number, string]>>();
  laid.cells.forEach((row, r) => {
    const number = String(r + 1);
    const cells: Array<[number, string]> = [];
    row.forEach((cell, c) => {
      const key = keys[r]![c];
      if (key !== undefined)
        cells.push([c, cellXml(columnLetters(c) + number, cell, styles.get(key)!, "inline")]);
    });
    if (cells.length) rows.set(r, cells);
  });
  return rows;
}

/**
 * The `<row>` start tag's height attributes of sheet row `r`: a caption line's, fixed (Excel
 * never sizes a row to a merged cell); a row with wrapped text, as Excel sizes an automatic row
 * (no customHeight, so editing a cell sizes it again), since a reader shows the height stored.
 */
export function rowHeightAttributes(laid: LaidOutTable, r: number): string {
  if (r < laid.captionRows) return ` ht="${laid.print.caption[r]!.height}" customHeight="1"`;
  const height = laid.print.rowHeights.get(r);
  return height === undefined ? "" : ` ht="${height}"`;
}

/** The worksheet part of a laid-out output table on a new sheet, set up to print. */
export function outputSheetXml(laid: LaidOutTable, styles: StyleIndex, tableRelId: string): string {
  const rows = [...outputCells(laid, styles)].map(
    ([r, cells]) =>
      `<row r="${r + 1}"${rowHeightAttributes(laid, r)}>${cells.map(([, text]) => text).join("")}</row>`
  );
  return worksheetXml({
    usedRows: laid.cells.length,
    usedCols: laid.ref.end.col + 1,
    cols: outputColumns(laid),
    rows,
    tableRelIds: [tableRelId],
    print: newSheetPrint(laid),
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
