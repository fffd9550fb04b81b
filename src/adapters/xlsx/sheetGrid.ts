import { issue } from '../../engine/issue';
import { a1, parseA1, parseRange, type RangeRef } from '../../ports/a1';
import { BLANK, type Cell } from '../../ports/cell';
import { NUMBER_TEXT } from './cellXml';
import { MAX_COLUMNS, MAX_ROWS } from './packageLimits';
import { PackageError } from './packageError';
import { stringItemText } from './sharedStrings';
import { attr, child, children, textOf, type XmlNode } from './xmlNode';

/** A worksheet's content as the adapter needs it: sparse cells and what hides, joins or filters them. */
export interface SheetGrid {
  /** Row → column → cell, 0-based, only cells with a value. */
  readonly cells: ReadonlyMap<number, ReadonlyMap<number, Cell>>;
  readonly hiddenRows: ReadonlySet<number>;
  readonly merged: ReadonlyArray<RangeRef>;
  readonly autoFilter?: { readonly range: RangeRef; readonly filtering: boolean };
  /** Rows and columns from A1 to the last cell with a value (0 when there is none). */
  readonly usedRows: number;
  readonly usedCols: number;
}

export interface GridContext {
  readonly file: string;
  readonly sheet: string;
  readonly part: string;
  readonly sharedString: (index: number) => string | undefined;
  readonly formatOf: (styleIndex: number) => string | undefined;
}

const TRUE = new Set(['1', 'true']);
const EXCEL_EPOCH_DAY = Date.UTC(1899, 11, 30) / 86_400_000;
/** Serial 61 is 1900-03-01: before it Excel counts a 29 February 1900 that never was. */
const FIRST_EXACT_SERIAL = 61;

/** A filter column counts only when it holds a criterion (a bare one just hides the button). */
export const isFiltering = (autoFilter: XmlNode | undefined): boolean =>
  children(autoFilter, 'filterColumn').some((fc) => Object.keys(fc).some((k) => !k.startsWith('@_') && k !== '#text'));

export function readSheetGrid(worksheet: XmlNode | undefined, ctx: GridContext): SheetGrid {
  const root = child(worksheet, 'worksheet');
  const damaged = (): PackageError => new PackageError(issue('PKG_PART_CORRUPT', 'error', { file: ctx.file, sheet: ctx.sheet }, { part: ctx.part }));
  const outOfGrid = (row: number, col: number): void => {
    const where = { file: ctx.file, sheet: ctx.sheet, cell: a1({ row: Math.min(row, MAX_ROWS), col: Math.min(col, MAX_COLUMNS) }) };
    if (row >= MAX_ROWS) throw new PackageError(issue('PKG_TOO_MANY_ROWS', 'error', where, { row: row + 1, max: MAX_ROWS }));
    if (col >= MAX_COLUMNS) throw new PackageError(issue('PKG_TOO_MANY_COLUMNS', 'error', where, { column: col + 1, max: MAX_COLUMNS }));
  };
  const cells = new Map<number, Map<number, Cell>>();
  const hiddenRows = new Set<number>();
  let usedRows = 0;
  let usedCols = 0;
  let row = -1;
  for (const rowNode of children(child(root, 'sheetData'), 'row')) {
    const r = attr(rowNode, 'r');
    row = r === undefined ? row + 1 : Number(r) - 1;
    if (!Number.isInteger(row) || row < 0) throw damaged();
    outOfGrid(row, 0);
    if (TRUE.has(attr(rowNode, 'hidden') ?? '')) hiddenRows.add(row);
    let col = -1;
    for (const c of children(rowNode, 'c')) {
      const ref = attr(c, 'r');
      const pos = ref === undefined ? { row, col: col + 1 } : parseA1(ref);
      if (!pos) throw damaged();
      outOfGrid(pos.row, pos.col);
      col = pos.col;
      const cell = readCell(c, ctx, damaged);
      if (cell.t === 'blank') continue;
      let line = cells.get(pos.row);
      if (!line) cells.set(pos.row, (line = new Map()));
      line.set(pos.col, cell);
      usedRows = Math.max(usedRows, pos.row + 1);
      usedCols = Math.max(usedCols, pos.col + 1);
    }
  }
  const merged = children(child(root, 'mergeCells'), 'mergeCell').flatMap((m) => {
    const range = parseRange(attr(m, 'ref') ?? '');
    return range ? [range] : [];
  });
  const filterNode = child(root, 'autoFilter');
  const filterRange = parseRange(attr(filterNode, 'ref') ?? '');
  return {
    cells,
    hiddenRows,
    merged,
    ...(filterRange ? { autoFilter: { range: filterRange, filtering: isFiltering(filterNode) } } : {}),
    usedRows,
    usedCols,
  };
}

function readCell(c: XmlNode, ctx: GridContext, damaged: () => PackageError): Cell {
  const type = attr(c, 't') ?? 'n';
  if (type === 'inlineStr') return { t: 's', v: stringItemText(child(c, 'is')) };
  const valueNode = child(c, 'v');
  // A formula without a cached value was never calculated: there is nothing to read yet.
  if (!valueNode) return BLANK;
  const v = textOf(valueNode);
  switch (type) {
    case 's': {
      const s = ctx.sharedString(Number(v));
      if (s === undefined) throw damaged();
      return { t: 's', v: s };
    }
    case 'str':
      return { t: 's', v };
    case 'b':
      return { t: 'b', v: TRUE.has(v) };
    case 'e':
      return { t: 'e', v };
    case 'd':
      return isoDateCell(v, ctx.formatOf(Number(attr(c, 's') ?? '0')));
    default: {
      if (v === '') return BLANK;
      if (!NUMBER_TEXT.test(v)) throw damaged();
      const fmt = ctx.formatOf(Number(attr(c, 's') ?? '0'));
      return fmt ? { t: 'n', v, fmt } : { t: 'n', v };
    }
  }
}

/** An ISO 8601 date cell (t="d") as the serial Excel would store, so the codec sees one kind of date. */
function isoDateCell(iso: string, fmt: string | undefined): Cell {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00(?::00(?:\.0+)?)?Z?)?$/.exec(iso);
  const serial = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 - EXCEL_EPOCH_DAY : NaN;
  if (!Number.isInteger(serial) || serial < FIRST_EXACT_SERIAL) return { t: 's', v: iso };
  return { t: 'n', v: String(serial), fmt: fmt ?? 'yyyy-mm-dd' };
}
