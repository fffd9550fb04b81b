import { MemoryWorkbook } from "../../src/adapters/memory/memoryWorkbook";
import { refreshWorkbook } from "../../src/app/refreshWorkbook";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import type { WorkbookPort } from "../../src/ports/workbookPort";

const sheets = async (port: MemoryWorkbook) =>
  Promise.all(
    port.sheetNames.map(
      async (name) => (await (port as WorkbookPort).read({ kind: "sheet", name }))!.cells
    )
  );

describe("refreshing a refreshed workbook", () => {
  it("changes nothing but the run time", async () => {
    const port = MemoryWorkbook.fromSpec(ibnExampleSpec("nl"));
    await refreshWorkbook(port, { runTime: "2025-01-31T09:00:00Z", toolVersion: "1.0.0" });
    const first = await sheets(port);
    const settings = await port.readSettings();
    await refreshWorkbook(port, { runTime: "2025-02-01T10:30:00Z", toolVersion: "1.0.0" });
    const second = await sheets(port);
    const differences = first.flatMap((cells, s) =>
      cells.flatMap((row, r) =>
        row.flatMap((cell, c) =>
          JSON.stringify(cell) === JSON.stringify(second[s]![r]![c])
            ? []
            : [[s, r, c, JSON.stringify(second[s]![r]![c])]]
        )
      )
    );
    // One caption line per output sheet: the run line.
    expect(differences.map(([s, r, c]) => [port.sheetNames[s as number], r, c])).toEqual([
      ["Lumpsum per jaar", 3, 0],
      ["Lumpsum periode", 3, 0],
      ["Lumpsum na herindeling", 3, 0],
      ["Controle", 2, 0],
    ]);
    expect(differences.every(([, , , v]) => String(v).includes("1 februari 2025, 11:30"))).toBe(
      true
    );
    expect(await port.readSettings()).toBe(settings);
  });

  it("keeps the choices the last refresh stored (cents, days, English) unless told otherwise", async () => {
    const port = MemoryWorkbook.fromSpec(ibnExampleSpec("nl"));
    await refreshWorkbook(port, {
      runTime: "2025-01-01T09:00:00Z",
      toolVersion: "1",
      decimals: 2,
      basis: "days",
      lang: "en",
    });
    const again = await refreshWorkbook(port, {
      runTime: "2025-01-02T09:00:00Z",
      toolVersion: "1",
    });
    // The workbook was first written in English: without a language the next refresh keeps it.
    expect(JSON.parse(again.settings)).toMatchObject({
      decimals: 2,
      basis: "days",
      sheetLang: "en",
    });
    expect(again.tables[0]!.columns.find((c) => c.header === "Lump sum 2021")!.format).toBe("eur2");
    expect(again.checks[0]!.code).toBe("CHECK_ALL_PASSED");
    const told = await refreshWorkbook(port, {
      runTime: "2025-01-03T09:00:00Z",
      toolVersion: "1",
      decimals: 0,
    });
    expect(JSON.parse(told.settings)).toMatchObject({ decimals: 0, basis: "days" });
  });
});
