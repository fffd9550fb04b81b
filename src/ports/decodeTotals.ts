import type { Dec } from "../engine/decimal";
import { hasErrors, issue, type Issue } from "../engine/issue";
import { ANNEX, headerIs } from "./annexLayout";
import { cellWhere, isBlankRow, sheetRow } from "./rangeWhere";
import { readAmountCell } from "./readAmountCell";
import { cellText, readYearCell } from "./readYearCell";
import type { RangeData } from "./workbookPort";

/**
 * Decodes the table Lumpsum (Jaar, Totaal): the total lump sum per year. A total may be
 * negative (money going back to the municipalities); a blank total is missing, never zero.
 */
export function decodeTotals(range: RangeData): {
  totals?: ReadonlyMap<number, Dec>;
  issues: Issue[];
} {
  const issues: Issue[] = [];
  const header = (range.cells[0] ?? []).map(cellText);
  const yearCol = header.findIndex((h) => headerIs(h, ANNEX.totalsYearHeaders));
  const totalCol = header.findIndex((h) => headerIs(h, ANNEX.totalsAmountHeaders));
  if (yearCol < 0 || totalCol < 0)
    return { issues: [issue("TOTALS_HEADER_INVALID", "error", cellWhere(range, 0, 0))] };
  if (range.merged.length > 0) {
    issues.push(
      ...range.merged.map((m) =>
        issue(
          "MERGED_CELLS",
          "error",
          { sheet: range.sheet, cell: m.split(":")[0]!, table: ANNEX.totalsTable },
          { range: m }
        )
      )
    );
  }
  const totals = new Map<number, Dec>();
  const hidden = new Set(range.hiddenRows);
  range.cells.forEach((cells, r) => {
    if (r === 0 || isBlankRow(cells)) return;
    const yearCell = cells[yearCol] ?? { t: "blank" };
    const year = readYearCell(yearCell);
    if (year === undefined) {
      issues.push(
        issue("YEAR_INVALID", "error", cellWhere(range, r, yearCol), { value: cellText(yearCell) })
      );
      return;
    }
    const where = cellWhere(range, r, totalCol, { row: String(year) });
    if (totals.has(year)) issues.push(issue("YEAR_DUPLICATE", "error", where, { year }));
    if (hidden.has(r))
      issues.push(
        issue("ROW_HIDDEN", "warning", where, { row: sheetRow(range, r), name: String(year) })
      );
    const read = readAmountCell(cells[totalCol] ?? { t: "blank" });
    if (read.kind === "blank") issues.push(issue("TOTAL_MISSING", "error", where));
    else if (read.kind === "refused") issues.push(issue(read.code, "error", where, read.params));
    else {
      if (read.text !== undefined)
        issues.push(
          issue("NUMBER_AS_TEXT", "warning", where, {
            value: read.text.trim(),
            read: read.value.toString(),
          })
        );
      totals.set(year, read.value);
    }
  });
  return hasErrors(issues) ? { issues } : { totals, issues };
}
