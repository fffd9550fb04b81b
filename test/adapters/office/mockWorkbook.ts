import { formatRange, parseRange, quoteSheet, type RangeRef } from "../../../src/ports/a1";
import type { Cell } from "../../../src/ports/cell";
import { formulaRefs } from "../../../src/ports/formulaRefs";
import {
  editFormula,
  type ColumnShift,
  type Removal,
  type TableShape,
} from "../../../src/ports/referenceEdits";
import type { WorkbookSpec } from "../../../src/ports/workbookSpec";
import { evaluate, type Value } from "./mockFormula";
import {
  clearLook,
  merge,
  newSheetLook,
  setLink,
  setLook,
  unmerge,
  type XSheetLook,
} from "./mockSheetLook";
import { typedInput } from "./typedInput";

/** A cell as Excel holds it: a constant (value, type) or a formula, its number format, and the quote prefix. */
export interface XCell {
  value: string | number | boolean;
  type: "Empty" | "String" | "Double" | "Boolean" | "Error";
  format: string;
  /** "=…" when the cell holds a formula; its value is then computed. */
  formula?: string;
  /** Typed with a leading apostrophe: Excel shows the rest as text. */
  quotePrefix?: boolean;
}

export interface XSheet extends XSheetLook {
  readonly id: number;
  name: string;
  visibility: "Visible" | "Hidden";
  protected: boolean;
  filtered: boolean;
  readonly cells: Map<string, XCell>;
  readonly hidden: Set<number>;
  readonly merged: RangeRef[];
}

export interface XTable {
  readonly id: number;
  name: string;
  readonly sheetId: number;
  ref: RangeRef;
  showTotals: boolean;
  filtered: boolean;
  columns: string[];
}

/** Everything else in the workbook that holds a formula: names, rules, chart series, pivot sources. */
export interface XName {
  name: string;
  formula: string;
  visible: boolean;
  /** A sheet-scoped name's sheet. */
  sheetId?: number;
}
export interface XRule {
  readonly kind: "validation" | "format";
  readonly sheetId: number;
  range: RangeRef;
  formula: string;
}
export interface XChart {
  readonly name: string;
  readonly sheetId: number;
  readonly series: Array<{ name: string; values: string; categories?: string }>;
}
export interface XPivot {
  readonly name: string;
  readonly sheetId: number;
  source: string;
}

const EMPTY: XCell = { value: "", type: "Empty", format: "General" };
const key = (row: number, col: number) => `${row},${col}`;
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const unkey = (k: string): [number, number] => k.split(",").map(Number) as [number, number];

/**
 * The state of a workbook as Excel holds it, for the Office.js mock, and as strict as Excel
 * where a refresh touches it: cells hold constants or formulas (computed when read), every
 * reference in formulas, names, validation, conditional formats, chart series and pivot sources
 * follows a renamed sheet, table or table column and turns into #REF! when its target is
 * deleted; deleting or inserting a table column moves the cells of the table's rows (and the
 * references to them) as Excel does; text written through `values` is read as Excel reads typed
 * input. Every change goes through a method that fails the way Excel does.
 */
export class MockWorkbook {
  sheets: XSheet[] = [];
  tables: XTable[] = [];
  names: XName[] = [];
  rules: XRule[] = [];
  charts: XChart[] = [];
  pivots: XPivot[] = [];
  parts: { id: string; namespace: string; xml: string }[] = [];
  structureProtected = false;
  calculationMode = "Automatic";
  /** Workbook.use1904DateSystem. */
  date1904 = false;
  /** The selection: one area, or several (Ctrl+click). */
  selection?: { sheet: string; ranges: RangeRef[] };
  activeSheetId?: number;
  /** A person is typing in a cell: Excel holds every batch until they finish. */
  editingCell = false;
  private nextId = 1;
  /** Counts changes to cells, so a sheet's used range is worked out once per state. */
  private edits = 0;
  private readonly usedCache = new Map<string, RangeRef | undefined>();

  static fromSpec(spec: WorkbookSpec): MockWorkbook {
    const wb = new MockWorkbook();
    wb.date1904 = spec.date1904 ?? false;
    for (const s of spec.sheets) {
      const sheet = wb.addSheet(s.name, wb.newId());
      s.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const at = formatRange({ start: { row: r, col: c }, end: { row: r, col: c } });
          const formula = s.formulas?.[at];
          sheet.cells.set(key(r, c), {
            ...fromCell(cell, s.formats?.[at]),
            ...(formula ? { formula: `=${formula}` } : {}),
          });
        })
      );
      (s.hiddenRows ?? []).forEach((r) => sheet.hidden.add(r));
      (s.merged ?? []).forEach((m) => sheet.merged.push(parseRange(m) as RangeRef));
    }
    for (const t of spec.tables ?? []) {
      const ref = parseRange(t.ref) as RangeRef;
      const sheet = wb.sheet(t.sheet);
      wb.tables.push({
        id: wb.newId(),
        name: t.name,
        sheetId: sheet.id,
        ref,
        showTotals: t.totalsRow ?? false,
        filtered: t.filtered ?? false,
        columns: Array.from({ length: ref.end.col - ref.start.col + 1 }, (_, k) =>
          String(wb.cell(sheet, ref.start.row, ref.start.col + k).value)
        ),
      });
    }
    wb.names = (spec.names ?? []).map((n) => ({
      name: n.name,
      formula: `=${n.ref}`,
      visible: true,
    }));
    wb.activeSheetId = wb.sheets[0]?.id;
    return wb;
  }

  newId(): number {
    return this.nextId++;
  }

  sheet(name: string): XSheet {
    const sheet = this.sheets.find((s) => same(s.name, name));
    if (!sheet) throw new Error(`ItemNotFound: worksheet ${name}`);
    return sheet;
  }

  sheetById(id: number): XSheet {
    const sheet = this.sheets.find((s) => s.id === id);
    if (!sheet) throw new Error(`ItemNotFound: worksheet #${id}`);
    return sheet;
  }

  table(name: string): XTable {
    const table = this.tables.find((t) => same(t.name, name));
    if (!table) throw new Error(`ItemNotFound: table ${name}`);
    return table;
  }

  cell(sheet: XSheet, row: number, col: number): XCell {
    return sheet.cells.get(key(row, col)) ?? EMPTY;
  }

  /** What a cell shows: its constant, or its formula computed now. */
  valueOf(sheet: XSheet, row: number, col: number, depth = 0): Value {
    const cell = this.cell(sheet, row, col);
    if (!cell.formula)
      return cell.type === "Empty"
        ? null
        : cell.type === "Error"
          ? { error: String(cell.value) }
          : cell.value;
    if (depth > 50) return { error: "#CIRC!" };
    const v = evaluate(cell.formula, { workbook: this, sheet, depth: depth + 1 });
    return Array.isArray(v) ? (v[0]?.[0] ?? null) : v;
  }

  addSheet(name: string, id: number): XSheet {
    this.checkSheetName(name);
    if (this.structureProtected) throw new Error("AccessDenied: workbook structure is protected");
    const sheet: XSheet = {
      id,
      name,
      visibility: "Visible",
      protected: false,
      filtered: false,
      cells: new Map(),
      hidden: new Set(),
      merged: [],
      ...newSheetLook(),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(id: number, name: string): void {
    const sheet = this.sheetById(id);
    if (!same(sheet.name, name)) this.checkSheetName(name);
    const old = sheet.name;
    sheet.name = name;
    this.rewriteFormulas((formula) => {
      let out = "";
      let at = 0;
      for (const ref of formulaRefs(formula)) {
        if (
          ref.kind === "structured" ||
          ref.external ||
          ref.sheet === undefined ||
          !same(ref.sheet, old)
        )
          continue;
        const text = formula.slice(ref.start, ref.end);
        out += formula.slice(at, ref.start) + quoteSheet(name) + text.slice(text.lastIndexOf("!"));
        at = ref.end;
      }
      return at === 0 ? undefined : out + formula.slice(at);
    });
  }

  setVisibility(id: number, visibility: "Visible" | "Hidden"): void {
    const sheet = this.sheetById(id);
    if (
      visibility === "Hidden" &&
      this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0
    )
      throw new Error("InvalidOperation: a workbook must keep one visible sheet");
    sheet.visibility = visibility;
  }

  /** Deletes a sheet with its tables; every reference to it becomes #REF!, as in Excel. */
  deleteSheet(id: number): void {
    this.edits++;
    const sheet = this.sheetById(id);
    if (this.structureProtected) throw new Error("AccessDenied: workbook structure is protected");
    if (
      sheet.visibility === "Visible" &&
      this.sheets.filter((s) => s.visibility === "Visible").length === 1
    )
      throw new Error("InvalidOperation: cannot delete the last visible sheet");
    const removal: Removal = {
      sheets: [sheet.name],
      tables: this.tables.filter((t) => t.sheetId === id).map((t) => this.shape(t)),
      columns: [],
    };
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheetId !== id);
    this.rules = this.rules.filter((r) => r.sheetId !== id);
    this.charts = this.charts.filter((c) => c.sheetId !== id);
    this.names = this.names.filter((n) => n.sheetId !== id);
    if (this.activeSheetId === id) this.activeSheetId = this.sheets[0]?.id;
    this.rewriteFormulas((formula, host) => editFormula(formula, host, { removal }));
  }

  /**
   * Writes values as Excel takes typed input (typedInput); a header cell names its table column.
   * A merged area holds its top-left cell's value only: Excel drops, without an error, what is
   * written to its other cells, so a write that relies on them reads back empty here too.
   */
  setValues(
    id: number,
    at: RangeRef,
    values: ReadonlyArray<ReadonlyArray<unknown>>,
    asFormulas = false
  ): void {
    this.edits++;
    const sheet = this.writable(id);
    const hidden = (row: number, col: number) =>
      sheet.merged.some(
        (m) =>
          overlap(m, { start: { row, col }, end: { row, col } }) &&
          (row !== m.start.row || col !== m.start.col)
      );
    this.each(at, values, (r, c, v) => {
      if (hidden(r, c)) return;
      const format = this.cell(sheet, r, c).format;
      const typed = typedInput(v, format, asFormulas);
      const cell: XCell = { ...typed, format };
      if (cell.type === "Empty" && !cell.formula) sheet.cells.delete(key(r, c));
      else sheet.cells.set(key(r, c), cell);
      const table = this.tables.find(
        (t) =>
          t.sheetId === id && t.ref.start.row === r && c >= t.ref.start.col && c <= t.ref.end.col
      );
      if (table)
        this.renameColumn(table, c - table.ref.start.col, String(cell.formula ?? cell.value));
    });
  }

  setFormats(id: number, at: RangeRef, formats: ReadonlyArray<ReadonlyArray<unknown>>): void {
    this.edits++;
    const sheet = this.writable(id);
    this.each(at, formats, (r, c, f) =>
      sheet.cells.set(key(r, c), { ...this.cell(sheet, r, c), format: String(f) })
    );
  }

  /**
   * Range.clear(applyTo): "All" takes values, formulas, formats and links; "Contents" the values
   * and formulas; "Formats" the formats; "Hyperlinks" the links; "RemoveHyperlinks" the links
   * and the formats (the values stay).
   */
  clear(id: number, at: RangeRef, applyTo = "All"): void {
    this.edits++;
    const sheet = this.writable(id);
    clearLook(sheet, at, applyTo);
    for (let r = at.start.row; r <= at.end.row; r++)
      for (let c = at.start.col; c <= at.end.col; c++) {
        const cell = sheet.cells.get(key(r, c));
        if (!cell) continue;
        if (applyTo === "All") sheet.cells.delete(key(r, c));
        else if (applyTo === "Contents")
          sheet.cells.set(key(r, c), { ...EMPTY, format: cell.format });
        else if (applyTo === "Formats" || applyTo === "RemoveHyperlinks")
          sheet.cells.set(key(r, c), { ...cell, format: "General" });
      }
  }

  /** Range.merge(across), as Excel does it: the cells keep the top-left value only. */
  mergeCells(id: number, at: RangeRef, across: boolean): void {
    this.edits++;
    const sheet = this.writable(id);
    const tables = this.tables.filter((t) => t.sheetId === id).map((t) => t.ref);
    merge(sheet.merged, tables, at, across, (r, c) => sheet.cells.delete(key(r, c)));
  }

  unmergeCells(id: number, at: RangeRef): void {
    unmerge(this.writable(id).merged, at);
  }

  formatCells(id: number, at: RangeRef, name: Parameters<typeof setLook>[2], value: unknown): void {
    setLook(this.writable(id), at, name, value);
  }

  /** Range.hyperlink = {documentReference, textToDisplay}: the link, and the text shown in the cells. */
  linkCells(id: number, at: RangeRef, link: unknown): void {
    const sheet = this.writable(id);
    setLink(sheet, at, link);
    const shown = (link as { textToDisplay?: unknown }).textToDisplay;
    if (typeof shown === "string")
      for (let r = at.start.row; r <= at.end.row; r++)
        for (let c = at.start.col; c <= at.end.col; c++)
          sheet.cells.set(key(r, c), {
            value: shown,
            type: "String",
            format: this.cell(sheet, r, c).format,
          });
  }

  addTable(id: number, sheetId: number, ref: RangeRef): XTable {
    const sheet = this.writable(sheetId);
    if (this.tables.some((t) => t.sheetId === sheetId && overlap(t.ref, ref)))
      throw new Error("InvalidOperation: tables cannot overlap");
    const columns: string[] = [];
    for (let c = ref.start.col; c <= ref.end.col; c++) {
      const header = this.cell(sheet, ref.start.row, c);
      let name = header.type === "Empty" ? `Column${c - ref.start.col + 1}` : String(header.value);
      while (columns.some((x) => same(x, name))) name = `${name}2`;
      columns.push(name);
      sheet.cells.set(key(ref.start.row, c), {
        value: name,
        type: "String",
        format: header.format,
      });
    }
    const table: XTable = {
      id,
      name: this.freeTableName(),
      sheetId: sheet.id,
      ref,
      showTotals: false,
      filtered: false,
      columns,
    };
    this.tables.push(table);
    return table;
  }

  renameTable(table: XTable, name: string): void {
    this.edits++;
    if (
      this.tables.some((t) => t !== table && same(t.name, name)) ||
      this.names.some((n) => same(n.name, name))
    )
      throw new Error(`InvalidArgument: the name ${name} is already in use`);
    const old = table.name;
    table.name = name;
    this.rewriteFormulas((formula) => {
      let out = "";
      let at = 0;
      for (const ref of formulaRefs(formula)) {
        // Excel leaves a reference into another workbook as it is.
        const word = ref.external
          ? undefined
          : ref.kind === "structured"
            ? ref.table
            : ref.kind === "name" && ref.sheet === undefined
              ? ref.name
              : undefined;
        if (word === undefined || !same(word, old)) continue;
        out +=
          formula.slice(at, ref.start) + name + formula.slice(ref.start + word.length, ref.end);
        at = ref.end;
      }
      return at === 0 ? undefined : out + formula.slice(at);
    });
  }

  setShowTotals(table: XTable, show: boolean): void {
    if (show && !table.showTotals)
      table.ref = {
        start: table.ref.start,
        end: { row: table.ref.end.row + 1, col: table.ref.end.col },
      };
    table.showTotals = show;
  }

  /** Table.resize: the header stays in its row, the range overlaps the old one; columns beyond go (#REF!), new ones are named. */
  resizeTable(table: XTable, ref: RangeRef): void {
    this.edits++;
    if (ref.start.row !== table.ref.start.row || !overlap(ref, table.ref))
      throw new Error("InvalidArgument: the table must keep its header row and overlap its range");
    if (this.tables.some((t) => t !== table && t.sheetId === table.sheetId && overlap(t.ref, ref)))
      throw new Error("InvalidOperation: tables cannot overlap");
    const width = ref.end.col - ref.start.col + 1;
    const gone = table.columns.slice(width);
    if (gone.length)
      this.rewriteFormulas((f, host) =>
        editFormula(f, host, {
          removal: {
            sheets: [],
            tables: [],
            columns: gone.map((column) => ({ table: this.shape(table), column })),
          },
        })
      );
    table.columns = table.columns.slice(0, width);
    const sheet = this.sheetById(table.sheetId);
    for (let c = table.columns.length; c < width; c++) {
      const name = `Column${c + 1}`;
      table.columns.push(name);
      sheet.cells.set(key(ref.start.row, ref.start.col + c), {
        value: name,
        type: "String",
        format: "General",
      });
    }
    table.ref = ref;
  }

  /** TableColumn.delete: its structured references become #REF!; the cells to its right in the table's rows move left. */
  deleteTableColumn(table: XTable, index: number): void {
    this.edits++;
    if (table.columns.length === 1) throw new Error("InvalidOperation: a table keeps one column");
    const sheet = this.writable(table.sheetId);
    const shape = this.shape(table);
    const at = table.ref.start.col + index;
    this.rewriteFormulas((f, host) =>
      editFormula(f, host, {
        removal: {
          sheets: [],
          tables: [],
          columns: [{ table: shape, column: table.columns[index]! }],
        },
      })
    );
    this.shiftCells(sheet, { sheet: sheet.name, rows: shape.rows, at, delta: -1 });
    table.columns.splice(index, 1);
    table.ref = {
      start: table.ref.start,
      end: { row: table.ref.end.row, col: table.ref.end.col - 1 },
    };
  }

  /** TableColumnCollection.add: cells from `index` on in the table's rows move right; the new column is empty. */
  addTableColumn(table: XTable, index: number, name: string): void {
    this.edits++;
    if (table.columns.some((c) => same(c, name)))
      throw new Error(`InvalidArgument: column ${name} exists`);
    const sheet = this.writable(table.sheetId);
    const shape = this.shape(table);
    const at = table.ref.start.col + index;
    this.shiftCells(sheet, { sheet: sheet.name, rows: shape.rows, at, delta: 1 });
    table.columns.splice(index, 0, name);
    table.ref = {
      start: table.ref.start,
      end: { row: table.ref.end.row, col: table.ref.end.col + 1 },
    };
    sheet.cells.set(key(table.ref.start.row, at), {
      value: name,
      type: "String",
      format: "General",
    });
  }

  /** The cells holding a value or formula (or, unless valuesOnly, a format), as a bounding box. */
  usedRange(sheet: XSheet, valuesOnly: boolean): RangeRef | undefined {
    const key = `${sheet.id}|${valuesOnly}|${this.edits}|${sheet.cells.size}`;
    if (this.usedCache.has(key)) return this.usedCache.get(key);
    let box: RangeRef | undefined;
    for (const [k, c] of sheet.cells) {
      if (c.type === "Empty" && !c.formula && (valuesOnly || c.format === "General")) continue;
      const [row, col] = unkey(k);
      box = box
        ? {
            start: { row: Math.min(box.start.row, row), col: Math.min(box.start.col, col) },
            end: { row: Math.max(box.end.row, row), col: Math.max(box.end.col, col) },
          }
        : { start: { row, col }, end: { row, col } };
    }
    this.usedCache.set(key, box);
    return box;
  }

  /**
   * The cells in `within` holding a formula, or a constant (Range.getSpecialCells), as Excel
   * gives them: rectangles, each row's runs of cells joined with the rows below that have the same runs.
   */
  specialCells(sheet: XSheet, within: RangeRef, kind: "Formulas" | "Constants"): RangeRef[] {
    const rows = new Map<number, number[]>();
    for (const [k, c] of sheet.cells) {
      const [r, col] = unkey(k);
      const inside =
        r >= within.start.row &&
        r <= within.end.row &&
        col >= within.start.col &&
        col <= within.end.col;
      const wanted =
        kind === "Formulas"
          ? c.formula !== undefined
          : c.formula === undefined && c.type !== "Empty";
      if (inside && wanted) rows.set(r, [...(rows.get(r) ?? []), col]);
    }
    const open = new Map<string, RangeRef>();
    const done: RangeRef[] = [];
    for (const r of [...rows.keys()].sort((a, b) => a - b)) {
      const runs: Array<[number, number]> = [];
      for (const c of rows.get(r)!.sort((a, b) => a - b)) {
        const last = runs[runs.length - 1];
        if (last && last[1] === c - 1) last[1] = c;
        else runs.push([c, c]);
      }
      for (const [key, area] of open)
        if (area.end.row !== r - 1 || !runs.some(([a, b]) => `${a}:${b}` === key)) {
          done.push(area);
          open.delete(key);
        }
      for (const [a, b] of runs) {
        const area = open.get(`${a}:${b}`);
        open.set(
          `${a}:${b}`,
          area
            ? { start: area.start, end: { row: r, col: b } }
            : { start: { row: r, col: a }, end: { row: r, col: b } }
        );
      }
    }
    return [...done, ...open.values()].sort(
      (x, y) => x.start.row - y.start.row || x.start.col - y.start.col
    );
  }

  /** The visible content of every sheet and everything with a formula, for before/after comparisons. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        cells: [...s.cells.entries()].filter(([, c]) => c.type !== "Empty" || c.formula).sort(),
      })),
      tables: this.tables.map((t) => ({
        name: t.name,
        sheet: this.sheetById(t.sheetId).name,
        ref: formatRange(t.ref),
        totals: t.showTotals,
        columns: t.columns,
      })),
      names: this.names,
      rules: this.rules,
      charts: this.charts,
      pivots: this.pivots,
      parts: this.parts.map((p) => p.xml),
      calculationMode: this.calculationMode,
    };
  }

  /** A table as the reference edits see it. */
  shape(t: XTable): TableShape {
    return {
      name: t.name,
      sheet: this.sheetById(t.sheetId).name,
      headerRow: t.ref.start.row,
      firstCol: t.ref.start.col,
      rows: { first: t.ref.start.row, last: t.ref.end.row },
      columns: t.columns,
    };
  }

  /** TableColumn.name = …: the header cell and every structured reference follow; a name the table has is refused. */
  renameTableColumn(table: XTable, index: number, name: string): void {
    if (table.columns.some((c, k) => k !== index && same(c, name)))
      throw new Error(`InvalidArgument: table ${table.name} has a column ${name}`);
    if (table.columns[index] === undefined) throw new Error("ItemNotFound: table column");
    const sheet = this.writable(table.sheetId);
    const at = { row: table.ref.start.row, col: table.ref.start.col + index };
    sheet.cells.set(key(at.row, at.col), {
      ...this.cell(sheet, at.row, at.col),
      value: name,
      type: "String",
    });
    this.renameColumn(table, index, name);
  }

  /** A column header changed: Excel renames the column and every structured reference to it. */
  private renameColumn(table: XTable, index: number, name: string): void {
    const old = table.columns[index];
    if (old === undefined || old === name) return;
    table.columns[index] = name;
    this.rewriteFormulas((formula) => {
      let out = "";
      let at = 0;
      for (const ref of formulaRefs(formula)) {
        if (
          ref.kind !== "structured" ||
          ref.external ||
          !ref.table ||
          !same(ref.table, table.name) ||
          !ref.columns.some((c) => same(c, old))
        )
          continue;
        const text = formula.slice(ref.start, ref.end).split(`[${old}]`).join(`[${name}]`);
        out += formula.slice(at, ref.start) + text;
        at = ref.end;
      }
      return at === 0 ? undefined : out + formula.slice(at);
    });
  }

  /** Moves the cells of the shift's rows at and right of `at` by one column, and the references to them. */
  private shiftCells(sheet: XSheet, shift: ColumnShift): void {
    this.edits++;
    const moved = [...sheet.cells.entries()].filter(([k]) => {
      const [r, c] = unkey(k);
      return r >= shift.rows.first && r <= shift.rows.last && c >= shift.at;
    });
    for (const [k] of moved) sheet.cells.delete(k);
    for (const [k, cell] of moved) {
      const [r, c] = unkey(k);
      if (shift.delta === -1 && c === shift.at) continue;
      sheet.cells.set(key(r, c + shift.delta), cell);
    }
    this.rewriteFormulas((f, host) => editFormula(f, host, { shifts: [shift] }));
    for (const rule of this.rules.filter((x) => x.sheetId === sheet.id)) {
      const next = editFormula(formatRange(rule.range), sheet.name, { shifts: [shift] });
      if (next && next !== "#REF!") rule.range = parseRange(next)!;
    }
  }

  /** Applies `edit` to every formula in the workbook, with the sheet it is relative to. */
  private rewriteFormulas(
    edit: (formula: string, host: string | undefined) => string | undefined
  ): void {
    for (const sheet of this.sheets)
      for (const cell of sheet.cells.values())
        if (cell.formula) cell.formula = edit(cell.formula, sheet.name) ?? cell.formula;
    for (const n of this.names)
      n.formula =
        edit(n.formula, n.sheetId ? this.sheetById(n.sheetId).name : undefined) ?? n.formula;
    for (const r of this.rules)
      r.formula = edit(r.formula, this.sheetById(r.sheetId).name) ?? r.formula;
    for (const c of this.charts)
      for (const s of c.series) {
        s.values = edit(s.values, undefined) ?? s.values;
        if (s.categories) s.categories = edit(s.categories, undefined) ?? s.categories;
      }
    for (const p of this.pivots)
      p.source = edit(p.source, this.sheetById(p.sheetId).name) ?? p.source;
  }

  private writable(id: number): XSheet {
    const sheet = this.sheetById(id);
    if (sheet.protected) throw new Error(`AccessDenied: sheet ${sheet.name} is protected`);
    return sheet;
  }

  private each(
    at: RangeRef,
    rows: ReadonlyArray<ReadonlyArray<unknown>>,
    f: (r: number, c: number, v: unknown) => void
  ): void {
    const height = at.end.row - at.start.row + 1;
    const width = at.end.col - at.start.col + 1;
    if (rows.length !== height || rows.some((row) => row.length !== width))
      throw new Error(`InvalidArgument: ${height}×${width} cells expected`);
    rows.forEach((row, r) => row.forEach((v, c) => f(at.start.row + r, at.start.col + c, v)));
  }

  private checkSheetName(name: string): void {
    if (name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw new Error(`InvalidArgument: bad sheet name ${name}`);
    if (this.sheets.some((s) => same(s.name, name)))
      throw new Error(`InvalidArgument: a sheet named ${name} exists`);
  }

  private freeTableName(): string {
    for (let k = 1; ; k++)
      if (!this.tables.some((t) => same(t.name, `Table${k}`))) return `Table${k}`;
  }
}

const overlap = (a: RangeRef, b: RangeRef) =>
  a.start.row <= b.end.row &&
  b.start.row <= a.end.row &&
  a.start.col <= b.end.col &&
  b.start.col <= a.end.col;

function fromCell(cell: Cell, format: string | undefined): XCell {
  const fmt = (cell.t === "n" ? cell.fmt : undefined) ?? format ?? "General";
  switch (cell.t) {
    case "blank":
      return { ...EMPTY, format: fmt };
    case "n":
      return { value: Number(cell.v), type: "Double", format: fmt };
    case "s":
      return { value: cell.v, type: "String", format: fmt };
    case "b":
      return { value: cell.v, type: "Boolean", format: fmt };
    case "e":
      return { value: cell.v, type: "Error", format: fmt };
  }
}
