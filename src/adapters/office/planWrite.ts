import { issue, type Issue } from "../../engine/issue";
import { formatRange, type RangeRef } from "../../ports/a1";
import { outputLayout, type LaidOutTable } from "../../ports/outputLayout";
import type { OutputTable } from "../../ports/workbookPort";
import type { OfficeRecord, PreviousState } from "./officeRecord";
import type { WorkbookState } from "./workbookState";

/** An owned sheet the write replaces or removes: renamed aside, then deleted once the new output is in place. */
export interface Replaced {
  readonly sheet: string;
  readonly backup: string;
  readonly tables: ReadonlyArray<{ readonly name: string; readonly aside: string }>;
}

export interface WritePlan {
  readonly outputs: ReadonlyArray<{
    readonly table: LaidOutTable;
    readonly staging: string;
    readonly stagingTable: string;
  }>;
  readonly replaced: ReadonlyArray<Replaced>;
  readonly record: OfficeRecord;
}

const lower = (s: string): string => s.toLowerCase();

/** `base1`, `base2`…: the first not in `taken` (which it then joins). */
function freshName(base: string, taken: Set<string>): string {
  for (let k = 1; ; k++) {
    const name = `${base}${k}`;
    if (!taken.has(lower(name))) {
      taken.add(lower(name));
      return name;
    }
  }
}

/** The block the tool wrote on a sheet, from the record; undefined when the record does not say. */
function writtenExtent(record: OfficeRecord | undefined, sheet: string): RangeRef | undefined {
  const out = record?.written?.find((o) => lower(o.sheet) === lower(sheet));
  if (!out) return undefined;
  const cells = outputLayout(out).cells;
  return {
    start: { row: 0, col: 0 },
    end: { row: cells.length - 1, col: Math.max(...cells.map((r) => r.length)) - 1 },
  };
}

const within = (inner: RangeRef, outer: RangeRef): boolean =>
  inner.start.row >= outer.start.row &&
  inner.start.col >= outer.start.col &&
  inner.end.row <= outer.end.row &&
  inner.end.col <= outer.end.col;

/** Why the write may not go ahead, checked before anything changes; empty when it may. */
function refusals(
  state: WorkbookState,
  outputs: ReadonlyArray<OutputTable>,
  owned: Set<string>
): Issue[] {
  if (state.structureProtected) return [issue("WORKBOOK_PROTECTED", "error")];
  const found: Issue[] = [];
  for (const out of outputs) {
    if (
      state.sheets.some((s) => lower(s.name) === lower(out.sheet)) &&
      !owned.has(lower(out.sheet))
    ) {
      found.push(issue("PKG_SHEET_NOT_OWNED", "error", { sheet: out.sheet }));
    }
    const table = state.tables.find((t) => lower(t.name) === lower(out.table));
    if (
      (table && !owned.has(lower(table.sheet))) ||
      state.names.some((n) => lower(n) === lower(out.table))
    ) {
      found.push(
        issue(
          "PKG_NAME_TAKEN",
          "error",
          { table: out.table, ...(table ? { sheet: table.sheet } : {}) },
          { name: out.table }
        )
      );
    }
  }
  for (const sheet of state.sheets.filter((s) => owned.has(lower(s.name)))) {
    if (sheet.protected)
      found.push(issue("SHEET_PROTECTED", "error", { sheet: sheet.name }, { sheet: sheet.name }));
    for (const t of state.tables.filter(
      (x) => lower(x.sheet) === lower(sheet.name) && x.filtered
    )) {
      found.push(
        issue("OUTPUT_FILTERED", "error", { sheet: sheet.name, table: t.name }, { table: t.name })
      );
    }
    const extent = writtenExtent(state.record, sheet.name);
    if (sheet.used && extent && !within(sheet.used, extent)) {
      const range = formatRange(sheet.used);
      found.push(
        issue(
          "OUTPUT_CELLS_IN_THE_WAY",
          "error",
          { sheet: sheet.name, cell: range },
          { sheet: sheet.name, range }
        )
      );
    }
  }
  return found;
}

/**
 * How to replace the owned output with `outputs` and `settings` (undefined: none), or the
 * refusals. The new output is built on hidden staging sheets under free names; owned sheets
 * are set aside under free names and deleted only after the record names the new ones.
 * `previous` is what undo will restore: the state this write replaces, when it is known.
 */
export function planWrite(
  state: WorkbookState,
  outputs: ReadonlyArray<OutputTable>,
  settings: string | undefined,
  previous: PreviousState | undefined
): { plan: WritePlan } | { refused: Issue[] } {
  if (
    new Set(outputs.map((o) => lower(o.sheet))).size !== outputs.length ||
    new Set(outputs.map((o) => lower(o.table))).size !== outputs.length
  ) {
    throw new RangeError("output sheets and tables must have distinct names");
  }
  const owned = new Set((state.record?.owned ?? []).map(lower));
  const found = refusals(state, outputs, owned);
  if (found.length > 0) return { refused: found };
  const sheetNames = new Set(state.sheets.map((s) => lower(s.name)));
  const tableNames = new Set([
    ...state.tables.map((t) => lower(t.name)),
    ...state.names.map(lower),
  ]);
  const replaced = state.sheets
    .filter((s) => owned.has(lower(s.name)))
    .map((s) => ({
      sheet: s.name,
      backup: freshName("IBN~old", sheetNames),
      tables: state.tables
        .filter((t) => lower(t.sheet) === lower(s.name))
        .map((t) => ({ name: t.name, aside: freshName("IBNold", tableNames) })),
    }));
  return {
    plan: {
      outputs: outputs.map((out) => ({
        table: outputLayout(out),
        staging: freshName("IBN~new", sheetNames),
        stagingTable: freshName("IBNnew", tableNames),
      })),
      replaced,
      record: {
        owned: outputs.map((o) => o.sheet),
        ...(settings === undefined ? {} : { settings }),
        written: outputs,
        ...(previous ? { previous } : {}),
      },
    },
  };
}
