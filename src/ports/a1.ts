/**
 * A1 addresses, so every finding can name the cell a user must go to ("P-budget!B10").
 * Rows and columns are 0-based here; A1 text is 1-based, as Excel shows it.
 */
export interface CellRef {
  readonly row: number;
  readonly col: number;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export const a1 = ({ row, col }: CellRef): string => `${columnLetters(col)}${row + 1}`;

/** 'B10' or '$B$10' → {row: 9, col: 1}; undefined for anything else. */
export function parseA1(text: string): CellRef | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/.exec(text.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export interface RangeRef {
  readonly start: CellRef;
  readonly end: CellRef;
}

/** 'A1:C12' (or a single 'B2') → its corners; undefined when malformed or reversed. */
export function parseRange(text: string): RangeRef | undefined {
  const [from, to, extra] = text.split(":");
  if (extra !== undefined || from === undefined) return undefined;
  const start = parseA1(from);
  const end = to === undefined ? start : parseA1(to);
  if (!start || !end || end.row < start.row || end.col < start.col) return undefined;
  return { start, end };
}

export const formatRange = ({ start, end }: RangeRef): string =>
  start.row === end.row && start.col === end.col ? a1(start) : `${a1(start)}:${a1(end)}`;

export const offsetA1 = (origin: CellRef, row: number, col: number): string =>
  a1({ row: origin.row + row, col: origin.col + col });

export const rangesOverlap = (a: RangeRef, b: RangeRef): boolean =>
  a.start.row <= b.end.row &&
  b.start.row <= a.end.row &&
  a.start.col <= b.end.col &&
  b.start.col <= a.end.col;

/** "O'Brien" → "'O''Brien'": how Excel writes a sheet name inside an address or formula (parseSheetRange reads it back). */
export const quoteSheet = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

/** "'Periode'!$B$1" or "Lumpsum!A1:B3" → sheet and range (quotes doubled inside a quoted name). */
export function parseSheetRange(ref: string): { sheet: string; range: RangeRef } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
  if (!m) return undefined;
  const range = parseRange((m[3] as string).replace(/\$/g, ""));
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string);
  return range ? { sheet, range } : undefined;
}
