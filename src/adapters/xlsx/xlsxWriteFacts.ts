import { issue, type Issue } from "../../engine/issue";
import { parseA1, parseRange, type CellRef, type RangeRef } from "../../ports/a1";
import type { OwnedRecord } from "../../ports/ownership";
import type { OwnedWritePlan, WriteFacts } from "../../ports/planOwnedWrite";
import type { OpcPackage } from "./opcPackage";
import { startTagAttributes, xmlOutline } from "./xmlOutline";
import { sameName, type WorkbookIndex } from "./workbookIndex";

const TRUE = new Set(["1", "true"]);

/** The cells of a worksheet part that hold a value or a formula (a styled empty cell does not). */
export function occupiedCells(xml: string): CellRef[] {
  const sheetData = xmlOutline(xml, 3).children.find((c) => c.local === "sheetData");
  const cells: CellRef[] = [];
  for (const row of sheetData?.children ?? [])
    for (const cell of row.children) {
      const at = parseA1(startTagAttributes(xml, cell).get("r")?.value ?? "");
      if (at && !cell.selfClosing && cell.closeStart > cell.openEnd) cells.push(at);
    }
  return cells;
}

/** What the ownership rule and the write plan need to know about the package. */
export function xlsxWriteFacts(
  pkg: OpcPackage,
  index: WorkbookIndex,
  record: OwnedRecord | undefined
): WriteFacts {
  const occupied = new PerSheet((sheet) => {
    const part = index.sheets.find((s) => sameName(s.name, sheet))?.part;
    return part ? occupiedCells(pkg.text(part)!.text).map((c) => ({ start: c, end: c })) : [];
  });
  return {
    sheets: index.sheets.filter((s) => s.part).map((s) => ({ name: s.name, fileId: s.sheetId })),
    tables: index.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      ref: t.ref,
      columns: t.columns,
      fileId: t.id,
    })),
    names: index.names,
    ...(record ? { record } : {}),
    file: pkg.file,
    occupied: (sheet) => occupied.get(sheet),
    merged: (sheet) => {
      const part = index.sheets.find((s) => sameName(s.name, sheet))?.part;
      return part ? mergedAreas(pkg.text(part)!.text) : [];
    },
  };
}

/** The merged areas of a worksheet part (its mergeCells). */
export function mergedAreas(xml: string): RangeRef[] {
  const merges = xmlOutline(xml, 2).children.find((c) => c.local === "mergeCells");
  return (merges?.children ?? []).flatMap((m) => {
    const range = parseRange(startTagAttributes(xml, m).get("ref")?.value ?? "");
    return range ? [range] : [];
  });
}

/** Per sheet, worked out once: a sheet of many thousand cells is asked more than once per write. */
class PerSheet<T> {
  private readonly known = new Map<string, T>();

  constructor(private readonly work: (sheet: string) => T) {}

  get(sheet: string): T {
    const key = sheet.toLowerCase();
    if (!this.known.has(key)) this.known.set(key, this.work(sheet));
    return this.known.get(key)!;
  }
}

/** A worksheet part protected against changes (Excel's Review > Protect Sheet). */
const sheetProtected = (xml: string): boolean => {
  const protection = xmlOutline(xml, 1).children.find((c) => c.local === "sheetProtection");
  return (
    protection !== undefined &&
    TRUE.has(startTagAttributes(xml, protection).get("sheet")?.value ?? "")
  );
};

/**
 * What Excel would stop too, checked on the file before anything changes: a protected owned
 * sheet, an active filter on an owned table, and a protected workbook structure when sheets
 * are to be added or removed.
 */
export function xlsxHostRefusals(
  pkg: OpcPackage,
  index: WorkbookIndex,
  plan: OwnedWritePlan
): Issue[] {
  const found: Issue[] = [];
  const file = pkg.file;
  const owned = [
    ...plan.outputs.flatMap((o) => (o.existing ? [o.existing.proven] : [])),
    ...plan.retired,
  ];
  for (const { sheet, table } of owned) {
    const part = index.sheets.find((s) => sameName(s.name, sheet.name))?.part;
    if (part && sheetProtected(pkg.text(part)!.text))
      found.push(
        issue("SHEET_PROTECTED", "error", { file, sheet: sheet.name }, { sheet: sheet.name })
      );
    if (index.tables.find((t) => sameName(t.name, table.name))?.filtering)
      found.push(
        issue(
          "OUTPUT_FILTERED",
          "error",
          { file, sheet: sheet.name, table: table.name },
          { table: table.name }
        )
      );
  }
  const workbook = pkg.text(index.part)!.text;
  const protection = xmlOutline(workbook, 1).children.find((c) => c.local === "workbookProtection");
  const locked =
    protection &&
    TRUE.has(startTagAttributes(workbook, protection).get("lockStructure")?.value ?? "");
  if (locked && (plan.retired.length > 0 || plan.outputs.some((o) => !o.existing)))
    found.push(issue("WORKBOOK_PROTECTED", "error", { file }));
  return found;
}
