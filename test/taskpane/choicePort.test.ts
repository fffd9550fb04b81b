import { MemoryWorkbook } from "../../src/adapters/memory/memoryWorkbook";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import { num, text } from "../../src/ports/cell";
import type { RangeData, SourceRef } from "../../src/ports/workbookPort";
import { choicePort } from "../../src/taskpane/state/choicePort";
import { DEFAULT_CHOICES, type PaneChoices } from "../../src/taskpane/state/paneChoices";

const workbook = () => MemoryWorkbook.fromSpec(ibnExampleSpec("en"));
const over = (choices: Partial<PaneChoices>, projection?: Parameters<typeof choicePort>[2]) =>
  choicePort(workbook(), { ...DEFAULT_CHOICES, ...choices }, projection, "Pane");
const cells = async (port: ReturnType<typeof over>, ref: SourceRef) =>
  (await port.read(ref))?.cells;

describe("choices laid over the workbook", () => {
  test("by default every read is the workbook’s own", async () => {
    const port = over({});
    for (const ref of [
      { kind: "table", name: "PBudget" },
      { kind: "table", name: "Lumpsum" },
      { kind: "name", name: "PeriodeStart" },
    ] as const) {
      expect(await port.read(ref)).toEqual(await workbook().read(ref));
    }
  });

  test("typed totals stand in for the Lumpsum table, blanks stay blank and text stays text", async () => {
    const port = over({ totals: { kind: "typed", values: { 2021: "2246325", 2022: "" } } });
    const range = (await port.read({ kind: "table", name: "lumpsum" })) as RangeData;
    expect(range).toMatchObject({ sheet: "Pane", origin: "A1", tableName: "Lumpsum" });
    expect(range.cells).toEqual([
      [text("jaar"), text("totaal")],
      [num("2021"), num("2246325")],
      [num("2022"), { t: "blank" }],
    ]);
    expect(
      (
        await cells(over({ totals: { kind: "typed", values: { 2021: "PM" } } }), {
          kind: "table",
          name: "Lumpsum",
        })
      )?.[1]
    ).toEqual([num("2021"), text("PM")]);
  });

  test("projection totals: the scenario by name when it is a preset, the figures when it was edited", async () => {
    const preset = over(
      { totals: { kind: "projection" } },
      { scenario: "I", edited: false, totals: [{ year: 2021, total: "1" }] }
    );
    expect(await preset.read({ kind: "table", name: "Lumpsum" })).toBeUndefined();
    expect(await cells(preset, { kind: "name", name: "Scenario" })).toEqual([[text("I")]]);
    const edited = over(
      { totals: { kind: "projection" } },
      { scenario: "II", edited: true, totals: [{ year: 2021, total: "2346325" }] }
    );
    expect(await cells(edited, { kind: "table", name: "Lumpsum" })).toEqual([
      [text("jaar"), text("totaal")],
      [num("2021"), num("2346325")],
    ]);
    expect(await edited.read({ kind: "name", name: "Scenario" })).toBeUndefined();
  });

  test("a typed period stands in for PeriodeStart and PeriodeEinde as date cells; none hides them", async () => {
    const typed = over({ period: { kind: "typed", start: "2022-01-01", end: "" } });
    expect(await cells(typed, { kind: "name", name: "PeriodeStart" })).toEqual([
      [num("44562", "yyyy-mm-dd")],
    ]);
    expect(await cells(typed, { kind: "name", name: "PeriodeEinde" })).toEqual([[{ t: "blank" }]]);
    expect(
      await over({ period: { kind: "none" } }).read({ kind: "name", name: "PeriodeStart" })
    ).toBeUndefined();
  });

  test("the selection stands in for the PBudget table, with no fallback to the P-budget sheet", async () => {
    const port = over({ source: "selection" });
    expect(await port.read({ kind: "table", name: "PBudget" })).toBeUndefined();
    expect(await port.read({ kind: "sheet", name: "P-budget" })).toBeUndefined();
  });
});
