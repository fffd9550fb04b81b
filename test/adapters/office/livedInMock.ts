import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { refreshWorkbook } from "../../../src/app/refreshWorkbook";
import { ibnExampleSpec } from "../../../src/demo/ibnExample";
import {
  NOTE,
  REFRESH_OPTIONS,
  tablePlaces,
  userFormulas,
  userNames,
} from "../../fixtures/livedInWorkbook";
import { ExcelMock } from "./excelMock";
import { MockWorkbook, type XSheet } from "./mockWorkbook";

/*
 * The Office.js side of the lived-in workbook (test/fixtures/livedInWorkbook.ts holds the .xlsx
 * side): the IBN example refreshed once in the Excel mock, then used — a sheet of the user's
 * own with a plain reference, a structured reference, a lookup and a defined name into the
 * tool's tables, a data validation list and a conditional format, a chart series, a note beside
 * the per-year table. The mock computes the user's formulas and moves or breaks their
 * references as Excel does.
 */

export async function livedIn() {
  const mock = new ExcelMock(MockWorkbook.fromSpec(ibnExampleSpec("nl")));
  const wb = mock.workbook;
  const port = new OfficeWorkbook(mock.run);
  const first = await refreshWorkbook(port, REFRESH_OPTIONS);
  if (!first.written) throw new Error(first.issues.map((i) => i.code).join());
  const places = await tablePlaces(port);
  const user = wb.addSheet("Overzicht", wb.newId());
  userFormulas(places).forEach((f, r) =>
    wb.setValues(user.id, { start: { row: r, col: 0 }, end: { row: r, col: 1 } }, [
      [f.label, `=${f.formula}`],
    ])
  );
  wb.names.push(
    ...userNames().map((n) => ({ name: n.name, formula: `=${n.formula}`, visible: true }))
  );
  const perYear = "'Lumpsum per jaar'";
  const amounts = `${perYear}!$${places.perYear("Lumpsum 2022")}$${places.firstDataRow}:$${places.perYear("Lumpsum 2022")}$${places.lastDataRow}`;
  const names = `${perYear}!$A$${places.firstDataRow}:$A$${places.lastDataRow}`;
  wb.rules.push(
    {
      kind: "validation",
      sheetId: user.id,
      range: { start: { row: 0, col: 3 }, end: { row: 0, col: 3 } },
      formula: `=${names}`,
    },
    {
      kind: "format",
      sheetId: user.id,
      range: { start: { row: 1, col: 1 }, end: { row: 1, col: 1 } },
      formula: `=B2>${perYear}!$${places.perYear("Lumpsum 2022")}$${places.lastDataRow + 1}`,
    }
  );
  wb.charts.push({
    name: "Lumpsum per gemeente",
    sheetId: user.id,
    series: [{ name: "Lumpsum 2022", values: `=${amounts}`, categories: `=${names}` }],
  });
  const note = wb.sheet(NOTE.sheet);
  const at = { row: NOTE.row, col: NOTE.col };
  wb.setValues(note.id, { start: at, end: at }, [[NOTE.text]]);
  return { mock, wb, port, user };
}

export const shown = (wb: MockWorkbook, user: XSheet) =>
  userFormulas({
    row: () => 0,
    firstDataRow: 0,
    lastDataRow: 0,
    perYear: () => "A",
    period: () => "A",
  }).map((_, r) => {
    const v = wb.valueOf(user, r, 1);
    return v === null ? "" : typeof v === "object" ? v.error : String(v);
  });

export const formulasOf = (wb: MockWorkbook) =>
  JSON.stringify({
    cells: wb.sheets.flatMap((s) => [...s.cells.values()].map((c) => c.formula ?? "")),
    names: wb.names,
    rules: wb.rules,
    charts: wb.charts,
  });
