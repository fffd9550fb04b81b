import { parseRange, type RangeRef } from "../../ports/a1";

export interface SheetRange {
  /** Undefined when the address names no sheet. */
  readonly sheet?: string;
  readonly range: RangeRef;
}

/**
 * An address as Excel reports it — 'Sheet1!A1:C12', "'P-budget'!$B$2", '[Book1]Sheet1!B2' —
 * as sheet and corners; undefined for whole rows or columns and anything else unusual, so
 * callers fall back to what they can do without an address.
 */
export function parseSheetAddress(address: string): SheetRange | undefined {
  const bang = address.lastIndexOf("!");
  const range = parseRange(address.slice(bang + 1));
  if (!range) return undefined;
  if (bang < 0) return { range };
  let sheet = address.slice(0, bang);
  if (/^'.*'$/.test(sheet)) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet: sheet.replace(/^\[[^\]]*\]/, ""), range };
}
