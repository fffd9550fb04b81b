import { syntheticAnnex } from "../../../bench/syntheticAnnex";
import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { refreshWorkbook } from "../../../src/app/refreshWorkbook";
import { isoToSerial } from "../../../src/ports/readDateCell";
import { expectedFigures, NOTE, REFRESH_OPTIONS } from "../../fixtures/livedInWorkbook";
import { EXCEL_WEB_REQUEST_LIMIT, ExcelMock } from "./excelMock";
import { formulasOf, livedIn, shown } from "./livedInMock";
import { MockWorkbook } from "./mockWorkbook";

/*
 * The Office.js side of the lived-in workbook (test/fixtures/livedInWorkbook.ts holds the .xlsx
 * side): the IBN example refreshed once in the Excel mock, then used — a sheet of the user's
 * own with a plain reference, a structured reference, a lookup and a defined name into the
 * tool's tables, a data validation list and a conditional format, a chart series, a note beside
 * the per-year table. The mock computes the user's formulas and moves or breaks their
 * references as Excel does.
 */

describe("in Excel (the mock), a refresh keeps what people built on the annex", () => {
  test("three refreshes with new budgets: every formula, name, rule, chart series and note stays and reads the new figures", async () => {
    const { wb, port, user } = await livedIn();
    const built = formulasOf(wb);
    const seen: string[][] = [];
    for (const [k, uden] of [700000, 650000, 613213].entries()) {
      const budgets = wb.sheet("P-budget");
      wb.setValues(budgets.id, { start: { row: 13, col: 2 }, end: { row: 13, col: 2 } }, [[uden]]);
      wb.setValues(budgets.id, { start: { row: 3, col: 1 }, end: { row: 3, col: 1 } }, [
        [295299 + 1000 * k],
      ]);
      const result = await refreshWorkbook(port, REFRESH_OPTIONS);
      expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(result.written).toBe(true);
      expect(formulasOf(wb)).toBe(built);
      expect(formulasOf(wb)).not.toContain("#REF!");
      const figures = await expectedFigures(port);
      expect(shown(wb, user)).toEqual(figures);
      expect(wb.valueOf(wb.sheet(NOTE.sheet), NOTE.row, NOTE.col)).toBe(NOTE.text);
      seen.push(figures);
    }
    expect(new Set(seen.map((f) => f[0])).size).toBe(3);
  });

  test("a shortened period: the name into the dropped column is refused and nothing changes; confirmed, only that name breaks", async () => {
    const { wb, port, user } = await livedIn();
    const lumpsum = wb.sheet("Lumpsum");
    wb.setValues(lumpsum.id, { start: { row: 0, col: 4 }, end: { row: 0, col: 4 } }, [
      [isoToSerial("2022-01-01")!],
    ]);
    const before = JSON.stringify(wb.snapshot());
    const refused = await refreshWorkbook(port, REFRESH_OPTIONS);
    expect(refused.written).toBe(false);
    expect(refused.issues.filter((i) => i.code.startsWith("REF_"))).toEqual([
      expect.objectContaining({
        code: "REF_NAME_WOULD_BREAK",
        params: { name: "Periode2021", target: "LumpsumPeriode[Lumpsum 2021]" },
      }),
    ]);
    expect(JSON.stringify(wb.snapshot())).toBe(before);

    const forced = await refreshWorkbook(port, { ...REFRESH_OPTIONS, force: true });
    expect(forced.written).toBe(true);
    expect(wb.names.find((n) => n.name === "Periode2021")!.formula).toBe("=#REF!");
    expect(formulasOf(wb).match(/#REF!/g)).toHaveLength(1);
    expect(shown(wb, user)).toEqual(await expectedFigures(port));
  });

  test("a removed period: each place that reads the period sheet is refused; confirmed, the sheet goes and they show #REF!", async () => {
    const { wb, port, user } = await livedIn();
    wb.names = wb.names.filter((n) => n.name !== "PeriodeStart" && n.name !== "PeriodeEinde");
    const before = JSON.stringify(wb.snapshot());
    const refused = await refreshWorkbook(port, REFRESH_OPTIONS);
    expect(refused.written).toBe(false);
    expect(
      refused.issues
        .filter((i) => i.code.startsWith("REF_"))
        .map((i) => [i.code, i.params?.["place"] ?? i.params?.["name"]])
    ).toEqual([
      ["REF_WOULD_BREAK", "'Overzicht'!B5"],
      ["REF_NAME_WOULD_BREAK", "TotaalPeriode"],
      ["REF_NAME_WOULD_BREAK", "Periode2021"],
    ]);
    expect(JSON.stringify(wb.snapshot())).toBe(before);

    const forced = await refreshWorkbook(port, { ...REFRESH_OPTIONS, force: true });
    expect(forced.written).toBe(true);
    expect(wb.sheets.map((s) => s.name)).not.toContain("Lumpsum periode");
    expect(wb.cell(user, 4, 1).formula).toBe("=#REF!");
    expect(shown(wb, user)[3]).toBe("#REF!");
    expect(shown(wb, user)[0]).toBe((await expectedFigures(port))[0]);
  });
});

describe("every request and response stays under Excel on the web's 5 MB", () => {
  test.each([
    [11, 2],
    [342, 12],
    [342, 48],
  ])(
    "%i municipalities × %i years, a first refresh and one in place",
    async (municipalities, years) => {
      const mock = new ExcelMock(
        MockWorkbook.fromSpec(syntheticAnnex(municipalities, years, municipalities * years))
      );
      const port = new OfficeWorkbook(mock.run);
      for (const run of [1, 2]) {
        const result = await refreshWorkbook(port, REFRESH_OPTIONS);
        expect({ run, written: result.written }).toEqual({ run, written: true });
      }
      expect(Math.max(...mock.requests)).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT);
      expect(Math.max(...mock.responses)).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT);
    },
    120_000
  );
});
