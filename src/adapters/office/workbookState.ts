import type { RangeRef } from "../../ports/a1";
import type { OwnedRecord } from "../../ports/ownership";
import type { WriteFacts } from "../../ports/planOwnedWrite";
import { decodeOwnedRecord, RECORD_NAMESPACES } from "../xlsx/ownedRecord";
import type { Staged } from "./inTwoSyncs";
import { parseSheetAddress } from "./sheetAddress";
import { decodeUndoPart, UNDO_NAMESPACE, type UndoPart } from "./undoPayload";

export interface SheetState {
  readonly name: string;
  readonly protected: boolean;
}

export interface TableState {
  readonly name: string;
  readonly sheet: string;
  readonly ref: RangeRef;
  readonly columns: ReadonlyArray<string>;
  readonly showTotals: boolean;
  readonly filtered: boolean;
}

/** Everything a write checks before it changes anything. */
export interface WorkbookState {
  readonly sheets: ReadonlyArray<SheetState>;
  readonly tables: ReadonlyArray<TableState>;
  /** Workbook-scoped names with their formulas ("=Lumpsum!$E$1"). */
  readonly names: ReadonlyArray<{ readonly name: string; readonly formula: string }>;
  readonly structureProtected: boolean;
  readonly record?: OwnedRecord;
  /** The custom XML parts holding a record (newest version first), and the undo parts. */
  readonly recordParts: ReadonlyArray<{
    readonly part: Excel.CustomXmlPart;
    readonly record: OwnedRecord;
  }>;
  readonly undoParts: ReadonlyArray<{
    readonly part: Excel.CustomXmlPart;
    readonly undo: UndoPart;
  }>;
}

export interface RecordRead {
  readonly record?: OwnedRecord;
  readonly recordParts: WorkbookState["recordParts"];
  readonly undoParts: WorkbookState["undoParts"];
}

/** The tool's record (either version, the newest first) and its undo parts: the parts, then their text. */
export function recordRead(context: Excel.RequestContext): Staged<RecordRead> {
  const collections = [...RECORD_NAMESPACES, UNDO_NAMESPACE].map((ns) =>
    context.workbook.customXmlParts.getByNamespace(ns).load("items/id")
  );
  return () => {
    const texts = collections.map((c) => c.items.map((part) => ({ part, xml: part.getXml() })));
    return () => {
      const recordParts = texts.slice(0, -1).flatMap((list) =>
        list.flatMap(({ part, xml }) => {
          const record = decodeOwnedRecord(xml.value);
          return record ? [{ part, record }] : [];
        })
      );
      const undoParts = texts[texts.length - 1]!.flatMap(({ part, xml }) => {
        const undo = decodeUndoPart(xml.value);
        return undo ? [{ part, undo }] : [];
      });
      const record = recordParts[0]?.record;
      return { ...(record ? { record } : {}), recordParts, undoParts };
    };
  };
}

/**
 * The sheets, tables (range, columns), names, protection, the tool's record and undo parts, in
 * two syncs whatever the size of the workbook: collections first, then what needs their items.
 */
export async function readWorkbookState(context: Excel.RequestContext): Promise<WorkbookState> {
  const { workbook } = context;
  const sheets = workbook.worksheets.load("items/name, items/protection/protected");
  const tables = workbook.tables.load(
    "items/name, items/showTotals, items/worksheet/name, items/autoFilter/isDataFiltered, items/columns/items/name"
  );
  const names = workbook.names.load("items/name, items/formula");
  const protection = workbook.protection.load("protected");
  const recorded = recordRead(context);
  await context.sync();
  const ranges = tables.items.map((t) => t.getRange().load("address"));
  const texts = recorded();
  await context.sync();
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, protected: s.protection.protected })),
    tables: tables.items.map((t, k) => ({
      name: t.name,
      sheet: t.worksheet.name,
      ref: parseSheetAddress(ranges[k]!.address)!.range,
      columns: t.columns.items.map((c) => c.name),
      showTotals: t.showTotals,
      filtered: t.autoFilter.isDataFiltered,
    })),
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
    structureProtected: protection.protected,
    ...texts(),
  };
}

/**
 * What the ownership rule and the write plan need, from the state and the blocks of occupied
 * cells and merged areas on the owned sheets (by lower-case sheet name). Office.js has no file ids.
 */
export function officeWriteFacts(
  state: WorkbookState,
  occupied: ReadonlyMap<string, ReadonlyArray<RangeRef>> = new Map(),
  merged: ReadonlyMap<string, ReadonlyArray<RangeRef>> = new Map()
): WriteFacts {
  return {
    sheets: state.sheets.map((s) => ({ name: s.name })),
    tables: state.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet,
      ref: t.ref,
      columns: t.columns,
    })),
    names: state.names,
    ...(state.record ? { record: state.record } : {}),
    occupied: (sheet) => occupied.get(sheet.toLowerCase()) ?? [],
    merged: (sheet) => merged.get(sheet.toLowerCase()) ?? [],
  };
}
