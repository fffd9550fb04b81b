import { formatRange, parseRange, parseSheetRange, type RangeRef } from "../../../src/ports/a1";
import type { Cell } from "../../../src/ports/cell";
import type { WorkbookSpec } from "../../../src/ports/workbookSpec";

/** A cell as Excel holds it: value, value type and number format. */
export interface XCell {
  value: string | number | boolean;
  type: "Empty" | "String" | "Double" | "Boolean" | "Error";
  format: string;
}

export interface XSheet {
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
}

const EMPTY: XCell = { value: "", type: "Empty", format: "General" };
const key = (row: number, col: number) => `${row},${col}`;
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The state of a workbook as Excel would hold it, for the Office.js mock: sheets of cells
 * with values, types and formats, tables, names, custom XML parts, protection and the
 * calculation mode. Every change goes through a method that fails the way Excel does
 * (a taken name, a protected sheet, the last visible sheet).
 */
export class MockWorkbook {
  sheets: XSheet[] = [];
  tables: XTable[] = [];
  names: { name: string; sheet: string; range: RangeRef }[] = [];
  parts: { id: string; namespace: string; xml: string }[] = [];
  structureProtected = false;
  calculationMode = "Automatic";
  /** Workbook.use1904DateSystem. */
  date1904 = false;
  selection?: { sheet: string; range: RangeRef };
  private nextId = 1;

  static fromSpec(spec: WorkbookSpec): MockWorkbook {
    const wb = new MockWorkbook();
    wb.date1904 = spec.date1904 ?? false;
    for (const s of spec.sheets) {
      const sheet = wb.addSheet(s.name, wb.newId());
      s.cells.forEach((row, r) =>
        row.forEach((cell, c) =>
          sheet.cells.set(
            key(r, c),
            fromCell(
              cell,
              s.formats?.[formatRange({ start: { row: r, col: c }, end: { row: r, col: c } })]
            )
          )
        )
      );
      (s.hiddenRows ?? []).forEach((r) => sheet.hidden.add(r));
      (s.merged ?? []).forEach((m) => sheet.merged.push(parseRange(m) as RangeRef));
    }
    for (const t of spec.tables ?? []) {
      wb.tables.push({
        id: wb.newId(),
        name: t.name,
        sheetId: wb.sheet(t.sheet).id,
        ref: parseRange(t.ref) as RangeRef,
        showTotals: t.totalsRow ?? false,
        filtered: t.filtered ?? false,
      });
    }
    wb.names = (spec.names ?? []).map((n) => ({
      name: n.name,
      ...(parseSheetRange(n.ref) as { sheet: string; range: RangeRef }),
    }));
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
    };
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(id: number, name: string): void {
    const sheet = this.sheetById(id);
    if (!same(sheet.name, name)) this.checkSheetName(name);
    sheet.name = name;
  }

  setVisibility(id: number, visibility: "Visible" | "Hidden"): void {
    const sheet = this.sheetById(id);
    if (
      visibility === "Hidden" &&
      this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0
    ) {
      throw new Error("InvalidOperation: a workbook must keep one visible sheet");
    }
    sheet.visibility = visibility;
  }

  deleteSheet(id: number): void {
    const sheet = this.sheetById(id);
    if (
      sheet.visibility === "Visible" &&
      this.sheets.filter((s) => s.visibility === "Visible").length === 1
    ) {
      throw new Error("InvalidOperation: cannot delete the last visible sheet");
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheetId !== id);
  }

  /** Writes values as Excel takes them: text format keeps text, otherwise text is parsed like typing. */
  setValues(id: number, at: RangeRef, values: ReadonlyArray<ReadonlyArray<unknown>>): void {
    const sheet = this.writable(id);
    this.each(at, values, (r, c, v) => {
      const format = this.cell(sheet, r, c).format;
      sheet.cells.set(key(r, c), { ...typed(v, format), format });
    });
  }

  setFormats(id: number, at: RangeRef, formats: ReadonlyArray<ReadonlyArray<unknown>>): void {
    const sheet = this.writable(id);
    this.each(at, formats, (r, c, f) =>
      sheet.cells.set(key(r, c), { ...this.cell(sheet, r, c), format: String(f) })
    );
  }

  addTable(id: number, sheetId: number, ref: RangeRef): XTable {
    const sheet = this.writable(sheetId);
    if (this.tables.some((t) => t.sheetId === sheetId && overlap(t.ref, ref)))
      throw new Error("InvalidOperation: tables cannot overlap");
    const table: XTable = {
      id,
      name: this.freeTableName(),
      sheetId: sheet.id,
      ref,
      showTotals: false,
      filtered: false,
    };
    this.tables.push(table);
    return table;
  }

  renameTable(table: XTable, name: string): void {
    if (
      this.tables.some((t) => t !== table && same(t.name, name)) ||
      this.names.some((n) => same(n.name, name))
    ) {
      throw new Error(`InvalidArgument: the name ${name} is already in use`);
    }
    table.name = name;
  }

  setShowTotals(table: XTable, show: boolean): void {
    if (show && !table.showTotals)
      table.ref = {
        start: table.ref.start,
        end: { row: table.ref.end.row + 1, col: table.ref.end.col },
      };
    table.showTotals = show;
  }

  /** The cells holding a value (or, unless valuesOnly, a format), as a bounding box. */
  usedRange(sheet: XSheet, valuesOnly: boolean): RangeRef | undefined {
    const used = [...sheet.cells.entries()]
      .filter(([, c]) => c.type !== "Empty" || (!valuesOnly && c.format !== "General"))
      .map(([k]) => k.split(",").map(Number) as [number, number]);
    if (used.length === 0) return undefined;
    const rows = used.map(([r]) => r);
    const cols = used.map(([, c]) => c);
    return {
      start: { row: Math.min(...rows), col: Math.min(...cols) },
      end: { row: Math.max(...rows), col: Math.max(...cols) },
    };
  }

  /** The visible content of every sheet, for before/after comparisons. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        cells: [...s.cells.entries()].filter(([, c]) => c.type !== "Empty").sort(),
      })),
      tables: this.tables.map((t) => ({
        name: t.name,
        sheet: this.sheetById(t.sheetId).name,
        ref: formatRange(t.ref),
        totals: t.showTotals,
      })),
      parts: this.parts.map((p) => p.xml),
      calculationMode: this.calculationMode,
    };
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

/** A written value as Excel stores it under `format`. */
function typed(v: unknown, format: string): Omit<XCell, "format"> {
  if (v === "" || v === null || v === undefined) return { value: "", type: "Empty" };
  if (typeof v === "boolean") return { value: v, type: "Boolean" };
  if (typeof v === "number") return { value: v, type: "Double" };
  const text = String(v);
  if (format === "@") return { value: text, type: "String" };
  // Typed-in text: a formula (which this mock does not evaluate) or a number is not text.
  if (text.startsWith("=")) return { value: "#NAME?", type: "Error" };
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return { value: Number(text), type: "Double" };
  return { value: text, type: "String" };
}
