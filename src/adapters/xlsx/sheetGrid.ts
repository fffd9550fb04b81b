import { issue } from "../../engine/issue";
import { a1, parseA1, parseRange, type RangeRef } from "../../ports/a1";
import { BLANK, type Cell } from "../../ports/cell";
import { PortError } from "../../ports/portError";
import { isDateFormat, isoToSerial } from "../../ports/readDateCell";
import { NUMBER_TEXT } from "./cellXml";
import { MAX_COLUMNS, MAX_ROWS } from "./packageLimits";
import { decodeEntities, localName, scanXml, tagAttributes } from "./scanXml";
import { StringItems } from "./sharedStrings";

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
  /** The workbook's date system (workbookPr date1904), for ISO date cells turned into serials. */
  readonly date1904?: boolean;
}

const TRUE = new Set(["1", "true"]);
/** A row number or shared-string index as the format writes it: plain digits ("1e3", "0x1" and " 5" are damage, not numbers). */
const INDEX = /^\d{1,10}$/;

interface OpenCell {
  readonly row: number;
  readonly col: number;
  readonly type: string;
  readonly style: number;
  value?: string;
  inline?: string;
}

/** The cells, hidden rows, merges and autoFilter of a worksheet part's XML. */
export function readSheetGrid(xml: string, ctx: GridContext): SheetGrid {
  /** Where the damage is known to sit in one cell, the finding names it. */
  const damaged = (at?: { row: number; col: number }): PortError =>
    new PortError(
      issue(
        "PKG_PART_CORRUPT",
        "error",
        { file: ctx.file, sheet: ctx.sheet, ...(at ? { cell: a1(at) } : {}) },
        { part: ctx.part }
      )
    );
  const outOfGrid = (row: number, col: number): void => {
    const where = {
      file: ctx.file,
      sheet: ctx.sheet,
      cell: a1({ row: Math.min(row, MAX_ROWS), col: Math.min(col, MAX_COLUMNS) }),
    };
    if (row >= MAX_ROWS)
      throw new PortError(
        issue("PKG_TOO_MANY_ROWS", "error", where, { row: row + 1, max: MAX_ROWS })
      );
    if (col >= MAX_COLUMNS)
      throw new PortError(
        issue("PKG_TOO_MANY_COLUMNS", "error", where, { column: col + 1, max: MAX_COLUMNS })
      );
  };
  const cells = new Map<number, Map<number, Cell>>();
  const hiddenRows = new Set<number>();
  const merged: RangeRef[] = [];
  const path: string[] = [];
  const items = new StringItems();
  let autoFilter: { range: RangeRef; filtering: boolean } | undefined;
  let usedRows = 0;
  let usedCols = 0;
  let row = -1;
  let col = -1;
  let cell: OpenCell | undefined;

  const finishCell = (c: OpenCell): void => {
    const value = readCell(c, ctx, damaged);
    if (value.t === "blank") return;
    let line = cells.get(c.row);
    if (!line) cells.set(c.row, (line = new Map()));
    line.set(c.col, value);
    usedRows = Math.max(usedRows, c.row + 1);
    usedCols = Math.max(usedCols, c.col + 1);
  };

  const open = (name: string, tag: string, selfClosing: boolean): void => {
    const local = localName(name);
    const parent = path[path.length - 1];
    if (local === "row" && parent === "sheetData") {
      const attributes = tagAttributes(tag);
      const r = attributes.get("r");
      if (r !== undefined && !INDEX.test(r)) throw damaged();
      row = r === undefined ? row + 1 : Number(r) - 1;
      if (row < 0) throw damaged();
      outOfGrid(row, 0);
      if (TRUE.has(attributes.get("hidden") ?? "")) hiddenRows.add(row);
      col = -1;
    } else if (local === "c" && parent === "row") {
      const attributes = tagAttributes(tag);
      const ref = attributes.get("r");
      const pos = ref === undefined ? { row, col: col + 1 } : parseA1(ref);
      if (!pos) throw damaged();
      outOfGrid(pos.row, pos.col);
      col = pos.col;
      cell = {
        row: pos.row,
        col: pos.col,
        type: attributes.get("t") ?? "n",
        style: Number(attributes.get("s") ?? "0"),
      };
      if (selfClosing) cell = undefined;
    } else if (local === "v" && parent === "c" && cell) {
      cell.value = "";
    } else if (local === "mergeCell" && parent === "mergeCells") {
      const range = parseRange(tagAttributes(tag).get("ref") ?? "");
      if (range) merged.push(range);
    } else if (local === "autoFilter" && parent === "worksheet") {
      const range = parseRange(tagAttributes(tag).get("ref") ?? "");
      if (range) autoFilter = { range, filtering: false };
    } else if (parent === "filterColumn" && autoFilter) {
      // A filter column counts only when it holds a criterion (a bare one just hides the button).
      autoFilter.filtering = true;
    }
    if (cell) items.open(local, selfClosing);
    if (!selfClosing) path.push(local);
  };

  try {
    scanXml(xml, {
      open: (name, tag, _start, _end, selfClosing) => open(name, tag, selfClosing),
      text: (raw, cdata) => {
        if (!cell) return;
        if (path[path.length - 1] === "v") cell.value += cdata ? raw : decodeEntities(raw);
        else items.text(raw, cdata);
      },
      close: (name) => {
        const local = localName(name);
        path.pop();
        if (!cell) return;
        const inline = items.close(local);
        if (inline !== undefined) cell.inline = inline;
        if (local === "c") {
          finishCell(cell);
          cell = undefined;
        }
      },
    });
  } catch (error) {
    if (error instanceof PortError) throw error;
    throw damaged(cell);
  }
  return { cells, hiddenRows, merged, ...(autoFilter ? { autoFilter } : {}), usedRows, usedCols };
}

function readCell(
  c: OpenCell,
  ctx: GridContext,
  damaged: (at: { row: number; col: number }) => PortError
): Cell {
  if (c.type === "inlineStr") return c.inline === undefined ? BLANK : { t: "s", v: c.inline };
  // A formula without a cached value was never calculated: there is nothing to read yet.
  if (c.value === undefined) return BLANK;
  const v = c.value;
  switch (c.type) {
    case "s": {
      const s = INDEX.test(v) ? ctx.sharedString(Number(v)) : undefined;
      if (s === undefined) throw damaged(c);
      return { t: "s", v: s };
    }
    case "str":
      return { t: "s", v };
    case "b":
      return { t: "b", v: TRUE.has(v) };
    case "e":
      return { t: "e", v };
    case "d":
      return isoDateCell(v, ctx.formatOf(c.style), ctx.date1904 ?? false);
    default: {
      if (v === "") return BLANK;
      if (!NUMBER_TEXT.test(v)) throw damaged(c);
      const fmt = ctx.formatOf(c.style);
      return fmt ? { t: "n", v, fmt } : { t: "n", v };
    }
  }
}

/**
 * An ISO 8601 date cell (t="d") as the serial Excel would store in this workbook's date system,
 * so the codec sees one kind of date; always with a date format, so it is never read as an amount.
 */
function isoDateCell(iso: string, fmt: string | undefined, date1904: boolean): Cell {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T00:00(?::00(?:\.0+)?)?Z?)?$/.exec(iso);
  const serial = m ? isoToSerial(m[1]!, date1904) : undefined;
  // Before 1 March 1900 the 1900 system's serials count a day that never was: kept as text.
  if (!serial || (!date1904 && Number(serial) < 61)) return { t: "s", v: iso };
  return { t: "n", v: serial, fmt: isDateFormat(fmt) ? fmt! : "yyyy-mm-dd" };
}
