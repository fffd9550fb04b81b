import type { RangeRef } from "../../ports/a1";
import { OWNED_RECORD_NAMESPACE } from "../xlsx/ownedRecord";
import { decodeOfficeRecord, type OfficeRecord } from "./officeRecord";
import type { Staged } from "./inTwoSyncs";
import { parseSheetAddress } from "./sheetAddress";

export interface SheetState {
  readonly name: string;
  readonly protected: boolean;
  /** Where the sheet holds values; undefined when it holds none. */
  readonly used?: RangeRef;
}

export interface TableState {
  readonly name: string;
  readonly sheet: string;
  readonly filtered: boolean;
}

/** Everything a write checks before it changes anything. */
export interface WorkbookState {
  readonly sheets: ReadonlyArray<SheetState>;
  readonly tables: ReadonlyArray<TableState>;
  readonly names: ReadonlyArray<string>;
  readonly structureProtected: boolean;
  readonly calculationMode: Excel.CalculationMode | `${Excel.CalculationMode}`;
  readonly record?: OfficeRecord;
  /** The custom XML part holding the record, to replace its text. */
  readonly recordPart?: Excel.CustomXmlPart;
}

export interface RecordRead {
  readonly record?: OfficeRecord;
  /** The custom XML part holding the record, to replace its text. */
  readonly part?: Excel.CustomXmlPart;
}

/** The tool's record and its part, if the workbook has one: the parts, then their text. */
export function recordRead(context: Excel.RequestContext): Staged<RecordRead> {
  const parts = context.workbook.customXmlParts
    .getByNamespace(OWNED_RECORD_NAMESPACE)
    .load("items/id");
  return () => {
    const texts = parts.items.map((part) => ({ part, xml: part.getXml() }));
    return () => {
      for (const { part, xml } of texts) {
        const record = decodeOfficeRecord(xml.value);
        if (record) return { record, part };
      }
      return {};
    };
  };
}

/**
 * The sheets, tables, names, protection, calculation mode and the tool's record, in two
 * syncs whatever the size of the workbook: collections first, then what needs their items.
 */
export async function readWorkbookState(context: Excel.RequestContext): Promise<WorkbookState> {
  const { workbook, application } = context;
  const sheets = workbook.worksheets.load("items/name, items/protection/protected");
  const tables = workbook.tables.load(
    "items/name, items/worksheet/name, items/autoFilter/isDataFiltered"
  );
  const names = workbook.names.load("items/name");
  const protection = workbook.protection.load("protected");
  application.load("calculationMode");
  const recorded = recordRead(context);
  await context.sync();
  const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load("address"));
  const texts = recorded();
  await context.sync();
  const { record, part } = texts();
  return {
    sheets: sheets.items.map((s, i) => {
      const area = used[i] as Excel.Range;
      const range = area.isNullObject ? undefined : parseSheetAddress(area.address)?.range;
      return { name: s.name, protected: s.protection.protected, ...(range ? { used: range } : {}) };
    }),
    tables: tables.items.map((t) => ({
      name: t.name,
      sheet: t.worksheet.name,
      filtered: t.autoFilter.isDataFiltered,
    })),
    names: names.items.map((n) => n.name),
    structureProtected: protection.protected,
    calculationMode: application.calculationMode,
    ...(record ? { record } : {}),
    ...(part ? { recordPart: part } : {}),
  };
}
