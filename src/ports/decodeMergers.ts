import { hasErrors, issue, type Issue } from "../engine/issue";
import { parseIsoDate } from "../engine/isoDate";
import { nameKey } from "../engine/nameKey";
import { normalizeName } from "../engine/normalizeName";
import type { Merger } from "../engine/structure/merger";
import { ANNEX, headerIs } from "./annexLayout";
import { cellWhere, isBlankRow } from "./rangeWhere";
import { readDateCell } from "./readDateCell";
import { cellText } from "./readYearCell";
import type { RangeData } from "./workbookPort";

/**
 * Decodes the table Fusies: one row per predecessor — the new municipality, a municipality
 * that became part of it, and the date it took effect (1 January of a year: P-budgets are per
 * calendar year). Rows with the same new name and date make one merger. Every problem names its
 * cell; the mergers come back only when there is none.
 */
export function decodeMergers(range: RangeData): { mergers?: Merger[]; issues: Issue[] } {
  const header = (range.cells[0] ?? []).map(cellText);
  const col = (words: ReadonlyArray<string>) => header.findIndex((h) => headerIs(h, words));
  const [nameCol, fromCol, dateCol] = [
    col(ANNEX.mergerNameHeaders),
    col(ANNEX.mergerFromHeaders),
    col(ANNEX.mergerDateHeaders),
  ];
  if (nameCol < 0 || fromCol < 0 || dateCol < 0)
    return { issues: [issue("MERGERS_HEADER_INVALID", "error", cellWhere(range, 0, 0))] };
  const issues: Issue[] = [];
  const mergers = new Map<string, { name: string; from: string[]; effective: string }>();
  range.cells.forEach((cells, r) => {
    if (r === 0 || isBlankRow(cells)) return;
    const text = (c: number) => normalizeName(cellText(cells[c] ?? { t: "blank" }));
    const [name, from] = [text(nameCol), text(fromCol)];
    const blank = [nameCol, fromCol].find((c) => text(c) === "");
    if (blank !== undefined)
      issues.push(
        issue("MERGER_INCOMPLETE", "error", cellWhere(range, r, blank), { merged: name })
      );
    const where = cellWhere(range, r, dateCol, { row: name });
    const date = readDateCell(cells[dateCol] ?? { t: "blank" }, range.date1904);
    const iso = date.kind === "ok" ? parseIsoDate(date.iso) : undefined;
    if (!iso || iso.m !== 1 || iso.d !== 1) {
      const value = date.kind === "ok" ? date.iso : date.kind === "refused" ? date.value : "";
      issues.push(issue("MERGER_DATE_INVALID", "error", where, { merged: name, value }));
    }
    if (blank !== undefined || date.kind !== "ok") return;
    const key = `${nameKey(name)}|${date.iso}`;
    const merger = mergers.get(key) ?? { name, from: [], effective: date.iso };
    mergers.set(key, { ...merger, from: [...merger.from, from] });
  });
  return hasErrors(issues) ? { issues } : { mergers: [...mergers.values()], issues };
}
