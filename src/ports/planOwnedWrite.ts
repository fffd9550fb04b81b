import { issue, type Issue, type Where } from "../engine/issue";
import { formatRange, rangesOverlap, type CellRef, type RangeRef } from "./a1";
import { columnEdits, type ColumnEdits } from "./columnEdits";
import {
  extentOf,
  inExtent,
  outputLayout,
  type LaidOutTable,
  type OutputExtent,
} from "./outputLayout";
import {
  proveOwnership,
  type OwnedOutput,
  type OwnershipFacts,
  type ProvenOutput,
  type TableFact,
} from "./ownership";
import { captionRoom } from "./printLayout";
import { headerIn, roleOf } from "./ownedNames";
import type {
  ColumnChange,
  ColumnShift,
  NameChange,
  Removal,
  Renames,
  TableShape,
} from "./referenceEdits";
import type { OutputTable } from "./workbookPort";

/** One output of a write: where it lands, and what it replaces when it is written in place. */
export interface OutputPlan {
  readonly output: OutputTable;
  readonly laid: LaidOutTable;
  readonly extent: OutputExtent;
  /** The owned table it rewrites in place, its columns' edits and the cells it had; none for a new sheet. */
  readonly existing?: {
    readonly proven: ProvenOutput;
    readonly columns: ColumnEdits;
    readonly extent: OutputExtent;
    /** Merged areas over its caption cells, old or new: the caption lines as merged before, which go. */
    readonly merged: ReadonlyArray<RangeRef>;
    /**
     * New names, where the output is written in another language than the one its sheet, table
     * and columns have (ports/ownedNames): renamed in place, so references to them follow.
     */
    readonly renames: OutputRenames;
  };
}

/** An owned output's new names: its sheet's and table's (when they change) and its columns' (old → new). */
export interface OutputRenames {
  readonly sheet?: string;
  readonly table?: string;
  readonly columns: ReadonlyArray<{ readonly from: string; readonly to: string }>;
}

/** What a write does, decided the same way on every host before anything changes. */
export interface OwnedWritePlan {
  readonly outputs: ReadonlyArray<OutputPlan>;
  /** Owned outputs no longer written: their sheets go. */
  readonly retired: ReadonlyArray<ProvenOutput>;
  /** What goes, for the reference scan: retired sheets and tables, deleted columns. */
  readonly removal: Removal;
  /** Cells moved by the column edits, as Excel moves them: for references into the tables. */
  readonly shifts: ReadonlyArray<ColumnShift>;
  /** Sheets, tables and columns renamed, by their names now: references follow them, as in Excel. */
  readonly renames: Renames;
  /** Refusals nothing overrides: the write must not happen. */
  readonly refusals: ReadonlyArray<Issue>;
  /** Refusals a confirmed write goes past (a person's cells in the way, a column added by hand). */
  readonly confirmable: ReadonlyArray<Issue>;
}

export interface WriteFacts extends OwnershipFacts {
  /** Blocks of cells holding a value or formula on a sheet (only owned sheets are asked). */
  readonly occupied: (sheet: string) => ReadonlyArray<RangeRef>;
  /** Merged areas on a sheet (only owned sheets are asked). */
  readonly merged: (sheet: string) => ReadonlyArray<RangeRef>;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

const tableShape = (t: TableFact): TableShape => ({
  name: t.name,
  sheet: t.sheet,
  headerRow: t.ref.start.row,
  firstCol: t.ref.start.col,
  rows: { first: t.ref.start.row, last: t.ref.end.row },
  columns: t.columns,
});

/** Row-by-row runs of cells as A1 ranges ("H1, B20:D20"), for a finding that names them. */
function runs(cells: ReadonlyArray<CellRef>): string {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: RangeRef[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.end.row === c.row && last.end.col === c.col - 1)
      out[out.length - 1] = { start: last.start, end: c };
    else out.push({ start: c, end: c });
  }
  return out.map(formatRange).join(", ");
}

/** Occupied cells the new extent covers that the old one did not: a person's, where the table must go. */
function cellsInTheWay(
  occupied: ReadonlyArray<RangeRef>,
  extent: OutputExtent,
  before: OutputExtent
): CellRef[] {
  const found: CellRef[] = [];
  for (const block of occupied)
    for (const part of [extent.caption, extent.table]) {
      if (!part) continue;
      const top = Math.max(block.start.row, part.start.row);
      const bottom = Math.min(block.end.row, part.end.row);
      const left = Math.max(block.start.col, part.start.col);
      const right = Math.min(block.end.col, part.end.col);
      for (let row = top; row <= bottom; row++)
        for (let col = left; col <= right; col++)
          if (!inExtent(before, row, col)) found.push({ row, col });
    }
  return found;
}

/** The owned output's old extent: its table as it stands and the caption lines above it. */
function oldExtent(proven: ProvenOutput): OutputExtent {
  const ref = proven.table.ref;
  return extentOf(ref, proven.output.captionRows ?? Math.max(0, ref.start.row - 1));
}

/**
 * How `outputs` go into the workbook, on every host: proveOwnership first; then each output is
 * matched to the proven output of its sheet and table and rewritten in place (anchored where
 * its table stands, columns edited without renaming any), or laid out on a new sheet; proven
 * outputs no longer written are retired. Refuses a new sheet or table under a name the tool
 * cannot prove is its own, a caption with no room above its table, and (confirmably) a
 * person's cells where the new table must go or a column added to an owned table by hand.
 */
export function planOwnedWrite(
  outputs: ReadonlyArray<OutputTable>,
  facts: WriteFacts
): OwnedWritePlan {
  const ownership = proveOwnership(facts);
  const where = (w: Where): Where => (facts.file ? { file: facts.file, ...w } : w);
  const refusals: Issue[] = [...ownership.refusals];
  const confirmable: Issue[] = [];
  const shifts: ColumnShift[] = [];
  const removalColumns: Array<Removal["columns"][number]> = [];
  const plans: OutputPlan[] = [];
  const matched = new Set<ProvenOutput>();
  const renames: { sheets: NameChange[]; tables: NameChange[]; columns: ColumnChange[] } = {
    sheets: [],
    tables: [],
    columns: [],
  };
  const byName = (output: OutputTable) =>
    ownership.proven.find(
      (p) => same(p.sheet.name, output.sheet) && same(p.table.name, output.table)
    );
  const namedFor = new Set(outputs.flatMap((o) => byName(o) ?? []));
  for (const output of outputs) {
    // The same output in another language: its sheet and table as ownedNames knows them, for its role.
    const role = roleOf(output.sheet, output.table);
    const proven =
      byName(output) ??
      ownership.proven.find(
        (p) =>
          role !== undefined &&
          !namedFor.has(p) &&
          !matched.has(p) &&
          roleOf(p.sheet.name, p.table.name) === role
      );
    if (!proven) {
      if (facts.sheets.some((s) => same(s.name, output.sheet)))
        refusals.push(issue("PKG_SHEET_NOT_OWNED", "error", where({ sheet: output.sheet })));
      const taken = facts.tables.find((t) => same(t.name, output.table));
      if (taken || facts.names.some((n) => same(n.name, output.table)))
        refusals.push(
          issue(
            "PKG_NAME_TAKEN",
            "error",
            where(taken ? { sheet: taken.sheet, table: output.table } : { table: output.table }),
            {
              name: output.table,
            }
          )
        );
      const laid = outputLayout(output)!;
      plans.push({ output, laid, extent: extentOf(laid.ref, laid.captionRows) });
      continue;
    }
    matched.add(proven);
    const table = proven.table;
    const renamed = outputRenames(proven, output);
    if (renamed.sheet) {
      renames.sheets.push({ from: proven.sheet.name, to: renamed.sheet });
      if (
        facts.sheets.some((s) => same(s.name, renamed.sheet!) && !same(s.name, proven.sheet.name))
      )
        refusals.push(issue("PKG_SHEET_NOT_OWNED", "error", where({ sheet: renamed.sheet })));
    }
    if (renamed.table) {
      renames.tables.push({ from: table.name, to: renamed.table });
      const taken = facts.tables.find((t) => same(t.name, renamed.table!) && t !== table);
      if (taken || facts.names.some((n) => same(n.name, renamed.table!)))
        refusals.push(
          issue("PKG_NAME_TAKEN", "error", where({ table: renamed.table }), { name: renamed.table })
        );
    }
    for (const c of renamed.columns) renames.columns.push({ table: table.name, ...c });
    const anchored = outputLayout(output, table.ref.start);
    if (!anchored) {
      const missing = output.caption.length + 1 - table.ref.start.row;
      refusals.push(
        issue(
          "OUTPUT_NO_ROOM_FOR_CAPTION",
          "error",
          where({ sheet: table.sheet, table: table.name }),
          {
            table: table.name,
            sheet: table.sheet,
            lines: output.caption.length,
            missing,
          }
        )
      );
      continue;
    }
    const before = oldExtent(proven);
    // Merges over a caption cell are the tool's; what else stands right of a caption line is a person's.
    const captionCell = (m: RangeRef) =>
      [
        before.caption,
        anchored.captionRows > 0 ? extentOf(anchored.ref, anchored.captionRows).caption : undefined,
      ].some((c) => c !== undefined && rangesOverlap(c, m));
    const merged = facts.merged(table.sheet);
    const laid = captionRoom(anchored, [
      ...facts.occupied(table.sheet),
      ...merged.filter((m) => !captionCell(m)),
    ]);
    const headers = output.columns.map((c) => c.header);
    const edits = columnEdits(
      table.columns.map((c) => renamed.columns.find((r) => r.from === c)?.to ?? c),
      headers
    );
    const shape = tableShape(table);
    for (const k of edits.deleted) {
      const column = table.columns[k]!;
      if (proven.output.columns && !proven.output.columns.some((c) => same(c, column)))
        confirmable.push(
          issue(
            "OUTPUT_COLUMN_ADDED",
            "error",
            where({
              sheet: table.sheet,
              table: table.name,
              column,
              cell: formatRange({
                start: { row: shape.headerRow, col: shape.firstCol + k },
                end: { row: shape.headerRow, col: shape.firstCol + k },
              }),
            }),
            { column, table: table.name }
          )
        );
      removalColumns.push({ table: shape, column });
      shifts.push({ sheet: table.sheet, rows: shape.rows, at: shape.firstCol + k, delta: -1 });
    }
    for (const j of edits.inserted)
      shifts.push({ sheet: table.sheet, rows: shape.rows, at: shape.firstCol + j, delta: 1 });
    const extent = extentOf(laid.ref, laid.captionRows);
    const inTheWay = cellsInTheWay(facts.occupied(table.sheet), extent, before);
    if (inTheWay.length) {
      const range = runs(inTheWay);
      confirmable.push(
        issue(
          "OUTPUT_CELLS_IN_THE_WAY",
          "error",
          where({ sheet: table.sheet, cell: range.split(/[:,]/)[0]! }),
          {
            sheet: table.sheet,
            range,
          }
        )
      );
    }
    plans.push({
      output,
      laid,
      extent,
      existing: {
        proven,
        columns: edits,
        extent: before,
        merged: merged.filter(captionCell),
        renames: renamed,
      },
    });
  }
  const retired = ownership.proven.filter((p) => !matched.has(p));
  return {
    outputs: plans,
    retired,
    removal: {
      sheets: retired.map((r) => r.sheet.name),
      tables: retired.map((r) => tableShape(r.table)),
      columns: removalColumns,
    },
    shifts,
    renames,
    refusals,
    confirmable,
  };
}

/**
 * An owned output's new names when it is written in another language: the sheet and table as
 * the output names them, and each column whose header is the same column as one of the output's
 * (ports/ownedNames: the same key and year in either language); a column with no counterpart
 * keeps its name (and goes).
 */
function outputRenames(proven: ProvenOutput, output: OutputTable): OutputRenames {
  const columns = proven.table.columns.flatMap((c) => {
    const column = headerIn(c, "nl");
    const to =
      column === undefined
        ? undefined
        : output.columns.find((o) => headerIn(o.header, "nl") === column)?.header;
    return to !== undefined && !same(to, c) ? [{ from: c, to }] : [];
  });
  return {
    ...(same(proven.sheet.name, output.sheet) ? {} : { sheet: output.sheet }),
    ...(same(proven.table.name, output.table) ? {} : { table: output.table }),
    columns,
  };
}

/** The record entry of a planned output, with the file's ids when the host has them. */
export const ownedOutput = (
  plan: OutputPlan,
  ids: { sheetId?: number; tableId?: number } = {}
): OwnedOutput => ({
  sheet: plan.existing?.renames.sheet ?? plan.existing?.proven.sheet.name ?? plan.output.sheet,
  table: plan.output.table,
  ref: plan.laid.ref,
  columns: plan.output.columns.map((c) => c.header),
  captionRows: plan.laid.captionRows,
  ...(ids.sheetId !== undefined ? { fileSheetId: ids.sheetId } : {}),
  ...(ids.tableId !== undefined ? { fileTableId: ids.tableId } : {}),
});
