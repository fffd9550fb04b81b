import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { issuesOf } from "../../src/ports/portError";
import { fileHost } from "../../src/taskpane/file/fileHost";
import { exampleWorkbook } from "../e2e/exampleWorkbook";

const table = {
  sheet: "Uit",
  table: "Uit",
  caption: [],
  columns: [{ header: "Gemeente", format: "text" as const }],
  rows: [[{ t: "s" as const, v: "Oss" }]],
};

describe("file mode host", () => {
  const open = (bytes: Uint8Array, name: string) => XlsxWorkbook.fromBytes(bytes, name);

  test("a write can be undone exactly once, back to the bytes before it", async () => {
    const original = exampleWorkbook("nl");
    const peeked: string[] = [];
    const host = fileHost({
      name: "ibn.xlsx",
      bytes: original,
      open,
      peek: (sheet, cell) => peeked.push(`${sheet}!${cell}`),
    });
    await host.port.write([table], '{"version":1}');
    expect(await host.port.read({ kind: "table", name: "Uit" })).toBeDefined();
    expect(await host.port.readSettings()).toBe('{"version":1}');
    await host.undoLastRefresh();
    expect(await host.port.read({ kind: "table", name: "Uit" })).toBeUndefined();
    expect(Buffer.from(await host.file!.save()).equals(Buffer.from(original))).toBe(true);
    const again = await host.undoLastRefresh().catch((e: unknown) => e);
    expect(issuesOf(again)?.[0]?.code).toBe("UNDO_NOTHING");
    await host.showCell("P-budget", "B5");
    expect(peeked).toEqual(["P-budget!B5"]);
  });

  test("a refused write leaves the file as it was and nothing to undo", async () => {
    const original = exampleWorkbook("en");
    const host = fileHost({ name: "ibn.xlsx", bytes: original, open, peek: () => undefined });
    // The sheet P-budget is the user's, never the tool's to replace.
    await expect(host.port.write([{ ...table, sheet: "P-budget" }], "{}")).rejects.toThrow();
    expect(Buffer.from(await host.file!.save()).equals(Buffer.from(original))).toBe(true);
    expect(issuesOf(await host.undoLastRefresh().catch((e: unknown) => e))?.[0]?.code).toBe(
      "UNDO_NOTHING"
    );
  });
});
