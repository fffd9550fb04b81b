import { parseRange, type RangeRef } from "../../ports/a1";
import { issue } from "../../engine/issue";
import type { IssueCode } from "../../engine/messages";
import { PortError } from "../../ports/portError";
import type { OpcPackage, Relationship } from "./opcPackage";
import { CONTENT_TYPE, REL_TYPE } from "./opcNames";
import { decodeSpreadsheetText } from "./xmlEscape";
import { attr, child, children, textOf, type XmlNode } from "./xmlNode";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
  /** The worksheet part; undefined for chart sheets and dialog sheets. */
  readonly part: string | undefined;
}

export interface DefinedNameEntry {
  readonly name: string;
  /** Index into the sheets list for a sheet-scoped name. */
  readonly localSheetId?: number;
  readonly formula: string;
}

export interface TableEntry {
  /** The display name: what formulas and structured references use. */
  readonly name: string;
  readonly id: number;
  readonly part: string;
  readonly sheet: SheetEntry;
  readonly ref: RangeRef;
  /** Column names in order (the header texts) and the ids the table part gives them. */
  readonly columns: ReadonlyArray<string>;
  readonly columnIds: ReadonlyArray<number>;
  /** Rows at the bottom of `ref` that are the totals row (0 or 1). */
  readonly totalsRows: number;
  readonly autoFilter: boolean;
  readonly filtering: boolean;
}

/** What the workbook part and its relationships say: sheets, names, tables, parts. */
export interface WorkbookIndex {
  readonly part: string;
  readonly sheets: ReadonlyArray<SheetEntry>;
  readonly names: ReadonlyArray<DefinedNameEntry>;
  readonly tables: ReadonlyArray<TableEntry>;
  readonly stylesPart?: string;
  readonly sharedStringsPart?: string;
  /** workbookPr date1904: date serials count from 1 January 1904. */
  readonly date1904: boolean;
}

/** Sheet, table and defined names compare case-insensitively in Excel. */
/** A filter column counts only when it holds a criterion (a bare one just hides the button). */
const isFiltering = (autoFilter: XmlNode | undefined): boolean =>
  children(autoFilter, "filterColumn").some((fc) =>
    Object.keys(fc).some((k) => !k.startsWith("@_") && k !== "#text")
  );

export const sameName = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

/**
 * The index of the workbook part, refusing what Excel and another reader could take two ways:
 * two sheets, tables or defined names of one name, two sheets on one part, a worksheet part no
 * sheet refers to.
 */
export function indexWorkbook(pkg: OpcPackage, part: string): WorkbookIndex {
  const workbook = child(pkg.xml(part), "workbook");
  if (!workbook) throw pkg.damaged(part);
  const rels = pkg.relationships(part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = children(child(workbook, "sheets"), "sheet").map((s): SheetEntry => {
    const rel = byId.get(attr(s, "id") ?? "");
    const isWorksheet = rel?.type === REL_TYPE.worksheet && !rel.external && pkg.has(rel.target);
    return {
      name: attr(s, "name") ?? "",
      sheetId: Number(attr(s, "sheetId")),
      rId: attr(s, "id") ?? "",
      part: isWorksheet ? pkg.storedName(rel.target) : undefined,
    };
  });
  const names = children(child(workbook, "definedNames"), "definedName").map(
    (n): DefinedNameEntry => {
      const local = attr(n, "localSheetId");
      return {
        name: attr(n, "name") ?? "",
        formula: textOf(n),
        ...(local !== undefined ? { localSheetId: Number(local) } : {}),
      };
    }
  );
  const partOf = (type: string): string | undefined => {
    const rel = rels.find((r) => r.type === type && !r.external);
    return rel ? pkg.storedName(rel.target) : undefined;
  };
  const stylesPart = partOf(REL_TYPE.styles);
  const sharedStringsPart = partOf(REL_TYPE.sharedStrings);
  const tables = sheets.flatMap((sheet) => (sheet.part ? tablesOf(pkg, sheet) : []));
  refuseAmbiguity(pkg, rels, sheets, names, tables);
  const date1904 = attr(child(workbook, "workbookPr"), "date1904");
  return {
    part,
    sheets,
    names,
    date1904: date1904 === "1" || date1904 === "true",
    tables,
    ...(stylesPart ? { stylesPart } : {}),
    ...(sharedStringsPart ? { sharedStringsPart } : {}),
  };
}

const refusal = (pkg: OpcPackage, code: IssueCode, params: Record<string, string>): PortError =>
  new PortError(issue(code, "error", { file: pkg.file }, params));

/** The first value that occurs twice under `key`, with the first occurrence. */
function twice<T>(
  items: ReadonlyArray<T>,
  key: (item: T) => string | undefined
): [T, T] | undefined {
  const seen = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const first = seen.get(k);
    if (first !== undefined) return [first, item];
    seen.set(k, item);
  }
  return undefined;
}

function refuseAmbiguity(
  pkg: OpcPackage,
  rels: ReadonlyArray<Relationship>,
  sheets: ReadonlyArray<SheetEntry>,
  names: ReadonlyArray<DefinedNameEntry>,
  tables: ReadonlyArray<TableEntry>
): void {
  const sheetName = twice(sheets, (s) => s.name.toUpperCase());
  if (sheetName) throw refusal(pkg, "PKG_SHEET_NAME_TWICE", { name: sheetName[1].name });
  const shared = twice(sheets, (s) => s.part?.toLowerCase());
  if (shared)
    throw refusal(pkg, "PKG_SHEET_SHARED", {
      sheet: shared[0].name,
      other: shared[1].name,
      part: shared[0].part!,
    });
  const table = twice(tables, (t) => t.name.toUpperCase());
  if (table) throw refusal(pkg, "PKG_TABLE_NAME_TWICE", { name: table[1].name });
  const name = twice(names, (n) => `${n.localSheetId ?? ""}!${n.name.toUpperCase()}`);
  if (name) throw refusal(pkg, "PKG_DEFINED_NAME_TWICE", { name: name[1].name });
  const listed = new Set(sheets.flatMap((s) => (s.part ? [s.part.toLowerCase()] : [])));
  const worksheetParts = [
    ...rels.filter((r) => r.type === REL_TYPE.worksheet && !r.external).map((r) => r.target),
    ...pkg.partsOfContentType(CONTENT_TYPE.worksheet),
  ];
  const unreferenced = worksheetParts.find((p) => pkg.has(p) && !listed.has(p.toLowerCase()));
  if (unreferenced)
    throw refusal(pkg, "PKG_SHEET_UNREFERENCED", { part: pkg.storedName(unreferenced)! });
}

function tablesOf(pkg: OpcPackage, sheet: SheetEntry): TableEntry[] {
  return pkg.relationships(sheet.part!).flatMap((rel): TableEntry[] => {
    const part =
      rel.type === REL_TYPE.table && !rel.external ? pkg.storedName(rel.target) : undefined;
    const table = part ? child(pkg.xml(part), "table") : undefined;
    const ref = parseRange(attr(table, "ref") ?? "");
    if (!part || !table || !ref) return [];
    const autoFilter = child(table, "autoFilter");
    const columns = children(child(table, "tableColumns"), "tableColumn");
    return [
      {
        name: attr(table, "displayName") ?? attr(table, "name") ?? "",
        id: Number(attr(table, "id")),
        part,
        sheet,
        ref,
        columns: columns.map((c) => decodeSpreadsheetText(attr(c, "name") ?? "")),
        columnIds: columns.map((c) => Number(attr(c, "id"))),
        totalsRows: Number(attr(table, "totalsRowCount") ?? "0") > 0 ? 1 : 0,
        autoFilter: autoFilter !== undefined,
        filtering: isFiltering(autoFilter),
      },
    ];
  });
}
