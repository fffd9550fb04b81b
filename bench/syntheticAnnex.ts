import { Dec } from "../src/engine/decimal";
import { a1, columnLetters } from "../src/ports/a1";
import { ANNEX } from "../src/ports/annexLayout";
import { num, text, type Cell } from "../src/ports/cell";
import { isoToSerial } from "../src/ports/readDateCell";
import type { WorkbookSpec } from "../src/ports/workbookSpec";
import { centsText, seededRandom } from "./seededRandom";

const FIRST_YEAR = 2021;
const DATE_FORMAT = "d-m-yyyy";

/**
 * An annex in the documented layout for `count` municipalities over `yearCount` years: table
 * PBudget (Gemeente + a column per year, P-budgets of €50,000–3,000,000 with cents), table
 * Lumpsum (Jaar, Totaal: about half the summed budgets, with cents), the period from 1 July of
 * the first year to the end of the last in PeriodeStart/PeriodeEinde, and the municipalities
 * declared in table Gemeenten, as a workbook for another region does.
 */
export function syntheticAnnex(count: number, yearCount: number, seed: number): WorkbookSpec {
  const random = seededRandom(seed);
  const years = Array.from({ length: yearCount }, (_, y) => FIRST_YEAR + y);
  const names = Array.from(
    { length: count },
    (_, i) => `Gemeente ${String(i + 1).padStart(3, "0")}`
  );
  const budgets = names.map(() => years.map(() => centsText(random, 50_000, 3_000_000)));
  const totals = years.map((_, y) =>
    budgets
      .reduce((s, row) => s.plus(row[y]!), new Dec(0))
      .times(4500 + Math.floor(random() * 1001))
      .div(10000)
      .toFixed(2)
  );
  const budgetRows: Cell[][] = names.map((name, i) => [
    text(name),
    ...budgets[i]!.map((b) => num(b)),
  ]);
  const start = isoToSerial(`${FIRST_YEAR}-07-01`)!;
  const end = isoToSerial(`${FIRST_YEAR + yearCount - 1}-12-31`)!;
  return {
    sheets: [
      {
        name: ANNEX.budgetSheet,
        cells: [[text("Gemeente"), ...years.map((y) => text(String(y)))], ...budgetRows],
      },
      {
        name: "Lumpsum",
        cells: [
          [text("Jaar"), text("Totaal"), { t: "blank" }, text("Periode van"), num(start)],
          ...years.map((y, k) => [
            num(String(y)),
            num(totals[k]!),
            ...(k === 0 ? [{ t: "blank" } as const, text("Periode tot en met"), num(end)] : []),
          ]),
        ],
        formats: { E1: DATE_FORMAT, E2: DATE_FORMAT },
      },
      { name: "Gemeenten", cells: [[text("Gemeente")], ...names.map((n) => [text(n)])] },
    ],
    tables: [
      {
        name: ANNEX.budgetTable,
        sheet: ANNEX.budgetSheet,
        ref: `A1:${columnLetters(yearCount)}${count + 1}`,
      },
      { name: ANNEX.totalsTable, sheet: "Lumpsum", ref: `A1:B${yearCount + 1}` },
      {
        name: ANNEX.municipalitiesTable,
        sheet: "Gemeenten",
        ref: `A1:${a1({ row: count, col: 0 })}`,
      },
    ],
    names: [
      { name: ANNEX.periodStart, ref: "Lumpsum!$E$1" },
      { name: ANNEX.periodEnd, ref: "Lumpsum!$E$2" },
    ],
  };
}
