import { MemoryWorkbook } from "../../../src/adapters/memory/memoryWorkbook";
import { num, text } from "../../../src/ports/cell";
import type { OutputTable } from "../../../src/ports/workbookPort";

const spec = {
  sheets: [{ name: "Blad", cells: [[text("x"), num("44378")]], formats: { B1: "d-m-yyyy" } }],
};
const table: OutputTable = {
  sheet: "Uit",
  table: "Uit",
  caption: [],
  columns: [{ header: "A", format: "text" }],
  rows: [[text("a")]],
};

describe("MemoryWorkbook", () => {
  it("gives numbers the format the spec assigns to their cell", async () => {
    const port = MemoryWorkbook.fromSpec(spec);
    expect((await port.read({ kind: "sheet", name: "Blad" }))!.cells[0]![1]).toEqual({
      t: "n",
      v: "44378",
      fmt: "d-m-yyyy",
    });
  });

  it("refuses a table whose range is not A1 notation", () => {
    expect(() =>
      MemoryWorkbook.fromSpec({ ...spec, tables: [{ name: "T", sheet: "Blad", ref: "A1-B2" }] })
    ).toThrow(RangeError);
  });

  it.each([
    ["two outputs on one sheet", [table, { ...table, table: "Ander" }]],
    ["a row of the wrong width", [{ ...table, rows: [[text("a"), text("b")]] }]],
    [
      "two columns with one header",
      [
        {
          ...table,
          columns: [table.columns[0]!, table.columns[0]!],
          rows: [[text("a"), text("b")]],
        },
      ],
    ],
  ])("rejects %s as a caller error, writing nothing", async (_label, outputs) => {
    const port = MemoryWorkbook.fromSpec(spec);
    await expect(port.write(outputs, "{}")).rejects.toThrow(RangeError);
    expect(port.sheetNames).toEqual(["Blad"]);
    expect(await port.readSettings()).toBeUndefined();
  });
});
