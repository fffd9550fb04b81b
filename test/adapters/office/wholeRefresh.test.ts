import { syntheticAnnex } from "../../../bench/syntheticAnnex";
import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { planRefresh } from "../../../src/app/planRefresh";
import { ANNEX, ANNEX_READS } from "../../../src/ports/annexLayout";
import { text, type Cell } from "../../../src/ports/cell";
import type { WorkbookSpec } from "../../../src/ports/workbookSpec";
import { ExcelMock } from "./excelMock";
import { MockWorkbook } from "./mockWorkbook";
import { refreshSyncs } from "./refreshSyncs";

const mockOf = (spec: WorkbookSpec) => new ExcelMock(MockWorkbook.fromSpec(spec));
const OPTIONS = { runTime: "2025-01-31T09:00:00Z", toolVersion: "test" };
const B2 = { start: { row: 1, col: 1 }, end: { row: 1, col: 1 } };
const show = (c: Cell | undefined) => (c && c.t !== "blank" ? String(c.v) : "");
const ANNEX_11 = syntheticAnnex(11, 2, 1102);
const ORIGINAL_B2 = show(ANNEX_11.sheets[0]!.cells[1]![1]);

/** ANNEX_11 without tables PBudget and Lumpsum: budgets from the P-budget sheet, totals projected for the Scenario name. */
const FALLBACK_ANNEX: WorkbookSpec = {
  sheets: [...ANNEX_11.sheets, { name: "Keuze", cells: [[text("I")]] }],
  tables: ANNEX_11.tables!.filter((t) => t.name === ANNEX.municipalitiesTable),
  names: [...ANNEX_11.names!, { name: ANNEX.scenarioName, ref: "Keuze!$A$1" }],
};

describe("a whole refresh takes two syncs to read and four or five to write, whatever the size", () => {
  test.each([11, 342])(
    "%i municipalities × 12 years: a first refresh, then one in place",
    async (municipalities) => {
      const mock = mockOf(syntheticAnnex(municipalities, 12, municipalities));
      const first = await refreshSyncs(mock);
      expect(first.result.tables[0]!.rows).toHaveLength(municipalities);
      expect({ read: first.read, write: first.write }).toEqual({ read: 2, write: 4 });
      const second = await refreshSyncs(mock);
      expect({ read: second.read, write: second.write }).toEqual({ read: 2, write: 5 });
    }
  );

  test("also when the refresh falls back to the P-budget sheet and the Scenario name", async () => {
    const { read, write, result } = await refreshSyncs(mockOf(FALLBACK_ANNEX));
    expect(JSON.parse(result.settings)).toMatchObject({
      source: ANNEX.budgetSheet,
      totals: "projection",
      scenario: "I",
    });
    expect({ read, write }).toEqual({ read: 2, write: 4 });
  });
});

describe("a snapshot serves one use case and nothing stale", () => {
  test("each refresh loads afresh: an undo, and an edit, between refreshes are seen", async () => {
    const mock = mockOf(ANNEX_11);
    const port = new OfficeWorkbook(mock.run);
    const first = await refreshSyncs(mock);
    expect(await (await port.snapshot(ANNEX_READS)).readSettings()).toBe(first.result.settings);
    await port.undoLastRefresh();
    expect(await (await port.snapshot(ANNEX_READS)).readSettings()).toBeUndefined();
    mock.workbook.setValues(mock.workbook.sheet(ANNEX.budgetSheet).id, B2, [[1234567]]);
    const second = await refreshSyncs(mock);
    expect([first, second].map((r) => show(r.result.tables[0]!.rows[0]![1]))).toEqual([
      ORIGINAL_B2,
      "1234567",
    ]);
  });

  test("it answers what it loaded from the load, in no sync, and anything else, or after a write through it, from the workbook", async () => {
    const mock = mockOf(ANNEX_11);
    const port = new OfficeWorkbook(mock.run);
    const plan = await planRefresh(port, OPTIONS);
    const snapshot = await port.snapshot([{ kind: "table", name: ANNEX.budgetTable }]);
    mock.workbook.setValues(mock.workbook.sheet(ANNEX.budgetSheet).id, B2, [[1234567]]);
    const before = mock.syncs;
    const loaded = await snapshot.read({ kind: "table", name: "pbudget" });
    expect(mock.syncs - before).toBe(0);
    expect(show(loaded!.cells[1]![1])).toBe(ORIGINAL_B2);
    expect(
      show((await snapshot.read({ kind: "sheet", name: ANNEX.budgetSheet }))!.cells[1]![1])
    ).toBe("1234567");
    await snapshot.write(plan.tables, plan.settings);
    expect(
      show((await snapshot.read({ kind: "table", name: ANNEX.budgetTable }))!.cells[1]![1])
    ).toBe("1234567");
    expect(await snapshot.readSettings()).toBe(plan.settings);
  });

  test("a failure while loading reaches the caller", async () => {
    const port = new OfficeWorkbook(() =>
      Promise.reject(new Error("GeneralException: the workbook is busy"))
    );
    await expect(planRefresh(port, OPTIONS)).rejects.toThrow("GeneralException");
  });
});
