import { planRefresh } from "../../../src/app/planRefresh";
import { refreshWorkbook } from "../../../src/app/refreshWorkbook";
import { OWNED_NAMES } from "../../../src/ports/ownedNames";
import { expectedFigures, REFRESH_OPTIONS } from "../../fixtures/livedInWorkbook";
import { formulasOf, livedIn, shown } from "./livedInMock";

/*
 * In Excel (the mock): the workbook's language stays whatever the pane's; changing it on
 * purpose renames the owned sheets, tables and columns through Office.js, Excel rewrites every
 * reference (the mock rewrites them as Excel does, on its own), and undo or a failed sync puts
 * the names back.
 */

const sheetNames = (names: ReadonlyArray<{ name: string }>) => names.map((s) => s.name);
/** The Dutch names of the owned sheets, tables and columns, as a formula would use them. */
const DUTCH_NAMES =
  /'Lumpsum (per jaar|periode)'|Lumpsum(PerJaar|Periode)\b|\[(Gemeente|Lumpsum \d{4}|Totaal periode)\]/;

describe("the add-in and the workbook's language", () => {
  test("an English pane writes a Dutch workbook in Dutch", async () => {
    const { wb, port } = await livedIn();
    const built = formulasOf(wb);
    const result = await refreshWorkbook(port, { ...REFRESH_OPTIONS, lang: "en" });
    expect(result.written).toBe(true);
    expect(result.renames).toEqual([]);
    expect(sheetNames(wb.sheets)).toEqual(
      expect.arrayContaining(Object.values(OWNED_NAMES).map((o) => o.nl.sheet))
    );
    expect(wb.valueOf(wb.sheet("Controle"), 5, 0)).toBe("Eindcontrole: alle 10 controles kloppen.");
    expect(formulasOf(wb)).toBe(built);
  });

  test("a change to English says what it renames, renames it, and the user's formulas show the same figures", async () => {
    const { wb, port, user } = await livedIn();
    const figures = await expectedFigures(port);
    const plan = await planRefresh(port, { ...REFRESH_OPTIONS, sheetLang: "en" });
    expect(plan.renames).toEqual(
      expect.arrayContaining([
        { kind: "sheet", from: "Lumpsum per jaar", to: "Lump sum per year" },
        { kind: "table", from: "LumpsumPeriode", to: "LumpSumPeriod" },
        { kind: "column", table: "LumpsumPerJaar", from: "Lumpsum 2022", to: "Lump sum 2022" },
      ])
    );
    const result = await refreshWorkbook(port, { ...REFRESH_OPTIONS, sheetLang: "en" });
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.written).toBe(true);
    expect(sheetNames(wb.sheets)).toEqual(
      expect.arrayContaining(Object.values(OWNED_NAMES).map((o) => o.en.sheet))
    );
    expect(sheetNames(wb.tables)).toEqual(
      expect.arrayContaining(Object.values(OWNED_NAMES).map((o) => o.en.table))
    );
    expect(wb.table("LumpSumPerYear").columns.slice(0, 3)).toEqual([
      "Municipality",
      "Execution area",
      "P-budget 2021",
    ]);
    expect(formulasOf(wb)).toContain("SUM(LumpSumPerYear[Lump sum 2022])");
    expect(formulasOf(wb)).not.toMatch(DUTCH_NAMES);
    expect(shown(wb, user)).toEqual(figures);
    // A later refresh, in whatever language the pane speaks, keeps the workbook English.
    const again = await refreshWorkbook(port, { ...REFRESH_OPTIONS, lang: "nl" });
    expect([again.written, again.sheetLang, again.renames]).toEqual([true, "en", []]);
  });

  test("undo of the change renames everything back, and every formula reads as it did", async () => {
    const { wb, port, user } = await livedIn();
    const built = formulasOf(wb);
    const figures = await expectedFigures(port);
    expect((await refreshWorkbook(port, { ...REFRESH_OPTIONS, sheetLang: "en" })).written).toBe(
      true
    );
    await port.undoLastRefresh();
    expect(formulasOf(wb)).toBe(built);
    expect(sheetNames(wb.sheets)).toEqual(
      expect.arrayContaining(Object.values(OWNED_NAMES).map((o) => o.nl.sheet))
    );
    expect(shown(wb, user)).toEqual(figures);
  });

  test("a sync failing at any operation of the change leaves the workbook as it was, or wholly changed", async () => {
    const options = { ...REFRESH_OPTIONS, sheetLang: "en" } as const;
    const probe = await livedIn();
    const probePlan = await planRefresh(probe.port, options);
    await probe.port.write(probePlan.tables, probePlan.settings);
    const ops = [...probe.mock.opsPerSync];
    let tried = 0;
    for (const [s, count] of ops.entries())
      for (let op = 0; op < count; op++) {
        const { mock, wb, port } = await livedIn();
        const plan = await planRefresh(port, options);
        const built = formulasOf(wb);
        const before = JSON.stringify(wb.snapshot());
        mock.failAt = { sync: s + 1, op };
        const outcome = await port.write(plan.tables, plan.settings).then(
          () => "written",
          (e: { issue?: { code: string } }) => e.issue?.code
        );
        tried++;
        if (outcome === "written") {
          expect(formulasOf(wb)).toContain("LumpSumPerYear[Lump sum 2022]");
          expect(formulasOf(wb)).not.toMatch(DUTCH_NAMES);
        } else {
          expect(outcome).toBe("OUTPUT_WRITE_FAILED");
          expect(formulasOf(wb)).toBe(built);
          expect(JSON.stringify(wb.snapshot())).toBe(before);
        }
      }
    expect(tried).toBeGreaterThan(30);
  }, 300_000);
});
