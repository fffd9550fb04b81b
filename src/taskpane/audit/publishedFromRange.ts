import type { PublishedRow, PublishedTables } from "../../engine/audit/publishedTables";
import type { Dec } from "../../engine/decimal";
import { nameKey } from "../../engine/nameKey";
import { normalizeName } from "../../engine/normalizeName";
import type { Period } from "../../engine/yearSlices";
import { TOTALS_LABEL } from "../../ports/annexLayout";
import type { Cell } from "../../ports/cell";
import type { Budgets } from "../../ports/decodeBudgets";
import { cellAddress, isBlankRow } from "../../ports/rangeWhere";
import { readAmountCell } from "../../ports/readAmountCell";
import { cellText, readYearCell } from "../../ports/readYearCell";
import type { RangeData } from "../../ports/workbookPort";

export type PublishedKind = "perYear" | "period";

export interface PublishedRead {
  readonly kind: PublishedKind;
  readonly tables: PublishedTables;
  /** The cell of each printed figure, by `row|column` as the audit names them ('Totaal' for the total). */
  readonly cells: ReadonlyMap<string, string>;
  /** Printed figures read: what was checked. */
  readonly figures: number;
}

export const figureKey = (row: string | number | undefined, column: string | undefined): string =>
  `${normalizeName(String(row ?? ""))}|${column ?? ""}`;

/** A printed figure as the audit takes it: canonical text when it reads as an amount, else as printed. */
const figure = (cell: Cell): string => {
  const read = readAmountCell(cell);
  return read.kind === "ok" ? read.value.toFixed() : cellText(cell);
};

/**
 * A published table as a workbook holds it, in the audit's shape: a name column, then either
 * one column per year (the lump sum per year) or one amount column (the amount for the
 * period). A row labelled Totaal, or the table's totals row, is the printed total. Its inputs
 * are the workbook's own P-budgets and, when the table prints no total, its Lumpsum totals.
 * Undefined when the block has no year column and no single amount column.
 */
export function publishedFromRange(
  range: RangeData,
  budgets: Budgets,
  totals: ReadonlyMap<number, Dec> | undefined,
  period: Period | undefined
): PublishedRead | undefined {
  const header = range.cells[0] ?? [];
  const years = header.flatMap((cell, c) => {
    const year = c === 0 ? undefined : readYearCell(cell);
    return year === undefined ? [] : [{ year, c }];
  });
  const kind: PublishedKind | undefined =
    years.length > 0 ? "perYear" : header.length === 2 && period ? "period" : undefined;
  if (!kind) return undefined;
  const columns =
    kind === "perYear"
      ? years.map(({ year, c }) => ({ label: String(year), c }))
      : [{ label: `${period!.start} – ${period!.end}`, c: 1 }];

  const cells = new Map<string, string>();
  const rows: { name: string; values: Record<string, string> }[] = [];
  let total: Record<string, string> | undefined;
  const body = range.cells.map((line, r) => ({ line, r })).slice(1);
  const totalsRow = range.totalsRow ? [{ line: range.totalsRow, r: range.cells.length }] : [];
  for (const { line, r } of [...body, ...totalsRow]) {
    if (isBlankRow(line)) continue;
    const name = cellText(line[0] ?? { t: "blank" });
    const isTotal = r === range.cells.length || TOTALS_LABEL.test(nameKey(name));
    const label = isTotal ? "Totaal" : name;
    const values = Object.fromEntries(
      columns.map(({ label: column, c }) => [column, figure(line[c] ?? { t: "blank" })])
    );
    columns.forEach(({ label: column, c }) =>
      cells.set(figureKey(label, column), cellAddress(range, r, c))
    );
    if (isTotal) total = values;
    else rows.push({ name, values });
  }

  const pbudget = {
    years: budgets.years,
    rows: budgets.rows.map((row): PublishedRow => ({
      gemeente: row.name,
      // A merger participant's year it is not listed in stays out, as in the workbook.
      ...Object.fromEntries(
        budgets.years.flatMap((y) => {
          const w = row.weights[y];
          return w ? [[String(y), w.toFixed()]] : [];
        })
      ),
    })),
  };
  const workbookTotals = Object.fromEntries(
    [...(totals ?? [])].map(([y, v]) => [String(y), v.toFixed()])
  );
  const tables: PublishedTables =
    kind === "perYear"
      ? {
          participatiebudget_nieuwe_doelgroepen: pbudget,
          lumpsum_per_year: {
            rows: rows.map((r) => ({ gemeente: r.name, ...r.values })),
            printed_total: total ?? workbookTotals,
          },
        }
      : {
          participatiebudget_nieuwe_doelgroepen: pbudget,
          lumpsum_per_year: { rows: [], printed_total: workbookTotals },
          lumpsum_first_period: {
            period: period!,
            rows: rows.map((r) => ({ gemeente: r.name, amount: r.values[columns[0]!.label]! })),
            ...(total ? { printed_total: total[columns[0]!.label]! } : {}),
          },
        };
  return {
    kind,
    tables,
    cells,
    figures: rows.length * columns.length + (total ? columns.length : 0),
  };
}
