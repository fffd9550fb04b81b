import { columnLetters, quoteSheet } from "./a1";
import { parseStructRef, stringifyStructRef } from "@borgar/fx/xlsx";
import { formulaRefs, type AreaRef, type FormulaRef, type RefCorner } from "./formulaRefs";

const same = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/** Rows first to last (0-based, inclusive). */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

/** An owned table as a refresh finds it: where it is and its columns in order. */
export interface TableShape {
  readonly name: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstCol: number;
  /** Header row to the last row, totals row included. */
  readonly rows: RowSpan;
  readonly columns: ReadonlyArray<string>;
}

/** What a refresh removes: owned sheets (with their tables) and columns of owned tables that stay. */
export interface Removal {
  readonly sheets: ReadonlyArray<string>;
  readonly tables: ReadonlyArray<TableShape>;
  readonly columns: ReadonlyArray<{ readonly table: TableShape; readonly column: string }>;
}

/**
 * Cells shifted as Excel shifts them when a table column is deleted (delta -1) or inserted
 * (+1) at sheet column `at`: only within the table's rows, so only references whose rows lie
 * wholly in `rows` move; one that selects only the deleted column becomes #REF!.
 */
export interface ColumnShift {
  readonly sheet: string;
  readonly rows: RowSpan;
  readonly at: number;
  readonly delta: -1 | 1;
}

const tableWord = (t: TableShape): string => t.name;

/**
 * What of `removal` a reference reaches, in words for a finding ("'Lumpsum periode'",
 * "LumpsumPerJaar[Lumpsum 2021]"), or undefined. `host` is the sheet the formula lives on
 * (unqualified A1 references point there); references into another workbook reach nothing.
 */
export function reaches(
  ref: FormulaRef,
  host: string | undefined,
  removal: Removal
): string | undefined {
  if (ref.external) return undefined;
  if (ref.kind === "area" || (ref.kind === "name" && ref.sheet !== undefined)) {
    const sheet = ref.sheet ?? host;
    const gone = removal.sheets.find(
      (s) => same(s, sheet) || same(s, ref.kind === "area" ? ref.sheetTo : undefined)
    );
    if (gone) return `'${gone}'`;
  }
  if (ref.kind === "area") {
    const sheet = ref.sheet ?? host;
    for (const { table, column } of removal.columns) {
      const col = table.firstCol + table.columns.findIndex((c) => same(c, column));
      if (same(table.sheet, sheet) && covers(ref, col, table.rows))
        return `${tableWord(table)}[${column}]`;
    }
    return undefined;
  }
  const name = ref.kind === "structured" ? ref.table : ref.name;
  const goneTable = removal.tables.find((t) => same(t.name, name));
  if (goneTable) return tableWord(goneTable);
  for (const { table, column } of removal.columns) {
    if (!same(table.name, name)) continue;
    if (ref.kind === "name") return `${tableWord(table)}[${column}]`;
    const index = (c: string) => table.columns.findIndex((x) => same(x, c));
    const k = index(column);
    const hit =
      // No column named: the whole table, its header row or its totals row, each holding the column.
      ref.columns.length === 0
        ? true
        : ref.span
          ? k >= Math.min(index(ref.columns[0]!), index(ref.columns[1]!)) &&
            k <= Math.max(index(ref.columns[0]!), index(ref.columns[1]!))
          : ref.columns.some((c) => same(c, column));
    if (hit) return `${tableWord(table)}[${column}]`;
  }
  return undefined;
}

/** Whether an area selects any cell of sheet column `col` within `rows`. */
function covers(ref: AreaRef, col: number, rows: RowSpan): boolean {
  const [c0, c1] = [ref.from.col, ref.to.col];
  const [r0, r1] = [ref.from.row, ref.to.row];
  const inCols =
    c0 === undefined || c1 === undefined || (col >= Math.min(c0, c1) && col <= Math.max(c0, c1));
  const inRows =
    r0 === undefined ||
    r1 === undefined ||
    (Math.max(r0, r1) >= rows.first && Math.min(r0, r1) <= rows.last);
  return inCols && inRows;
}

/** The corners after one shift, or 'ref' when the area held only a deleted column. */
function shifted(
  ref: AreaRef,
  host: string | undefined,
  shift: ColumnShift
): { from: RefCorner; to: RefCorner } | "ref" {
  const { from, to } = ref;
  if (!same(ref.sheet ?? host, shift.sheet) || ref.sheetTo !== undefined) return { from, to };
  if (from.col === undefined || to.col === undefined) return { from, to };
  const [r0, r1] = [from.row, to.row];
  if (r0 === undefined || r1 === undefined || r0 < shift.rows.first || r1 > shift.rows.last)
    return { from, to };
  const move = (c: RefCorner, by: number): RefCorner => ({ ...c, col: c.col! + by });
  if (shift.delta === 1) {
    return {
      from: from.col >= shift.at ? move(from, 1) : from,
      to: to.col >= shift.at ? move(to, 1) : to,
    };
  }
  if (from.col === shift.at && to.col === shift.at) return "ref";
  return {
    from: from.col > shift.at ? move(from, -1) : from,
    to: to.col >= shift.at ? move(to, -1) : to,
  };
}

const cornerText = (c: RefCorner): string =>
  (c.col === undefined ? "" : (c.colAbs ? "$" : "") + columnLetters(c.col)) +
  (c.row === undefined ? "" : (c.rowAbs ? "$" : "") + String(c.row + 1));

/** The operator between a trim range's corners (A1:.B9), as Excel writes it. */
const TRIM_OPERATOR = { head: ".:", tail: ":.", both: ".:." } as const;

/** An area's text without its sheet prefix ("$B$2:C7", "$C:$C", "3:5", "A1", "A1:.B9"); a range stays a range. */
function areaText(from: RefCorner, to: RefCorner, range: boolean, trim?: AreaRef["trim"]): string {
  const [a, b] = [cornerText(from), cornerText(to)];
  if (a === b && !range && from.row !== undefined && from.col !== undefined) return a;
  return `${a}${trim ? TRIM_OPERATOR[trim] : ":"}${b}`;
}

/** An area reference written with new corners, its sheet prefix and its form (cell, range, trim range) kept. */
function withCorners(original: string, ref: AreaRef, from: RefCorner, to: RefCorner): string {
  const prefix = original.slice(0, original.lastIndexOf("!") + 1);
  return prefix + areaText(from, to, original.slice(prefix.length).includes(":"), ref.trim);
}

/** A sheet or table renamed: its name now and its new name. */
export interface NameChange {
  readonly from: string;
  readonly to: string;
}

/** A table column renamed, in the table as it is named now. */
export interface ColumnChange extends NameChange {
  readonly table: string;
}

/** What a write renames (a change of the workbook's language), by the names things have now. */
export interface Renames {
  readonly sheets: ReadonlyArray<NameChange>;
  readonly tables: ReadonlyArray<NameChange>;
  readonly columns: ReadonlyArray<ColumnChange>;
}

export interface FormulaEdit {
  readonly removal?: Removal;
  readonly shifts?: ReadonlyArray<ColumnShift>;
  readonly renames?: Renames;
}

/**
 * An edit that removes, shifts and renames nothing, under which editFormula changes no formula:
 * a refresh that keeps its tables' shapes and names need not read the workbook's formulas.
 */
export const editsNothing = ({ removal, shifts, renames }: FormulaEdit): boolean =>
  !removal?.sheets.length &&
  !removal?.tables.length &&
  !removal?.columns.length &&
  !shifts?.length &&
  !renames?.sheets.length &&
  !renames?.tables.length &&
  !renames?.columns.length;

/**
 * The formula with every reference that reaches what goes replaced by #REF! (as Excel does
 * when it deletes the target), A1 references moved as Excel moves them when table columns
 * are deleted or inserted, and renamed sheets, tables and columns written under their new
 * names; undefined when nothing changes.
 */
export function editFormula(
  formula: string,
  host: string | undefined,
  edit: FormulaEdit
): string | undefined {
  const refs = formulaRefs(formula);
  let out = "";
  let at = 0;
  let changed = false;
  for (const ref of refs) {
    const original = formula.slice(ref.start, ref.end);
    let replacement = original;
    if (edit.removal && reaches(ref, host, edit.removal)) replacement = "#REF!";
    else if (ref.kind === "area" && !ref.external && edit.shifts?.length) {
      let corners: { from: RefCorner; to: RefCorner } | "ref" = { from: ref.from, to: ref.to };
      for (const shift of edit.shifts) {
        if (corners === "ref") break;
        corners = shifted({ ...ref, ...corners }, host, shift);
      }
      if (corners === "ref") replacement = "#REF!";
      else if (corners.from !== ref.from || corners.to !== ref.to)
        replacement = withCorners(original, ref, corners.from, corners.to);
    }
    if (edit.renames && replacement !== "#REF!")
      replacement = renamedReference(ref, replacement, edit.renames);
    if (replacement !== original) changed = true;
    out += formula.slice(at, ref.start) + replacement;
    at = ref.end;
  }
  return changed ? out + formula.slice(at) : undefined;
}

/** How Excel writes a sheet name before '!': as it is when it is a plain word, else quoted. */
function sheetPrefix(sheet: string, sheetTo?: string): string {
  const name = sheetTo === undefined ? sheet : `${sheet}:${sheetTo}`;
  const plain = (s: string) => /^[A-Za-z_][A-Za-z0-9_.]*$/.test(s) && !/^[A-Za-z]{1,3}\d+$/.test(s);
  return plain(sheet) && (sheetTo === undefined || plain(sheetTo))
    ? `${name}!`
    : `${quoteSheet(name)}!`;
}

/**
 * A reference's text with the renamed sheet, table and columns it names written anew, as Excel
 * rewrites every reference when a sheet, table or column is renamed: 'Lumpsum per jaar'!B7 →
 * 'Lump sum per year'!B7, LumpsumPerJaar[Lumpsum 2022] → LumpSumPerYear[Lump sum 2022], a bare
 * LumpsumPerJaar → LumpSumPerYear. References into another workbook stay.
 */
function renamedReference(ref: FormulaRef, text: string, renames: Renames): string {
  const newName = (list: ReadonlyArray<NameChange>, name: string | undefined) =>
    name === undefined ? undefined : list.find((r) => same(r.from, name))?.to;
  if (ref.external) return text;
  if (ref.kind === "structured") {
    const parsed = ref.table === undefined ? undefined : parseStructRef(text);
    if (!parsed) return text;
    const tableColumns = renames.columns.filter((c) => same(c.table, ref.table));
    const table = newName(renames.tables, parsed.table);
    const columns = parsed.columns?.map((c) => newName(tableColumns, c));
    if (table === undefined && !columns?.some((c) => c !== undefined)) return text;
    // Excel writes a renamed reference anew in its own form ([@Col], [[#Totals],[A]:[C]], 'escapes).
    return stringifyStructRef({
      ...parsed,
      table: table ?? parsed.table,
      columns: parsed.columns?.map((c, k) => columns?.[k] ?? c),
    });
  }
  if (ref.sheet === undefined)
    return ref.kind === "name" ? (newName(renames.tables, ref.name) ?? text) : text;
  const sheet = newName(renames.sheets, ref.sheet);
  const sheetTo = ref.kind === "area" ? newName(renames.sheets, ref.sheetTo) : undefined;
  if (sheet === undefined && sheetTo === undefined) return text;
  const to = ref.kind === "area" ? ref.sheetTo : undefined;
  return (
    sheetPrefix(sheet ?? ref.sheet, to === undefined ? undefined : (sheetTo ?? to)) +
    text.slice(text.lastIndexOf("!") + 1)
  );
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/**
 * A formula as it reads from a cell `rows` down and `cols` across from where it is written: its
 * relative A1 references move, absolute parts and names do not (how a shared formula's master
 * reads in the cells that share it); a reference moved off the grid becomes #REF!.
 */
export function translateFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = "";
  let at = 0;
  for (const ref of formulaRefs(formula)) {
    if (ref.kind !== "area") continue;
    const move = (c: RefCorner): RefCorner | undefined => {
      const row = c.row === undefined || c.rowAbs ? c.row : c.row + rows;
      const col = c.col === undefined || c.colAbs ? c.col : c.col + cols;
      if (
        (row !== undefined && (row < 0 || row > MAX_ROW)) ||
        (col !== undefined && (col < 0 || col > MAX_COL))
      )
        return undefined;
      return { ...c, ...(row === undefined ? {} : { row }), ...(col === undefined ? {} : { col }) };
    };
    const [from, to] = [move(ref.from), move(ref.to)];
    const original = formula.slice(ref.start, ref.end);
    out +=
      formula.slice(at, ref.start) + (from && to ? withCorners(original, ref, from, to) : "#REF!");
    at = ref.end;
  }
  return out + formula.slice(at);
}
