import { issue, type Issue, type Where } from "../engine/issue";
import type { Period } from "../engine/yearSlices";
import { ANNEX } from "./annexLayout";
import { cellWhere } from "./rangeWhere";
import { readDateCell } from "./readDateCell";
import type { RangeData } from "./workbookPort";

type End = { iso?: string; where: Where; name: string } | undefined;

/**
 * Decodes the period from the names PeriodeStart and PeriodeEinde: both or neither (a blank
 * cell counts as not given). Dates are Excel date cells, or ISO text with a warning.
 */
export interface DecodedPeriod {
  readonly period?: Period;
  /** The PeriodeStart cell: where findings about the period as a whole point. */
  readonly where?: Where;
  readonly issues: Issue[];
}

export function decodePeriod(
  start: RangeData | undefined,
  end: RangeData | undefined
): DecodedPeriod {
  const issues: Issue[] = [];
  const from = decodeEnd(start, ANNEX.periodStart, issues);
  const to = decodeEnd(end, ANNEX.periodEnd, issues);
  if (!from && !to) return { issues };
  if (!from || !to) {
    const present = (from ?? to)!;
    return {
      issues: [
        ...issues,
        issue("PERIOD_INCOMPLETE", "error", present.where, { present: present.name }),
      ],
    };
  }
  if (!from.iso || !to.iso) return { issues };
  if (to.iso < from.iso)
    return {
      issues: [
        ...issues,
        issue("PERIOD_END_BEFORE_START", "error", to.where, { start: from.iso, end: to.iso }),
      ],
    };
  return { period: { start: from.iso, end: to.iso }, where: from.where, issues };
}

function decodeEnd(range: RangeData | undefined, name: string, issues: Issue[]): End {
  const cell = range?.cells[0]?.[0];
  if (!range || !cell) return undefined;
  const where = { ...cellWhere(range, 0, 0), row: name };
  const read = readDateCell(cell, range.date1904);
  if (read.kind === "blank") return undefined;
  if (read.kind === "refused") {
    issues.push(issue(read.code, "error", where, { value: read.value }));
    return { where, name };
  }
  if (read.text !== undefined)
    issues.push(
      issue("DATE_AS_TEXT", "warning", where, { value: read.text.trim(), read: read.iso })
    );
  return { iso: read.iso, where, name };
}
