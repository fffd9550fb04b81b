/** A1 notation: 1-based rows and columns, as the file format stores them. */
export interface CellPos {
  readonly row: number;
  readonly col: number;
}

export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export const cellRef = (row: number, col: number): string => `${columnLetters(col)}${row}`;

/** 'B10' or '$B$10'; undefined for anything else. Out-of-grid positions are returned for the caller to judge. */
export function parseCellRef(text: string): CellPos | undefined {
  const m = /^\$?([A-Za-z]{1,4})\$?(\d{1,10})$/.exec(text);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  return row >= 1 ? { row, col } : undefined;
}

/** 'A1:C12', '$A$1:$C$12' or a single cell 'B1'. */
export function parseArea(text: string): Area | undefined {
  const [from, to, extra] = text.split(':');
  if (extra !== undefined || from === undefined) return undefined;
  const a = parseCellRef(from);
  const b = to === undefined ? a : parseCellRef(to);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export const areaRef = (area: Area): string =>
  area.top === area.bottom && area.left === area.right
    ? cellRef(area.top, area.left)
    : `${cellRef(area.top, area.left)}:${cellRef(area.bottom, area.right)}`;

export const overlaps = (a: Area, b: Area): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** "'P-budget'!$A$1:$C$12" → sheet and area; undefined for anything that is not one plain area. */
export function parseSheetArea(formula: string): { sheet: string; area: Area } | undefined {
  const m = /^\s*(?:'((?:[^']|'')+)'|([^'!:]+))!(\S+?)\s*$/.exec(formula);
  if (!m) return undefined;
  const area = parseArea(m[3]!);
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  return area ? { sheet, area } : undefined;
}

/** A sheet name as a formula needs it: quoted unless it is a plain word. */
export const quoteSheet = (sheet: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !parseCellRef(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
